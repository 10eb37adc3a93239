import type { NewEntry, ValueEdit } from '../manifest/edit.js';
import {
  FUNCTION_DEFAULT_TIMEOUT_SECONDS,
  PLATFORM_DEFAULT_TIMEOUT_SECONDS,
} from '../manifest/semantics.js';
import type { Manifest, Policy } from '../manifest/types.js';
import { thinStatus, type RowFacts } from './recommend-row.js';
import { RecommendationTable } from './recommend-table.js';
import { observedLatency, type LatencyEvidence } from './evidence.js';
import type { LiveAction, ObservedLatency, PlanEntry, TimeoutField } from './types.js';

export { RecommendationTable, type RecommendNotes } from './recommend-table.js';
export {
  MIN_RUNS_FOR_RECOMMENDATION,
  type Recommendation,
  type RecommendationStatus,
} from './recommend-row.js';

/**
 * Evidence-based timeouts: for each managed action, the observed p99 times `policy.latencyHeadroom`,
 * rounded up to whole seconds and clamped to the policy and the API range. Pure: a finished plan
 * (with latency) in, the recommendation and the manifest edits that carry it out.
 */

export const DEFAULT_LATENCY_HEADROOM = 1.5;
/** The API ranges (GENESYS_API.md §1): config.timeoutSeconds 1-60, function.timeoutSeconds 1-15. */
export const API_MAX: Record<TimeoutField, number> = {
  timeoutSeconds: PLATFORM_DEFAULT_TIMEOUT_SECONDS,
  functionTimeoutSeconds: FUNCTION_DEFAULT_TIMEOUT_SECONDS,
};

export interface RecommendInput {
  /** A finished plan's entries; only managed rows (with an entry) are considered. */
  entries: readonly PlanEntry[];
  manifest: Manifest;
  /** Every live action, to write split entries that select exactly one action. */
  live: readonly LiveAction[];
  /** Write per-action entries for glob entries instead of one value per glob. */
  splitGlobs: boolean;
  /**
   * The rows' observed latency when they are a draft's (org/plan.ts observeOrg); a finished plan's
   * rows carry their own.
   */
  latency?: LatencyEvidence | undefined;
}

export interface RecommendResult {
  /** A row per managed action and field: `rows()` for objects, `note()` for the table's notes. */
  table: RecommendationTable;
  /** Edits of existing entries (value changes). */
  values: ValueEdit[];
  /** Per-action entries after their glob entry (with splitGlobs). */
  insertAfter: { entryIndex: number; entries: NewEntry[] }[];
}

export function recommend(input: RecommendInput): RecommendResult {
  const policy = input.manifest.policy ?? {};
  const considered = (e: PlanEntry): boolean =>
    e.entryIndex !== null && e.selector !== null && e.op !== 'unmanaged';
  let count = 0;
  for (const e of input.entries) if (considered(e)) count += 1;
  const table = new RecommendationTable(count);
  const latencyOf = (e: PlanEntry): ObservedLatency | null =>
    input.latency === undefined ? e.latency : observedLatency(e.actionId, input.latency);
  for (const e of input.entries) if (considered(e)) table.add(rowFacts(e, latencyOf(e), policy));
  const values: ValueEdit[] = [];
  const insertAfter: RecommendResult['insertAfter'] = [];
  const live = input.splitGlobs ? lookupLive(input.live) : undefined;
  for (const [key, group] of groupByEntry(table)) {
    const [entryIndex, field] = splitKey(key);
    const first = group[0] ?? 0;
    const isGlob = table.selector(first) === 'match';
    if (isGlob && live !== undefined) {
      const entries = splitEntries(table, group, live, field);
      if (entries.length > 0) insertAfter.push({ entryIndex, entries });
      continue;
    }
    const value = isGlob ? globValue(table, group) : table.recommended(first);
    if (isGlob) for (const i of group) table.holdTo(i, value);
    if (value !== null && value !== table.current(first)) {
      values.push({ entryIndex, field, value });
    }
  }
  return { table, values, insertAfter: mergeInserts(insertAfter) };
}

/** p99 × headroom, rounded up to whole seconds; float noise (10 × 1.1) must not add a second. */
export function headroomSeconds(p99Ms: number, headroom: number): number {
  const seconds = (p99Ms / 1000) * headroom;
  return Math.max(1, Math.ceil(Math.round(seconds * 1e6) / 1e6));
}

/** The policy bounds within the API range; which bound cut the value, if one did. */
export function clampToPolicy(
  seconds: number,
  field: TimeoutField,
  policy: Policy,
): { value: number; clampedBy: string | null } {
  const api = API_MAX[field];
  const max = Math.min(api, policy.maxTimeoutSeconds ?? api);
  const min = Math.max(1, Math.min(policy.minTimeoutSeconds ?? 1, max));
  if (seconds > max) {
    const by = max === policy.maxTimeoutSeconds ? `policy.maxTimeoutSeconds (${max})` : null;
    return { value: max, clampedBy: by ?? `the API maximum for ${field} (${api})` };
  }
  if (seconds < min) return { value: min, clampedBy: `policy.minTimeoutSeconds (${min})` };
  return { value: seconds, clampedBy: null };
}

function rowFacts(e: PlanEntry, l: ObservedLatency | null, policy: Policy): RowFacts {
  const runs = l?.count ?? 0;
  const p99Ms = l?.p99Ms ?? null;
  const headroom = policy.latencyHeadroom ?? DEFAULT_LATENCY_HEADROOM;
  const thin = thinStatus({ runs, p99Ms }) !== undefined;
  const raw = thin || p99Ms === null ? 0 : headroomSeconds(p99Ms, headroom);
  const { value, clampedBy } = thin
    ? { value: null, clampedBy: null }
    : clampToPolicy(raw, e.field, policy);
  return {
    actionId: e.actionId,
    actionName: e.actionName,
    integrationName: e.integrationName,
    field: e.field,
    entryIndex: e.entryIndex as number,
    selector: e.selector as RowFacts['selector'],
    current: e.to,
    runs,
    days: l?.days ?? null,
    p99Ms,
    value,
    raw,
    clampedBy,
    headroom,
    flows: thin ? NO_FLOWS : shared(flowsBelowP99(e, l)),
  };
}

/** Most rows have no such flow: they share one empty list. */
function shared(flows: string[]): readonly string[] {
  return flows.length === 0 ? NO_FLOWS : flows;
}

const NO_FLOWS: readonly string[] = [];

const keyOf = (entryIndex: number, field: TimeoutField): string => `${entryIndex}|${field}`;

function splitKey(key: string): [number, TimeoutField] {
  const [index, field] = key.split('|');
  return [Number(index), field as TimeoutField];
}

/** Row indexes by entry and field, in one pass: a glob's group is pushed to, not copied per row. */
function groupByEntry(table: RecommendationTable): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < table.size; i++) {
    const key = keyOf(table.entryIndex(i), table.field(i));
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  return groups;
}

/**
 * One value for every action a glob selects: the largest any of them needs. An action without
 * enough runs holds the glob at its current value, since nothing says it may go lower.
 */
function globValue(table: RecommendationTable, group: readonly number[]): number | null {
  const first = group[0];
  if (first === undefined) return null;
  const field = table.field(first);
  // A loop, not Math.max(...list): 100,000 arguments would overflow the stack.
  let max = -Infinity;
  for (const i of group) max = Math.max(max, table.recommended(i) ?? API_MAX[field]);
  // `default` already is the API maximum: writing 60 over it would change nothing but the text.
  return table.current(first) === null && max === API_MAX[field] ? null : max;
}

/** The live actions by id, and how many share each name within an integration. */
interface LiveLookup {
  ids: ReadonlySet<string>;
  named: ReadonlyMap<string, number>;
}

const nameKey = (name: string, integration: string): string => `${integration}\u0000${name}`;

/** Built once: looking each action up in the org's list was 100,000 × 100,000 comparisons. */
function lookupLive(live: readonly LiveAction[]): LiveLookup {
  const ids = new Set<string>();
  const named = new Map<string, number>();
  for (const a of live) {
    ids.add(a.id);
    const key = nameKey(a.name, a.integrationName);
    named.set(key, (named.get(key) ?? 0) + 1);
  }
  return { ids, named };
}

function splitEntries(
  table: RecommendationTable,
  group: readonly number[],
  live: LiveLookup,
  field: TimeoutField,
): NewEntry[] {
  return group.flatMap((i): NewEntry[] => {
    if (table.status(i) !== 'change' || table.recommended(i) === null) return [];
    const r = table.row(i);
    const twins = live.named.get(nameKey(r.actionName, r.integrationName)) ?? 0;
    const value = { [field]: r.recommended } as Pick<NewEntry, TimeoutField>;
    const reason = `recommended: ${r.note}`;
    if (!live.ids.has(r.actionId) || twins !== 1) {
      return [{ id: r.actionId, comment: r.actionName, ...value, reason }];
    }
    return [{ name: r.actionName, integration: r.integrationName, ...value, reason }];
  });
}

/** A glob that decides both fields of function actions yields one entry per action, not two. */
function mergeInserts(inserts: RecommendResult['insertAfter']): RecommendResult['insertAfter'] {
  const byEntry = new Map<number, Map<string, NewEntry>>();
  for (const { entryIndex, entries } of inserts) {
    // Keyed by what selects the action: a search of the list so far for each was quadratic.
    const merged = byEntry.get(entryIndex) ?? new Map<string, NewEntry>();
    for (const entry of entries) {
      const key = JSON.stringify([entry.id, entry.name]);
      const same = merged.get(key);
      if (same === undefined) merged.set(key, { ...entry });
      else Object.assign(same, { ...entry, reason: `${same.reason ?? ''}; ${entry.reason ?? ''}` });
    }
    byEntry.set(entryIndex, merged);
  }
  return [...byEntry].map(([entryIndex, entries]) => ({
    entryIndex,
    entries: [...entries.values()],
  }));
}

/**
 * The flows of a row (when their waits were read, GENESYS_API.md §13) that wait less of their own
 * than the action's observed p99: whatever the action's timeout, more than 1 call in 100 from them
 * takes the Timeout path. "Main IVR waits 5 s of its own, less than the p99 of 11.2 s".
 */
export function flowsBelowP99(e: PlanEntry, latency = e.latency): string[] {
  const p99 = latency?.p99Ms;
  if (p99 === null || p99 === undefined || e.field !== 'timeoutSeconds') return [];
  return (e.usedBy ?? []).flatMap((f) => {
    const w = f.waits;
    if (w?.kind !== 'own' || w.seconds === null || w.seconds * 1000 >= p99) return [];
    return [
      `${f.name} waits ${w.seconds} s of its own, less than the p99 of ${(p99 / 1000).toFixed(1)} s`,
    ];
  });
}
