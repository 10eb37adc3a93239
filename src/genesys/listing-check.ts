import { escapeInvisible, shorten } from '../util/text.js';

/**
 * Whether the pages of one read of a listing fit together: one total and one page count on every
 * page, each id on one page only, every page but the last full, as many distinct ids as the total
 * says. Pure; paging.ts reads the pages and decides what to do with a listing that does not add up.
 */

export interface PageRecord {
  ids: string[];
  total?: number;
  pageCount?: number;
  pageSize?: number;
}

/**
 * Why the pages do not add up, or undefined when they do. `repeated` holds the ids the reader saw
 * more than once, whatever the page (it counts them as pages arrive): only those can be on two
 * pages, so the check for that looks at them alone, not at a map of every id of the org.
 */
export function listingProblem(
  pages: ReadonlyMap<number, PageRecord>,
  pageSize: number,
  stoppedAt: number | undefined,
  /** Only the first pages were read, on purpose: they are checked, the total is not. */
  partial: boolean,
  repeated: ReadonlySet<string>,
): string | undefined {
  if (stoppedAt !== undefined) return `it went on past ${stoppedAt} pages`;
  const list = [...pages.entries()].sort(([a], [b]) => a - b);
  return (
    agreement(list, 'total', 'total') ??
    agreement(list, 'pageCount', 'page count') ??
    sizeProblem(list, pageSize) ??
    duplicate(list, repeated) ??
    shortPage(list, pageSize) ??
    (partial ? undefined : countProblem(list, pageSize))
  );
}

type Pages = [number, PageRecord][];

function agreement(list: Pages, field: 'total' | 'pageCount', label: string): string | undefined {
  const values = new Set(list.map(([, p]) => p[field]).filter((v) => v !== undefined));
  return values.size > 1
    ? `the ${label} differs between pages (${[...values].join(', ')})`
    : undefined;
}

function sizeProblem(list: Pages, pageSize: number): string | undefined {
  const other = list.find(([, p]) => p.pageSize !== undefined && p.pageSize !== pageSize);
  return other === undefined
    ? undefined
    : `page ${other[0]} says pageSize ${other[1].pageSize} where page 1 set ${pageSize}`;
}

/** The first id, in page order, that is on a page already: among the repeated ids only. */
function duplicate(list: Pages, repeated: ReadonlySet<string>): string | undefined {
  if (repeated.size === 0) return undefined;
  const where = new Map<string, number>();
  for (const [number, page] of list) {
    for (const id of page.ids) {
      if (!repeated.has(id)) continue;
      const before = where.get(id);
      if (before !== undefined) {
        const shown = escapeInvisible(shorten(id, 80));
        return before === number
          ? `id "${shown}" is twice on page ${number}`
          : `id "${shown}" is on page ${before} and again on page ${number}`;
      }
      where.set(id, number);
    }
  }
  return undefined;
}

/** Every page before the last one with items must be full. */
function shortPage(list: Pages, pageSize: number): string | undefined {
  const lastWithItems = Math.max(0, ...list.filter(([, p]) => p.ids.length > 0).map(([n]) => n));
  const short = list.find(([n, p]) => n < lastWithItems && p.ids.length !== pageSize);
  if (short === undefined) return undefined;
  return `page ${short[0]} has ${short[1].ids.length} items where a full page of ${pageSize} was due (a later page has items)`;
}

function countProblem(list: Pages, pageSize: number): string | undefined {
  const distinct = list.reduce((sum, [, p]) => sum + p.ids.length, 0);
  const first = list[0]?.[1];
  const total = first?.total;
  const pageCount = first?.pageCount;
  if (total !== undefined && distinct !== total) {
    return `it holds ${distinct} distinct items but says the total is ${total}`;
  }
  if (pageCount !== undefined && total !== undefined && pageCount !== Math.ceil(total / pageSize)) {
    return `it says ${pageCount} pages for a total of ${total} in pages of ${pageSize}`;
  }
  const lastWithItems = Math.max(0, ...list.filter(([, p]) => p.ids.length > 0).map(([n]) => n));
  if (pageCount !== undefined && lastWithItems !== pageCount) {
    return `it says ${pageCount} pages but items end on page ${lastWithItems}`;
  }
  return undefined;
}
