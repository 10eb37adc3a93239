import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import { isChange, type ObservedLatency, type PlanEntry, type PlanFlow } from './types.js';

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
 * What was read beside the org for a reviewer: given to buildPlan, which places it as it builds
 * the rows, so a plan is never copied or recounted afterwards. Evidence never changes what the
 * plan does (ops, values, fingerprint); only the latency rules of the policy add problems.
 */
export interface PlanEvidence {
  latency?: LatencyEvidence | undefined;
  flows?: FlowEvidence | undefined;
  /** Why some evidence is missing, each said once, in this order. */
  notes?: readonly string[];
}

export function observedLatency(
  id: string,
  evidence: LatencyEvidence | undefined,
): ObservedLatency | null {
  const stats = evidence?.byAction.get(id);
  if (evidence === undefined || stats === undefined || stats.count === 0) return null;
  return {
    days: evidence.days,
    count: stats.count,
    p95Ms: stats.p95 ?? null,
    p99Ms: stats.p99 ?? null,
  };
}

export function usedByOf(entry: PlanEntry, evidence: FlowEvidence | undefined): PlanFlow[] | null {
  const flows = isChange(entry.op) ? evidence?.byAction.get(entry.actionId) : undefined;
  return flows === undefined ? null : flows.map((f) => ({ id: f.id, name: f.name, type: f.type }));
}

/** How far a change moves the timeout, an unset one counting as the platform default. */
function changeSize(entry: PlanEntry): number {
  const fallback =
    entry.field === 'timeoutSeconds'
      ? PLATFORM_DEFAULT_TIMEOUT_SECONDS
      : FUNCTION_DEFAULT_TIMEOUT_SECONDS;
  return Math.abs((entry.to ?? fallback) - (entry.from ?? fallback));
}

/**
 * The actions a plan changes, largest change first (ties in plan order): flows are read for the
 * first few only, so the ones a reviewer most needs come first.
 */
export function changedActionsBySize(entries: readonly PlanEntry[]): string[] {
  const size = new Map<string, number>();
  for (const e of entries) {
    if (!isChange(e.op)) continue;
    size.set(e.actionId, Math.max(size.get(e.actionId) ?? 0, changeSize(e)));
  }
  // Map order is plan order; a stable sort keeps it among equals.
  return [...size.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
