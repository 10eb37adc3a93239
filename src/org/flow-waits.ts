import type { GenesysClient } from '../genesys/client.js';
import { FLOW_VIEW_PERMISSION, type FlowConfigReading } from '../genesys/flow-config.js';
import type { FlowEvidence } from '../plan/evidence.js';
import type { FlowWaitEvidence } from '../plan/flow-overrides.js';
import { readFlowWait } from '../plan/flow-waits.js';
import { isChange, type FlowWait, type PlanEntry } from '../plan/types.js';
import { getErrorMessage } from '../util/errors.js';

/**
 * What each flow that calls a changed action waits: one read of each flow's latest configuration
 * (GENESYS_API.md §13), shared by every action it calls, at most `maxFlows` flows per plan.
 * Evidence, never a reason to fail: a missing permission is one note, a missing flow or an
 * unexpected answer is "unknown" for that flow.
 */

/**
 * Flow configurations read per plan at most (one request each). With issue 15's bound of 50
 * changed actions this keeps the flows' part of the evidence at 20 requests; flows beyond it are
 * named in one note, in the order the changes list them.
 */
export const MAX_FLOW_CONFIGS = 20;

export interface FlowWaitBudget {
  /** Flow configurations to read at most (default MAX_FLOW_CONFIGS). */
  maxFlows?: number;
}

type Reader = Pick<GenesysClient, 'getFlowLatestConfiguration'>;

/** `entries`: the plan's rows in plan order; `flows`: the flows read for its largest changes. */
export async function readFlowWaits(
  client: Reader,
  entries: readonly PlanEntry[],
  flows: FlowEvidence,
  budget: FlowWaitBudget = {},
): Promise<FlowWaitEvidence> {
  const calls = flowsToRead(entries, flows);
  const max = Math.max(0, budget.maxFlows ?? MAX_FLOW_CONFIGS);
  const ids = [...calls.keys()];
  const chosen = ids.slice(0, max);
  const skipped = ids.length - chosen.length;
  const beyond =
    skipped > 0
      ? `what ${skipped} more flow${skipped === 1 ? '' : 's'} wait${skipped === 1 ? 's' : ''} was not read: at most ${max} flow configurations are read per plan`
      : undefined;
  const byAction = new Map<string, Map<string, FlowWait>>();
  if (chosen.length === 0) return { byAction, note: beyond };
  const [first, ...rest] = chosen as [string, ...string[]];
  // One request first: a token without the permission would otherwise be refused once per flow.
  const firstReading = await safely(client, first);
  if (!firstReading.ok && firstReading.reason === 'forbidden') {
    return {
      byAction,
      note: `what flows wait not shown: the OAuth client lacks ${FLOW_VIEW_PERMISSION} (${firstReading.message})`,
    };
  }
  const readings = [firstReading, ...(await Promise.all(rest.map((id) => safely(client, id))))];
  chosen.forEach((flowId, i) => {
    const reading = readings[i] as FlowConfigReading;
    for (const actionId of calls.get(flowId) ?? []) {
      const perFlow = byAction.get(actionId) ?? new Map<string, FlowWait>();
      perFlow.set(flowId, waitOf(reading, actionId));
      byAction.set(actionId, perFlow);
    }
  });
  return { byAction, note: beyond };
}

/** Flow id → the changed actions it calls, in the order the plan lists the changes. */
function flowsToRead(entries: readonly PlanEntry[], flows: FlowEvidence): Map<string, Set<string>> {
  const calls = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!isChange(e.op)) continue;
    for (const flow of flows.byAction.get(e.actionId) ?? []) {
      const actions = calls.get(flow.id) ?? new Set<string>();
      actions.add(e.actionId);
      calls.set(flow.id, actions);
    }
  }
  return calls;
}

async function safely(client: Reader, flowId: string): Promise<FlowConfigReading> {
  try {
    return await client.getFlowLatestConfiguration(flowId);
  } catch (error) {
    return { ok: false, reason: 'error', status: undefined, message: getErrorMessage(error) };
  }
}

function waitOf(reading: FlowConfigReading, actionId: string): FlowWait {
  if (reading.ok) return readFlowWait(reading.config, actionId);
  const why =
    reading.reason === 'not-found'
      ? 'its configuration was not found (404)'
      : `its configuration could not be read${reading.status === undefined ? '' : ` (${reading.status})`}: ${reading.message}`;
  return { kind: 'unknown', seconds: null, calls: 0, ownCalls: 0, why: clampWhy(why) };
}

function clampWhy(text: string): string {
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
