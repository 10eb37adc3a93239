import type { GenesysClient } from '../genesys/client.js';
import { isCustomAuthActionId, isStaticActionId, readTimeout } from '../genesys/action-ids.js';
import { GenesysApiError } from '../genesys/errors.js';
import type { Action, Integration } from '../genesys/types.js';
import type { ActionKind, LiveAction, LiveOrg } from '../plan/types.js';
import { CONCURRENCY_LIMITS } from '../genesys/concurrency.js';
import { mapPool } from '../util/pool.js';
import type { ReadProgress } from '../util/progress.js';

export const FUNCTION_INTEGRATION_TYPE = 'function-data-actions';

/** The org as read, and the full live actions (config included) of those asked to be kept. */
export interface LiveRead extends LiveOrg {
  kept: Map<string, Action>;
}

/**
 * Of each action, what planning needs: the config shrinks to its timeout. Categories and
 * integration ids repeat across thousands of actions, and every page parses its own copies: one
 * copy each is kept.
 */
function slimmer(): (action: Action) => Action {
  const shared = new Map<string, string>();
  const one = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  const noTimeout = {};
  return (action) => {
    const { id, name, category, integrationId, version, secure } = action;
    const timeout = action.config?.timeoutSeconds;
    return {
      id,
      name,
      version,
      ...(category === undefined ? {} : { category: one(category) }),
      ...(integrationId === undefined ? {} : { integrationId: one(integrationId) }),
      ...(secure === undefined ? {} : { secure }),
      config: timeout === undefined ? noTimeout : { timeoutSeconds: timeout },
    };
  };
}

/**
 * Reads the org as the planner needs it: every action with its timeout (custom-auth included, so a
 * selector that hits one gets a clear error), the integrations that say which actions are
 * function actions, and the published function timeout of each function action. The full config
 * is kept only for the actions `keep` names (those a change may be applied to), page by page as
 * the listing arrives, so memory grows with the org by a few fields per action.
 */
export async function readLiveOrg(
  client: GenesysClient,
  region: string,
  onProgress?: ReadProgress,
  keep: (action: Action) => boolean = () => false,
): Promise<LiveRead> {
  const kept = new Map<string, Action>();
  const slim = slimmer();
  const [actions, { integrations, unreadable }] = await Promise.all([
    client.listActions({
      includeConfig: true,
      includeAuthActions: true,
      select: (action) => {
        if (keep(action)) kept.set(action.id, action);
        return slim(action);
      },
      ...(onProgress
        ? { onProgress: (read: number, total: number) => onProgress('actions', read, total) }
        : {}),
    }),
    readIntegrations(client),
  ]);
  const byId = new Map(integrations.map((i) => [i.id, i]));
  const functionIds = actions.filter((a) => kindOf(a, byId) === 'function').map((a) => a.id);
  let done = 0;
  const functionTimeouts = new Map(
    await mapPool(functionIds, CONCURRENCY_LIMITS.max, async (id) => {
      const timeout = await readFunctionTimeout(client, id);
      onProgress?.('functions', ++done, functionIds.length);
      return [id, timeout] as const;
    }),
  );
  return {
    region,
    actions: actions.map((a) => toLiveAction(a, byId, functionTimeouts.get(a.id) ?? null)),
    ...(unreadable === undefined ? {} : { integrationsUnreadable: unreadable }),
    kept,
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
    const names = await client.integrationNamesSeen(lastDays(NAME_DAYS, Date.now()));
    // Names without types: every action of these integrations reads as a custom action.
    const integrations = [...names].map(([id, name]) => ({ id, name }));
    return { integrations, unreadable: `the integrations could not be read: ${lacks}` };
  }
}

/** Analytics days searched for integration names when the integrations cannot be read. */
const NAME_DAYS = 30;

function lastDays(days: number, nowMs: number): string {
  const end = new Date(nowMs);
  const start = new Date(nowMs - days * 86_400_000);
  return `${start.toISOString()}/${end.toISOString()}`;
}

async function readFunctionTimeout(client: GenesysClient, id: string): Promise<number | null> {
  try {
    return readTimeout((await client.getFunction(id)).function?.timeoutSeconds);
  } catch (error) {
    // A function action whose ZIP was never published has no function settings yet.
    if (error instanceof GenesysApiError && error.kind === 'not-found') return null;
    throw error;
  }
}

export function kindOf(action: Action, integrations: ReadonlyMap<string, Integration>): ActionKind {
  if (isStaticActionId(action.id)) return 'static';
  if (isCustomAuthActionId(action.id)) return 'custom-auth';
  const type = integrations.get(action.integrationId ?? '')?.integrationType?.id;
  return type === FUNCTION_INTEGRATION_TYPE ? 'function' : 'custom';
}

export function toLiveAction(
  action: Action,
  integrations: ReadonlyMap<string, Integration>,
  functionTimeout: number | null,
): LiveAction {
  const integration = integrations.get(action.integrationId ?? '');
  const kind = kindOf(action, integrations);
  return {
    id: action.id,
    name: action.name,
    category: action.category ?? '',
    integrationId: action.integrationId ?? '',
    integrationName: integration?.name ?? `(integration ${action.integrationId ?? 'unknown'})`,
    integrationType: integration?.integrationType?.id,
    kind,
    version: action.version,
    secure: action.secure ?? false,
    timeoutSeconds: readTimeout(action.config?.timeoutSeconds),
    functionTimeoutSeconds: kind === 'function' ? functionTimeout : null,
  };
}
