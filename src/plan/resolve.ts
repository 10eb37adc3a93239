import { globMatch } from '../manifest/glob.js';
import type { ManifestEntry, Manifest, SourcePosition } from '../manifest/types.js';
import type { PathSegment } from '../manifest/paths.js';
import { suggest } from '../util/suggest.js';
import type { LiveAction, PlanProblem, ProblemCode, TimeoutField } from './types.js';

/** The manifest entry that decides one field of one action. */
export interface Decision {
  entryIndex: number;
  selector: 'id' | 'name' | 'match';
  /** The desired value; null is the platform default (the manifest's `default`). */
  value: number | null;
}

export type FieldDecisions = Map<TimeoutField, Decision>;

export interface Resolution {
  /** action id → field → the deciding entry. */
  decisions: Map<string, FieldDecisions>;
  problems: PlanProblem[];
}

export type Locate = (path: readonly PathSegment[]) => SourcePosition;

const FIELDS: readonly TimeoutField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];

/** The live org looked up by id and by name, built once per plan so no entry scans the org. */
interface LiveIndex {
  all: readonly LiveAction[];
  byId: ReadonlyMap<string, LiveAction>;
  byName: ReadonlyMap<string, readonly LiveAction[]>;
}

/** What resolving the entries builds up: decisions by selector kind, and the problems found. */
interface Work {
  index: LiveIndex;
  locate: Locate;
  direct: Map<string, FieldDecisions>;
  directOwner: Map<string, number>;
  matched: Map<string, FieldDecisions>;
  problems: PlanProblem[];
}

/**
 * Layer 4 of validation and the first half of planning: which live action each entry selects, and
 * which entry decides each field. Entries by id or name beat match entries; among match entries
 * the last one in the file wins; two id/name entries on one action are an error.
 */
export function resolve(
  manifest: Manifest,
  live: readonly LiveAction[],
  locate: Locate,
): Resolution {
  const work: Work = {
    index: indexLive(live),
    locate,
    direct: new Map(),
    directOwner: new Map(),
    matched: new Map(),
    problems: [],
  };
  manifest.actions.forEach((entry, index) => {
    if (entry.match !== undefined) resolveMatch(work, entry, index);
    else resolveDirect(work, entry, index);
  });
  const decisions = new Map<string, FieldDecisions>();
  for (const source of [work.matched, work.direct]) {
    for (const [id, fields] of source) {
      const target = decisions.get(id) ?? new Map<TimeoutField, Decision>();
      for (const [field, decision] of fields) target.set(field, decision);
      decisions.set(id, target);
    }
  }
  return { decisions, problems: work.problems };
}

function indexLive(live: readonly LiveAction[]): LiveIndex {
  const byName = new Map<string, LiveAction[]>();
  for (const action of live) {
    const named = byName.get(action.name);
    if (named === undefined) byName.set(action.name, [action]);
    else named.push(action);
  }
  return { all: live, byId: new Map(live.map((a) => [a.id, a])), byName };
}

function problem(
  work: Work,
  severity: PlanProblem['severity'],
  code: ProblemCode,
  index: number,
  path: PathSegment[],
  message: string,
  actionId: string | null = null,
): void {
  const at = work.locate(['actions', index, ...path]);
  work.problems.push({
    severity,
    code,
    message: `actions[${index}]: ${message}`,
    line: at.line,
    column: at.column,
    entryIndex: index,
    actionId,
  });
}

function resolveMatch(work: Work, entry: ManifestEntry, index: number): void {
  const eligible = work.index.all.filter(
    (a) => (a.kind === 'custom' || a.kind === 'function') && matchesGlobs(entry, a),
  );
  if (eligible.length === 0) {
    problem(
      work,
      'warning',
      'no-match',
      index,
      ['match'],
      'match selects no action that can have a timeout',
    );
    return;
  }
  let applied = 0;
  for (const action of eligible) {
    for (const field of fieldsFor(entry, action)) {
      decide(work.matched, action.id, field, {
        entryIndex: index,
        selector: 'match',
        value: valueOf(entry, field),
      });
      applied++;
    }
  }
  if (applied === 0) {
    problem(
      work,
      'warning',
      'not-a-function-action',
      index,
      ['functionTimeoutSeconds'],
      'functionTimeoutSeconds applies to function data actions, and this match selects none',
    );
  }
}

function resolveDirect(work: Work, entry: ManifestEntry, index: number): void {
  const found = findDirect(entry, work.index);
  const selector = entry.id !== undefined ? 'id' : 'name';
  if (found.kind === 'problem') {
    problem(work, 'error', found.code, index, [selector], found.message);
    return;
  }
  const action = found.action;
  const refusal = refuseDirect(work, entry, action);
  if (refusal !== undefined) {
    problem(
      work,
      'error',
      refusal.code,
      index,
      [refusal.at ?? selector],
      refusal.message,
      action.id,
    );
    return;
  }
  work.directOwner.set(action.id, index);
  for (const field of fieldsFor(entry, action)) {
    decide(work.direct, action.id, field, {
      entryIndex: index,
      selector,
      value: valueOf(entry, field),
    });
  }
}

/** Why an entry may not take the action it names, or undefined when it may. */
function refuseDirect(
  work: Work,
  entry: ManifestEntry,
  action: LiveAction,
): { code: ProblemCode; message: string; at?: PathSegment } | undefined {
  if (action.kind === 'static') {
    return {
      code: 'static-action',
      message: `${label(action)} is a built-in (static) action; Genesys does not allow changing it`,
    };
  }
  if (action.kind === 'custom-auth') {
    return {
      code: 'custom-auth-action',
      message: `${label(action)} is a custom authentication action; a timeout is invalid for it`,
    };
  }
  if (entry.functionTimeoutSeconds !== undefined && action.kind !== 'function') {
    return {
      code: 'not-a-function-action',
      at: 'functionTimeoutSeconds',
      message: `${label(action)} is not a function data action (integration type ${action.integrationType ?? 'unknown'}), so it has no function timeout`,
    };
  }
  const owner = work.directOwner.get(action.id);
  if (owner === undefined) return undefined;
  return {
    code: 'duplicate-target',
    message: `selects ${label(action)}, which actions[${owner}] (line ${work.locate(['actions', owner]).line}) already selects`,
  };
}

type Found =
  { kind: 'action'; action: LiveAction } | { kind: 'problem'; code: ProblemCode; message: string };

function findDirect(entry: ManifestEntry, index: LiveIndex): Found {
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
      message: `name ${JSON.stringify(name)} matches ${narrowed.length} actions: ${list}; narrow it with integration or category, or select by id`,
    };
  }
  return unknownName(entry, name, named, index);
}

function findById(id: string, index: LiveIndex): Found {
  const action = index.byId.get(id);
  if (action !== undefined) return { kind: 'action', action };
  const hint = suggest(id, index.byId.keys(), 1);
  const mean = hint.length > 0 ? `; did you mean ${JSON.stringify(hint[0])}?` : '';
  return {
    kind: 'problem',
    code: 'unknown-id',
    message: `no action has id ${JSON.stringify(id)}${mean}`,
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
      message: `no action named ${JSON.stringify(name)}${narrowing}; it exists in ${where}`,
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
    message: `no action named ${JSON.stringify(name)}${narrowing}${mean}`,
  };
}

function describeNarrowing(entry: ManifestEntry): string {
  const parts = [
    entry.integration !== undefined ? `integration ${JSON.stringify(entry.integration)}` : '',
    entry.category !== undefined ? `category ${JSON.stringify(entry.category)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` in ${parts.join(' and ')}` : '';
}

/** Every glob the entry gives must match; a name glob is matched against the whole name, slashes included. */
function matchesGlobs(entry: ManifestEntry, action: LiveAction): boolean {
  const m = entry.match ?? {};
  return (
    (m.name === undefined || globMatch(m.name, action.name)) &&
    (m.category === undefined || globMatch(m.category, action.category)) &&
    (m.integration === undefined || globMatch(m.integration, action.integrationName))
  );
}

function fieldsFor(entry: ManifestEntry, action: LiveAction): TimeoutField[] {
  return FIELDS.filter(
    (field) =>
      entry[field] !== undefined && (field === 'timeoutSeconds' || action.kind === 'function'),
  );
}

/** The one place the manifest's `default` becomes the plan's null. */
function valueOf(entry: ManifestEntry, field: TimeoutField): number | null {
  const value = entry[field];
  if (value === undefined) throw new Error(`entry has no ${field}`);
  return value === 'default' ? null : value;
}

function decide(
  into: Map<string, FieldDecisions>,
  id: string,
  field: TimeoutField,
  decision: Decision,
): void {
  const fields = into.get(id) ?? new Map<TimeoutField, Decision>();
  fields.set(field, decision);
  into.set(id, fields);
}

export function label(action: LiveAction): string {
  return `${JSON.stringify(action.name)} (${action.integrationName}, ${action.id})`;
}
