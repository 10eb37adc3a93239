import { flowsOfSeed } from './dependencies.js';
import {
  DEMO_CALL_WAITS,
  DEMO_SECURE_CALLS,
  type DemoCallWait,
} from './seeds/demo-flow-configs.js';
import type { StoredFlow } from './types.js';

/**
 * A flow's latest configuration as `GET /api/v2/flows/{flowId}/latestconfiguration` serves it:
 * untyped JSON with no published schema (GENESYS_API.md §13). The shape follows what public
 * fixtures show: call actions with `__type` DataAction or SecureAction, `actionId`,
 * `useSuggestedTimeout`, `timeout: {text}` and the three paths. Deleted flows are not found.
 */

export const FLOW_VIEW_PERMISSION = 'architect:flow:view';

/** The latest (highest) version of each flow of the seed that is not deleted. */
function latest(seed: string, flowId: string): StoredFlow | undefined {
  const versions = flowsOfSeed(seed).filter((f) => f.id === flowId && f.deleted !== true);
  return versions.sort((a, b) => Number(b.version) - Number(a.version))[0];
}

function callAction(actionId: string, wait: DemoCallWait): Record<string, unknown> {
  const paths = ['__SUCCESS__', '__FAILURE__', '__TIMEOUT__'].map((name) => ({
    __type: 'Path',
    name,
    actionList: [],
  }));
  const base = {
    __type: DEMO_SECURE_CALLS.has(actionId) ? 'SecureAction' : 'DataAction',
    name: DEMO_SECURE_CALLS.has(actionId) ? 'Call Secure Data Action' : 'Call Data Action',
    actionId,
    category: 'Web Services Data Actions',
    inputs: [],
    paths,
  };
  if ('raw' in wait) return { ...base, ...wait.raw };
  return {
    ...base,
    useSuggestedTimeout: wait.suggested,
    // Architect keeps the field whether it applies or not; its default is one minute.
    timeout: { text: wait.suggested ? 'P0D0H1M0S0F' : wait.timeout },
  };
}

/** The configuration, or undefined for a flow the seed does not have (404). */
export function flowConfiguration(
  seed: string,
  flowId: string,
): Record<string, unknown> | undefined {
  const flow = latest(seed, flowId);
  if (flow === undefined) return undefined;
  const waits = DEMO_CALL_WAITS[flow.id] ?? {};
  return {
    id: flow.id,
    name: flow.name,
    type: flow.type,
    version: flow.version,
    flowSequenceItemList: [
      {
        __type: 'Task',
        name: 'Main Task',
        actionList: flow.dataActionIds.map((id) =>
          callAction(id, waits[id] ?? { suggested: true }),
        ),
      },
    ],
  };
}
