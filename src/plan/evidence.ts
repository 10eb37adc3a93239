import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import { compareProblems } from './problems.js';
import {
  isChange,
  type ObservedLatency,
  type Plan,
  type PlanEntry,
  type PlanProblem,
  type TimeoutField,
} from './types.js';

/** Observed execution time per action id over the last `days` days, as analytics reports it (ms). */
export interface LatencyEvidence {
  days: number;
  byAction: ReadonlyMap<string, { count: number; p95?: number; p99?: number }>;
}

/** Platform defaults (GENESYS_API.md §7, §1): what an unset timeout means at run time. */
const DEFAULT_SECONDS: Record<TimeoutField, number> = {
  timeoutSeconds: PLATFORM_DEFAULT_TIMEOUT_SECONDS,
  functionTimeoutSeconds: FUNCTION_DEFAULT_TIMEOUT_SECONDS,
};
/** Fewer runs than this say little about a p99. */
export const MIN_RUNS_FOR_LATENCY = 20;

/**
 * The finished plan with what analytics observed on each managed row, and a warning where a
 * timeout is below the observed p99. Evidence never changes what the plan does: the entries' ops,
 * values and the fingerprint stay as they were.
 */
export function withLatency(plan: Plan, evidence: LatencyEvidence): Plan {
  const entries = plan.entries.map((e) =>
    e.entryIndex === null ? e : { ...e, latency: observed(e.actionId, evidence) },
  );
  const warnings = [...plan.warnings, ...latencyWarnings(entries)].sort(compareProblems);
  return { ...plan, entries, warnings, counts: { ...plan.counts, warnings: warnings.length } };
}

/** A plan-wide note on the evidence (what analytics did not give), once, as a warning. */
export function withEvidenceNote(plan: Plan, message: string): Plan {
  const note: PlanProblem = {
    severity: 'warning',
    code: 'latency',
    message,
    line: null,
    column: null,
    entryIndex: null,
    actionId: null,
  };
  const warnings = [...plan.warnings, note].sort(compareProblems);
  return { ...plan, warnings, counts: { ...plan.counts, warnings: warnings.length } };
}

function observed(id: string, evidence: LatencyEvidence): ObservedLatency | null {
  const stats = evidence.byAction.get(id);
  if (stats === undefined || stats.count === 0) return null;
  return {
    days: evidence.days,
    count: stats.count,
    p95Ms: stats.p95 ?? null,
    p99Ms: stats.p99 ?? null,
  };
}

/**
 * A timeout below what the action needs for 1 run in 100 makes those runs fail in the flow: the
 * reviewer should see that before it is applied (and for unchanged rows, that it is happening now).
 */
function latencyWarnings(entries: readonly PlanEntry[]): PlanProblem[] {
  return entries.flatMap((e) => {
    const l = e.latency;
    if (l === null || l.p99Ms === null || l.count < MIN_RUNS_FOR_LATENCY) return [];
    const seconds = e.to ?? DEFAULT_SECONDS[e.field];
    if (seconds * 1000 >= l.p99Ms) return [];
    const share =
      l.p95Ms !== null && seconds * 1000 < l.p95Ms
        ? 'more than 1 run in 20'
        : 'more than 1 run in 100';
    const what = isChange(e.op)
      ? `the planned ${e.field} of ${seconds} s`
      : `its ${e.field} of ${seconds} s`;
    const message = `${JSON.stringify(e.actionName)} (${e.integrationName}): ${what} is below the observed p99 of ${(l.p99Ms / 1000).toFixed(1)} s over ${l.days} days (${l.count.toLocaleString('en-US')} runs); ${share} would time out`;
    return [
      {
        severity: 'warning' as const,
        code: 'latency' as const,
        message,
        line: e.line,
        column: null,
        entryIndex: e.entryIndex,
        actionId: e.actionId,
      },
    ];
  });
}
