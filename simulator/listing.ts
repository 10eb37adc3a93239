import { badRequest } from './errors.js';
import type { JsonValue } from './json.js';
import type { StoredAction, StoredDraft } from './types.js';

/** Query parsing, filtering, sorting and the paged envelope shared by the list endpoints. */

export const MAX_PAGE_SIZE = 100;
export const MAX_IDS = 50;
const SORT_FIELDS = ['id', 'name', 'category', 'integrationId', 'version', 'secure'] as const;
type SortField = (typeof SORT_FIELDS)[number];

export interface Paging {
  pageSize: number;
  pageNumber: number;
}

export interface ActionListQuery extends Paging {
  includeConfig: boolean;
  includeAuthActions: boolean;
  expandContract: boolean;
  ids?: Set<string>;
  name?: string;
  category?: string;
  secure?: boolean;
  sortBy: SortField;
  descending: boolean;
}

function positiveInt(query: URLSearchParams, field: string, fallback: number): number {
  const raw = query.get(field);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
    throw badRequest(`${field} must be a positive integer.`, field);
  }
  return value;
}

export function parseBoolean(query: URLSearchParams, field: string): boolean | undefined {
  const raw = query.get(field);
  if (raw === null) return undefined;
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw badRequest(`${field} must be true or false.`, field);
}

/** `cap` (the pageCap knob): a pageSize above it is served in pages of `cap`, which the envelope echoes. */
export function parsePaging(query: URLSearchParams, cap = MAX_PAGE_SIZE): Paging {
  const pageSize = positiveInt(query, 'pageSize', 25);
  if (pageSize > MAX_PAGE_SIZE) {
    throw badRequest(`pageSize must be at most ${MAX_PAGE_SIZE}.`, 'pageSize', 'max.value');
  }
  return { pageSize: Math.min(pageSize, cap), pageNumber: positiveInt(query, 'pageNumber', 1) };
}

export function parseSortOrder(query: URLSearchParams): boolean {
  const order = (query.get('sortOrder') ?? 'asc').toLowerCase();
  if (order !== 'asc' && order !== 'desc')
    throw badRequest('sortOrder must be ASC or DESC.', 'sortOrder');
  return order === 'desc';
}

export function expandsContract(query: URLSearchParams): boolean {
  return query.getAll('expand').some((e) => e.split(',').includes('contract'));
}

export function parseActionListQuery(query: URLSearchParams, cap?: number): ActionListQuery {
  const sortBy = query.get('sortBy') ?? 'name';
  if (!(SORT_FIELDS as readonly string[]).includes(sortBy)) {
    throw badRequest(`sortBy must be one of ${SORT_FIELDS.join(', ')}.`, 'sortBy');
  }
  const parsed: ActionListQuery = {
    ...parsePaging(query, cap),
    includeConfig: parseBoolean(query, 'includeConfig') ?? false,
    includeAuthActions: parseBoolean(query, 'includeAuthActions') ?? false,
    expandContract: expandsContract(query),
    sortBy: sortBy as SortField,
    descending: parseSortOrder(query),
  };
  const ids = query.get('ids');
  if (ids !== null) {
    const list = ids
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    if (list.length > MAX_IDS)
      throw badRequest(`ids accepts at most ${MAX_IDS} ids.`, 'ids', 'max.items');
    parsed.ids = new Set(list);
  }
  const name = query.get('name');
  if (name !== null && name !== '') parsed.name = name.toLowerCase();
  const category = query.get('category');
  if (category !== null && category !== '') parsed.category = category;
  const secure = parseBoolean(query, 'secure');
  if (secure !== undefined) parsed.secure = secure;
  return parsed;
}

type Listable = StoredAction | StoredDraft;

function sortKey(item: Listable, field: SortField): string | number {
  const value = item[field];
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** A stable order: the sort field, then id, so equal keys never swap between pages. */
export function sortItems<T extends Listable>(
  items: Iterable<T>,
  field: SortField,
  descending: boolean,
): T[] {
  const keyed = [...items].map((item) => ({ item, key: sortKey(item, field) }));
  const sign = descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.key < b.key) return -sign;
    if (a.key > b.key) return sign;
    return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}

export function matches(item: Listable, query: ActionListQuery, isAuthAction: boolean): boolean {
  if (isAuthAction && !query.includeAuthActions) return false;
  if (query.ids !== undefined && !query.ids.has(item.id)) return false;
  if (query.name !== undefined && !item.name.toLowerCase().includes(query.name)) return false;
  if (query.category !== undefined && item.category !== query.category) return false;
  if (query.secure !== undefined && item.secure !== query.secure) return false;
  return true;
}

export interface Envelope {
  [key: string]: JsonValue;
}

/**
 * The paged envelope. URIs are path plus query like the real API's, carrying the caller's
 * other parameters; `nextUri` is absent on the last page, `previousUri` on the first.
 */
export function envelope(
  entities: JsonValue[],
  total: number,
  paging: Paging,
  path: string,
  query: URLSearchParams,
  withUris = true,
): Envelope {
  const pageCount = Math.ceil(total / paging.pageSize);
  const out: Envelope = {
    entities,
    pageSize: paging.pageSize,
    pageNumber: paging.pageNumber,
    total,
    pageCount,
  };
  if (!withUris) return out;
  const uri = (pageNumber: number): string => {
    const params = new URLSearchParams({
      pageSize: String(paging.pageSize),
      pageNumber: String(pageNumber),
    });
    for (const [key, value] of query)
      if (key !== 'pageSize' && key !== 'pageNumber') params.append(key, value);
    return `${path}?${params.toString()}`;
  };
  out.firstUri = uri(1);
  out.selfUri = uri(paging.pageNumber);
  if (paging.pageNumber < pageCount) out.nextUri = uri(paging.pageNumber + 1);
  if (paging.pageNumber > 1)
    out.previousUri = uri(Math.min(paging.pageNumber - 1, Math.max(pageCount, 1)));
  out.lastUri = uri(Math.max(pageCount, 1));
  return out;
}

export function pageOf<T>(items: T[], paging: Paging): T[] {
  const start = (paging.pageNumber - 1) * paging.pageSize;
  return items.slice(start, start + paging.pageSize);
}
