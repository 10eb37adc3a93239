import { hiddenMarker, parseHiddenMarker } from './marker.js';
import type { GitHub } from './client.js';
import { assertBodyFits, write } from './errors.js';
import { isAuthor, whoAmI } from './identity.js';
import { issueProvenanceProblem, type RunRef } from './provenance.js';
import { workflowRun } from './workflow-run.js';

/** The repository label on every drift issue; issues are looked up by it. */
export const DRIFT_ISSUE_LABEL = 'gc-timeouts';

export interface DriftMarker {
  label: string;
  /** The environment of the manifest; absent without environments. One issue per environment. */
  environment?: string;
  fingerprint: string;
  region: string;
  /** The workflow run that last wrote the issue's body, and its workflow file: checked through the API. */
  run?: number;
  workflow?: string;
}

export interface FoundDriftIssue {
  number: number;
  url: string;
  title: string;
  marker: DriftMarker;
}

export interface DriftIssueSync {
  label: string;
  environment?: string;
  region: string;
  drifted: boolean;
  fingerprint: string;
  title: string;
  /** Markdown without the marker, which is added here. */
  body: string;
  /** When the drift was found gone, for the closing comment; default now. */
  now?: Date;
}

export type DriftIssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface DriftIssueResult {
  action: DriftIssueAction;
  number?: number;
  url?: string;
}

function withMarker(marker: DriftMarker, body: string): string {
  const { label, environment, fingerprint, region, run, workflow } = marker;
  const env = environment === undefined ? {} : { environment };
  return `${hiddenMarker('drift', { label, ...env, fingerprint, region, run, workflow })}\n${body}`;
}

export function parseDriftMarker(body: string): DriftMarker | undefined {
  const f = parseHiddenMarker('drift', body);
  if (f === undefined) return undefined;
  const { label, fingerprint, region, environment } = f;
  if (typeof label !== 'string' || typeof fingerprint !== 'string' || typeof region !== 'string')
    return undefined;
  if (environment !== undefined && typeof environment !== 'string') return undefined;
  const env = environment === undefined ? {} : { environment };
  return { label, ...env, fingerprint, region, ...runOf(f) };
}

/** The run stamp of a marker, when it is well formed; a malformed one is as good as none. */
function runOf(f: Record<string, unknown>): Pick<DriftMarker, 'run' | 'workflow'> {
  const { run, workflow } = f;
  return typeof run === 'number' &&
    Number.isSafeInteger(run) &&
    run > 0 &&
    typeof workflow === 'string'
    ? { run, workflow }
    : {};
}

/** Two or more open issues pass every check: which one is the drift issue is not guessed. */
export class AmbiguousDriftIssue extends Error {
  constructor(readonly urls: string[]) {
    super(
      `${urls.length} open issues claim to be the gc-timeouts drift issue and pass every check (${urls.slice(0, 3).join(', ')}); which one is meant is not guessed: close all but one`,
    );
    this.name = 'AmbiguousDriftIssue';
  }
}

/** More open issues with our marker than are checked; a flood is not searched for the real one. */
const MAX_CANDIDATES = 20;

/**
 * Our open drift issue for `label` and `environment` (undefined: no environments): written by this token's user, and by a run of this workflow
 * file that GitHub confirms (provenance.ts). Issues that fail a check are ignored and said so in
 * the log, never closed or edited; two that pass are an error.
 */
export async function findDriftIssue(
  gh: GitHub,
  label: string,
  environment?: string,
): Promise<FoundDriftIssue | undefined> {
  const reader = readingRun(gh);
  const me = await whoAmI(gh);
  const issues = await gh.octokit.paginate(gh.octokit.rest.issues.listForRepo, {
    owner: gh.owner,
    repo: gh.repo,
    state: 'open',
    labels: DRIFT_ISSUE_LABEL,
    per_page: 100,
  });
  const candidates: Candidate[] = [];
  for (const issue of issues) {
    // The issues API lists pull requests too.
    if (issue.pull_request !== undefined || !isAuthor(me, issue.user)) continue;
    const marker = parseDriftMarker(issue.body ?? '');
    if (marker?.label !== label || marker.environment !== environment) continue;
    const { number, html_url: url, title, created_at, updated_at } = issue;
    candidates.push({ number, url, title, marker, createdAt: created_at, updatedAt: updated_at });
  }
  if (candidates.length > MAX_CANDIDATES)
    throw new AmbiguousDriftIssue(candidates.map((c) => c.url));
  const genuine = await believed(gh, candidates, reader);
  if (genuine.length > 1) throw new AmbiguousDriftIssue(genuine.map((c) => c.url));
  const found = genuine[0];
  return found === undefined
    ? undefined
    : { number: found.number, url: found.url, title: found.title, marker: found.marker };
}

type Candidate = FoundDriftIssue & { createdAt: string; updatedAt: string };

function readingRun(gh: GitHub): RunRef {
  if (gh.run === undefined)
    throw new Error(
      'the drift issue is kept only from a workflow run (GITHUB_RUN_ID, GITHUB_WORKFLOW_REF)',
    );
  return gh.run;
}

async function believed(gh: GitHub, candidates: Candidate[], reader: RunRef): Promise<Candidate[]> {
  const genuine: Candidate[] = [];
  for (const c of candidates) {
    const run = c.marker.run === undefined ? undefined : await workflowRun(gh, c.marker.run);
    const problem = issueProvenanceProblem(c, run, reader);
    if (problem === undefined) genuine.push(c);
    else gh.log(`Ignoring issue ${c.url}, which carries a gc-timeouts drift marker: ${problem}.`);
  }
  return genuine;
}

/**
 * Keeps one open issue per label while there is drift: opened when drift appears, edited only when
 * its fingerprint changes, closed with a comment when it is gone.
 */
export async function syncDriftIssue(gh: GitHub, sync: DriftIssueSync): Promise<DriftIssueResult> {
  const reader = readingRun(gh);
  const marker: DriftMarker = {
    label: sync.label,
    ...(sync.environment === undefined ? {} : { environment: sync.environment }),
    fingerprint: sync.fingerprint,
    region: sync.region,
    run: reader.id,
    workflow: reader.workflow,
  };
  const body = withMarker(marker, sync.body);
  if (sync.drifted) assertBodyFits('drift issue body', body);
  const open = await findDriftIssue(gh, sync.label, sync.environment);
  if (!sync.drifted) {
    return open === undefined ? { action: 'none' } : closeIssue(gh, open, sync.now ?? new Date());
  }
  if (open === undefined) return createIssue(gh, sync.title, body);
  if (open.marker.fingerprint === marker.fingerprint && open.marker.region === marker.region) {
    return { action: 'unchanged', number: open.number, url: open.url };
  }
  const { data } = await write('issues/update', () =>
    gh.octokit.rest.issues.update({
      owner: gh.owner,
      repo: gh.repo,
      issue_number: open.number,
      title: sync.title,
      body,
    }),
  );
  return { action: 'updated', number: data.number, url: data.html_url };
}

async function closeIssue(gh: GitHub, open: FoundDriftIssue, now: Date): Promise<DriftIssueResult> {
  await write('issues/create-comment', () =>
    gh.octokit.rest.issues.createComment({
      owner: gh.owner,
      repo: gh.repo,
      issue_number: open.number,
      body: goneSentence(now),
    }),
  );
  await write('issues/update', () =>
    gh.octokit.rest.issues.update({
      owner: gh.owner,
      repo: gh.repo,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
    }),
  );
  return { action: 'closed', number: open.number, url: open.url };
}

async function createIssue(gh: GitHub, title: string, body: string): Promise<DriftIssueResult> {
  const { data } = await write('issues/create', () =>
    gh.octokit.rest.issues.create({
      owner: gh.owner,
      repo: gh.repo,
      title,
      body,
      labels: [DRIFT_ISSUE_LABEL],
    }),
  );
  // GitHub silently drops labels a token may not set; unlabelled, the issue is invisible to the
  // look-up and the next run would open another.
  const labelled = data.labels.some(
    (l) => (typeof l === 'string' ? l : l.name)?.toLowerCase() === DRIFT_ISSUE_LABEL,
  );
  if (!labelled) {
    gh.log(
      `The drift issue ${data.html_url} was created without the label ${DRIFT_ISSUE_LABEL}; ` +
        'add it by hand, or the next drift run will not find this issue.',
    );
  }
  return { action: 'created', number: data.number, url: data.html_url };
}

function goneSentence(now: Date): string {
  const at = now
    .toISOString()
    .replace(/:\d{2}\.\d{3}Z$/, ' UTC')
    .replace('T', ' ');
  return (
    `The drift is gone: at ${at} the live org matched the manifest again, ` +
    'so this issue is closed.'
  );
}
