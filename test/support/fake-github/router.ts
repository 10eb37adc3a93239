// One request through the fake: recorded, matched to an operation of the OpenAPI subset, checked
// against it, authenticated, and answered by the operation's handler or refused as GitHub would.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOCS, error, json, notFound, type Handlers } from './http.js';
import type { GitHubOpenApi, RequestCheck, RouteMatch } from './openapi.js';
import type { Store } from './store.js';
import type { FakeGitHubViolationKind, FakeResponse, FakeToken, RecordedRequest } from './types.js';
import { authenticate } from './users.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Records a violation of this request. */
export type Flag = (kind: FakeGitHubViolationKind, message: string, status?: number) => void;

export interface Incoming {
  record: RecordedRequest;
  url: URL;
  rawBody: string;
  /** The request headers as sent (the record's are redacted). */
  headers: IncomingMessage['headers'];
}

/** Reads the whole request and records it, its authorization redacted to the scheme. */
export async function readRequest(req: IncomingMessage, baseUrl: string): Promise<Incoming> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', baseUrl);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (headers.authorization) headers.authorization = `${headers.authorization.split(' ')[0]} ***`;
  const record: RecordedRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    operationId: undefined,
    headers,
    body: undefined,
    login: undefined,
    status: 0,
    responseBody: undefined,
  };
  if (rawBody.length > 0) {
    try {
      record.body = JSON.parse(rawBody) as unknown;
    } catch {
      record.body = rawBody;
    }
  }
  return { record, url, rawBody, headers: req.headers };
}

/** GitHub's refusal of an authenticated request, in GitHub's order; undefined if it may proceed. */
function refusal(
  method: string,
  token: FakeToken,
  checked: RequestCheck,
): FakeResponse | undefined {
  if (checked.bodyParseError) return error(400, 'Problems parsing JSON');
  if (checked.errors.length > 0) {
    return json(422, {
      message: `Invalid request.\n\n${checked.errors.join('\n')}`,
      documentation_url: DOCS,
      status: '422',
    });
  }
  if (token.readOnly && WRITE_METHODS.has(method)) {
    return error(403, 'Resource not accessible by integration');
  }
  return undefined;
}

/** The answer to a routed request; sets the record's operationId and login. */
function answerRoute(
  store: Store,
  handlers: Handlers,
  api: GitHubOpenApi,
  incoming: Incoming,
  route: RouteMatch,
  flag: Flag,
): FakeResponse {
  const { record, url, headers } = incoming;
  const { operation } = route;
  record.operationId = operation.operationId;
  const checked = api.checkRequest(
    route,
    url.searchParams,
    headers['content-type'],
    incoming.rawBody,
  );
  for (const message of checked.errors) flag('request', message);
  // GitHub ignores query parameters it does not know: recorded as violations, not refused.
  for (const name of checked.unknownQuery) {
    flag('request', `query parameter ${name} is not defined`);
  }
  const token = authenticate(store, headers.authorization);
  if (token) record.login = token.user.login;
  if (!headers.authorization) return error(401, 'Requires authentication');
  if (!token) return error(401, 'Bad credentials');
  const refused = refusal(record.method, token, checked);
  if (refused) return refused;
  const handler = handlers[operation.operationId];
  if (!handler) {
    flag('unsupported', `the fake does not implement ${operation.operationId}`);
    return notFound();
  }
  const { params, query, body } = checked;
  const unsupported = (message: string): void => flag('unsupported', message);
  return handler({ operation, url, params, query, body, token, unsupported });
}

/** The answer to a request (before any tampering) and the operation it was matched to. */
export function answer(
  store: Store,
  handlers: Handlers,
  api: GitHubOpenApi,
  incoming: Incoming,
  flag: Flag,
): { response: FakeResponse; route: RouteMatch | undefined } {
  const { method, path } = incoming.record;
  const route = api.match(method, path);
  if (!route) {
    flag('route', `no operation of the OpenAPI subset matches ${method} ${path}`);
    return { response: notFound(), route };
  }
  return { response: answerRoute(store, handlers, api, incoming, route, flag), route };
}

/** Sends the response and completes the record. */
export function send(
  res: ServerResponse,
  record: RecordedRequest,
  response: FakeResponse,
  requestId: string,
): void {
  record.status = response.status;
  record.responseBody = response.body;
  const text = response.body === undefined ? '' : JSON.stringify(response.body);
  res.writeHead(response.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': requestId,
    ...response.headers,
  });
  res.end(text);
}
