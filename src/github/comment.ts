import { parsePlanMarker, stampPlanMarker, type PlanMarker } from './marker.js';
import type { GitHub } from './client.js';
import { assertBodyFits, write } from './errors.js';
import { isAuthor, whoAmI } from './identity.js';
import { provenanceProblem } from './provenance.js';
import { workflowRun } from './workflow-run.js';

export interface FoundComment {
  id: number;
  url: string;
  body: string;
  marker: PlanMarker;
  /** The plan was applied: the comment is a record now and is never edited again. */
  frozen: boolean;
  updatedAt: string;
}

export interface UpsertedComment {
  id: number;
  url: string;
  created: boolean;
  /** An existing comment was edited (false when its body was already the same). */
  updated: boolean;
  /** The existing comment records an applied plan; nothing was written. */
  frozen: boolean;
}

/** Two or more comments pass every check: which one was reviewed is not guessed. */
export class AmbiguousPlanComment extends Error {
  constructor(
    readonly issueNumber: number,
    readonly urls: string[],
  ) {
    super(
      `${urls.length} comments on #${issueNumber} claim to be the gc-timeouts plan and pass every check (${urls.slice(0, 3).join(', ')}); which one was reviewed is not guessed: delete all but one, or re-run the plan workflow`,
    );
    this.name = 'AmbiguousPlanComment';
  }
}

/** More comments with our marker than are checked; a flood is not searched for the real one. */
const MAX_CANDIDATES = 20;

/**
 * Our plan comment for `label` on an issue or pull request: written by this token's user, and by
 * a workflow run of this repository that GitHub confirms (provenance.ts). Comments that fail a
 * check are ignored and said so in the log; two that pass are an error.
 */
export async function findPlanComment(
  gh: GitHub,
  issueNumber: number,
  label: string,
  environment?: string,
): Promise<FoundComment | undefined> {
  const me = await whoAmI(gh);
  const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const candidates: FoundComment[] = [];
  for (const c of comments) {
    if (!isAuthor(me, c.user) || c.body === undefined) continue;
    const marker = parsePlanMarker(c.body);
    if (marker?.label !== label || marker.environment !== environment) continue;
    const frozen = marker.applied !== undefined;
    candidates.push({
      id: c.id,
      url: c.html_url,
      body: c.body,
      marker,
      frozen,
      updatedAt: c.updated_at,
    });
  }
  if (candidates.length > MAX_CANDIDATES)
    throw new AmbiguousPlanComment(
      issueNumber,
      candidates.map((c) => c.url),
    );
  const genuine = await believed(gh, candidates);
  if (genuine.length > 1)
    throw new AmbiguousPlanComment(
      issueNumber,
      genuine.map((c) => c.url),
    );
  return genuine[0];
}

async function believed(gh: GitHub, candidates: FoundComment[]): Promise<FoundComment[]> {
  const genuine: FoundComment[] = [];
  for (const c of candidates) {
    const run = c.marker.run === undefined ? undefined : await workflowRun(gh, c.marker.run);
    const problem = provenanceProblem(c, run);
    if (problem === undefined) genuine.push(c);
    else gh.log(`Ignoring comment ${c.url}, which carries a gc-timeouts plan marker: ${problem}.`);
  }
  return genuine;
}

/**
 * Edits our plan comment for `label` in place, or creates it. `body` must carry the plan marker
 * for `label`; it is stamped with this run, so the next run can check who wrote it.
 */
export async function upsertPlanComment(
  gh: GitHub,
  issueNumber: number,
  label: string,
  unstamped: string,
): Promise<UpsertedComment> {
  if (parsePlanMarker(unstamped)?.label !== label) {
    throw new Error(
      `the plan comment body lacks the plan marker for label ${JSON.stringify(label)}`,
    );
  }
  if (gh.run === undefined)
    throw new Error(
      'a plan comment is written only from a workflow run (GITHUB_RUN_ID, GITHUB_WORKFLOW_REF)',
    );
  const body = stampPlanMarker(unstamped, gh.run);
  assertBodyFits('plan comment', body);
  // The body names its environment: only that environment's comment is edited.
  const environment = parsePlanMarker(unstamped)?.environment;
  const existing = await findPlanComment(gh, issueNumber, label, environment);
  if (existing?.frozen === true) {
    gh.log(`The plan comment ${existing.url} records an applied plan; it is left as it is.`);
    return { id: existing.id, url: existing.url, created: false, updated: false, frozen: true };
  }
  if (existing !== undefined) {
    // Only the stamp differs: the comment, vouched for by its own run, already says this.
    if (stampPlanMarker(existing.body, gh.run) === body) {
      return { id: existing.id, url: existing.url, created: false, updated: false, frozen: false };
    }
    const { data } = await write('issues/update-comment', () =>
      gh.octokit.rest.issues.updateComment({
        owner: gh.owner,
        repo: gh.repo,
        comment_id: existing.id,
        body,
      }),
    );
    return { id: data.id, url: data.html_url, created: false, updated: true, frozen: false };
  }
  const { data } = await write('issues/create-comment', () =>
    gh.octokit.rest.issues.createComment({
      owner: gh.owner,
      repo: gh.repo,
      issue_number: issueNumber,
      body,
    }),
  );
  return { id: data.id, url: data.html_url, created: true, updated: false, frozen: false };
}
