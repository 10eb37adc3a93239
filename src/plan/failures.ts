import { isChange, type ObservedFailures, type Plan } from './types.js';

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
  /** Said once in the plan's notes; undefined when analytics answered. */
  note: string | undefined;
}

/**
 * The failure share on each changed row beside its latency. Evidence only: ops, values, problems
 * and the fingerprint stay as they were. An action with no run in the window gets none.
 */
export function withFailures(plan: Plan, evidence: FailureEvidence): Plan {
  const entries = plan.entries.map((e) => {
    const found = isChange(e.op) ? evidence.byAction.get(e.actionId) : undefined;
    if (found === undefined || found.runs === 0) return e;
    const failures: ObservedFailures = {
      days: evidence.days,
      runs: found.runs,
      failed: found.failed,
      groups: found.groups.map((g) => ({ ...g })),
    };
    return { ...e, failures };
  });
  const notes = evidence.note === undefined ? plan.notes : [...plan.notes, evidence.note];
  return { ...plan, entries, notes };
}

/** The ids whose failures a plan shows: its changed actions. */
export function failureActionIds(plan: Plan): string[] {
  return [...new Set(plan.entries.filter((e) => isChange(e.op)).map((e) => e.actionId))];
}
