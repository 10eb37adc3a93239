import type { LieKind } from './faults.js';

/**
 * A lying proxy between the client and the org: the answer is a 200, but not the truth. A lie
 * applies only to the requests it can disguise (template lies to template reads, page lies to
 * listings); elsewhere it is not told and not logged.
 */

export interface LieReply {
  status: number;
  json?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const PORTAL =
  '<!DOCTYPE html><html><head><title>Network login required</title></head>' +
  '<body><form action="/login"><input name="user"></form></body></html>';

function isTemplateRead(url: URL): boolean {
  return /\/templates\/[^/]+\.vm$/.test(url.pathname);
}

function listing(reply: LieReply): Record<string, unknown> | undefined {
  const json = reply.json;
  if (reply.status !== 200 || typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  return Array.isArray(record.entities) ? record : undefined;
}

/** The lie told instead of `reply`, or undefined when this request cannot carry it. */
export function tell(
  kind: LieKind,
  url: URL,
  reply: LieReply,
  firstPage: () => LieReply,
): LieReply | undefined {
  if (kind.startsWith('template-')) {
    if (!isTemplateRead(url) || reply.status !== 200) return undefined;
    if (kind === 'template-html') return { status: 200, text: PORTAL, contentType: 'text/html' };
    if (kind === 'template-empty') return { status: 200, text: '' };
    const id = decodeURIComponent(url.pathname.split('/')[5] ?? '');
    return { status: 200, json: { id, name: 'not a template', version: 1, selfUri: url.pathname } };
  }
  const page = listing(reply);
  if (page === undefined) return undefined;
  const entities = page.entities as unknown[];
  const pageNumber = Number(url.searchParams.get('pageNumber') ?? '1');
  switch (kind) {
    case 'page-repeat': {
      if (pageNumber < 2) return undefined;
      const first = listing(firstPage());
      return first === undefined
        ? undefined
        : { ...reply, json: { ...page, entities: first.entities } };
    }
    case 'page-short':
      if (entities.length < 2) return undefined;
      return {
        ...reply,
        json: { ...page, entities: entities.slice(0, Math.floor(entities.length / 2)) },
      };
    case 'page-empty':
      return entities.length === 0 ? undefined : { ...reply, json: { ...page, entities: [] } };
    case 'page-total':
      return { ...reply, json: { ...page, total: Number(page.total ?? 0) + 7 } };
    default:
      return undefined;
  }
}
