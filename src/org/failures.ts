import { FILTER_LIMIT, lastDaysInterval } from '../genesys/analytics.js';
import type { GenesysClient } from '../genesys/client.js';
import type { FailureEvidence, RankedChanges } from '../plan/evidence.js';
import { plural } from '../util/plural.js';
import { getErrorMessage } from '../util/errors.js';
import { LATENCY_DAYS } from './latency.js';

/**
 * Changed actions whose failure share is read at most: the largest changes, as for flows. The one
 * query then names them in its filter, so its answer stays small whatever the size of the org (a
 * query over every action of a 100,000-action org answers tens of megabytes).
 */
export const FAILURE_ACTIONS_MAX = FILTER_LIMIT;

/**
 * How often the largest changes failed over the latency window: one analytics query grouped by
 * errorType and responseStatus (GENESYS_API.md §9). Evidence, never a reason to fail: a refusal is
 * one note. `changed`: the changed actions, largest change first.
 */
export async function readFailures(
  client: Pick<GenesysClient, 'readActionFailures'>,
  changed: RankedChanges,
  now: number,
): Promise<FailureEvidence> {
  const ids = changed.head.slice(0, FAILURE_ACTIONS_MAX);
  const days = LATENCY_DAYS;
  if (ids.length === 0) return { days, byAction: new Map(), note: undefined };
  const interval = lastDaysInterval(days, now);
  try {
    const read = await client.readActionFailures(ids, interval);
    const gap = read.unavailable;
    if (gap !== undefined) {
      const status = gap.status === undefined ? '' : `${gap.status}: `;
      const note = `No failure rates in this plan: analytics refused the query grouped by errorType (${status}${gap.message}).`;
      return { days, byAction: read.byAction, note };
    }
    return { days, byAction: read.byAction, note: beyond(changed.total - ids.length) };
  } catch (error) {
    return {
      days,
      byAction: new Map(),
      note: `No failure rates in this plan: ${getErrorMessage(error)}`,
    };
  }
}

function beyond(left: number): string | undefined {
  if (left <= 0) return undefined;
  return `Failure rates are shown for the ${FAILURE_ACTIONS_MAX} largest changes only: ${plural(left, 'more changed action')} not asked for (at most ${FAILURE_ACTIONS_MAX} per plan).`;
}
