import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { SimHost } from './sim-host.js';

/**
 * Peak memory of one plan: bench/plan-probe.ts bundled (as the CLI is bundled) and run by plain
 * Node against the bench's simulator; its `maxRSS` is the figure.
 */

export interface MemoryFigure {
  actions: number;
  changes: number;
  seconds: number;
  peakRssMiB: number;
}

const run = promisify(execFile);

export async function measurePlanMemory(
  sim: SimHost,
  actions: number,
  manifest: string,
  requestsPerMinute: number,
): Promise<MemoryFigure> {
  const dir = await mkdtemp(join(tmpdir(), 'gc-timeouts-probe-'));
  try {
    const outfile = join(dir, 'probe.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./plan-probe.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
      // CommonJS dependencies bundled into ESM need a require.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const spec = {
      url: sim.url,
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      manifest,
      requestsPerMinute,
    };
    const { stdout } = await run(process.execPath, [outfile], {
      env: { ...process.env, PROBE_SPEC: JSON.stringify(spec) },
      maxBuffer: 1024 * 1024,
    });
    const figure = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      seconds: number;
      peakRssMiB: number;
      changes: number;
      errors: number;
    };
    if (figure.errors > 0) throw new Error(`the memory probe's plan had ${figure.errors} errors`);
    return {
      actions,
      changes: figure.changes,
      seconds: figure.seconds,
      peakRssMiB: figure.peakRssMiB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
