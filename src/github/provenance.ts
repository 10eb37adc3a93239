/**
 * Which workflow run wrote a plan comment (or a drift issue, below). The marker names the run and
 * its workflow file; the reader asks GitHub about that run, so a comment is believed only when a
 * run of this repository, of the workflow file the marker names, on an event that plans or
 * applies, was running when the comment was last edited. The author check alone is not enough:
 * every workflow of a repository writes as the same github-actions[bot].
 */

/** This run, from the runner's environment: GITHUB_RUN_ID and the path in GITHUB_WORKFLOW_REF. */
export interface RunRef {
  id: number;
  /** `.github/workflows/plan.yml` */
  workflow: string;
}

export function currentRun(env: NodeJS.ProcessEnv = process.env): RunRef | undefined {
  const id = Number(env['GITHUB_RUN_ID']);
  // owner/repo/.github/workflows/plan.yml@refs/pull/7/merge
  const ref = /^[^/]+\/[^/]+\/(.+?)@/.exec(env['GITHUB_WORKFLOW_REF'] ?? '')?.[1];
  if (!Number.isSafeInteger(id) || id <= 0 || ref === undefined) return undefined;
  return { id, workflow: ref };
}

/** What GitHub says of a workflow run (GET /repos/{owner}/{repo}/actions/runs/{run_id}). */
export interface WorkflowRunFacts {
  path: string;
  event: string;
  headSha: string;
  createdAt: string;
  updatedAt: string;
  status: string | null;
}

export interface CommentFacts {
  updatedAt: string;
  marker: { run?: number; workflow?: string; applied?: string };
}

/** Events of runs that write plan comments: a pull request's plan, a merge's apply. */
const PLAN_EVENTS = new Set(['pull_request', 'pull_request_target']);
const APPLY_EVENTS = new Set(['push', 'workflow_dispatch']);

/** Clocks of GitHub's services differ a little; an edit is placed within the run this loosely. */
const SLACK_MS = 5_000;

/**
 * Why the comment cannot be believed, or undefined when its marker's run accounts for it.
 * `run` is undefined when GitHub knows no such run in this repository.
 */
export function provenanceProblem(
  comment: CommentFacts,
  run: WorkflowRunFacts | undefined,
): string | undefined {
  const { marker } = comment;
  if (marker.run === undefined || marker.workflow === undefined)
    return 'its marker names no workflow run (written by hand, or by an older gc-timeouts)';
  if (run === undefined) return `run ${marker.run} is not a workflow run of this repository`;
  if (run.path !== marker.workflow)
    return `run ${marker.run} is of ${run.path}, not of ${marker.workflow} as its marker says`;
  const events = marker.applied === undefined ? [...PLAN_EVENTS, ...APPLY_EVENTS] : APPLY_EVENTS;
  if (![...events].includes(run.event))
    return `run ${marker.run} ran on ${run.event}, an event on which gc-timeouts does not write plans`;
  if (marker.applied !== undefined && marker.applied.toLowerCase() !== run.headSha.toLowerCase())
    return `its marker says applied by ${marker.applied.slice(0, 12)}, but run ${marker.run} ran on ${run.headSha.slice(0, 12)}`;
  const edited = Date.parse(comment.updatedAt);
  if (!(edited >= Date.parse(run.createdAt) - SLACK_MS))
    return `it was last edited before run ${marker.run} started`;
  if (run.status === 'completed' && !(edited <= Date.parse(run.updatedAt) + SLACK_MS))
    return `it was edited after run ${marker.run} ended`;
  return undefined;
}

export interface IssueFacts {
  createdAt: string;
  updatedAt: string;
  marker: { run?: number; workflow?: string };
}

/**
 * Why a drift issue cannot be believed, or undefined when its marker's run accounts for it. The
 * drift issue is written and read by the same workflow (the scheduled drift check), so the run it
 * names must be a run of `reader`'s workflow file: another workflow of the repository writes as
 * the same bot but cannot pass. An issue's `updated_at` moves with every comment and label, so
 * only bounds that survive that are checked: the issue was created no later than the end of the
 * run that last wrote its body, and touched no earlier than that run's start.
 */
export function issueProvenanceProblem(
  issue: IssueFacts,
  run: WorkflowRunFacts | undefined,
  reader: RunRef,
): string | undefined {
  const { marker } = issue;
  if (marker.run === undefined || marker.workflow === undefined)
    return 'its marker names no workflow run (written by hand, or by an older gc-timeouts)';
  if (marker.workflow !== reader.workflow)
    return `its marker names ${marker.workflow}, not this workflow (${reader.workflow})`;
  if (run === undefined) return `run ${marker.run} is not a workflow run of this repository`;
  if (run.path !== marker.workflow)
    return `run ${marker.run} is of ${run.path}, not of ${marker.workflow} as its marker says`;
  if (!(Date.parse(issue.updatedAt) >= Date.parse(run.createdAt) - SLACK_MS))
    return `it was last changed before run ${marker.run} started`;
  if (
    run.status === 'completed' &&
    !(Date.parse(issue.createdAt) <= Date.parse(run.updatedAt) + SLACK_MS)
  )
    return `it was created after run ${marker.run}, which its marker says wrote it, had ended`;
  return undefined;
}
