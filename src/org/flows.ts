import type { GenesysClient } from '../genesys/client.js';
import {
  DEPENDENCY_TRACKING_PERMISSION,
  DependencyTrackingForbiddenError,
  type ConsumingFlow,
} from '../genesys/dependencies.js';
import { getErrorMessage } from '../util/errors.js';
import type { FlowEvidence } from '../plan/evidence.js';

/**
 * Who calls it: the Architect flows that use each action a plan changes. Evidence for a reviewer,
 * never a reason to fail: without the permission, or when dependency tracking has a bad moment,
 * the plan goes on without flows and carries one note saying why.
 */

export async function readFlowEvidence(
  client: Pick<GenesysClient, 'listConsumingFlows'>,
  actionIds: readonly string[],
): Promise<FlowEvidence & { byAction: Map<string, ConsumingFlow[]> }> {
  const ids = [...new Set(actionIds)];
  const byAction = new Map<string, ConsumingFlow[]>();
  if (ids.length === 0) return { byAction, note: undefined };
  const [first, ...rest] = ids as [string, ...string[]];
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
  if (failures.length === 0) return { byAction, note: undefined };
  const missing = ids.length - byAction.size;
  return {
    byAction,
    note: `flows not shown for ${missing} action${missing === 1 ? '' : 's'}: ${getErrorMessage(failures[0])}`,
  };
}

async function readInto(
  client: Pick<GenesysClient, 'listConsumingFlows'>,
  id: string,
  into: Map<string, ConsumingFlow[]>,
): Promise<unknown> {
  try {
    into.set(id, await client.listConsumingFlows(id));
    return undefined;
  } catch (error) {
    return error;
  }
}
