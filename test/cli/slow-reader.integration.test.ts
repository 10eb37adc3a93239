import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/cli/plan-file.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { PIECE_CHARS } from '../../src/render/batch.js';
import { renderText } from '../../src/render/text.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';

const PIECE = PIECE_CHARS;

/** A stdout whose reader is slow: a write before it has drained would queue in memory. */
function slowStdout(): { stdout: CliIO['stdout']; pieces: string[]; drains: () => number } {
  const pieces: string[] = [];
  let full = false;
  let drains = 0;
  const stdout: CliIO['stdout'] = {
    isTTY: false,
    write(text: string) {
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
  return { stdout, pieces, drains: () => drains };
}

/**
 * Large outputs into a slow reader (a pipe to jq, a CI log): written in pieces, the next only once
 * the stream has room, so the output never piles up in memory, and the pieces make the document.
 */
describe('large outputs into a slow reader', () => {
  let sim: RunningSimulator;
  let dir: string;
  let manifest: string;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'scale:2000' });
    dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-pipe-'));
    manifest = join(dir, 'all.yaml');
    writeFileSync(
      manifest,
      "version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 5\n",
    );
  });
  afterAll(async () => {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(args: string[], env: Record<string, string> = {}) {
    const out = slowStdout();
    let stderr = '';
    const code = await runCli([...args, '--manifest', manifest, '--api-base-url', sim.url], {
      stdout: out.stdout,
      stderr: { write: (text: string) => (stderr += text) },
      env: {
        GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
        ...env,
      },
      cwd: dir,
    });
    expect(stderr).not.toContain('Error');
    expect(out.drains()).toBe(out.pieces.length);
    return { code, pieces: out.pieces };
  }

  it('plan --format json', async () => {
    const { code, pieces } = await run(['plan', '--format', 'json']);
    expect(code).toBe(0);
    expect(pieces.length).toBeGreaterThan(10);
    const plan = JSON.parse(pieces.join('')) as { counts: { changes: number } };
    expect(plan.counts.changes).toBeGreaterThan(1000);
  });

  it('plan --format text, the text the one-string renderer gives, in whole lines', async () => {
    const out = join(dir, 'plan.json');
    const { code, pieces } = await run(['plan', '--format', 'text', '--out', out], {
      COLUMNS: '100',
    });
    expect(code).toBe(0);
    const plan = await readPlanFile(out, dir);
    expect(plan.counts.changes).toBeGreaterThan(1000);
    const text = pieces.join('');
    expect(text).toBe(renderText(plan, { color: false, columns: 100 }));
    expect(text.split('\n').filter((l) => l.startsWith('  ~ update ')).length).toBe(
      plan.counts.update,
    );
    expect(pieces.length).toBeGreaterThan(1);
    // A line is at most this long (a warning can run to 1,000 characters).
    const longest = text.split('\n').reduce((most, line) => Math.max(most, line.length + 1), 0);
    for (const piece of pieces) {
      // Whole lines, about PIECE_CHARS each: a piece ends at the line that took it past that.
      expect(piece.endsWith('\n')).toBe(true);
      expect(piece.length).toBeLessThan(PIECE + longest);
    }
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(PIECE);
  });

  it('drift --format json', async () => {
    const { code, pieces } = await run(['drift', '--format', 'json']);
    expect(code).toBe(2);
    expect(pieces.length).toBeGreaterThan(10);
    const drift = JSON.parse(pieces.join('')) as { drift: boolean; counts: { changes: number } };
    expect(drift.drift).toBe(true);
    expect(drift.counts.changes).toBeGreaterThan(1000);
  });
});
