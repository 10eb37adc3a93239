import { afterEach } from 'vitest';
import { createGitHub, type GitHub } from '../../src/github/index.js';
import { planMarker, type PlanMarker } from '../../src/github/marker.js';
import {
  startFakeGitHub,
  type FakeGitHub,
  type AddWorkflowRunInit,
  type FakeGitHubOptions,
} from '../support/fake-github/index.js';

let fakes: FakeGitHub[] = [];

afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

export async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(options);
  fakes.push(fake);
  return fake;
}

/**
 * A client as a workflow run uses it: the run (a pull request's plan run unless `run` says
 * otherwise) is registered with the fake, in progress.
 */
export function connect(
  fake: FakeGitHub,
  token = fake.token,
  log?: (m: string) => void,
  run: AddWorkflowRunInit = { path: PLAN_WORKFLOW, event: 'pull_request' },
): GitHub {
  const registered = fake.addWorkflowRun(run);
  return createGitHub(token, {
    baseUrl: fake.url,
    ...fake.repository,
    ...(log === undefined ? {} : { log }),
    run: { id: registered.id, workflow: registered.path },
  });
}

export const PLAN_WORKFLOW = '.github/workflows/plan.yml';
export const DRIFT_WORKFLOW = '.github/workflows/drift.yml';

/** A client as a scheduled drift run of DRIFT_WORKFLOW uses it (or of `path`). */
export function connectDrift(
  fake: FakeGitHub,
  token = fake.token,
  log?: (m: string) => void,
  path = DRIFT_WORKFLOW,
): GitHub {
  return connect(fake, token, log, { path, event: 'schedule' });
}

/** Requests that changed something on the fake. */
export function writes(fake: FakeGitHub): string[] {
  return fake.requests.filter((r) => r.method !== 'GET').map((r) => r.operationId ?? r.path);
}

export function markerFields(label: string, fingerprint: string): PlanMarker {
  return {
    label,
    region: 'us-east-1',
    manifest: 'gc-timeouts.yaml',
    fingerprint,
    version: '0.1.0',
    changes: 1,
    errors: 0,
  };
}

/** A plan comment body the way the renderer starts one. */
export function planBody(label: string, fingerprint: string, text = 'plan'): string {
  return `${planMarker(markerFields(label, fingerprint))}\n## gc-timeouts plan\n\n${text}\n`;
}
