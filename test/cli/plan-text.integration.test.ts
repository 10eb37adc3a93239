import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/cli/plan-file.js';
import { runCli } from '../../src/cli/run.js';
import { renderText } from '../../src/render/text.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';

const PIECE = 64 * 1024;

/**
 * `plan --format text` over a large org: the table is written in pieces of about 64 KiB, each once
 * the stream has room, and together they are the text the one-string renderer gives.
 */
describe('plan --format text on a large org', () => {
  let sim: RunningSimulator;
  let dir: string;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'scale:2000' });
    dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-text-'));
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the plan a piece at a time, waiting for the reader, the text unchanged', async () => {
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
    const out = join(dir, 'plan.json');
    const code = await runCli(
      ['plan', '--manifest', manifest, '--api-base-url', sim.url, '--format', 'text', '--out', out],
      {
        stdout,
        stderr: { write: (text: string) => (stderr += text) },
        env: {
          GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
          GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
          COLUMNS: '100',
        },
        cwd: dir,
      },
    );
    expect(stderr).not.toContain('Error');
    expect(code).toBe(0);

    const plan = await readPlanFile(out, dir);
    expect(plan.counts.changes).toBeGreaterThan(1000);
    const text = pieces.join('');
    expect(text).toBe(renderText(plan, { color: false, columns: 100 }));
    expect(text.split('\n').filter((l) => l.startsWith('  ~ update ')).length).toBe(
      plan.counts.update,
    );
    expect(pieces.length).toBeGreaterThan(1);
    expect(drains).toBe(pieces.length);
    for (const piece of pieces) {
      // Whole lines, about 64 KiB each: a piece ends at the line that took it past that.
      expect(piece.endsWith('\n')).toBe(true);
      expect(piece.length).toBeLessThan(PIECE + 200);
    }
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(PIECE);
  });
});
