// What every route handler shares: the request it is given, the responses GitHub gives on any route,
// and paging.
import { createHash } from 'node:crypto';
import type { OpenApiOperation } from './openapi-operations.js';
import type { FakeResponse, FakeToken } from './types.js';

export const DOCS = 'https://docs.github.com/rest';

/** A request that was routed, authenticated and validated, as a handler sees it. */
export interface Context {
  operation: OpenApiOperation;
  url: URL;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  token: FakeToken;
  /** Records (kind 'unsupported') that the request relies on behaviour the fake only pretends to have. */
  unsupported(message: string): void;
}

export type Handler = (ctx: Context) => FakeResponse;

/** Handlers by operationId. */
export type Handlers = Record<string, Handler>;

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FakeResponse {
  return { status, headers, body };
}

export function error(status: number, message: string, documentationUrl = DOCS): FakeResponse {
  return json(status, { message, documentation_url: documentationUrl, status: String(status) });
}

export function notFound(): FakeResponse {
  return error(404, 'Not Found');
}

/** A 201 with the new resource and its location, as GitHub answers a create. */
export function created(out: Record<string, unknown>): FakeResponse {
  return json(201, out, { location: str(out.url) });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** The JSON body as an object ({} when there is none). */
export function bodyOf(ctx: Context): Record<string, unknown> {
  return isRecord(ctx.body) ? ctx.body : {};
}

/** 1 ascending, -1 descending: `direction` if given, else GitHub's default for the sort key. */
export function sortDirection(ctx: Context, sortKey: unknown): number {
  const direction = ctx.query.direction;
  if (direction === 'asc') return 1;
  if (direction === 'desc') return -1;
  return sortKey === undefined || sortKey === 'created' ? -1 : 1;
}

/** Records each of `names` that is set in `source`: parameters the fake accepts but ignores. */
export function rejectUnsupported(
  ctx: Context,
  source: Record<string, unknown>,
  names: string[],
): void {
  for (const name of names) {
    const value = source[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    ctx.unsupported(`the fake ignores ${name}=${JSON.stringify(value)}`);
  }
}

function paginate<T>(
  ctx: Context,
  items: T[],
  baseUrl: string,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number): string => {
    const u = new URL(ctx.url.pathname + ctx.url.search, baseUrl);
    u.searchParams.set('page', String(n));
    return u.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(Math.min(page - 1, last))}>; rel="prev"`);
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`);
  if (page < last) links.push(`<${at(last)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** A 200 with the requested page of `items`, each rendered, and GitHub's link header. */
export function paged<T>(
  ctx: Context,
  items: T[],
  baseUrl: string,
  render: (item: T) => unknown,
): FakeResponse {
  const page = paginate(ctx, items, baseUrl);
  return json(200, page.items.map(render), page.headers);
}
