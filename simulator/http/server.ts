import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApiError, notFound, type ApiErrorExtras } from '../errors.js';
import { hasExchangeObservers, notifyExchange } from '../exchanges.js';
import { FAULT_ERRORS, isLie, type LieKind } from '../faults.js';
import { tell } from '../lies.js';
import { checkPermissions } from '../permissions.js';
import type { RequestLogEntry } from '../request-log.js';
import type { SimulatorState } from '../state.js';
import { ACTION_ROUTES } from './action-routes.js';
import { ADMIN_ROUTES } from './admin-routes.js';
import { ANALYTICS_ADMIN_ROUTES, ANALYTICS_ROUTES } from './analytics-routes.js';
import { DEPENDENCY_ROUTES } from './dependency-routes.js';
import { DRAFT_ROUTES } from './draft-routes.js';
import { FLOW_ROUTES } from './flow-routes.js';
import {
  errorReply,
  oauthReply,
  parseJsonBody,
  readBody,
  routeReply,
  type Reply,
} from './exchange.js';
import { Lifecycle, trackAndClose } from './lifecycle.js';
import { ORG_ROUTES } from './org-routes.js';
import type { Route } from './router.js';

/**
 * The node:http server. Order of a logged request: log entry, body, fault, then OAuth or
 * bearer auth, rate limit, permissions and route. /__sim/ skips the log, faults and latency.
 */

const API_ROUTES: Route[] = [
  ...ACTION_ROUTES,
  ...DRAFT_ROUTES,
  ...ORG_ROUTES,
  // Before the analytics routes: it answers the query grouped by errorType (flow-routes.ts).
  ...FLOW_ROUTES,
  ...ANALYTICS_ROUTES,
  ...DEPENDENCY_ROUTES,
];
const ALL_ADMIN_ROUTES: Route[] = [...ADMIN_ROUTES, ...ANALYTICS_ADMIN_ROUTES];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SimulatorServer {
  server: Server;
  close: () => Promise<void>;
}

/** Headers gathered while a request is handled, sent with whatever the answer turns out to be. */
type ExtraHeaders = Record<string, string>;

function rateLimited(wait: number, limit: number | undefined, retryAfter: boolean): ApiError {
  const extras: ApiErrorExtras = retryAfter ? { retryAfterSeconds: wait } : {};
  if (limit !== undefined) {
    extras.limit = {
      key: 'client.credentials.token.rate.per.minute',
      namespace: 'platform.api',
      value: limit,
    };
  }
  return new ApiError(
    429,
    'too.many.requests.retry.after',
    `Rate limit exceeded the maximum. Retry the request in [${wait}] seconds`,
    extras,
  );
}

/** `inin-ratelimit-*` as a real org sends them on every response (GENESYS_API.md §10). */
function stateLimit(state: SimulatorState, token: string, headers: ExtraHeaders): void {
  const status = state.rateLimiter.status(token);
  if (status === undefined) return;
  headers['inin-ratelimit-count'] = String(status.count);
  headers['inin-ratelimit-allowed'] = String(status.allowed);
  headers['inin-ratelimit-reset'] = String(status.resetSeconds);
}

function recordRequest(
  state: SimulatorState,
  req: IncomingMessage,
  raw: string,
  isOAuth: boolean,
  entry: RequestLogEntry,
): void {
  if (isOAuth) {
    // Only the grant type: a client_secret_post body would otherwise land in the log.
    const grant = new URLSearchParams(raw).get('grant_type');
    if (grant !== null) entry.body = { grant_type: grant };
    return;
  }
  const label = state.tokens.labelOf(req.headers.authorization);
  if (label !== undefined) entry.token = label;
  if (WRITE_METHODS.has(req.method ?? 'GET') && raw !== '') {
    try {
      entry.body = parseJsonBody(raw, undefined, false);
    } catch {
      entry.body = '[not JSON]';
    }
  }
}

/** Function configuration, publish and delete: the requests with their own per-second limit. */
function isFunctionWrite(method: string, path: string): boolean {
  if (!path.startsWith('/api/v2/integrations/actions/')) return false;
  if (method === 'PUT' && path.endsWith('/draft/function')) return true;
  if (method === 'POST' && path.endsWith('/draft/publish')) return true;
  return method === 'DELETE' && path.endsWith('/draft');
}

/**
 * Returns 'silent' when the fault means the request must not be answered (reset, stall), and a
 * lie to tell once the true answer is known (logged only if it is told).
 */
function injectFault(
  state: SimulatorState,
  req: IncomingMessage,
  isOAuth: boolean,
  entry: RequestLogEntry,
): 'silent' | LieKind | undefined {
  const fault = state.faultFor(entry.seq, isOAuth);
  if (fault === undefined) return undefined;
  if (isLie(fault)) return isOAuth ? undefined : fault;
  entry.fault = fault;
  if (fault === 'reset') req.socket.destroy();
  if (fault === 'reset' || fault === 'stall') return 'silent';
  if (fault === '429') throw rateLimited(state.faults.retryAfterSeconds ?? 1, undefined, true);
  const { code, message } = FAULT_ERRORS[fault];
  throw new ApiError(Number(fault), code, message);
}

function apiReply(
  state: SimulatorState,
  req: IncomingMessage,
  url: URL,
  raw: string,
  exchange: { correlationId: string; headers: ExtraHeaders },
): Reply {
  const method = req.method ?? 'GET';
  if (!url.pathname.startsWith('/api/v2/')) throw notFound();
  const token = state.tokens.verify(req.headers.authorization);
  const wait = state.rateLimiter.take(token);
  stateLimit(state, token, exchange.headers);
  const knobs = state.knobs;
  if (wait > 0) throw rateLimited(wait, state.rateLimiter.limitPerMinute, knobs.retryAfter);
  checkPermissions(knobs, method, url.pathname);
  if (isFunctionWrite(method, url.pathname) && state.functionLimiter.take(token) > 0) {
    // A one-second window is over within a second: say so, whatever the per-minute headers say.
    throw new ApiError(429, 'too.many.requests', 'Too many function requests; retry in 1 second.', {
      retryAfterSeconds: 1,
    });
  }
  const body = WRITE_METHODS.has(method)
    ? parseJsonBody(raw, req.headers['content-type'], true)
    : undefined;
  return routeReply(API_ROUTES, state, method, url, body, exchange.correlationId);
}

/** Returns undefined when the request must not be answered (reset, stall). */
async function handleLogged(
  state: SimulatorState,
  req: IncomingMessage,
  url: URL,
  entry: RequestLogEntry,
  exchange: { correlationId: string; headers: ExtraHeaders },
): Promise<Reply | undefined> {
  const isOAuth = url.pathname === '/oauth/token';
  const raw = await readBody(req);
  recordRequest(state, req, raw, isOAuth, entry);
  const fault = injectFault(state, req, isOAuth, entry);
  if (fault === 'silent') return undefined;
  if (!isOAuth) {
    const reply = apiReply(state, req, url, raw, exchange);
    if (fault === undefined || req.method !== 'GET') return reply;
    const firstPage = (): Reply => {
      const first = new URL(url);
      first.searchParams.set('pageNumber', '1');
      return routeReply(API_ROUTES, state, 'GET', first, undefined, exchange.correlationId);
    };
    const lie = tell(fault, url, reply, firstPage);
    if (lie === undefined) return reply;
    entry.fault = fault;
    return lie;
  }
  const reply = oauthReply(state, req.method ?? 'GET', req.headers, raw);
  if (reply.token !== undefined) entry.token = reply.token;
  return { status: reply.status, json: reply.json };
}

async function handleAdmin(
  state: SimulatorState,
  req: IncomingMessage,
  url: URL,
  correlationId: string,
): Promise<Reply> {
  try {
    if (!state.options.admin) throw notFound();
    const body = parseJsonBody(await readBody(req), req.headers['content-type'], false);
    return routeReply(ALL_ADMIN_ROUTES, state, req.method ?? 'GET', url, body, correlationId);
  } catch (error) {
    return errorReply(error, correlationId);
  }
}

function observe(entry: RequestLogEntry, req: IncomingMessage, reply: Reply): void {
  if (entry.path === '/oauth/token') return;
  notifyExchange({
    method: entry.method,
    path: entry.path,
    status: reply.status,
    userAgent: req.headers['user-agent'] ?? '',
    ...(entry.body === undefined ? {} : { requestBody: entry.body }),
    ...(reply.json === undefined ? {} : { responseBody: reply.json }),
    // A lying proxy's answer is not Genesys's: the contract holds Genesys's answers only.
    ...(entry.fault !== undefined && isLie(entry.fault) ? { lie: true } : {}),
  });
}

function writeReply(res: ServerResponse, reply: Reply): void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  res.statusCode = reply.status;
  if (reply.text !== undefined) {
    res.setHeader('Content-Type', reply.contentType ?? 'text/plain; charset=utf-8');
    res.end(reply.text);
  } else if (reply.json !== undefined) {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(reply.json));
  } else res.end();
}

export function createSimulatorServer(state: SimulatorState): SimulatorServer {
  const life = new Lifecycle();
  const send = async (
    res: ServerResponse,
    reply: Reply,
    entry?: RequestLogEntry,
  ): Promise<void> => {
    if (entry !== undefined) {
      entry.status = reply.status;
      if (state.options.latencyMs > 0) await life.delay(state.options.latencyMs);
    }
    if (life.closing || res.destroyed || res.writableEnded) return;
    writeReply(res, reply);
    if (entry !== undefined && hasExchangeObservers()) observe(entry, res.req, reply);
  };
  const server = createServer((req, res) => {
    const correlationId = randomUUID();
    res.setHeader('ININ-Correlation-ID', correlationId);
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    if (url.pathname === '/__sim' || url.pathname.startsWith('/__sim/')) {
      void handleAdmin(state, req, url, correlationId)
        .then((reply) => send(res, reply))
        .catch(() => res.destroy());
      return;
    }
    const entry = state.log.begin(
      req.method ?? 'GET',
      url.pathname,
      url.searchParams,
      state.clock.now(),
    );
    const exchange = { correlationId, headers: {} as ExtraHeaders };
    const withHeaders = (reply: Reply): Reply => ({
      ...reply,
      headers: { ...exchange.headers, ...reply.headers },
    });
    void handleLogged(state, req, url, entry, exchange)
      .then(
        (reply) => (reply === undefined ? undefined : send(res, withHeaders(reply), entry)),
        (error: unknown) => send(res, withHeaders(errorReply(error, correlationId)), entry),
      )
      .catch(() => res.destroy());
  });
  return { server, close: trackAndClose(server, life) };
}
