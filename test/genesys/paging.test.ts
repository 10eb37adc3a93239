import { describe, expect, it } from 'vitest';
import { GenesysApiError } from '../../src/genesys/errors.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import { readAllPages } from '../../src/genesys/paging.js';
import type { EntityListing } from '../../src/genesys/types.js';

interface Item {
  id: string;
}
const items = (n: number, prefix = 'a'): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(5, '0')}` }));

/** A paged server over `data()`, which may change between calls. */
function server(
  data: () => Item[],
  options: {
    maxPageSize?: number;
    /** Pages by at most this many, as a server that caps pageSize below what is asked. */
    cap?: number;
    echo?: boolean;
    omitPageCount?: boolean;
    ignorePageNumber?: boolean;
    total?: (n: number) => number;
  } = {},
) {
  const calls: { pageNumber: number; pageSize: number }[] = [];
  const fetchPage = async (pageNumber: number, pageSize: number): Promise<EntityListing<Item>> => {
    calls.push({ pageNumber, pageSize });
    if (options.maxPageSize !== undefined && pageSize > options.maxPageSize) {
      throw new GenesysApiError({
        kind: 'validation',
        message: 'pageSize too large',
        apiMessage: 'pageSize too large',
        method: 'GET',
        path: '/x',
        status: 400,
      });
    }
    const all = data();
    const page = options.ignorePageNumber ? 1 : pageNumber;
    const size = Math.min(pageSize, options.cap ?? pageSize);
    const entities = all.slice((page - 1) * size, page * size);
    const listing: EntityListing<Item> = {
      entities,
      pageNumber,
      total: options.total ? options.total(all.length) : all.length,
    };
    if (options.echo !== false) listing.pageSize = size;
    if (!options.omitPageCount) listing.pageCount = Math.ceil(all.length / size);
    return listing;
  };
  return { fetchPage, calls };
}

const read = (
  fetchPage: (n: number, s: number) => Promise<EntityListing<Item>>,
  events: ClientEvent[] = [],
  onProgress?: (r: number, t: number) => void,
) =>
  readAllPages<Item>({
    fetchPage,
    idOf: (i) => i.id,
    path: '/x',
    emit: (e) => events.push(e),
    onProgress,
  });

describe('readAllPages', () => {
  it.each([0, 1, 100, 101, 250])(
    'reads all %i items in pages of 100, each page once',
    async (n) => {
      const data = items(n);
      const s = server(() => data);
      const out = await read(s.fetchPage);
      expect(out.map((i) => i.id)).toEqual(data.map((i) => i.id));
      expect(s.calls.map((c) => c.pageNumber).sort((a, b) => a - b)).toEqual(
        Array.from({ length: Math.max(1, Math.ceil(n / 100)) }, (_, i) => i + 1),
      );
      expect(s.calls.every((c) => c.pageSize === 100)).toBe(true);
    },
  );

  it('falls back to pageSize 25 when 100 is refused', async () => {
    const data = items(60);
    const s = server(() => data, { maxPageSize: 25 });
    const events: ClientEvent[] = [];
    const out = await read(s.fetchPage, events);
    expect(out).toHaveLength(60);
    expect(events).toContainEqual({ type: 'page-size-fallback', path: '/x', from: 100, to: 25 });
    expect(s.calls.slice(1).every((c) => c.pageSize === 25)).toBe(true);
  });

  it('walks until an empty page when the server gives no pageCount', async () => {
    const data = items(230);
    const s = server(() => data, { omitPageCount: true });
    const out = await read(s.fetchPage);
    expect(out).toHaveLength(230);
    expect(s.calls.map((c) => c.pageNumber)).toEqual([1, 2, 3, 4]);
  });

  it('names a server that ignores pageNumber instead of returning page 1 as the whole list', async () => {
    const data = items(150);
    const s = server(() => data, { omitPageCount: true, ignorePageNumber: true });
    await expect(read(s.fetchPage)).rejects.toMatchObject({
      kind: 'protocol',
      message: expect.stringMatching(
        /^The listing GET \/x did not add up on two reads in a row: id "a00000" is on page 1 and again on page 2/,
      ),
    });
    expect(s.calls.length).toBeLessThan(10);
  });

  it.each([
    [50, true],
    [50, false],
    [25, true],
    [1, true],
  ])(
    'follows a server that caps pages at %i (echoing it: %s) and leaves no hole',
    async (cap, echo) => {
      const data = items(230);
      const s = server(() => data, { cap, echo });
      const events: ClientEvent[] = [];
      const out = await read(s.fetchPage, events);
      expect(out.map((i) => i.id)).toEqual(data.map((i) => i.id));
      expect(s.calls.slice(1).every((c) => c.pageSize === cap)).toBe(true);
      expect(events).toContainEqual({ type: 'page-size-fallback', path: '/x', from: 100, to: cap });
      expect(events.filter((e) => e.type === 'list-reread')).toEqual([]);
    },
  );

  it('re-reads when actions are added during the read, and returns them all', async () => {
    let data = items(200);
    let reads = 0;
    const s = server(() => {
      reads += 1;
      // Right after page 1, someone inserts 50 actions at the front: items shift to later pages.
      if (reads === 2) data = [...items(50, 'new'), ...data];
      return data;
    });
    const events: ClientEvent[] = [];
    const out = await read(s.fetchPage, events);
    expect(new Set(out.map((i) => i.id))).toEqual(new Set(data.map((i) => i.id)));
    expect(out).toHaveLength(250);
    expect(events.some((e) => e.type === 'list-reread')).toBe(true);
  });

  it('does not lose an action when one is deleted during the read', async () => {
    let data = items(201);
    let reads = 0;
    const s = server(() => {
      reads += 1;
      if (reads === 2) data = data.slice(1); // page contents shift left by one
      return data;
    });
    const out = await read(s.fetchPage);
    for (const item of data) expect(out.map((i) => i.id)).toContain(item.id);
  });

  it('re-reads a total that disagrees with its entities once, then names it', async () => {
    const data = items(120);
    const s = server(() => data, { total: (n) => n + 3 });
    const events: ClientEvent[] = [];
    await expect(read(s.fetchPage, events)).rejects.toMatchObject({
      kind: 'protocol',
      apiMessage: 'it holds 120 distinct items but says the total is 123',
    });
    expect(events.filter((e) => e.type === 'list-reread')).toHaveLength(1);
    expect(s.calls.length).toBe(4);
  });

  /** A lying proxy: the listing is right except on the first read of the given pages. */
  const lying = (lie: (entities: Item[], pageNumber: number) => Item[], lies = 1) => {
    const data = items(250);
    const base = server(() => data);
    let told = 0;
    const fetchPage = async (pageNumber: number, pageSize: number) => {
      const listing = await base.fetchPage(pageNumber, pageSize);
      if (pageNumber !== 2 || told >= lies) return listing;
      told += 1;
      return { ...listing, entities: lie(listing.entities ?? [], pageNumber) };
    };
    return { data, fetchPage };
  };

  it.each([
    ['page 2 repeating page 1', () => items(100), /id "a00000" is on page 1 and again on page 2/],
    [
      'a short page 2',
      (e: Item[]) => e.slice(0, 60),
      /page 2 has 60 items where a full page of 100 was due/,
    ],
    ['an empty page 2', () => [], /page 2 has 0 items where a full page of 100 was due/],
  ] as const)('reads %s again, and uses the read that adds up', async (_what, lie, reason) => {
    const { data, fetchPage } = lying(lie);
    const events: ClientEvent[] = [];
    const out = await read(fetchPage, events);
    expect(out.map((i) => i.id)).toEqual(data.map((i) => i.id));
    const reread = events.find((e) => e.type === 'list-reread');
    expect(reread).toMatchObject({ reason: expect.stringMatching(reason) });
  });

  it('names a listing that lies on both reads', async () => {
    const { fetchPage } = lying((e) => e.slice(0, 60), 2);
    await expect(read(fetchPage)).rejects.toMatchObject({
      kind: 'protocol',
      message: expect.stringMatching(/page 2 has 60 items .* nothing was changed$/),
    });
  });

  it('reports progress up to the total', async () => {
    const data = items(250);
    const s = server(() => data);
    const progress: [number, number][] = [];
    await read(s.fetchPage, [], (r, t) => progress.push([r, t]));
    expect(progress.at(-1)).toEqual([250, 250]);
    expect(progress[0]).toEqual([100, 250]);
  });

  it('passes on errors other than a refused page size', async () => {
    const fetchPage = async (): Promise<EntityListing<Item>> => {
      throw new GenesysApiError({
        kind: 'forbidden',
        message: 'no',
        apiMessage: 'no',
        method: 'GET',
        path: '/x',
        status: 403,
      });
    };
    await expect(read(fetchPage)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
