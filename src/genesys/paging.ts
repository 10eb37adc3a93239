import { GenesysApiError } from './errors.js';
import type { EventSink } from './events.js';
import { listingProblem, type PageRecord } from './listing-check.js';
import type { EntityListing } from './types.js';
import { mapPool } from '../util/pool.js';

/** Pages asked for at once; more than the request pool runs, so it never waits for work. */
const MAX_PENDING_PAGES = 32;

/**
 * Reads every page of a paged listing: page 1, then pages 2..pageCount concurrently (the request pool
 * bounds the fan-out). Follows what the server says (GENESYS_API.md §2.1, §12):
 * - a server that refuses pageSize 100 (400 on the listing itself): falls back to 25;
 * - a server that pages by less than asked (it echoes a smaller `pageSize`): reads in its size,
 *   so a cap below 100 leaves no hole;
 * - a server that omits pageCount: reads page after page until an empty one.
 * Every pass is checked (total, page count, full pages, each id once: listing-check.ts). One that
 * does not add up (the listing changed while read, or a proxy answers pages that lie) is read again
 * once; a second one that does not add up is a protocol error, never a silent hole.
 */

export interface ReadAllOptions<T> {
  fetchPage: (pageNumber: number, pageSize: number) => Promise<EntityListing<T>>;
  idOf: (item: T) => string;
  path: string;
  pageSize?: number;
  fallbackPageSize?: number;
  /** Guards against a server that ignores pageNumber and answers the same page forever. */
  maxPages?: number;
  /**
   * 1: the caller bounds the read to its first `maxPages` pages on purpose (evidence, the org's
   * size): stopping there is the answer, not a runaway server, the pages read are checked but not
   * counted against the total, and nothing is read again (a bound on pages is a bound on requests).
   */
  maxPasses?: 1 | 2;
  onProgress?: ((read: number, total: number) => void) | undefined;
  emit: EventSink;
}

export async function readAllPages<T>(options: ReadAllOptions<T>): Promise<T[]> {
  const { emit, path } = options;
  const { first, asked } = await firstPage(options);
  const size = servedPageSize(first, asked);
  if (size < asked) emit({ type: 'page-size-fallback', path, from: asked, to: size });
  const once = await readPass(first, size, options);
  if (once.problem === undefined) return once.items;
  if (options.maxPasses === 1) throw notAddingUp(path, once.problem, 'on its bounded read');
  emit({ type: 'list-reread', path, reason: once.problem });
  const again = await readPass(await options.fetchPage(1, size), size, options);
  if (again.problem === undefined) return again.items;
  throw notAddingUp(path, again.problem, 'on two reads in a row');
}

function notAddingUp(path: string, problem: string, when: string): GenesysApiError {
  return new GenesysApiError({
    kind: 'protocol',
    message:
      `The listing GET ${path} did not add up ${when}: ${problem}. A proxy or ` +
      'the server is answering pages that do not fit together, so the org cannot be read whole; ' +
      'nothing was changed',
    apiMessage: problem,
    method: 'GET',
    path,
  });
}

async function firstPage<T>(
  options: ReadAllOptions<T>,
): Promise<{ first: EntityListing<T>; asked: number }> {
  const asked = options.pageSize ?? 100;
  const fallback = options.fallbackPageSize ?? 25;
  try {
    return { first: await options.fetchPage(1, asked), asked };
  } catch (error) {
    if (!(pageSizeRefused(error, options.path) && asked > fallback)) throw error;
    options.emit({ type: 'page-size-fallback', path: options.path, from: asked, to: fallback });
    return { first: await options.fetchPage(1, fallback), asked: fallback };
  }
}

/**
 * The page size the server pages by: the one it echoes when that is smaller than asked; without
 * an echo, the length of a first page that is short of both the size asked and the total.
 */
function servedPageSize(first: EntityListing<unknown>, asked: number): number {
  const echoed = first.pageSize;
  if (typeof echoed === 'number') {
    return Number.isInteger(echoed) && echoed >= 1 && echoed < asked ? echoed : asked;
  }
  const length = Array.isArray(first.entities) ? first.entities.length : 0;
  const total = typeof first.total === 'number' ? first.total : 0;
  return length >= 1 && length < asked && total > length ? length : asked;
}

/**
 * A 400 on the listing itself. A login refused on the way (its rate limit answers 400 "rate
 * limit exceeded") or any other call's 400 says nothing about the page size.
 */
function pageSizeRefused(error: unknown, path: string): boolean {
  return (
    error instanceof GenesysApiError &&
    error.status === 400 &&
    error.kind === 'validation' &&
    error.method === 'GET' &&
    error.path.split('?')[0] === path
  );
}

interface Pass<T> {
  items: T[];
  problem: string | undefined;
}

async function readPass<T>(
  page1: EntityListing<T>,
  pageSize: number,
  options: ReadAllOptions<T>,
): Promise<Pass<T>> {
  const maxPages = options.maxPages ?? 10_000;
  const pages = new Map<number, PageRecord>();
  const bodies = new Map<number, T[]>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  let pageCount = 0;
  let total = 0;
  const record = (pageNumber: number, listing: EntityListing<T>): number => {
    const entities = Array.isArray(listing.entities) ? listing.entities : [];
    const ids = entities.map((entity) => options.idOf(entity));
    pages.set(pageNumber, { ids, ...numbers(listing) });
    bodies.set(pageNumber, entities);
    if (typeof listing.pageCount === 'number') pageCount = Math.max(pageCount, listing.pageCount);
    if (typeof listing.total === 'number') total = Math.max(total, listing.total);
    let fresh = 0;
    for (const id of ids) {
      if (seen.has(id)) repeated.add(id);
      else fresh += 1;
      seen.add(id);
    }
    options.onProgress?.(seen.size, Math.max(seen.size, total));
    return fresh;
  };
  const fetchInto = async (pageNumber: number): Promise<number> =>
    record(pageNumber, await options.fetchPage(pageNumber, pageSize));

  record(1, page1);
  let readUpTo = 1;
  // Fan out over the pages the server announced; re-check in case a later page announced more.
  while (pageCount > readUpTo && readUpTo < maxPages) {
    const from = readUpTo + 1;
    const to = Math.min(pageCount, maxPages);
    const numbers = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // Queued, not all started: the request pool bounds what is on the wire.
    await mapPool(numbers, MAX_PENDING_PAGES, fetchInto);
    readUpTo = to;
  }
  // No pageCount: walk on until an empty page (or one that brings nothing new).
  let walk = pageCount === 0 && (bodies.get(readUpTo)?.length ?? 0) > 0;
  while (walk && readUpTo < maxPages) {
    readUpTo += 1;
    walk = (await fetchInto(readUpTo)) > 0;
  }
  const bounded = options.maxPasses === 1;
  const stoppedAt = !bounded && readUpTo >= maxPages ? maxPages : undefined;
  const problem = listingProblem(pages, pageSize, stoppedAt, bounded, repeated);
  seen.clear();
  pages.clear();
  return { items: problem === undefined ? ordered(bodies) : [], problem };
}

function numbers(listing: EntityListing<unknown>): Omit<PageRecord, 'ids'> {
  const out: Omit<PageRecord, 'ids'> = {};
  if (typeof listing.total === 'number') out.total = listing.total;
  if (typeof listing.pageCount === 'number') out.pageCount = listing.pageCount;
  if (typeof listing.pageSize === 'number') out.pageSize = listing.pageSize;
  return out;
}

/**
 * The pages' items in page order, in one list made at its final length: one grown item by item
 * over 100,000 items left a trail of ever larger copies, each a large object only a full
 * collection frees.
 */
function ordered<T>(bodies: Map<number, T[]>): T[] {
  const pages = [...bodies.entries()].sort(([a], [b]) => a - b).map(([, entities]) => entities);
  bodies.clear();
  return pages.length === 1 ? (pages[0] ?? []) : ([] as T[]).concat(...pages);
}
