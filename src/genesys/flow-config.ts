import { GenesysApiError } from './errors.js';
import type { ApiRequester } from './http.js';

/**
 * A flow's latest configuration (GENESYS_API.md §13): untyped JSON with no published schema, read
 * as evidence of what the flow's Call Data Actions wait. Never throws for an API answer: a refusal
 * or a missing flow comes back as a reason, for the caller to say once or show as "unknown".
 */

export const FLOW_VIEW_PERMISSION = 'architect:flow:view';

export function flowConfigurationPath(flowId: string): string {
  return `/api/v2/flows/${encodeURIComponent(flowId)}/latestconfiguration`;
}

export type FlowConfigReading =
  | { ok: true; config: unknown }
  | {
      ok: false;
      /** forbidden: 403 (architect:flow:view missing); not-found: 404; error: anything else. */
      reason: 'forbidden' | 'not-found' | 'error';
      status: number | undefined;
      message: string;
    };

export async function getFlowLatestConfiguration(
  api: ApiRequester,
  flowId: string,
): Promise<FlowConfigReading> {
  try {
    const config = await api.json<unknown>({ method: 'GET', path: flowConfigurationPath(flowId) });
    return { ok: true, config };
  } catch (error) {
    if (!(error instanceof GenesysApiError)) throw error;
    const reason =
      error.status === 403 ? 'forbidden' : error.status === 404 ? 'not-found' : 'error';
    return { ok: false, reason, status: error.status, message: error.apiMessage };
  }
}
