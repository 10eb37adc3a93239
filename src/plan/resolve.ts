import type { ManifestEntry, Manifest, SourcePosition } from '../manifest/types.js';
import type { PathSegment } from '../manifest/paths.js';
import { fieldsFor, matchesGlobs, valueOf } from './entry-fields.js';
import { findDirect, indexLive, type LiveIndex } from './find.js';
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

/** What resolving the entries builds up: decisions by selector kind, and the problems found. */
interface Work {
  index: LiveIndex;
  locate: Locate;
  direct: Map<string, FieldDecisions>;
  directOwner: Map<string, number>;
  matched: Map<string, FieldDecisions>;
  problems: PlanProblem[];
  /** Why integration names and types are unknown; undefined when they were read. */
  unreadable: string | undefined;
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
  integrationsUnreadable?: string,
): Resolution {
  const work: Work = {
    index: indexLive(live),
    locate,
    direct: new Map(),
    directOwner: new Map(),
    matched: new Map(),
    problems: [],
    unreadable: integrationsUnreadable,
  };
  if (integrationsUnreadable !== undefined)
    work.problems.push(unreadableNote(integrationsUnreadable));
  manifest.actions.forEach((entry, index) => {
    if (entry.match !== undefined) resolveMatch(work, entry, index);
    else resolveDirect(work, entry, index);
  });
  // The work's own maps are reused, not copied: a match over 100,000 actions made a second map
  // of each. Entries by id or name beat match entries, field by field.
  const decisions = new Map(work.matched);
  for (const [id, fields] of work.direct) {
    const target = decisions.get(id);
    if (target === undefined) decisions.set(id, fields);
    else for (const [field, decision] of fields) target.set(field, decision);
  }
  return { decisions, problems: work.problems };
}

/** The one note of a plan made without the integrations. */
function unreadableNote(why: string): PlanProblem {
  return {
    severity: 'warning',
    code: 'integrations-unreadable',
    message:
      `${why}, so function data actions cannot be told apart from others: functionTimeoutSeconds ` +
      'entries and match.integration are refused, and integration names are known only from ' +
      'action analytics; the rest is planned. Grant integrations:integration:view to plan everything.',
    line: null,
    column: null,
    entryIndex: null,
    actionId: null,
  };
}

/** With the integrations unread, what an entry asks for that cannot be planned, if anything. */
function unplannable(
  work: Work,
  entry: ManifestEntry,
): { at: PathSegment[]; message: string } | undefined {
  if (work.unreadable === undefined) return undefined;
  if (entry.functionTimeoutSeconds !== undefined) {
    return {
      at: ['functionTimeoutSeconds'],
      message: `cannot tell function data actions apart: ${work.unreadable}`,
    };
  }
  if (entry.match?.integration !== undefined) {
    return {
      at: ['match', 'integration'],
      message: `cannot match integration names: ${work.unreadable}`,
    };
  }
  return undefined;
}

/** What a targeted read fetches: the actions a manifest names, by id and by exact name. */
export interface ReadScope {
  ids: string[];
  names: string[];
}

/**
 * The actions a manifest can select, when it selects only by `id` and `name` and ignores the
 * rest of the org (policy.unmanaged: ignore); undefined when the plan needs the whole org (a
 * `match` entry, or unmanaged actions to report or fail on).
 */
export function readScope(manifest: Manifest): ReadScope | undefined {
  if ((manifest.policy?.unmanaged ?? 'ignore') !== 'ignore') return undefined;
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const entry of manifest.actions) {
    if (entry.match !== undefined) return undefined;
    if (entry.id !== undefined) ids.add(entry.id);
    else if (entry.name !== undefined) names.add(entry.name);
    else return undefined;
  }
  return { ids: [...ids], names: [...names] };
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
  const refused = unplannable(work, entry);
  if (refused !== undefined) {
    problem(work, 'error', 'integrations-unreadable', index, refused.at, refused.message);
    return;
  }
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
  // One decision per field, shared by every action the entry selects (they are never changed).
  const decisionOf = new Map<TimeoutField, Decision>();
  let applied = 0;
  for (const action of eligible) {
    for (const field of fieldsFor(entry, action)) {
      const decision = decisionOf.get(field) ?? {
        entryIndex: index,
        selector: 'match' as const,
        value: valueOf(entry, field),
      };
      decisionOf.set(field, decision);
      decide(work.matched, action.id, field, decision);
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
  const refused = unplannable(work, entry);
  if (refused !== undefined) {
    problem(work, 'error', 'integrations-unreadable', index, refused.at, refused.message);
    return;
  }
  const found = findDirect(entry, work.index, work.unreadable);
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
