import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github/index.js';
import { runAction, type ActionRun } from './run-action.js';

/** A simulated org, a fake GitHub and a workspace: what a workflow run of the Action sees. */
export interface ActionWorld {
  sim: RunningSimulator;
  gh: FakeGitHub;
  dir: string;
  manifest: string;
  writeManifest(text: string): void;
  run(
    event: RunEvent,
    inputs?: Record<string, string>,
    env?: Record<string, string>,
  ): Promise<ActionRun>;
  close(): Promise<void>;
}

export type RunEvent =
  | { name: 'pull_request'; number: number; headSha: string; fork?: boolean }
  | { name: 'push'; sha: string; ref?: string }
  | { name: 'schedule' };

export const EXAMPLE = readFileSync('examples/gc-timeouts.yaml', 'utf8');

/** The event payload a workflow run of `event` reads, and its GITHUB_SHA and GITHUB_REF. */
function eventContext(
  event: RunEvent,
  full: string,
  repository: object,
): { payload: object; sha: string; ref: string } {
  if (event.name === 'pull_request') {
    const headRepo = event.fork === true ? { full_name: 'someone/fork' } : { full_name: full };
    const payload = {
      repository,
      number: event.number,
      pull_request: {
        number: event.number,
        head: { sha: event.headSha, repo: headRepo },
        base: { repo: { full_name: full } },
      },
    };
    return { payload, sha: event.headSha, ref: `refs/pull/${event.number}/merge` };
  }
  if (event.name === 'push') {
    const ref = event.ref ?? 'refs/heads/main';
    return { payload: { repository, after: event.sha, ref }, sha: event.sha, ref };
  }
  return { payload: { repository }, sha: 'f'.repeat(40), ref: 'refs/heads/main' };
}

/** The example workflows' files (examples/workflows), by the event that starts each. */
const WORKFLOW_OF: Record<string, string> = {
  pull_request: '.github/workflows/plan.yml',
  push: '.github/workflows/apply.yml',
};

export async function startWorld(
  options: { token?: 'pat' | 'actions'; sim?: SimulatorOptions } = {},
): Promise<ActionWorld> {
  const sim = await startSimulator({ seed: 'demo', admin: true, ...options.sim });
  const gh = await startFakeGitHub({ token: { kind: options.token ?? 'actions' } });
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-world-'));
  const manifest = join(dir, 'gc-timeouts.yaml');
  writeFileSync(manifest, EXAMPLE);
  const full = `${gh.repository.owner}/${gh.repository.repo}`;
  let runId = 1000;

  return {
    sim,
    gh,
    dir,
    manifest,
    writeManifest: (text) => writeFileSync(manifest, text),
    async run(event, inputs = {}, env = {}) {
      const eventPath = join(dir, `event-${++runId}.json`);
      const repository = {
        full_name: full,
        default_branch: 'main',
        name: gh.repository.repo,
        owner: { login: gh.repository.owner },
      };
      const { payload, sha, ref } = eventContext(event, full, repository);
      writeFileSync(eventPath, JSON.stringify(payload));
      const credentials =
        event.name === 'pull_request' && event.fork === true
          ? {}
          : { 'client-id': sim.clientId, 'client-secret': sim.clientSecret };
      // The run as GitHub knows it, so the Action can check which run wrote a plan comment.
      const workflow = WORKFLOW_OF[event.name] ?? '.github/workflows/drift.yml';
      gh.addWorkflowRun({ id: runId, path: workflow, event: event.name, headSha: sha });
      const result = await runAction(
        {
          manifest,
          label: 'gc-timeouts.yaml',
          'api-base-url': sim.url,
          'github-token': gh.token,
          ...credentials,
          ...inputs,
        },
        {
          GITHUB_EVENT_NAME: event.name,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: full,
          GITHUB_SHA: sha,
          GITHUB_REF: ref,
          GITHUB_API_URL: gh.url,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_RUN_ID: String(runId),
          GITHUB_WORKFLOW_REF: `${full}/${workflow}@${ref}`,
          GITHUB_ACTIONS: 'true',
          ...env,
        },
      );
      gh.completeWorkflowRun(runId);
      return result;
    },
    async close() {
      await Promise.all([sim.close(), gh.close()]);
    },
  };
}
