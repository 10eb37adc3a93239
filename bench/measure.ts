import type { RequestCounts } from './protocol.js';
import type { SimHost } from './sim-host.js';

/** One side's figures for one phase, and the rows of the bench table. */

export interface Side {
  seconds: number;
  requests: number;
  writes: number;
  rateLimited: number;
  errors: number;
  byKind: RequestCounts['byKind'];
  outcome: string;
}

export interface Row {
  phase: string;
  actions: number;
  changes: number;
  ours: Side;
  /** null where the baseline has no such step. */
  baseline: Side | null;
  /** Baseline seconds / our seconds; null when the baseline did not finish or has no such step. */
  ratio: number | null;
  /** Apply rows: our requests per change, template fetches left out (issue 12's measure). */
  requestsPerChange: number | null;
  /** Rate-limited rows: the shortest time the limit allows for our requests, in seconds. */
  floorSeconds: number | null;
}

export class BenchFailure extends Error {}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new BenchFailure(message);
}

export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Runs `run` against a clean request log and returns its value with the time and requests. */
export async function measured<T>(
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

export function sum(a: Side, b: Side): Side {
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

export function row(
  phase: string,
  actions: number,
  changes: number,
  ours: Side,
  baseline: Side | null,
  extra: { apply?: boolean; limitPerMinute?: number } = {},
): Row {
  return {
    phase,
    actions,
    changes,
    ours,
    baseline,
    ratio: baseline === null ? null : round(baseline.seconds / ours.seconds, 2),
    requestsPerChange:
      extra.apply === true && changes > 0
        ? round((ours.requests - ours.byKind.template) / changes, 3)
        : null,
    floorSeconds:
      extra.limitPerMinute === undefined
        ? null
        : round(Math.max(0, ours.requests - extra.limitPerMinute) / (extra.limitPerMinute / 60), 1),
  };
}
