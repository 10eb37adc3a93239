import { GenesysApiError } from './errors.js';
import type { ApiRequester } from './http.js';

/**
 * Integration names from action analytics (GENESYS_API.md §9: `integrationId` and
 * `integrationName` are groupBy dimensions of the action aggregates query, which needs only the
 * action view permission). The fallback when the integrations themselves cannot be read: it knows
 * only integrations whose actions ran in the interval, and nothing of their types.
 */

const AGGREGATES_PATH = '/api/v2/analytics/actions/aggregates/query';

interface GroupedAnswer {
  results?: { group?: Record<string, string> }[];
}

/** integrationId → name; empty when analytics is refused or unavailable. */
export async function integrationNamesSeen(
  api: ApiRequester,
  interval: string,
): Promise<Map<string, string>> {
  let answer: GroupedAnswer | undefined;
  try {
    answer = await api.json<GroupedAnswer>({
      method: 'POST',
      path: AGGREGATES_PATH,
      body: {
        interval,
        metrics: ['tTotalExecution'],
        groupBy: ['integrationId', 'integrationName'],
      },
      idempotent: true,
    });
  } catch (error) {
    if (
      error instanceof GenesysApiError &&
      ['forbidden', 'validation', 'not-found'].includes(error.kind)
    ) {
      return new Map();
    }
    throw error;
  }
  const names = new Map<string, string>();
  for (const { group } of answer?.results ?? []) {
    const id = group?.integrationId;
    const name = group?.integrationName;
    if (typeof id === 'string' && typeof name === 'string' && name !== '') names.set(id, name);
  }
  return names;
}
