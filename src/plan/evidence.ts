import type { Policy } from '../manifest/types.js';
import { latencyProblems } from './latency-rules.js';
import { compareProblems } from './problems.js';
import type { Locate } from './resolve.js';
import { isChange, type ObservedLatency, type Plan, type PlanFlow } from './types.js';

export { MIN_RUNS_FOR_LATENCY } from './latency-rules.js';

/** Observed execution time per action id over the last `days` days, as analytics reports it (ms). */
export interface LatencyEvidence {
  days: number;
  byAction: ReadonlyMap<string, { count: number; p95?: number; p99?: number }>;
}

/** The flows that use each action (dependency tracking), and why some are missing. */
export interface FlowEvidence {
  byAction: ReadonlyMap<string, readonly PlanFlow[]>;
  /** Said once in the plan's notes; undefined when every action was read. */
  note: string | undefined;
}

/**
 * The finished plan with what analytics observed on each managed row, and the latency rules of the
 * policy (below the p99, far above it, no runs). Evidence never changes what the plan does: the
 * entries' ops, values and the fingerprint stay as they were; only `failBelowP99` turns a finding
 * into an error that stops the apply.
 */
export function withLatency(
  plan: Plan,
  evidence: LatencyEvidence,
  policy: Policy = {},
  locate?: Locate,
): Plan {
  const entries = plan.entries.map((e) =>
    e.entryIndex === null ? e : { ...e, latency: observed(e.actionId, evidence) },
  );
  const found = latencyProblems({ entries, policy, observedDays: evidence.days, locate });
  const errors = [...plan.errors, ...found.filter((p) => p.severity === 'error')].sort(
    compareProblems,
  );
  const warnings = [...plan.warnings, ...found.filter((p) => p.severity === 'warning')].sort(
    compareProblems,
  );
  const counts = { ...plan.counts, errors: errors.length, warnings: warnings.length };
  return { ...plan, entries, errors, warnings, counts };
}

/** A plan-wide note on the evidence (what analytics did not give), said once. */
export function withEvidenceNote(plan: Plan, message: string): Plan {
  return { ...plan, notes: [...plan.notes, message] };
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

/** The flows of every changed row, and one note when some could not be read. */
export function withFlows(plan: Plan, evidence: FlowEvidence): Plan {
  const entries = plan.entries.map((e) => {
    const flows = isChange(e.op) ? evidence.byAction.get(e.actionId) : undefined;
    return flows === undefined ? e : { ...e, usedBy: flows.map((f) => ({ ...f })) };
  });
  const notes = evidence.note === undefined ? plan.notes : [...plan.notes, evidence.note];
  return { ...plan, entries, notes };
}

/** The ids of the actions a plan changes, for the flows to read. */
export function changedActionIds(plan: Plan): string[] {
  return [...new Set(plan.entries.filter((e) => isChange(e.op)).map((e) => e.actionId))];
}
