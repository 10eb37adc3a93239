import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import type { Policy, SourcePosition } from '../manifest/types.js';
import { flat } from '../util/flat-text.js';
import type { Locate } from './resolve.js';
import { isChange, type PlanEntry, type PlanProblem, type TimeoutField } from './types.js';

/**
 * The latency rules of `policy`, over a finished plan's managed rows. Pure. A timeout below the
 * p99 cuts off real runs; far above it, a backend that hangs holds the caller that long; and a
 * timeout no run was observed for rests on nothing.
 */

/** Fewer runs than this say little about a p99. */
export const MIN_RUNS_FOR_LATENCY = 20;
/** A timeout more than this many times the p99 is mostly time a caller spends waiting on a failure. */
export const SLOW_FAILURE_FACTOR = 10;

const DEFAULT_SECONDS: Record<TimeoutField, number> = {
  timeoutSeconds: PLATFORM_DEFAULT_TIMEOUT_SECONDS,
  functionTimeoutSeconds: FUNCTION_DEFAULT_TIMEOUT_SECONDS,
};

export interface LatencyRuleInput {
  entries: readonly PlanEntry[];
  policy: Policy;
  /** The analytics window, when latency was read at all (no "no runs" finding without it). */
  observedDays: number | undefined;
  /** Where each entry's field is in the manifest, for the column of a finding. */
  locate?: Locate | undefined;
}

export function latencyProblems(input: LatencyRuleInput): PlanProblem[] {
  const managed = input.entries.filter((e) => e.entryIndex !== null && e.op !== 'unmanaged');
  const noRuns = new Set<string>();
  // One match entry may warn on 50,000 rows: its place in the file is looked up once.
  const places = new Map<string, SourcePosition>();
  const locate = (index: number, field: PlanEntry['field']): SourcePosition | undefined => {
    const key = `${index}:${field}`;
    const known = places.get(key);
    if (known !== undefined || input.locate === undefined) return known;
    const at = input.locate(['actions', index, field]);
    places.set(key, at);
    return at;
  };
  const problem = (
    e: PlanEntry,
    severity: PlanProblem['severity'],
    message: string,
  ): PlanProblem => {
    const at = e.entryIndex === null ? undefined : locate(e.entryIndex, e.field);
    return {
      severity,
      code: 'latency',
      message,
      line: at?.line ?? e.line,
      column: at?.column ?? null,
      entryIndex: e.entryIndex,
      actionId: e.actionId,
    };
  };
  return managed.flatMap((e): PlanProblem[] => {
    const l = e.latency;
    if (l === null || l.count === 0) {
      if (input.observedDays === undefined || noRuns.has(e.actionId)) return [];
      noRuns.add(e.actionId);
      return [problem(e, 'warning', noRunsMessage(e, input.observedDays))];
    }
    if (l.p99Ms === null || l.count < MIN_RUNS_FOR_LATENCY) return [];
    const seconds = e.to ?? DEFAULT_SECONDS[e.field];
    if (seconds * 1000 < l.p99Ms) {
      const severity = input.policy.failBelowP99 === true ? 'error' : 'warning';
      return [problem(e, severity, belowMessage(e, seconds, input.policy.failBelowP99 === true))];
    }
    if (seconds * 1000 > SLOW_FAILURE_FACTOR * l.p99Ms) {
      return [problem(e, 'warning', slowFailureMessage(e, seconds))];
    }
    return [];
  });
}

function subject(e: PlanEntry, seconds: number): string {
  const what = isChange(e.op) ? `the planned ${e.field}` : `its ${e.field}`;
  return `${JSON.stringify(e.actionName)} (${e.integrationName}): ${what} of ${seconds} s`;
}

function evidence(e: PlanEntry): string {
  const l = e.latency;
  if (l === null || l.p99Ms === null) return '';
  return `the observed p99 of ${(l.p99Ms / 1000).toFixed(1)} s over ${l.days} days (${l.count.toLocaleString('en-US')} runs)`;
}

function belowMessage(e: PlanEntry, seconds: number, failing: boolean): string {
  const l = e.latency;
  const share =
    l?.p95Ms !== null && l?.p95Ms !== undefined && seconds * 1000 < l.p95Ms
      ? 'more than 1 run in 20'
      : 'more than 1 run in 100';
  const policy = failing ? ' (policy.failBelowP99)' : '';
  return flat`${subject(e, seconds)} is below ${evidence(e)}; ${share} would time out${policy}`;
}

function slowFailureMessage(e: PlanEntry, seconds: number): string {
  return flat`${subject(e, seconds)} is more than ${SLOW_FAILURE_FACTOR} × ${evidence(e)}; when the backend hangs, a caller waits ${seconds} s for the failure`;
}

function noRunsMessage(e: PlanEntry, days: number): string {
  return flat`${JSON.stringify(e.actionName)} (${e.integrationName}): no runs observed in the last ${days} days, so no evidence supports its timeout; check that a flow still calls it`;
}
