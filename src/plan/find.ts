import type { ManifestEntry } from '../manifest/types.js';
import { suggest } from '../util/suggest.js';
import { quote } from '../util/text.js';
import type { LiveAction, ProblemCode } from './types.js';

/**
 * The live actions the manifest's `id` and `name` entries ask for, looked up by id and by name,
 * built once per plan so no entry scans the org. Only what is asked for is indexed: over 100,000
 * actions a map of every name held 100,000 one-action lists while the plan was drafted, for a
 * manifest that names a few thousand.
 */
export interface LiveIndex {
  readonly all: readonly LiveAction[];
  /** The live action of each id an entry names. */
  readonly byId: ReadonlyMap<string, LiveAction>;
  /** The live actions of each name an entry names, exactly (case included). */
  readonly byName: ReadonlyMap<string, readonly LiveAction[]>;
}

export function indexLive(
  live: readonly LiveAction[],
  entries: readonly Pick<ManifestEntry, 'id' | 'name' | 'match'>[],
): LiveIndex {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.match !== undefined) continue;
    if (entry.id !== undefined) ids.add(entry.id);
    else if (entry.name !== undefined) names.add(entry.name);
  }
  const byId = new Map<string, LiveAction>();
  const byName = new Map<string, LiveAction[]>();
  if (ids.size > 0 || names.size > 0) {
    for (const action of live) {
      if (ids.has(action.id)) byId.set(action.id, action);
      if (!names.has(action.name)) continue;
      const named = byName.get(action.name);
      if (named === undefined) byName.set(action.name, [action]);
      else named.push(action);
    }
  }
  return { all: live, byId, byName };
}

export type Found =
  { kind: 'action'; action: LiveAction } | { kind: 'problem'; code: ProblemCode; message: string };

/**
 * With the integrations unread (`unreadable`), integration names come only from analytics, so an
 * entry whose integration is not among them is refused with the reason rather than guessed.
 */
export function findDirect(entry: ManifestEntry, index: LiveIndex, unreadable?: string): Found {
  if (entry.id !== undefined) return findById(entry.id, index);
  const name = entry.name ?? '';
  const named = index.byName.get(name) ?? [];
  const narrowed = named.filter(
    (a) =>
      (entry.integration === undefined || a.integrationName === entry.integration) &&
      (entry.category === undefined || a.category === entry.category),
  );
  if (narrowed.length === 1 && narrowed[0] !== undefined)
    return { kind: 'action', action: narrowed[0] };
  if (narrowed.length > 1) {
    const list = narrowed.map((a) => `${a.integrationName} / ${a.category} (${a.id})`).join(', ');
    return {
      kind: 'problem',
      code: 'ambiguous-name',
      message: `name ${quote(name)} matches ${narrowed.length} actions: ${list}; narrow it with integration or category, or select by id`,
    };
  }
  if (unreadable !== undefined && entry.integration !== undefined && named.length > 0) {
    return {
      kind: 'problem',
      code: 'integrations-unreadable',
      message: `cannot tell which ${quote(name)} is in integration ${quote(entry.integration)}: ${unreadable}`,
    };
  }
  return unknownName(entry, name, named, index);
}

function findById(id: string, index: LiveIndex): Found {
  const action = index.byId.get(id);
  if (action !== undefined) return { kind: 'action', action };
  const hint = suggest(
    id,
    index.all.map((a) => a.id),
    1,
  );
  const mean = hint.length > 0 ? `; did you mean ${quote(hint[0] ?? '')}?` : '';
  return {
    kind: 'problem',
    code: 'unknown-id',
    message: `no action has id ${quote(id)}${mean}`,
  };
}

function unknownName(
  entry: ManifestEntry,
  name: string,
  named: readonly LiveAction[],
  index: LiveIndex,
): Found {
  const narrowing = describeNarrowing(entry);
  if (named.length > 0) {
    const where = named
      .map(
        (a) =>
          `integration ${JSON.stringify(a.integrationName)}, category ${JSON.stringify(a.category)}`,
      )
      .join('; ');
    return {
      kind: 'problem',
      code: 'unknown-name',
      message: `no action named ${quote(name)}${narrowing}; it exists in ${where}`,
    };
  }
  const pool = index.all.filter(
    (a) => entry.integration === undefined || a.integrationName === entry.integration,
  );
  const hints = suggest(
    name,
    pool.map((a) => a.name),
    3,
  );
  const mean =
    hints.length > 0 ? `; did you mean ${hints.map((h) => JSON.stringify(h)).join(', ')}?` : '';
  return {
    kind: 'problem',
    code: 'unknown-name',
    message: `no action named ${quote(name)}${narrowing}${mean}`,
  };
}

function describeNarrowing(entry: ManifestEntry): string {
  const parts = [
    entry.integration !== undefined ? `integration ${quote(entry.integration)}` : '',
    entry.category !== undefined ? `category ${quote(entry.category)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` in ${parts.join(' and ')}` : '';
}
