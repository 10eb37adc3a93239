import type { GenesysClient } from '../genesys/client.js';
import { lastDaysInterval } from '../genesys/analytics.js';
import { isCustomAuthActionId, isStaticActionId, readTimeout } from '../genesys/action-ids.js';
import { GenesysApiError } from '../genesys/errors.js';
import type { Integration } from '../genesys/types.js';
import type { ActionKind, LiveAction, LiveOrg } from '../plan/types.js';
import type { ReadScope } from '../plan/read-scope.js';
import { readActions } from './read-actions.js';
import { CONCURRENCY_LIMITS } from '../genesys/concurrency.js';
import { mapPool } from '../util/pool.js';
import type { ReadProgress } from '../util/progress.js';

export const FUNCTION_INTEGRATION_TYPE = 'function-data-actions';

/**
 * Reads the org as the planner needs it: the actions (custom-auth included, so a selector that
 * hits one gets a clear error) with their timeouts, the integrations that say which actions are
 * function actions, and the published function timeout of each function action. With a `scope`
 * (a manifest that names its actions and ignores the rest), only those actions are read when that
 * takes fewer requests than listing the org.
 */
export async function readLiveOrg(
  client: GenesysClient,
  region: string,
  onProgress?: ReadProgress,
  scope?: ReadScope,
): Promise<LiveOrg> {
  const [actions, { integrations, unreadable }] = await Promise.all([
    readActions(client, scope, onProgress),
    readIntegrations(client),
  ]);
  const byId = new Map(integrations.map((i) => [i.id, i]));
  // In place: these objects were made here (read-actions.ts) for this, and are not yet shared.
  for (const action of actions) placeIntegration(action, byId);
  const functions = actions.filter((a) => a.kind === 'function');
  let done = 0;
  await mapPool(functions, CONCURRENCY_LIMITS.max, async (action) => {
    action.functionTimeoutSeconds = await readFunctionTimeout(client, action.id);
    onProgress?.('functions', ++done, functions.length);
  });
  return {
    region,
    actions,
    ...(unreadable === undefined ? {} : { integrationsUnreadable: unreadable }),
  };
}

/**
 * The integrations, or why they cannot be read: without integrations:integration:view the rest
 * of the org can still be planned (function data actions cannot then be told apart).
 */
async function readIntegrations(
  client: GenesysClient,
): Promise<{ integrations: Integration[]; unreadable?: string }> {
  try {
    return { integrations: await client.listIntegrations() };
  } catch (error) {
    if (!(error instanceof GenesysApiError) || error.kind !== 'forbidden') throw error;
    const named = error.missingPermissions;
    const lacks =
      named.length > 0 ? `the OAuth client lacks ${named.join(', ')}` : 'access was refused (403)';
    const names = await client.integrationNamesSeen(lastDaysInterval(NAME_DAYS, Date.now()));
    // Names without types: every action of these integrations reads as a custom action.
    const integrations = [...names].map(([id, name]) => ({ id, name }));
    return { integrations, unreadable: `the integrations could not be read: ${lacks}` };
  }
}

/** Analytics days searched for integration names when the integrations cannot be read. */
const NAME_DAYS = 30;

async function readFunctionTimeout(client: GenesysClient, id: string): Promise<number | null> {
  try {
    return readTimeout((await client.getFunction(id)).function?.timeoutSeconds);
  } catch (error) {
    // A function action whose ZIP was never published has no function settings yet.
    if (error instanceof GenesysApiError && error.kind === 'not-found') return null;
    throw error;
  }
}

export function kindOf(
  action: Pick<LiveAction, 'id' | 'integrationId'>,
  integrations: ReadonlyMap<string, Integration>,
): ActionKind {
  if (isStaticActionId(action.id)) return 'static';
  if (isCustomAuthActionId(action.id)) return 'custom-auth';
  const type = integrations.get(action.integrationId)?.integrationType?.id;
  return type === FUNCTION_INTEGRATION_TYPE ? 'function' : 'custom';
}

/** What the integrations tell of an action: the name and type of its integration, and its kind. */
function placeIntegration(
  action: LiveAction,
  integrations: ReadonlyMap<string, Integration>,
): void {
  const integration = integrations.get(action.integrationId);
  action.integrationName =
    integration?.name ?? `(integration ${action.integrationId || 'unknown'})`;
  action.integrationType = integration?.integrationType?.id;
  action.kind = kindOf(action, integrations);
}
