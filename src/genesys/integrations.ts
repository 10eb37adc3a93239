import type { EventSink } from './events.js';
import type { ApiRequester } from './http.js';
import { readAllPages } from './paging.js';
import { GenesysApiError } from './errors.js';
import type { Action, EntityListing, Integration } from './types.js';

export const INTEGRATIONS_PATH = '/api/v2/integrations';

/**
 * Every integration; the type id tells function data actions apart (GENESYS_API.md §3). The types
 * are remembered for this client, so a later change needs no read of its integration.
 */
export async function listIntegrations(api: ApiRequester, emit: EventSink): Promise<Integration[]> {
  const all = await readAllPages<Integration>({
    path: INTEGRATIONS_PATH,
    emit,
    idOf: (integration) => integration.id,
    fetchPage: (pageNumber, pageSize) =>
      api.json<EntityListing<Integration>>({
        method: 'GET',
        path: INTEGRATIONS_PATH,
        query: { pageSize, pageNumber },
      }),
  });
  const cache = cacheOf(api);
  for (const integration of all) {
    const type = integration.integrationType?.id;
    if (type !== undefined) cache.set(integration.id, Promise.resolve(type));
  }
  return all;
}

export const FUNCTION_INTEGRATION_TYPE = 'function-data-actions';

/** Integration type ids already read, per client: one read per integration, not per change. */
const typeCache = new WeakMap<ApiRequester, Map<string, Promise<string | undefined>>>();

/** The integration's type id; undefined when it cannot be read (e.g. 403). */
function cacheOf(api: ApiRequester): Map<string, Promise<string | undefined>> {
  let cache = typeCache.get(api);
  if (cache === undefined)
    typeCache.set(api, (cache = new Map<string, Promise<string | undefined>>()));
  return cache;
}

function integrationType(api: ApiRequester, id: string): Promise<string | undefined> {
  const cache = cacheOf(api);
  let type = cache.get(id);
  if (type === undefined) {
    type = api
      .json<Integration>({ method: 'GET', path: `${INTEGRATIONS_PATH}/${encodeURIComponent(id)}` })
      .then(
        (integration) => integration.integrationType?.id,
        (error: unknown) => {
          if (error instanceof GenesysApiError && ['forbidden', 'not-found'].includes(error.kind))
            return undefined;
          cache.delete(id);
          throw error;
        },
      );
    cache.set(id, type);
  }
  return type;
}

/** Terraform's fallback when the type cannot be read (GENESYS_API.md §3): the free-text category. */
const FUNCTION_CATEGORY = /function[\s_-]+data[\s_-]+action/i;

/**
 * Whether the action belongs to a function data actions integration (§3): the integration type
 * decides; only when it cannot be read does the category, as Terraform does.
 */
export async function isFunctionAction(api: ApiRequester, action: Action): Promise<boolean> {
  const type =
    action.integrationId === undefined
      ? undefined
      : await integrationType(api, action.integrationId);
  if (type !== undefined) return type === FUNCTION_INTEGRATION_TYPE;
  return FUNCTION_CATEGORY.test(action.category ?? '');
}
