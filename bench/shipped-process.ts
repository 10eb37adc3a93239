import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One run of a shipped bundle as a user runs it: a child process of its own, timed and measured
 * by /usr/bin/time (wall seconds and the process's peak resident set).
 */

export interface ProcessRun {
  code: number | null;
  seconds: number;
  /** Peak RSS of the bundle's process, MiB. */
  peakMiB: number;
  stdout: string;
  stderr: string;
}

export async function runBundle(
  bundle: 'dist/cli/index.js' | 'dist/index.js',
  args: readonly string[],
  env: Record<string, string>,
): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-bench-proc-'));
  const timing = join(dir, 'time');
  const child = spawn(
    '/usr/bin/time',
    // BENCH_DIST: another build's dist/ (the "before" figures of a change), run the same way.
    [
      '-f',
      '%e %M',
      '-o',
      timing,
      process.execPath,
      join(process.env['BENCH_DIST'] ?? '.', bundle),
      ...args,
    ],
    { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = readFileSync(timing, 'utf8').trim().split('\n').at(-1) ?? '';
  const [seconds = 'NaN', kib = 'NaN'] = line.split(' ');
  return { code, seconds: Number(seconds), peakMiB: Number(kib) / 1024, stdout, stderr };
}

/** The example workflow each event runs (examples/workflows): its run is what GitHub knows. */
export const WORKFLOW_OF = {
  pull_request: '.github/workflows/plan.yml',
  push: '.github/workflows/apply.yml',
} as const;

/**
 * The environment of a workflow run of the Action for one event, as the runner sets it; the
 * caller registers run `runId` with the fake GitHub, which the Action checks before it comments.
 */
export function actionEnv(
  dir: string,
  event: { name: 'pull_request'; number: number; headSha: string } | { name: 'push'; sha: string },
  github: { url: string; token: string; owner: string; repo: string },
  inputs: Record<string, string>,
  runId: number,
): Record<string, string> {
  const full = `${github.owner}/${github.repo}`;
  const ref = event.name === 'push' ? 'refs/heads/main' : `refs/pull/${event.number}/merge`;
  const repository = {
    full_name: full,
    default_branch: 'main',
    name: github.repo,
    owner: { login: github.owner },
  };
  const payload =
    event.name === 'pull_request'
      ? {
          repository,
          number: event.number,
          pull_request: {
            number: event.number,
            head: { sha: event.headSha, repo: { full_name: full } },
            base: { repo: { full_name: full } },
          },
        }
      : { repository, after: event.sha, ref: 'refs/heads/main' };
  const eventPath = join(dir, `event-${event.name}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  const output = join(dir, `output-${event.name}`);
  const summary = join(dir, `summary-${event.name}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    ...Object.fromEntries(
      Object.entries({ ...inputs, 'github-token': github.token }).map(([k, v]) => [
        `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
        v,
      ]),
    ),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: process.cwd(),
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: full,
    GITHUB_SHA: event.name === 'push' ? event.sha : event.headSha,
    GITHUB_REF: ref,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(runId),
    GITHUB_WORKFLOW_REF: `${full}/${WORKFLOW_OF[event.name]}@${ref}`,
    GITHUB_ACTIONS: 'true',
  };
}
