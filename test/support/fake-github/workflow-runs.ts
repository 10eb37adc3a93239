// Workflow runs: registered by tests (a run that "is" the process under test, or a forger's run), read
// by GET /repos/{owner}/{repo}/actions/runs/{run_id}, the way gc-timeouts checks who wrote a comment.
import { json, notFound, type Handlers } from './http.js';
import { findRepo, repoBase, repoHtml, repositoryObject } from './repos.js';
import type { Store } from './store.js';
import type { FakeRepo } from './types.js';

export interface FakeWorkflowRun {
  id: number;
  /** `.github/workflows/plan.yml` */
  path: string;
  event: string;
  headSha: string;
  headBranch: string;
  status: 'in_progress' | 'completed';
  createdAt: string;
  updatedAt: string;
}

export interface AddWorkflowRunInit {
  id?: number;
  path: string;
  event: string;
  headSha?: string;
  headBranch?: string;
  repo?: string;
}

const runsOf = new WeakMap<FakeRepo, Map<number, FakeWorkflowRun>>();

function runs(repo: FakeRepo): Map<number, FakeWorkflowRun> {
  let map = runsOf.get(repo);
  if (map === undefined) runsOf.set(repo, (map = new Map()));
  return map;
}

/** A run that has started now (on the fake's clock), in progress until completed. */
export function addWorkflowRun(
  store: Store,
  repo: FakeRepo,
  init: AddWorkflowRunInit,
): FakeWorkflowRun {
  const at = store.now();
  const run: FakeWorkflowRun = {
    id: init.id ?? store.id(),
    path: init.path,
    event: init.event,
    headSha: init.headSha ?? '0'.repeat(40),
    headBranch: init.headBranch ?? 'main',
    status: 'in_progress',
    createdAt: at,
    updatedAt: at,
  };
  runs(repo).set(run.id, run);
  return run;
}

export function completeWorkflowRun(store: Store, repo: FakeRepo, id: number): FakeWorkflowRun {
  const run = runs(repo).get(id);
  if (run === undefined) throw new Error(`no workflow run ${id}`);
  run.status = 'completed';
  run.updatedAt = store.now();
  return run;
}

export function workflowRunHandlers(store: Store): Handlers {
  return {
    'actions/get-workflow-run': (ctx) => {
      const repo = findRepo(store, ctx);
      const run = repo === undefined ? undefined : runs(repo).get(Number(ctx.params.run_id));
      if (repo === undefined || run === undefined) return notFound();
      return json(200, runObject(store, repo, run, ctx.token));
    },
  };
}

function runObject(
  store: Store,
  repo: FakeRepo,
  run: FakeWorkflowRun,
  token: Parameters<typeof repositoryObject>[2],
): Record<string, unknown> {
  const base = `${repoBase(store, repo)}/actions/runs/${run.id}`;
  const repository = minimal(repositoryObject(store, repo, token));
  return {
    id: run.id,
    node_id: `WFR_${run.id}`,
    name: run.path.replace(/^.*\//, ''),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    run_number: run.id % 1000,
    run_attempt: 1,
    display_title: run.path,
    event: run.event,
    status: run.status,
    conclusion: run.status === 'completed' ? 'success' : null,
    workflow_id: 1,
    url: base,
    html_url: `${repoHtml(store, repo)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    jobs_url: `${base}/jobs`,
    logs_url: `${base}/logs`,
    check_suite_url: `${repoBase(store, repo)}/check-suites/1`,
    artifacts_url: `${base}/artifacts`,
    cancel_url: `${base}/cancel`,
    rerun_url: `${base}/rerun`,
    workflow_url: `${repoBase(store, repo)}/actions/workflows/1`,
    head_commit: null,
    repository,
    head_repository: repository,
  };
}

/** The minimal-repository of the schema: the full one less the fields it does not allow. */
function minimal(full: Record<string, unknown>): Record<string, unknown> {
  const { permissions: _permissions, ...rest } = full;
  return rest;
}
