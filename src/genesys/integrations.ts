import type { EventSink } from './events.js';
import type { ApiRequester } from './http.js';
import { readAllPages } from './paging.js';
import type { EntityListing, Integration } from './types.js';

export const INTEGRATIONS_PATH = '/api/v2/integrations';

/** Every integration; the type id tells function data actions apart (GENESYS_API.md §3). */
export async function listIntegrations(api: ApiRequester, emit: EventSink): Promise<Integration[]> {
  return readAllPages<Integration>({
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
}
