/**
 * `--deadline 1` ends the process (issue 22): against a simulated org of 5,000 actions stating a
 * limit of 60 requests a minute, `plan --deadline 1` (CLI) and `deadline-minutes: 1` (Action)
 * are timed from start to process exit. Run after `npm run build`:
 * `npx vite-node bench/deadline.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../simulator/index.js';
import { runAction } from '../test/support/run-action.js';

const sim = await startSimulator({ seed: 'scale:5000', rateLimitPerMinute: 60 });
const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-deadline-'));
const manifest = join(dir, 'match-all.yaml');
writeFileSync(manifest, "version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 17\n");

async function cli(): Promise<{ code: number | null; ms: number; last: string }> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      'dist/cli/index.js',
      'plan',
      '--manifest',
      manifest,
      '--api-base-url',
      sim.url,
      '--deadline',
      '1',
    ],
    {
      env: {
        PATH: process.env['PATH'] ?? '',
        GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, ms: Date.now() - started, last: out.trim().split('\n').at(-1) ?? '' };
}

async function action(): Promise<{ code: number | null; ms: number; reason: string | undefined }> {
  const started = Date.now();
  const run = await runAction(
    {
      mode: 'plan',
      manifest,
      'client-id': sim.clientId,
      'client-secret': sim.clientSecret,
      'api-base-url': sim.url,
      'deadline-minutes': '1',
    },
    { GITHUB_EVENT_NAME: 'workflow_dispatch' },
  );
  return { code: run.code, ms: Date.now() - started, reason: run.outputs['failure-reason'] };
}

try {
  const [c, a] = await Promise.all([cli(), action()]);
  console.log(
    `CLI    plan --deadline 1: exit ${c.code} after ${(c.ms / 1000).toFixed(1)} s: ${c.last}`,
  );
  console.log(
    `Action deadline-minutes 1: exit ${a.code} after ${(a.ms / 1000).toFixed(1)} s, failure-reason ${a.reason}`,
  );
  process.exitCode = c.ms < 70_000 && a.ms < 70_000 ? 0 : 1;
} finally {
  await sim.close();
}
