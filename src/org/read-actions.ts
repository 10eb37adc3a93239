import { IDS_PER_REQUEST } from '../genesys/actions.js';
import type { GenesysClient } from '../genesys/client.js';
import { readTimeout } from '../genesys/action-ids.js';
import type { Action } from '../genesys/types.js';
import type { LiveAction } from '../plan/types.js';
import type { ReadScope } from '../plan/read-scope.js';
import type { ReadProgress } from '../util/progress.js';

/** Actions a page of the full listing holds. */
const LISTING_PAGE = 100;

/**
 * Of each action, what planning needs, already in the shape the plan takes: id, name, integration,
 * category, version and the timeout, never the rest of the config (apply reads each action it
 * writes on its own, just before it). What the integrations tell (name, type, kind) and a function
 * action's published timeout are placed by the caller once they are read (org/read.ts): a second
 * object per action was 100,000 more objects beside these at the end of the listing.
 * Categories and integration ids repeat across thousands of actions, and every page parses its own
 * copies: one copy each is kept.
 */
function slimmer(): (action: Action) => LiveAction {
  const shared = new Map<string, string>();
  const one = (text: string): string => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };
  return (action) => ({
    id: action.id,
    name: action.name,
    category: one(action.category ?? ''),
    integrationId: one(action.integrationId ?? ''),
    integrationName: '',
    integrationType: undefined,
    kind: 'custom',
    version: action.version,
    secure: action.secure ?? false,
    timeoutSeconds: readTimeout(action.config?.timeoutSeconds),
    functionTimeoutSeconds: null,
  });
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
): Promise<LiveAction[]> {
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
async function readScoped(client: GenesysClient, scope: ReadScope): Promise<LiveAction[]> {
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
  const found = new Map<string, LiveAction>();
  for (const action of [...byIds.map(slim), ...byNames.flat()]) found.set(action.id, action);
  return [...found.values()];
}
