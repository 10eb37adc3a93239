import type { GenesysClient } from '../genesys/client.js';
import {
  DEPENDENCY_TRACKING_PERMISSION,
  DependencyTrackingForbiddenError,
  type ConsumingFlow,
} from '../genesys/dependencies.js';
import { getErrorMessage } from '../util/errors.js';
import type { FlowEvidence, RankedChanges } from '../plan/evidence.js';
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
 * Who calls it: the Architect flows that use the first `limit` of the `changed` actions (largest
 * change first). Evidence for a reviewer, never a reason to fail: without the permission, or when
 * dependency tracking has a bad moment, the plan goes on without flows and carries one note
 * saying why; actions left out past the bound are named by count in a note.
 */
export async function readFlowEvidence(
  client: Pick<GenesysClient, 'listConsumingFlows'>,
  changed: RankedChanges,
  limit = FLOW_ACTIONS_MAX,
  /** Requests the reads may cost: a secure action (or one not known) is read under two types. */
  requests = Infinity,
  secureOf: (id: string) => boolean | undefined = () => undefined,
): Promise<FlowEvidence & { byAction: Map<string, ConsumingFlow[]> }> {
  const ids = withinBudget(changed.head, limit, requests, secureOf);
  const left = changed.total - ids.length;
  const leftNote =
    left === 0
      ? undefined
      : `flows shown for the ${plural(ids.length, 'largest change')} only; ${plural(left, 'other changed action')} not looked up (the evidence budget covers ${ids.length})`;
  const byAction = new Map<string, ConsumingFlow[]>();
  const [first, ...rest] = ids;
  if (first === undefined) return { byAction, note: leftNote };
  // One request first: a token without the permission would otherwise be refused once per action.
  const read = (id: string): Promise<unknown> => readInto(client, id, byAction, secureOf(id));
  const firstFailure = await read(first);
  if (firstFailure instanceof DependencyTrackingForbiddenError) {
    return {
      byAction,
      note: `flows not shown: the OAuth client lacks ${DEPENDENCY_TRACKING_PERMISSION} (Architect dependency tracking)`,
    };
  }
  const failures = [firstFailure, ...(await Promise.all(rest.map(read)))].filter(
    (f) => f !== undefined,
  );
  if (failures.length === 0) return { byAction, note: leftNote };
  const missing = ids.length - byAction.size;
  const failed = `flows not shown for ${plural(missing, 'action')}: ${getErrorMessage(failures[0])}`;
  return { byAction, note: leftNote === undefined ? failed : `${failed}; ${leftNote}` };
}

async function readInto(
  client: Pick<GenesysClient, 'listConsumingFlows'>,
  id: string,
  into: Map<string, ConsumingFlow[]>,
  secure: boolean | undefined,
): Promise<unknown> {
  try {
    const opts = { maxPages: FLOW_PAGES_MAX, ...(secure === undefined ? {} : { secure }) };
    into.set(id, await client.listConsumingFlows(id, opts));
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The first actions whose reads fit both bounds, in order (largest change first). */
function withinBudget(
  ids: readonly string[],
  limit: number,
  requests: number,
  secureOf: (id: string) => boolean | undefined,
): string[] {
  const chosen: string[] = [];
  let cost = 0;
  for (const id of ids) {
    // DATAACTION only for an action known not to be secure; SECUREACTION too otherwise (§12).
    const each = secureOf(id) === false ? 1 : 2;
    if (chosen.length >= limit || cost + each > requests) break;
    chosen.push(id);
    cost += each;
  }
  return chosen;
}
