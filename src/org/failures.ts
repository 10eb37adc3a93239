import type { GenesysClient } from '../genesys/client.js';
import { failureActionIds, type FailureEvidence } from '../plan/failures.js';
import type { Plan } from '../plan/types.js';
import { getErrorMessage } from '../util/errors.js';
import { LATENCY_DAYS } from './latency.js';

/**
 * How often each changed action failed over the latency window: one analytics query grouped by
 * errorType and responseStatus (GENESYS_API.md §9). Evidence, never a reason to fail: a refusal is
 * one note.
 */
export async function readFailures(
  client: Pick<GenesysClient, 'readActionFailures'>,
  plan: Plan,
  now: number,
): Promise<FailureEvidence> {
  const ids = failureActionIds(plan);
  const days = LATENCY_DAYS;
  if (ids.length === 0) return { days, byAction: new Map(), note: undefined };
  const interval = `${new Date(now - days * 86_400_000).toISOString()}/${new Date(now).toISOString()}`;
  try {
    const read = await client.readActionFailures(ids, interval);
    const gap = read.unavailable;
    const note =
      gap === undefined
        ? undefined
        : `No failure rates in this plan: analytics refused the query grouped by errorType (${gap.status === undefined ? '' : `${gap.status}: `}${gap.message}).`;
    return { days, byAction: read.byAction, note };
  } catch (error) {
    return {
      days,
      byAction: new Map(),
      note: `No failure rates in this plan: ${getErrorMessage(error)}`,
    };
  }
}
