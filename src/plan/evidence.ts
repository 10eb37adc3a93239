import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import type { FlowWaitEvidence } from './flow-overrides.js';
import type { RepoCall } from './repo-flows.js';
import {
  isChange,
  type FlowWait,
  type ObservedLatency,
  type PlanEntry,
  type PlanFlow,
} from './types.js';

export { MIN_RUNS_FOR_LATENCY } from './latency-rules.js';

/** Observed execution time per action id over the last `days` days, as analytics reports it (ms). */
export interface LatencyEvidence {
  days: number;
  byAction: ReadonlyMap<
    string,
    { count: number; p95?: number | undefined; p99?: number | undefined }
  >;
}

/** The flows that use each action (dependency tracking), and why some are missing. */
export interface FlowEvidence {
  byAction: ReadonlyMap<string, readonly PlanFlow[]>;
  /** Said once in the plan's notes; undefined when every action was read. */
  note: string | undefined;
}

/** Runs and failed runs per action, as analytics grouped them (values as the API gave them). */
export interface FailureEvidence {
  days: number;
  byAction: ReadonlyMap<
    string,
    {
      runs: number;
      failed: number;
      groups: readonly { errorType: string | null; responseStatus: string | null; count: number }[];
    }
  >;
  /** Said once in the plan's notes; undefined when analytics answered for every changed action. */
  note: string | undefined;
}

/** The calls of the repository's flow files (manifest `flows:`), read offline. */
export interface RepoFlowEvidence {
  calls: readonly RepoCall[];
  notes: readonly string[];
}

/**
 * What was read beside the org for a reviewer: given to finishPlan, which places it as it builds
 * the rows (place-evidence.ts), so a plan is never copied or recounted afterwards. Evidence never
 * changes what the plan does (ops, values, fingerprint); only the policy's latency and
 * flow-override rules add problems.
 */
export interface PlanEvidence {
  latency?: LatencyEvidence | undefined;
  flows?: FlowEvidence | undefined;
  /** What each flow of a changed action waits (its latest configuration). */
  flowWaits?: FlowWaitEvidence | undefined;
  /** The failure share of the largest changes. */
  failures?: FailureEvidence | undefined;
  repoFlows?: RepoFlowEvidence | undefined;
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

/** The flows of a changed row, each with what it waits when that was read. */
export function usedByOf(
  entry: PlanEntry,
  evidence: FlowEvidence | undefined,
  waits?: FlowWaitEvidence,
): PlanFlow[] | null {
  const flows = isChange(entry.op) ? evidence?.byAction.get(entry.actionId) : undefined;
  if (flows === undefined) return null;
  const perFlow: ReadonlyMap<string, FlowWait> | undefined = waits?.byAction.get(entry.actionId);
  return flows.map((f) => {
    const wait = perFlow?.get(f.id);
    const flow = { id: f.id, name: f.name, type: f.type };
    return wait === undefined ? flow : { ...flow, waits: { ...wait } };
  });
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
 * The actions a plan changes, largest change first (ties in plan order), as far as evidence reads
 * them: flows and failure shares are read for the first few only, so the ones a reviewer most
 * needs come first. Over 100,000 changes the whole order, its buckets and a copy of it were large
 * objects held through the evidence reads, for the 50 ids they use.
 */
export interface RankedChanges {
  /** The first of them, at most the limit asked for; each action once. */
  readonly head: readonly string[];
  /** How many actions the plan changes. */
  readonly total: number;
}

export const NO_CHANGES: RankedChanges = { head: [], total: 0 };

export function changedActionsBySize(entries: readonly PlanEntry[], limit: number): RankedChanges {
  // An action's largest change, over its fields.
  const size = new Map<string, number>();
  for (const e of entries) {
    if (!isChange(e.op)) continue;
    size.set(e.actionId, Math.max(size.get(e.actionId) ?? 0, changeSize(e)));
  }
  // The sizes there are, largest first; then the ids of each, in plan order (the map's), until the
  // head is full: what a stable sort of the pairs gives, without a pair or a list per action.
  const sizes = [...new Set(size.values())].sort((a, b) => b - a);
  const head: string[] = [];
  for (const n of sizes) {
    for (const [id, m] of size) {
      if (head.length >= limit) return { head, total: size.size };
      if (m === n) head.push(id);
    }
  }
  return { head, total: size.size };
}
