import type { SimulatorState } from '../state.js';

export interface RouteContext {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  state: SimulatorState;
  /** The response's correlation id, for ErrorBodies embedded in successful answers. */
  correlationId: string;
}

export interface RouteResult {
  status: number;
  json?: unknown;
  text?: string;
}

export type Handler = (ctx: RouteContext) => RouteResult;

export interface Route {
  method: string;
  /** Path segments; `:name` captures one segment. */
  segments: string[];
  handler: Handler;
}

export function route(method: string, pattern: string, handler: Handler): Route {
  return { method, segments: pattern.split('/').filter((s) => s !== ''), handler };
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' };

function matchSegments(route: Route, parts: string[]): Record<string, string> | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const expected = route.segments[i] as string;
    const actual = parts[i] as string;
    if (expected.startsWith(':')) params[expected.slice(1)] = actual;
    else if (expected !== actual) return undefined;
  }
  return params;
}

/** First match wins, so literal paths (`/actions/drafts`) are listed before `/actions/:id`. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  let parts: string[];
  try {
    parts = path
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return { kind: 'not-found' };
  }
  let pathMatched = false;
  for (const candidate of routes) {
    const params = matchSegments(candidate, parts);
    if (params === undefined) continue;
    if (candidate.method === method) return { kind: 'found', handler: candidate.handler, params };
    pathMatched = true;
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
}
