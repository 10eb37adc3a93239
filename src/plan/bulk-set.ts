import { compareText } from '../util/compare.js';
import { GcTimeoutsError } from '../util/errors.js';
import type { NewEntry, ValueEdit } from '../manifest/edit.js';
import type { Manifest, MatchSelector } from '../manifest/types.js';
import { resolve, type Locate } from './resolve.js';
import type { LiveAction, TimeoutField } from './types.js';

/**
 * Bulk edits as manifest edits (`gc-timeouts set --where timeoutSeconds=3 --to 5`): the live actions
 * the filters select, and the edits that make the manifest say the new value for each, so the
 * change is reviewed like any other. Pure.
 */

const STRING_KEYS = ['name', 'integration', 'category'] as const;
const VALUE_KEYS = ['timeoutSeconds', 'functionTimeoutSeconds'] as const;

/** One `--where KEY=VALUE`: a glob over name, integration or category, or a live timeout value. */
export type WhereFilter =
  { key: (typeof STRING_KEYS)[number]; glob: string } | { key: TimeoutField; value: number | null };

export function parseWhere(text: string): WhereFilter {
  const eq = text.indexOf('=');
  const key = eq < 0 ? text : text.slice(0, eq);
  const raw = eq < 0 ? '' : text.slice(eq + 1);
  const keys = [...VALUE_KEYS, ...STRING_KEYS].join(', ');
  if (eq < 0 || raw === '') {
    throw new GcTimeoutsError(
      'usage',
      `--where ${JSON.stringify(text)} must be KEY=VALUE with KEY one of ${keys}`,
    );
  }
  if ((STRING_KEYS as readonly string[]).includes(key)) {
    return { key: key as (typeof STRING_KEYS)[number], glob: raw };
  }
  if ((VALUE_KEYS as readonly string[]).includes(key)) {
    if (raw === 'default') return { key: key as TimeoutField, value: null };
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value)) {
      throw new GcTimeoutsError(
        'usage',
        `--where ${key}=${raw}: the value must be whole seconds or default`,
      );
    }
    return { key: key as TimeoutField, value };
  }
  throw new GcTimeoutsError(
    'usage',
    `--where: unknown key ${JSON.stringify(key)}; use one of ${keys}`,
  );
}

export interface BulkSetInput {
  manifest: Manifest;
  locate: Locate;
  live: readonly LiveAction[];
  /** Combined with AND. */
  where: readonly WhereFilter[];
  field: TimeoutField;
  to: number | 'default';
}

export interface BulkSetResult {
  /** Every live action the filters select, sorted by integration and name. */
  matched: LiveAction[];
  values: ValueEdit[];
  append: NewEntry[];
  /** Matched actions the manifest already gives the new value. */
  alreadySet: number;
}

export function planBulkSet(input: BulkSetInput): BulkSetResult {
  const matched = selectActions(input);
  const { decisions } = resolve(input.manifest, input.live, input.locate);
  const values: ValueEdit[] = [];
  const append: NewEntry[] = [];
  let alreadySet = 0;
  const edited = new Set<number>();
  for (const action of matched) {
    const decision = decisions.get(action.id)?.get(input.field);
    if (decision?.value === input.to) {
      alreadySet += 1;
      continue;
    }
    if (decision !== undefined && decision.selector !== 'match') {
      if (!edited.has(decision.entryIndex)) {
        values.push({ entryIndex: decision.entryIndex, field: input.field, value: input.to });
        edited.add(decision.entryIndex);
      }
      continue;
    }
    // Not managed, or decided by a glob: an entry of its own wins over any match entry.
    append.push(entryFor(action, input));
  }
  return { matched, values, append, alreadySet };
}

function selectActions(input: BulkSetInput): LiveAction[] {
  const match: MatchSelector = {};
  for (const f of input.where) if ('glob' in f) match[f.key] = f.glob;
  // The same globs and the same eligibility (no static or custom-auth action) as a match entry.
  const probe: Manifest = { version: 1, actions: [{ match, [input.field]: 1 }] };
  const { decisions } = resolve(probe, input.live, input.locate);
  const valueFilters = input.where.filter(
    (f): f is Extract<WhereFilter, { value: number | null }> => 'value' in f,
  );
  return input.live
    .filter((a) => decisions.get(a.id)?.has(input.field) === true)
    .filter((a) => valueFilters.every((f) => (a[f.key] ?? null) === f.value))
    .sort(
      (a, b) =>
        compareText(a.integrationName, b.integrationName) ||
        compareText(a.name, b.name) ||
        compareText(a.id, b.id),
    );
}

function entryFor(action: LiveAction, input: BulkSetInput): NewEntry {
  const value = { [input.field]: input.to } as Pick<NewEntry, TimeoutField>;
  const twins = input.live.filter(
    (a) => a.name === action.name && a.integrationName === action.integrationName,
  );
  if (twins.length !== 1) return { id: action.id, comment: action.name, ...value };
  return { name: action.name, integration: action.integrationName, ...value };
}
