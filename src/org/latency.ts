import type { GenesysClient } from '../genesys/client.js';
import type { ClientEvent } from '../genesys/events.js';
import { getErrorMessage } from '../errors.js';
import type { LatencyEvidence } from '../plan/evidence.js';
import type { Plan } from '../plan/types.js';

export const LATENCY_DAYS = 7;

/**
 * Evidence for the reviewer, never a reason to fail: without the analytics permission, or when
 * analytics has a bad moment, there is none (undefined) and the plan says nothing of latency.
 */
export async function readLatency(
  client: GenesysClient,
  plan: Plan,
  now: number,
  onEvent?: (event: ClientEvent) => void,
): Promise<LatencyEvidence | undefined> {
  const managed = [
    ...new Set(plan.entries.filter((e) => e.entryIndex !== null).map((e) => e.actionId)),
  ];
  if (managed.length === 0) return undefined;
  try {
    const byAction = await client.queryActionLatency(managed, lastDays(LATENCY_DAYS, now));
    return byAction.size === 0 ? undefined : { days: LATENCY_DAYS, byAction };
  } catch (error) {
    onEvent?.({ type: 'latency-unavailable', message: getErrorMessage(error) });
    return undefined;
  }
}

/** An ISO-8601 interval ending now, as analytics queries take it. */
function lastDays(days: number, now: number): string {
  return `${new Date(now - days * 86_400_000).toISOString()}/${new Date(now).toISOString()}`;
}
