import { GenesysApiError } from './errors.js';
import type { EventSink } from './events.js';
import type { EntityListing } from './types.js';
import { mapPool } from '../util/pool.js';

/** Pages asked for at once; more than the request pool runs, so it never waits for work. */
const MAX_PENDING_PAGES = 32;

/**
 * Reads every page of a paged listing: page 1, then pages 2..pageCount concurrently (the request pool
 * bounds the fan-out). Handles what the docs leave open (GENESYS_API.md §2.1):
 * - a server that refuses pageSize 100 (400): falls back to 25;
 * - a server that omits pageCount: reads page after page until an empty one;
 * - a listing that changes while it is read (total or pageCount moves, items shift between pages):
 *   reads again, up to `maxPasses`, and returns the union, deduplicated by id.
 */

export interface ReadAllOptions<T> {
  fetchPage: (pageNumber: number, pageSize: number) => Promise<EntityListing<T>>;
  idOf: (item: T) => string;
  path: string;
  pageSize?: number;
  fallbackPageSize?: number;
  maxPasses?: number;
  /** Guards against a server that ignores pageNumber and answers the same page forever. */
  maxPages?: number;
  onProgress?: ((read: number, total: number) => void) | undefined;
  emit: EventSink;
}

interface Pass<T> {
  items: Map<string, T>;
  totals: Set<number>;
  total: number | undefined;
}

export async function readAllPages<T>(options: ReadAllOptions<T>): Promise<T[]> {
  const { emit, path } = options;
  const maxPasses = options.maxPasses ?? 3;
  let pageSize = options.pageSize ?? 100;
  const fallback = options.fallbackPageSize ?? 25;
  let first: EntityListing<T>;
  try {
    first = await options.fetchPage(1, pageSize);
  } catch (error) {
    if (!(pageSizeRefused(error, path) && pageSize > fallback)) throw error;
    emit({ type: 'page-size-fallback', path, from: pageSize, to: fallback });
    pageSize = fallback;
    first = await options.fetchPage(1, pageSize);
  }

  // Only a re-read needs the union of passes; a listing read once is returned as it came.
  let union: Map<string, T> | undefined;
  let previous: Pass<T> | undefined;
  for (let passNumber = 1; ; passNumber++) {
    const page1 = passNumber === 1 ? first : await options.fetchPage(1, pageSize);
    const pass = await readPass(page1, pageSize, options);
    if (union !== undefined || passNumber > 1) {
      union ??= new Map(previous?.items);
      for (const [id, item] of pass.items) union.set(id, item);
    }
    const reason = inconsistency(pass, previous);
    if (reason === undefined || passNumber >= maxPasses) return [...(union ?? pass.items).values()];
    emit({ type: 'list-reread', path, reason });
    previous = pass;
  }
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

/** Undefined when the pass can be trusted. */
function inconsistency<T>(pass: Pass<T>, previous: Pass<T> | undefined): string | undefined {
  const settled =
    pass.totals.size <= 1 && (pass.total === undefined || pass.items.size === pass.total);
  if (settled) return undefined;
  // The same ids and totals twice in a row: the server's count differs from its listing, but nothing moved.
  if (previous !== undefined && sameIds(pass, previous) && sameSet(pass.totals, previous.totals)) {
    return undefined;
  }
  if (pass.totals.size > 1)
    return `the total changed during the read (${[...pass.totals].join(', ')})`;
  return `read ${pass.items.size} distinct items but the server reports ${pass.total}`;
}

async function readPass<T>(
  page1: EntityListing<T>,
  pageSize: number,
  options: ReadAllOptions<T>,
): Promise<Pass<T>> {
  const maxPages = options.maxPages ?? 10_000;
  const pages = new Map<number, T[]>();
  const totals = new Set<number>();
  let pageCount = 0;
  const seen = new Set<string>();
  const record = (pageNumber: number, listing: EntityListing<T>): number => {
    const entities = listing.entities ?? [];
    pages.set(pageNumber, entities);
    if (typeof listing.total === 'number') totals.add(listing.total);
    if (typeof listing.pageCount === 'number') pageCount = Math.max(pageCount, listing.pageCount);
    let fresh = 0;
    for (const entity of entities) {
      const id = options.idOf(entity);
      if (!seen.has(id)) fresh += 1;
      seen.add(id);
    }
    const total = Math.max(seen.size, ...totals);
    options.onProgress?.(seen.size, total);
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
    // Queued, not all started: the request pool bounds what is on the wire, and a thousand
    // pending calls would each hold their request state for the whole read.
    await mapPool(numbers, MAX_PENDING_PAGES, fetchInto);
    readUpTo = to;
  }
  // No pageCount, or fewer items than the total says: walk on until an empty page.
  const announced = (): number | undefined => (totals.size > 0 ? Math.max(...totals) : undefined);
  const lastPage = pages.get(readUpTo) ?? [];
  let walk = lastPage.length > 0 && (pageCount === 0 || seen.size < (announced() ?? 0));
  while (walk && readUpTo < maxPages) {
    readUpTo += 1;
    const fresh = await fetchInto(readUpTo);
    walk = fresh > 0;
  }

  // The ids seen and the pages are dropped as the ordered map is built: at 100,000 items each
  // of them is megabytes held at the peak of the read.
  seen.clear();
  const items = new Map<string, T>();
  const ordered = [...pages.entries()].sort(([a], [b]) => a - b);
  pages.clear();
  for (const [, entities] of ordered) {
    for (const entity of entities) items.set(options.idOf(entity), entity);
    entities.length = 0;
  }
  return { items, totals, total: announced() };
}

function sameIds<T>(a: Pass<T>, b: Pass<T>): boolean {
  if (a.items.size !== b.items.size) return false;
  for (const id of a.items.keys()) if (!b.items.has(id)) return false;
  return true;
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && [...a].every((v) => b.has(v));
}
