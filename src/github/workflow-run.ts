import type { GitHub } from './client.js';
import { httpStatus } from './errors.js';
import type { WorkflowRunFacts } from './provenance.js';

const cache = new WeakMap<GitHub, Map<number, Promise<WorkflowRunFacts | undefined>>>();

/** A workflow run of the client's repository, or undefined when GitHub knows none by that id. */
export function workflowRun(gh: GitHub, runId: number): Promise<WorkflowRunFacts | undefined> {
  let runs = cache.get(gh);
  if (runs === undefined)
    cache.set(gh, (runs = new Map<number, Promise<WorkflowRunFacts | undefined>>()));
  let run = runs.get(runId);
  if (run === undefined) {
    const pending = fetchRun(gh, runId);
    runs.set(runId, pending);
    // A failed look-up (network, 5xx) is not remembered.
    pending.catch(() => runs.delete(runId));
    run = pending;
  }
  return run;
}

async function fetchRun(gh: GitHub, runId: number): Promise<WorkflowRunFacts | undefined> {
  try {
    const { data } = await gh.octokit.rest.actions.getWorkflowRun({
      owner: gh.owner,
      repo: gh.repo,
      run_id: runId,
    });
    return {
      path: data.path,
      event: data.event,
      headSha: data.head_sha,
      createdAt: data.created_at,
      updatedAt: data.updated_at,
      status: data.status,
    };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
