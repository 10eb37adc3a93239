import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunContext } from '../../src/action/context.js';
import type { ActionLog, Artifacts, ModeDeps, ReviewHost } from '../../src/action/ports.js';
import { parsePlanMarker } from '../../src/github/marker.js';
import type { DriftIssueSync } from '../../src/github/drift-issue.js';
import type { Inputs } from '../../src/action/inputs.js';
import type { Diagnostic } from '../../src/manifest/types.js';
import type { Check } from '../../src/org/doctor.js';
import type { OrgSession, OrgTarget } from '../../src/org/session.js';
import { buildPlan, draftPlan } from '../../src/plan/diff.js';
import type { LatencyEvidence } from '../../src/plan/evidence.js';
import { isChange, type ApplyResult, type LiveAction } from '../../src/plan/types.js';

/** In-memory collaborators of the Action's modes: what each was told, for the test to read. */

export interface RecordedLog extends ActionLog {
  lines: { level: string; message: string }[];
  annotations: Diagnostic[];
  summaries: string[];
}

export function recordingLog(): RecordedLog {
  const lines: RecordedLog['lines'] = [];
  const annotations: Diagnostic[] = [];
  const summaries: string[] = [];
  const at = (level: string) => (message: string) => lines.push({ level, message });
  return {
    lines,
    annotations,
    summaries,
    info: at('info'),
    notice: at('notice'),
    warning: at('warning'),
    debug: at('debug'),
    annotate: (diagnostics) => annotations.push(...diagnostics),
    summary: async (markdown) => {
      summaries.push(markdown);
    },
  };
}

export interface MemoryReview extends ReviewHost {
  comments: Map<number, { label: string; body: string }[]>;
  merged: Map<string, number>;
  driftSyncs: DriftIssueSync[];
}

/** Plan comments by pull request, merged pull requests by commit, drift issue syncs in order. */
export function memoryReview(): MemoryReview {
  const comments = new Map<number, { label: string; body: string }[]>();
  const merged = new Map<string, number>();
  const driftSyncs: DriftIssueSync[] = [];
  const on = (issue: number) => comments.get(issue) ?? [];
  return {
    comments,
    merged,
    driftSyncs,
    findPlanComment: async (issue, label, environment) => {
      const found = on(issue).find(
        (c) => c.label === label && parsePlanMarker(c.body)?.environment === environment,
      );
      const marker = found === undefined ? undefined : parsePlanMarker(found.body);
      if (found === undefined || marker === undefined) return undefined;
      const frozen = marker.applied !== undefined;
      return { id: issue, url: `memory:${issue}`, body: found.body, marker, frozen, updatedAt: '' };
    },
    upsertPlanComment: async (issue, label, body) => {
      const list = on(issue);
      const environment = parsePlanMarker(body)?.environment;
      const existing = list.find(
        (c) => c.label === label && parsePlanMarker(c.body)?.environment === environment,
      );
      if (existing !== undefined && parsePlanMarker(existing.body)?.applied !== undefined)
        return { id: issue, url: `memory:${issue}`, created: false, updated: false, frozen: true };
      if (existing !== undefined) existing.body = body;
      else list.push({ label, body });
      comments.set(issue, list);
      const created = existing === undefined;
      return { id: issue, url: `memory:${issue}`, created, updated: !created, frozen: false };
    },
    findMergedPullRequest: async (sha) => {
      const number = merged.get(sha);
      return number === undefined ? undefined : { number, url: `pr:${number}`, mergedAt: '' };
    },
    syncDriftIssue: async (sync) => {
      driftSyncs.push(sync);
      return { action: sync.drifted ? 'created' : 'none', number: 1, url: 'issue:1' };
    },
  };
}

export interface MemoryOrg {
  live: LiveAction[];
  opened: { target: OrgTarget; region: string }[];
  closed: number;
  applied: ApplyResult[][];
  /** What `doctor` reports for this org. */
  doctorChecks: Check[];
  open: ModeDeps['openOrg'];
  /** What analytics reports, given to plans that ask for latency (as a real org's would be). */
  latency?: LatencyEvidence;
}

/** An org of live actions in memory: plans with the real planner, applies by setting the values. */
export function memoryOrg(live: LiveAction[]): MemoryOrg {
  const org: MemoryOrg = {
    live,
    opened: [],
    doctorChecks: [{ name: 'login', status: 'ok', detail: 'token obtained' }],
    closed: 0,
    applied: [],
    open: (target) => {
      const { region } = target.endpoint;
      org.opened.push({ target, region });
      return session(org, region);
    },
  };
  return org;
}

function session(org: MemoryOrg, region: string): OrgSession {
  return {
    region,
    read: async () => ({ region, actions: org.live }),
    readFor: async () => ({ scope: undefined, org: { region, actions: org.live } }),
    doctor: async () => ({ checks: org.doctorChecks }),
    plan: async (valid, options) =>
      buildPlan(
        {
          manifest: valid.manifest,
          manifestPath: valid.path,
          label: options.label,
          region,
          live: org.live,
          locate: (path) => valid.source.locate(path),
          diagnostics: valid.diagnostics,
        },
        options.latency === true ? { latency: org.latency } : {},
      ),
    observe: async (valid) => ({
      entries: draftPlan({
        manifest: valid.manifest,
        manifestPath: valid.path,
        label: 't',
        region,
        live: org.live,
        locate: (path) => valid.source.locate(path),
      }).entries,
      latency: org.latency,
    }),
    apply: async (plan) => {
      const results = plan.entries
        .filter((e) => isChange(e.op))
        .map((e): ApplyResult => {
          const action = org.live.find((a) => a.id === e.actionId);
          if (action !== undefined) action[e.field] = e.to;
          const { actionId, actionName, integrationName, field, from, to } = e;
          const done = { actionId, actionName, integrationName, field, from, to };
          return { ...done, status: 'applied', reason: null, message: null };
        });
      org.applied.push(results);
      return {
        fingerprint: plan.fingerprint,
        results,
        counts: { applied: results.length, alreadyApplied: 0, failed: 0 },
      };
    },
    close: async () => {
      org.closed++;
    },
  };
}

export function memoryArtifacts(): Artifacts & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    save: async (name, text) => {
      files.set(name, typeof text === 'string' ? text : [...text].join(''));
      return `/runner/temp/${name}`;
    },
  };
}

export function inputs(over: Partial<Inputs> = {}): Inputs {
  return {
    mode: 'auto',
    manifest: 'gc-timeouts.yaml',
    environment: undefined,
    region: undefined,
    fallbackRegion: undefined,
    clientId: 'client',
    clientSecret: 'secret',
    apiBaseUrl: undefined,
    githubToken: 'token',
    comment: true,
    label: 'gc-timeouts.yaml',
    onPlanChange: 'fail',
    failOnDrift: false,
    driftIssue: false,
    recommend: false,
    deadline: Date.now() + 30 * 60_000,
    ...over,
  };
}

export function context(over: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    sha: 'a'.repeat(40),
    owner: 'acme',
    repo: 'ivr',
    defaultBranch: 'main',
    pullRequest: { number: 7, headSha: 'b'.repeat(40), isFork: false },
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runUrl: 'https://github.com/acme/ivr/actions/runs/1',
    ...over,
  };
}

/** Writes a manifest into a fresh directory and answers its path. */
export async function manifestFile(yaml: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gc-timeouts-mode-'));
  const path = join(dir, 'gc-timeouts.yaml');
  await writeFile(path, yaml);
  return path;
}
