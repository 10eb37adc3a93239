import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { applyPlan } from '../src/org/apply.js';
import { actionsToChange, applyTimeouts, connectSdk, listAllActions } from './baseline-sdk.js';
import { planOurs } from './ours.js';
import type { ActionView, RequestCounts } from './protocol.js';
import { desiredByName, pickTargets, verifyOrg, writeManifest, type Target } from './scenario.js';
import { startSimHost, type SimHost } from './sim-host.js';

/**
 * gc-timeouts against the official-SDK baseline on simulated orgs of 1,000 to 20,000 actions:
 * seconds and requests per phase, in one run. See bench/README.md.
 *
 *   npm run bench              1k, 5k and 20k actions, then the rate-limited run (~3-4 minutes)
 *   npm run bench -- --quick   1k actions only, no rate-limited run (~30 s)
 */

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [1_000] : [1_000, 5_000, 20_000];
const LATENCY_MS = 20;
const CHANGES = 200;
/** The platform's default per-token limit, enforced by the simulator in the last run only. */
const RATE_LIMIT = 300;
const RATE_LIMITED_SIZE = 1_000;
const RATE_LIMITED_CHANGES = 100;
/** Our client's own budget when the simulator does not limit: high enough never to wait. */
const NO_BUDGET = 1_000_000;
const WATCHDOG_MS = 10 * 60_000;
const RESULTS = fileURLToPath(new URL('./results/latest.json', import.meta.url));

interface Side {
  seconds: number;
  requests: number;
  writes: number;
  rateLimited: number;
  errors: number;
  byKind: RequestCounts['byKind'];
  outcome: string;
}

interface Row {
  phase: string;
  actions: number;
  changes: number;
  ours: Side;
  baseline: Side;
  /** Baseline seconds / our seconds; null when the baseline did not finish. */
  ratio: number | null;
}

class BenchFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new BenchFailure(message);
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** Runs `run` against a clean request log and returns its value with the time and requests. */
async function measured<T>(
  sim: SimHost,
  run: () => Promise<{ value: T; outcome: string }>,
): Promise<{ value: T; side: Side }> {
  await sim.clearRequests();
  const start = performance.now();
  const { value, outcome } = await run();
  const seconds = round((performance.now() - start) / 1000, 3);
  const counts = await sim.requests();
  return {
    value,
    side: {
      seconds,
      requests: counts.total,
      writes: counts.byKind.patch,
      rateLimited: counts.rateLimited,
      errors: counts.otherErrors,
      byKind: counts.byKind,
      outcome,
    },
  };
}

function sum(a: Side, b: Side): Side {
  const byKind = { ...a.byKind };
  for (const [kind, n] of Object.entries(b.byKind)) byKind[kind as keyof typeof byKind] += n;
  return {
    seconds: round(a.seconds + b.seconds, 3),
    requests: a.requests + b.requests,
    writes: a.writes + b.writes,
    rateLimited: a.rateLimited + b.rateLimited,
    errors: a.errors + b.errors,
    byKind,
    outcome: '',
  };
}

function row(phase: string, actions: number, changes: number, ours: Side, baseline: Side): Row {
  return {
    phase,
    actions,
    changes,
    ours,
    baseline,
    ratio: round(baseline.seconds / ours.seconds, 2),
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function expectVerified(
  who: string,
  before: readonly ActionView[],
  after: readonly ActionView[],
  targets: readonly Target[],
): void {
  const result = verifyOrg(before, after, targets);
  check(
    result.problems.length === 0 && result.changed === targets.length,
    `${who}: the org is not as intended (${result.changed}/${targets.length} changed): ${result.problems.slice(0, 5).join('; ')}`,
  );
}

function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const { status, code } = error as { status?: unknown; code?: unknown };
    return `HTTP ${String(status)}${typeof code === 'string' ? ` ${code}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Both approaches on `scale:N` with the simulator's rate limit off: read, apply, run again. */
async function scaleRun(sim: SimHost, n: number, changes: number, dir: string): Promise<Row[]> {
  const before = await sim.snapshot();
  check(before.length === n, `scale:${n} seeded ${before.length} actions`);
  const targets = pickTargets(before, changes);
  const manifest = await writeManifest(dir, targets);
  const desired = desiredByName(targets);

  // The baseline first: its long sequential run absorbs the simulator's warm-up.
  progress(`${n} actions: baseline read`);
  const { value: listed, side: baseRead } = await measured(sim, async () => {
    const api = await connectSdk(sim.port, sim.clientId, sim.clientSecret);
    const actions = await listAllActions(api);
    return { value: { api, actions }, outcome: `${actions.length} actions listed` };
  });
  check(listed.actions.length === n, `baseline listed ${listed.actions.length} of ${n} actions`);
  const toChange = actionsToChange(listed.actions, desired);
  check(toChange.length === changes, `baseline found ${toChange.length} of ${changes} to change`);
  progress(`${n} actions: baseline apply`);
  const { side: baseApply } = await measured(sim, async () => {
    const patched = await applyTimeouts(listed.api, toChange, desired);
    return { value: patched, outcome: `${patched} patched` };
  });
  expectVerified('baseline apply', before, await sim.snapshot(), targets);
  progress(`${n} actions: baseline second run`);
  const { side: baseAgain } = await measured(sim, async () => {
    const api = await connectSdk(sim.port, sim.clientId, sim.clientSecret);
    const again = actionsToChange(await listAllActions(api), desired);
    const patched = await applyTimeouts(api, again, desired);
    return { value: patched, outcome: `${patched} patched` };
  });
  check(baseAgain.writes === 0, `baseline second run wrote ${baseAgain.writes} times`);
  expectVerified('baseline second run', before, await sim.snapshot(), targets);

  await sim.reset();
  const fresh = await sim.snapshot();
  check(
    JSON.stringify(fresh) === JSON.stringify(before),
    'the simulator did not reset to its seed',
  );

  progress(`${n} actions: gc-timeouts plan`);
  const { value: planned, side: oursRead } = await measured(sim, async () => {
    const result = await planOurs(sim, manifest, NO_BUDGET);
    return { value: result, outcome: `${result.plan.counts.changes} changes planned` };
  });
  try {
    check(planned.plan.errors.length === 0, `plan errors: ${planned.plan.errors[0]?.message}`);
    check(
      planned.plan.counts.changes === changes,
      `planned ${planned.plan.counts.changes} of ${changes} changes`,
    );
    progress(`${n} actions: gc-timeouts apply`);
    const { value: report, side: oursApply } = await measured(sim, async () => {
      const result = await applyPlan(planned.plan, planned.client);
      return { value: result, outcome: `${result.counts.applied} applied` };
    });
    check(
      report.counts.applied === changes && report.counts.failed === 0,
      `gc-timeouts applied ${report.counts.applied}, failed ${report.counts.failed}: ${report.results.find((r) => r.status === 'failed')?.message}`,
    );
    expectVerified('gc-timeouts apply', before, await sim.snapshot(), targets);

    progress(`${n} actions: gc-timeouts second run`);
    const { side: oursAgain } = await measured(sim, async () => {
      const again = await planOurs(sim, manifest, NO_BUDGET);
      try {
        const result = await applyPlan(again.plan, again.client);
        return {
          value: result,
          outcome: `${again.plan.counts.changes} changes planned, ${result.counts.applied} applied`,
        };
      } finally {
        await again.client.close();
      }
    });
    check(oursAgain.writes === 0, `gc-timeouts second run wrote ${oursAgain.writes} times`);
    expectVerified('gc-timeouts second run', before, await sim.snapshot(), targets);

    return [
      row('read', n, changes, oursRead, baseRead),
      row('apply', n, changes, oursApply, baseApply),
      row('read + apply', n, changes, sum(oursRead, oursApply), sum(baseRead, baseApply)),
      row('second run', n, changes, oursAgain, baseAgain),
    ];
  } finally {
    await planned.client.close();
  }
}

/**
 * The simulator enforcing the default 300 requests a minute per token, apply phase only: ours with
 * the client as shipped (its 300/min budget), the baseline as written (no budget, no retries).
 */
async function rateLimitedRun(sim: SimHost, changes: number, dir: string): Promise<Row> {
  const before = await sim.snapshot();
  const targets = pickTargets(before, changes);
  const manifest = await writeManifest(dir, targets);
  const desired = desiredByName(targets);

  progress(`${before.length} actions at ${RATE_LIMIT}/min: baseline apply`);
  const api = await connectSdk(sim.port, sim.clientId, sim.clientSecret);
  const toChange = actionsToChange(await listAllActions(api), desired);
  check(toChange.length === changes, `baseline found ${toChange.length} of ${changes} to change`);
  const { side: baseApply } = await measured(sim, async () => {
    try {
      const patched = await applyTimeouts(api, toChange, desired);
      return { value: true, outcome: `${patched} patched` };
    } catch (error) {
      return { value: false, outcome: `stopped by ${describeError(error)}` };
    }
  });
  const partial = verifyOrg(before, await sim.snapshot(), targets, true);
  check(
    partial.problems.length === 0,
    `baseline (rate-limited): the org is not as intended: ${partial.problems.slice(0, 5).join('; ')}`,
  );
  baseApply.outcome += ` after ${partial.changed} of ${changes} changes`;

  await sim.reset();
  progress(
    `${before.length} actions at ${RATE_LIMIT}/min: gc-timeouts apply (waits out its budget)`,
  );
  const planned = await planOurs(sim, manifest);
  try {
    check(
      planned.plan.counts.changes === changes,
      `planned ${planned.plan.counts.changes} changes`,
    );
    const { value: report, side: oursApply } = await measured(sim, async () => {
      const result = await applyPlan(planned.plan, planned.client);
      return { value: result, outcome: `${result.counts.applied} applied` };
    });
    check(
      report.counts.applied === changes && report.counts.failed === 0,
      `gc-timeouts (rate-limited) applied ${report.counts.applied}, failed ${report.counts.failed}`,
    );
    expectVerified('gc-timeouts (rate-limited)', before, await sim.snapshot(), targets);
    const finished = partial.changed === changes;
    return {
      ...row(`apply at ${RATE_LIMIT}/min`, before.length, changes, oursApply, baseApply),
      ...(finished ? {} : { ratio: null }),
    };
  } finally {
    await planned.client.close();
  }
}

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

function table(rows: readonly Row[]): string {
  const head = [
    'Phase',
    'Actions',
    'Ours s',
    'req',
    'PATCH',
    '429',
    'Baseline s',
    'req',
    'PATCH',
    '429',
    'Ratio',
  ];
  const body = rows.map((r) => [
    r.phase,
    r.actions.toLocaleString('en-US'),
    r.ours.seconds.toFixed(2),
    String(r.ours.requests),
    String(r.ours.writes),
    String(r.ours.rateLimited),
    r.baseline.seconds.toFixed(2),
    String(r.baseline.requests),
    String(r.baseline.writes),
    String(r.baseline.rateLimited),
    r.ratio === null ? 'n/a' : `${r.ratio.toFixed(1)}x`,
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => cells[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i <= 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gc-timeouts-bench-'));
  const rows: Row[] = [];
  try {
    progress('warm-up (not recorded)');
    await withSim('scale:200', 0, (sim) => scaleRun(sim, 200, 20, dir));
    for (const n of SIZES) {
      rows.push(...(await withSim(`scale:${n}`, 0, (sim) => scaleRun(sim, n, CHANGES, dir))));
    }
    if (!QUICK) {
      rows.push(
        await withSim(`scale:${RATE_LIMITED_SIZE}`, RATE_LIMIT, (sim) =>
          rateLimitedRun(sim, RATE_LIMITED_CHANGES, dir),
        ),
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  console.log(
    `\ngc-timeouts vs official-SDK baseline: ${LATENCY_MS} ms per request, ${CHANGES} changes` +
      `${QUICK ? '' : `; last row: simulator limit ${RATE_LIMIT}/min, ${RATE_LIMITED_CHANGES} changes`}\n`,
  );
  console.log(table(rows));
  for (const r of rows.filter((x) => x.ratio === null)) {
    console.log(`\n${r.phase}: ours ${r.ours.outcome}; baseline ${r.baseline.outcome}`);
  }
  if (QUICK) console.log('\n--quick: 1,000 actions only, rate-limited run skipped');

  const results = {
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
      rateLimitedRun: QUICK
        ? null
        : { actions: RATE_LIMITED_SIZE, changes: RATE_LIMITED_CHANGES, limitPerMinute: RATE_LIMIT },
    },
    rows,
  };
  await mkdir(join(RESULTS, '..'), { recursive: true });
  await writeFile(RESULTS, await format(JSON.stringify(results), { parser: 'json' }));
  console.log(`\nwritten to ${join('bench', 'results', 'latest.json')}`);
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
