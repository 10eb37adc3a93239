/**
 * What the bench and its simulator process say to each other over the IPC channel, and the compact
 * views of the simulator's state they exchange (20,000 full actions would be tens of megabytes).
 */

export interface SimSpec {
  seed: string;
  latencyMs: number;
  rateLimitPerMinute: number;
}

export type SimOp = 'snapshot' | 'requests' | 'clear' | 'reset' | 'close';

export interface SimCall {
  id: number;
  op: SimOp;
}

export type SimMessage =
  | { type: 'ready'; url: string; clientId: string; clientSecret: string }
  | { type: 'reply'; id: number; result: unknown }
  | { type: 'failed'; id?: number; message: string };

/** One stored action as the correctness check needs it. */
export interface ActionView {
  id: string;
  name: string;
  version: number;
  /** undefined when unset (the platform default). */
  timeoutSeconds: number | undefined;
  /** sha256 of everything but the timeout and the version: name, category, integration, config. */
  shape: string;
}

export type RequestKind =
  | 'oauth'
  | 'list'
  /** The list endpoint with `ids=` (targeted reads, read-backs), or with `name=`. */
  | 'ids'
  | 'get'
  | 'template'
  | 'patch'
  | 'analytics'
  /** Architect dependency tracking (which flows use an action). */
  | 'flows'
  | 'other';

/** The simulator's request log, counted. */
export interface RequestCounts {
  total: number;
  byKind: Record<RequestKind, number>;
  /** Answers with status 429. */
  rateLimited: number;
  /** Answers with another status of 400 or more, or none at all. */
  otherErrors: number;
}

const ACTION_PATH = /^\/api\/v2\/integrations\/actions\/[^/]+$/;
const TEMPLATE_PATH = /^\/api\/v2\/integrations\/actions\/[^/]+\/templates\/[^/]+$/;

export function requestKind(
  method: string,
  path: string,
  query: Record<string, string> = {},
): RequestKind {
  if (path === '/oauth/token') return 'oauth';
  if (method === 'GET' && path === '/api/v2/integrations/actions')
    return query['ids'] !== undefined || query['name'] !== undefined ? 'ids' : 'list';
  if (method === 'GET' && ACTION_PATH.test(path)) return 'get';
  if (method === 'GET' && TEMPLATE_PATH.test(path)) return 'template';
  if (method === 'PATCH' && ACTION_PATH.test(path)) return 'patch';
  if (path.startsWith('/api/v2/analytics/')) return 'analytics';
  if (path.startsWith('/api/v2/architect/dependencytracking/')) return 'flows';
  return 'other';
}

export function countRequests(
  entries: readonly {
    method: string;
    path: string;
    status: number | null;
    query?: Record<string, string>;
  }[],
): RequestCounts {
  const counts: RequestCounts = {
    total: 0,
    byKind: {
      oauth: 0,
      list: 0,
      ids: 0,
      get: 0,
      template: 0,
      patch: 0,
      analytics: 0,
      flows: 0,
      other: 0,
    },
    rateLimited: 0,
    otherErrors: 0,
  };
  for (const entry of entries) {
    counts.total += 1;
    counts.byKind[requestKind(entry.method, entry.path, entry.query)] += 1;
    if (entry.status === 429) counts.rateLimited += 1;
    else if (entry.status === null || entry.status >= 400) counts.otherErrors += 1;
  }
  return counts;
}
