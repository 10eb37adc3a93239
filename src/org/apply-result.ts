import type { ApplyFailure, ApplyResult, ApplyStatus, PlanEntry } from '../plan/types.js';

/** The results an apply reports, each built from the plan entry it is for. */
export function result(
  entry: PlanEntry,
  status: ApplyStatus,
  reason: ApplyFailure | null,
  message: string | null,
): ApplyResult {
  return {
    actionId: entry.actionId,
    actionName: entry.actionName,
    integrationName: entry.integrationName,
    field: entry.field,
    from: entry.from,
    to: entry.to,
    status,
    reason,
    message,
  };
}

export function failed(entry: PlanEntry, reason: ApplyFailure, message: string): ApplyResult {
  return result(entry, 'failed', reason, message);
}
