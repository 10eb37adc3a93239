import type { ManifestEntry } from '../manifest/types.js';
import { suggest } from '../util/suggest.js';
import { quote } from '../util/text.js';
import type { LiveAction, ProblemCode } from './types.js';

/**
 * The live org looked up by id and by name, built once per plan so no entry scans the org. Each
 * map is built on first use: a manifest of `match` entries needs neither, and over 100,000
 * actions they are 100,000 lists and two maps of garbage.
 */
export interface LiveIndex {
  readonly all: readonly LiveAction[];
  readonly byId: ReadonlyMap<string, LiveAction>;
  readonly byName: ReadonlyMap<string, readonly LiveAction[]>;
}

export function indexLive(live: readonly LiveAction[]): LiveIndex {
  let byId: Map<string, LiveAction> | undefined;
  let byName: Map<string, LiveAction[]> | undefined;
  return {
    all: live,
    get byId() {
      byId ??= new Map(live.map((a) => [a.id, a]));
      return byId;
    },
    get byName() {
      if (byName !== undefined) return byName;
      byName = new Map();
      for (const action of live) {
        const named = byName.get(action.name);
        if (named === undefined) byName.set(action.name, [action]);
        else named.push(action);
      }
      return byName;
    },
  };
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
  const hint = suggest(id, index.byId.keys(), 1);
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
