import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { runAction } from './support/run-action.js';

/**
 * The run deadline ends the process: against an org of 3,000 actions stating a limit of 30
 * requests a minute (the read alone would take minutes of rate-limit waits), a run with a
 * deadline of 0.1 minute (6 s) exits within seconds of it, CLI and Action alike.
 * `bench/deadline.ts` runs the same with `--deadline 1`.
 */

const DEADLINE_MINUTES = '0.1';
const GRACE_MS = 10_000;

let sim: RunningSimulator;
let manifest: string;
beforeAll(async () => {
  sim = await startSimulator({ seed: 'scale:3000', rateLimitPerMinute: 30 });
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-deadline-'));
  manifest = join(dir, 'match-all.yaml');
  writeFileSync(
    manifest,
    "version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 17\n",
  );
});
afterAll(async () => sim.close());

async function runCliProcess(
  args: string[],
): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['dist/cli/index.js', ...args], {
    env: {
      PATH: process.env['PATH'] ?? '',
      GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, out, ms: Date.now() - started };
}

describe('the run deadline ends the process', () => {
  it('CLI: plan --deadline 0.1 on 3,000 actions at 30 requests a minute exits within seconds of it', async () => {
    const run = await runCliProcess([
      'plan',
      '--manifest',
      manifest,
      '--api-base-url',
      sim.url,
      '--deadline',
      DEADLINE_MINUTES,
    ]);
    expect(run.ms).toBeLessThan(6_000 + GRACE_MS);
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(/deadline/);
  }, 60_000);

  it('Action: deadline-minutes 0.1 exits within seconds of it, failure-reason timeout', async () => {
    const started = Date.now();
    const run = await runAction(
      {
        mode: 'plan',
        manifest,
        'client-id': sim.clientId,
        'client-secret': sim.clientSecret,
        'api-base-url': sim.url,
        'deadline-minutes': DEADLINE_MINUTES,
      },
      { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    );
    expect(Date.now() - started).toBeLessThan(6_000 + GRACE_MS);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('timeout');
  }, 60_000);
});
