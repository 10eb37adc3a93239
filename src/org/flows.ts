import type { GenesysClient } from '../genesys/client.js';
import {
  DEPENDENCY_TRACKING_PERMISSION,
  DependencyTrackingForbiddenError,
  type ConsumingFlow,
} from '../genesys/dependencies.js';
import { getErrorMessage } from '../util/errors.js';
import type { FlowEvidence } from '../plan/evidence.js';
import { plural } from '../util/plural.js';

/**
 * Flows are read for at most this many changed actions, the largest changes first: one request
 * each, so a plan of 20,000 changes costs what a plan of 50 does. Documented in README and
 * docs/plan-json.md.
 */
export const FLOW_ACTIONS_MAX = 50;

/**
 * Dependency-tracking pages read per action. A page holds up to 100 flow versions; an action used
 * by more shows the first page's flows (a server announcing 200 pages cannot cost 200 requests).
 */
export const FLOW_PAGES_MAX = 1;

/**
 * Who calls it: the Architect flows that use the first `limit` of `actionIds` (ordered largest
 * change first). Evidence for a reviewer, never a reason to fail: without the permission, or when
 * dependency tracking has a bad moment, the plan goes on without flows and carries one note
 * saying why; actions left out past the bound are named by count in a note.
 */
export async function readFlowEvidence(
  client: Pick<GenesysClient, 'listConsumingFlows'>,
  actionIds: readonly string[],
  limit = FLOW_ACTIONS_MAX,
): Promise<FlowEvidence & { byAction: Map<string, ConsumingFlow[]> }> {
  const all = [...new Set(actionIds)];
  const ids = all.slice(0, Math.max(0, limit));
  const left = all.length - ids.length;
  const leftNote =
    left === 0
      ? undefined
      : `flows shown for the ${plural(ids.length, 'largest change')} only; ${plural(left, 'other changed action')} not looked up (the evidence budget covers ${limit})`;
  const byAction = new Map<string, ConsumingFlow[]>();
  const [first, ...rest] = ids;
  if (first === undefined) return { byAction, note: leftNote };
  // One request first: a token without the permission would otherwise be refused once per action.
  const firstFailure = await readInto(client, first, byAction);
  if (firstFailure instanceof DependencyTrackingForbiddenError) {
    return {
      byAction,
      note: `flows not shown: the OAuth client lacks ${DEPENDENCY_TRACKING_PERMISSION} (Architect dependency tracking)`,
    };
  }
  const failures = [
    firstFailure,
    ...(await Promise.all(rest.map((id) => readInto(client, id, byAction)))),
  ].filter((f) => f !== undefined);
  if (failures.length === 0) return { byAction, note: leftNote };
  const missing = ids.length - byAction.size;
  const failed = `flows not shown for ${plural(missing, 'action')}: ${getErrorMessage(failures[0])}`;
  return { byAction, note: leftNote === undefined ? failed : `${failed}; ${leftNote}` };
}

async function readInto(
  client: Pick<GenesysClient, 'listConsumingFlows'>,
  id: string,
  into: Map<string, ConsumingFlow[]>,
): Promise<unknown> {
  try {
    into.set(id, await client.listConsumingFlows(id, { maxPages: FLOW_PAGES_MAX }));
    return undefined;
  } catch (error) {
    return error;
  }
}
