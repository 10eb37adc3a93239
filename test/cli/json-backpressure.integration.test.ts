import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';

/**
 * `plan --format json` into a slow reader (a pipe to jq, a CI log): the plan is written in pieces,
 * and the next piece waits until the stream has room, so the output never piles up in memory.
 */
describe('plan --format json into a slow reader', () => {
  let sim: RunningSimulator;
  let dir: string;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'scale:2000' });
    dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-pipe-'));
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the next piece only once the stream has drained, and the pieces make the plan', async () => {
    const manifest = join(dir, 'all.yaml');
    writeFileSync(
      manifest,
      "version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 5\n",
    );
    const pieces: string[] = [];
    let full = false;
    let drains = 0;
    const stdout = {
      isTTY: false,
      write(text: string) {
        // A write while the reader has not caught up would queue in memory.
        expect(full).toBe(false);
        pieces.push(text);
        full = true;
      },
      drained: () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            drains++;
            full = false;
            resolve();
          }),
        ),
    };
    let stderr = '';
    const code = await runCli(
      ['plan', '--manifest', manifest, '--api-base-url', sim.url, '--format', 'json'],
      {
        stdout,
        stderr: { write: (text: string) => (stderr += text) },
        env: {
          GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
          GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
        },
        cwd: process.cwd(),
      },
    );
    expect(stderr).not.toContain('Error');
    expect(code).toBe(0);
    expect(pieces.length).toBeGreaterThan(10);
    expect(drains).toBe(pieces.length);
    const plan = JSON.parse(pieces.join('')) as { counts: { changes: number } };
    expect(plan.counts.changes).toBeGreaterThan(1000);
  });
});
