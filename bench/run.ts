import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { BenchFailure, progress, type Row } from './measure.js';
import { LIMIT_PER_MINUTE, limitedApplyRun, matchAllPlanRun } from './limit-run.js';
import { measurePlanMemory, type MemoryFigure } from './memory.js';
import { measurePlanBuild } from './plan-build.js';
import { consoleTable, type BenchResults, type DistFigure } from './report.js';
import { NO_BUDGET, scaleRun } from './scale-run.js';
import { pickTargets, writeManifest } from './scenario.js';
import { startSimHost, type SimHost } from './sim-host.js';
import { measureStartup, startupTable } from './startup.js';

/**
 * gc-timeouts against the official-SDK baseline on simulated orgs of 1,000 to 100,000 actions:
 * seconds and requests per phase, then the runs at the platform's rate limit, peak memory, the
 * plan build and the size of dist/, in one run. See bench/README.md.
 *
 *   npm run bench              everything (~20 minutes: the limited apply alone takes ~10)
 *   npm run bench -- --quick   1k actions, no limited runs, no memory probe (~1 minute)
 */

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [1_000] : [1_000, 5_000, 20_000, 100_000];
const LATENCY_MS = 20;
const CHANGES = 200;
const LIMITED_APPLY = { actions: 5_000, changes: 1_000 };
const MATCH_ALL_ACTIONS = 20_000;
const MEMORY_ACTIONS = 100_000;
const WATCHDOG_MS = 40 * 60_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results', 'latest.json');

async function withSim<T>(
  seed: string,
  rateLimitPerMinute: number,
  run: (sim: SimHost) => Promise<T>,
): Promise<T> {
  const sim = await startSimHost({ seed, latencyMs: LATENCY_MS, rateLimitPerMinute });
  try {
    return await run(sim);
  } finally {
    await sim.close();
  }
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/** Builds both bundles as the release does and measures them. */
async function distFigure(): Promise<DistFigure> {
  progress('building dist/ (npm run build) to measure it');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const dist = join(ROOT, 'dist');
  return {
    totalBytes: await sizeOf(dist),
    bundles: {
      'dist/index.js': await sizeOf(join(dist, 'index.js')),
      'dist/cli/index.js': await sizeOf(join(dist, 'cli', 'index.js')),
    },
  };
}

async function memoryFigure(dir: string): Promise<MemoryFigure> {
  return withSim(`scale:${MEMORY_ACTIONS}`, 0, async (sim) => {
    progress(`${MEMORY_ACTIONS} actions: peak memory of one plan (a process of its own)`);
    const manifest = await writeManifest(dir, pickTargets(await sim.snapshot(), CHANGES));
    return measurePlanMemory(sim, MEMORY_ACTIONS, manifest, NO_BUDGET);
  });
}

async function allRows(dir: string): Promise<Row[]> {
  const rows: Row[] = [];
  progress('warm-up (not recorded)');
  await withSim('scale:200', 0, (sim) => scaleRun(sim, 200, 20, dir));
  for (const n of SIZES) {
    rows.push(...(await withSim(`scale:${n}`, 0, (sim) => scaleRun(sim, n, CHANGES, dir))));
  }
  if (QUICK) return rows;
  rows.push(
    await withSim(`scale:${MATCH_ALL_ACTIONS}`, LIMIT_PER_MINUTE, (sim) =>
      matchAllPlanRun(sim, dir),
    ),
  );
  rows.push(
    await withSim(`scale:${LIMITED_APPLY.actions}`, LIMIT_PER_MINUTE, (sim) =>
      limitedApplyRun(sim, LIMITED_APPLY.changes, dir),
    ),
  );
  return rows;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gc-timeouts-bench-'));
  let results: BenchResults;
  try {
    progress('plan build: 16,000 name entries over 100,000 actions (in process)');
    const planBuild = measurePlanBuild();
    const rows = await allRows(dir);
    results = {
      generatedAt: new Date().toISOString(),
      quick: QUICK,
      environment: {
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpus: availableParallelism(),
      },
      settings: {
        latencyMs: LATENCY_MS,
        changes: CHANGES,
        sizes: SIZES,
        limitPerMinute: LIMIT_PER_MINUTE,
        limitedApply: QUICK ? null : LIMITED_APPLY,
        matchAll: QUICK ? null : { actions: MATCH_ALL_ACTIONS },
      },
      rows,
      figures: {
        memory: QUICK ? null : await memoryFigure(dir),
        planBuild,
        dist: QUICK ? null : await distFigure(),
        startup: await measureStartup(),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    `\ngc-timeouts vs official-SDK baseline: ${LATENCY_MS} ms per request, ${CHANGES} changes per size\n`,
  );
  console.log(consoleTable(results.rows));
  for (const r of results.rows.filter((x) => x.baseline !== null && x.ratio === null)) {
    console.log(`\n${r.phase}: ours ${r.ours.outcome}; baseline ${r.baseline?.outcome ?? ''}`);
  }
  const { memory, planBuild, dist } = results.figures;
  console.log(
    `\nplan build: ${planBuild.seconds} s for ${planBuild.entries} entries over ${planBuild.actions} actions`,
  );
  if (memory !== null)
    console.log(`peak RSS of a plan over ${memory.actions} actions: ${memory.peakRssMiB} MiB`);
  if (dist !== null) console.log(`dist/: ${dist.totalBytes} bytes`);
  if (QUICK)
    console.log('\n--quick: 1,000 actions only; no limited runs, memory probe or dist/ build');
  console.log(
    `\nBoth bundles, process start to first request:\n${startupTable(results.figures.startup)}`,
  );
  await mkdir(join(RESULTS, '..'), { recursive: true });
  // Formatted with the repository's settings, so `npm run lint` passes on a fresh result.
  const options = (await resolveConfig(RESULTS)) ?? {};
  await writeFile(
    RESULTS,
    await format(JSON.stringify(results), { ...options, filepath: RESULTS }),
  );
  console.log(
    `\nwritten to ${join('bench', 'results', 'latest.json')}; README table: npm run bench:readme`,
  );
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} minutes; giving up`);
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      error instanceof BenchFailure
        ? `bench: FAILED: ${error.message}`
        : `bench: error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
