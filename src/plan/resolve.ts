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

/** Read-only: one map may stand for every action a match entry decides alike. */
export type FieldDecisions = ReadonlyMap<TimeoutField, Decision>;

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
  /**
   * A map placed here is never changed, only replaced: a match entry puts one map in for every
   * action it decides alike (a match over 100,000 actions made 100,000 maps of one entry each).
   */
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
    index: indexLive(live, manifest.actions),
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
  // of each, and a copy of the map of them all. Entries by id or name beat match entries, field
  // by field (merge replaces a shared map, never changes it).
  const decisions = work.matched;
  for (const [id, fields] of work.direct) merge(decisions, id, fields);
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
  // Walked, not filtered into a list: over 100,000 actions that list is a large object of garbage.
  let eligible = 0;
  // One map per set of fields, shared by every action the entry decides alike.
  const alike = new Map<string, FieldDecisions>();
  let applied = 0;
  for (const action of work.index.all) {
    if (!(action.kind === 'custom' || action.kind === 'function') || !matchesGlobs(entry, action))
      continue;
    eligible += 1;
    const fields = fieldsFor(entry, action);
    if (fields.length === 0) continue;
    const key = fields.join();
    let decided = alike.get(key);
    if (decided === undefined) {
      decided = new Map(
        fields.map((field) => [
          field,
          { entryIndex: index, selector: 'match' as const, value: valueOf(entry, field) },
        ]),
      );
      alike.set(key, decided);
    }
    merge(work.matched, action.id, decided);
    applied += fields.length;
  }
  if (eligible === 0) {
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
  const fields = new Map(into.get(id));
  fields.set(field, decision);
  into.set(id, fields);
}

/** `fields` decide `id` over what was decided before, field by field, in a map of its own. */
function merge(into: Map<string, FieldDecisions>, id: string, fields: FieldDecisions): void {
  const before = into.get(id);
  if (before === undefined) {
    into.set(id, fields);
    return;
  }
  const own = new Map(before);
  for (const [field, decision] of fields) own.set(field, decision);
  into.set(id, own);
}

export function label(action: LiveAction): string {
  return `${JSON.stringify(action.name)} (${action.integrationName}, ${action.id})`;
}
