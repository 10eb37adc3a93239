import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ApiError, notFound, type ApiErrorExtras } from '../errors.js';
import { FAULT_ERRORS } from '../faults.js';
import type { RequestLogEntry } from '../request-log.js';
import type { SimulatorState } from '../state.js';
import { ACTION_ROUTES } from './action-routes.js';
import { ADMIN_ROUTES } from './admin-routes.js';
import { DEPENDENCY_ROUTES } from './dependency-routes.js';
import { DRAFT_ROUTES } from './draft-routes.js';
import {
  errorReply,
  oauthReply,
  parseJsonBody,
  readBody,
  routeReply,
  type Reply,
} from './exchange.js';
import { ORG_ROUTES } from './org-routes.js';
import type { Route } from './router.js';

/**
 * The node:http server. Order of a logged request: log entry, body, fault, then OAuth or
 * bearer auth, rate limit and route. /__sim/ skips the log, faults and latency.
 */

const API_ROUTES: Route[] = [
  ...ACTION_ROUTES,
  ...DRAFT_ROUTES,
  ...ORG_ROUTES,
  ...DEPENDENCY_ROUTES,
];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SimulatorServer {
  server: Server;
  close(): Promise<void>;
}

function rateLimited(wait: number, limit?: number): ApiError {
  const extras: ApiErrorExtras = { retryAfterSeconds: wait };
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

export function createSimulatorServer(state: SimulatorState): SimulatorServer {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const send = async (
    res: ServerResponse,
    reply: Reply,
    entry?: RequestLogEntry,
  ): Promise<void> => {
    if (entry !== undefined) {
      entry.status = reply.status;
      if (state.options.latencyMs > 0) await delay(state.options.latencyMs);
    }
    if (closing || res.destroyed || res.writableEnded) return;
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    res.statusCode = reply.status;
    if (reply.text !== undefined) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(reply.text);
    } else if (reply.json !== undefined) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(reply.json));
    } else res.end();
  };

  const handleAdmin = async (
    req: IncomingMessage,
    url: URL,
    correlationId: string,
  ): Promise<Reply> => {
    try {
      if (!state.options.admin) throw notFound();
      const body = parseJsonBody(await readBody(req), req.headers['content-type'], false);
      return routeReply(ADMIN_ROUTES, state, req.method ?? 'GET', url, body, correlationId);
    } catch (error) {
      return errorReply(error, correlationId);
    }
  };

  /** Returns undefined when the request must not be answered (reset, stall). */
  const handleLogged = async (
    req: IncomingMessage,
    url: URL,
    correlationId: string,
    entry: RequestLogEntry,
  ): Promise<Reply | undefined> => {
    const method = req.method ?? 'GET';
    const isOAuth = url.pathname === '/oauth/token';
    const raw = await readBody(req);
    if (isOAuth) {
      // Only the grant type: a client_secret_post body would otherwise land in the log.
      const grant = new URLSearchParams(raw).get('grant_type');
      if (grant !== null) entry.body = { grant_type: grant };
    } else {
      const label = state.tokens.labelOf(req.headers.authorization);
      if (label !== undefined) entry.token = label;
      if (WRITE_METHODS.has(method) && raw !== '') {
        try {
          entry.body = parseJsonBody(raw, undefined, false);
        } catch {
          entry.body = '[not JSON]';
        }
      }
    }
    const fault = state.faultFor(entry.seq, isOAuth);
    if (fault !== undefined) {
      entry.fault = fault;
      if (fault === 'reset') req.socket.destroy();
      if (fault === 'reset' || fault === 'stall') return undefined;
      if (fault === '429') throw rateLimited(state.faults.retryAfterSeconds ?? 1);
      const { code, message } = FAULT_ERRORS[fault];
      throw new ApiError(Number(fault), code, message);
    }
    if (isOAuth) {
      const reply = oauthReply(state, method, req.headers, raw);
      if (reply.token !== undefined) entry.token = reply.token;
      return { status: reply.status, json: reply.json };
    }
    if (!url.pathname.startsWith('/api/v2/')) throw notFound();
    const tokenLabel = state.tokens.verify(req.headers.authorization);
    const wait = state.rateLimiter.take(tokenLabel);
    if (wait > 0) throw rateLimited(wait, state.rateLimiter.limitPerMinute);
    const body = WRITE_METHODS.has(method)
      ? parseJsonBody(raw, req.headers['content-type'], true)
      : undefined;
    return routeReply(API_ROUTES, state, method, url, body, correlationId);
  };

  const server = createServer((req, res) => {
    const correlationId = randomUUID();
    res.setHeader('ININ-Correlation-ID', correlationId);
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    if (url.pathname === '/__sim' || url.pathname.startsWith('/__sim/')) {
      void handleAdmin(req, url, correlationId)
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
    void handleLogged(req, url, correlationId, entry)
      .then(
        (reply) => (reply === undefined ? undefined : send(res, reply, entry)),
        (error: unknown) => send(res, errorReply(error, correlationId), entry),
      )
      .catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const close = (): Promise<void> =>
    new Promise((resolve) => {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    });

  return { server, close };
}
