import { IDS_PER_REQUEST } from '../genesys/actions.js';
import type { GenesysClient } from '../genesys/client.js';
import type { Action } from '../genesys/types.js';
import type { ReadScope } from '../plan/read-scope.js';
import type { ReadProgress } from '../util/progress.js';

/** Actions a page of the full listing holds. */
const LISTING_PAGE = 100;

/**
 * Of each action, what planning needs: id, name, integration, category, version and the timeout,
 * never the rest of the config (apply reads each action it writes on its own, just before it).
 * Categories and integration ids repeat across thousands of actions, and every page parses its own
 * copies: one copy each is kept.
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
 * The org's actions as planning needs them. With a scope, the named actions alone when that
 * takes fewer requests than listing the org: one small request (a page of 1) tells how many
 * actions the org has, and so what the listing would cost.
 */
export async function readActions(
  client: GenesysClient,
  scope: ReadScope | undefined,
  onProgress: ReadProgress | undefined,
): Promise<Action[]> {
  if (scope !== undefined) {
    const targeted = Math.ceil(scope.ids.length / IDS_PER_REQUEST) + scope.names.length;
    const listing = Math.ceil((await countActions(client)) / LISTING_PAGE);
    if (targeted < listing) return readScoped(client, scope);
  }
  return client.listActions({
    includeConfig: true,
    includeAuthActions: true,
    select: slimmer(),
    ...(onProgress
      ? { onProgress: (read: number, total: number) => onProgress('actions', read, total) }
      : {}),
  });
}

async function countActions(client: GenesysClient): Promise<number> {
  let total = 0;
  await client.listActions({
    includeAuthActions: true,
    firstPageOnly: { pageSize: 1 },
    onProgress: (_read, all) => (total = all),
  });
  return total;
}

/**
 * The ids 50 to a request, and each name through the list's `name` filter. That filter matches
 * part of a name, in any case: what comes back is kept only when it is the name itself up to case
 * (the exact match, case and integration included, is the resolver's; a name that differs only
 * in case stays so the resolver can suggest it).
 */
async function readScoped(client: GenesysClient, scope: ReadScope): Promise<Action[]> {
  const slim = slimmer();
  const [byIds, ...byNames] = await Promise.all([
    scope.ids.length === 0
      ? Promise.resolve([])
      : client.getActionsByIds(scope.ids, { includeConfig: true }),
    ...scope.names.map(async (name) =>
      (
        await client.listActions({
          includeConfig: true,
          includeAuthActions: true,
          name,
          select: slim,
        })
      ).filter((action) => action.name.toLowerCase() === name.toLowerCase()),
    ),
  ]);
  const found = new Map<string, Action>();
  for (const action of [...byIds.map(slim), ...byNames.flat()]) found.set(action.id, action);
  return [...found.values()];
}
