import { globMatch } from '../manifest/glob.js';
import type { ManifestEntry, Manifest, SourcePosition } from '../manifest/types.js';
import type { PathSegment } from '../manifest/paths.js';
import { suggest } from '../util/suggest.js';
import type { LiveAction, PlanProblem, ProblemCode, TimeoutField } from './types.js';

/** The manifest entry that decides one field of one action. */
export interface Decision {
  entryIndex: number;
  selector: 'id' | 'name' | 'match';
  value: number | 'default';
}

export interface Resolution {
  /** action id → field → the deciding entry. */
  decisions: Map<string, Map<TimeoutField, Decision>>;
  problems: PlanProblem[];
}

export type Locate = (path: readonly PathSegment[]) => SourcePosition;

const FIELDS: readonly TimeoutField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];

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
  const problems: PlanProblem[] = [];
  const byId = new Map(live.map((a) => [a.id, a]));
  const direct = new Map<string, Map<TimeoutField, Decision>>();
  const directOwner = new Map<string, number>();
  const matched = new Map<string, Map<TimeoutField, Decision>>();

  const problem = (
    severity: PlanProblem['severity'],
    code: ProblemCode,
    index: number,
    path: PathSegment[],
    message: string,
    actionId: string | null = null,
  ): void => {
    const at = locate(['actions', index, ...path]);
    problems.push({
      severity,
      code,
      message: `actions[${index}]: ${message}`,
      line: at.line,
      column: at.column,
      entryIndex: index,
      actionId,
    });
  };

  manifest.actions.forEach((entry, index) => {
    if (entry.match !== undefined) {
      const selected = live.filter((a) => matchesGlobs(entry, a));
      const eligible = selected.filter((a) => a.kind === 'custom' || a.kind === 'function');
      if (eligible.length === 0) {
        problem(
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
          decide(matched, action.id, field, {
            entryIndex: index,
            selector: 'match',
            value: valueOf(entry, field),
          });
          applied++;
        }
      }
      if (applied === 0) {
        problem(
          'warning',
          'not-a-function-action',
          index,
          ['functionTimeoutSeconds'],
          'functionTimeoutSeconds applies to function data actions, and this match selects none',
        );
      }
      return;
    }

    const found = findDirect(entry, live, byId);
    const selectorPath: PathSegment[] = [entry.id !== undefined ? 'id' : 'name'];
    if (found.kind === 'problem') {
      problem('error', found.code, index, selectorPath, found.message);
      return;
    }
    const action = found.action;
    if (action.kind === 'static') {
      problem(
        'error',
        'static-action',
        index,
        selectorPath,
        `${label(action)} is a built-in (static) action; Genesys does not allow changing it`,
        action.id,
      );
      return;
    }
    if (action.kind === 'custom-auth') {
      problem(
        'error',
        'custom-auth-action',
        index,
        selectorPath,
        `${label(action)} is a custom authentication action; a timeout is invalid for it`,
        action.id,
      );
      return;
    }
    if (entry.functionTimeoutSeconds !== undefined && action.kind !== 'function') {
      problem(
        'error',
        'not-a-function-action',
        index,
        ['functionTimeoutSeconds'],
        `${label(action)} is not a function data action (integration type ${action.integrationType ?? 'unknown'}), so it has no function timeout`,
        action.id,
      );
      return;
    }
    const owner = directOwner.get(action.id);
    if (owner !== undefined) {
      problem(
        'error',
        'duplicate-target',
        index,
        selectorPath,
        `selects ${label(action)}, which actions[${owner}] (line ${locate(['actions', owner]).line}) already selects`,
        action.id,
      );
      return;
    }
    directOwner.set(action.id, index);
    for (const field of fieldsFor(entry, action)) {
      decide(direct, action.id, field, {
        entryIndex: index,
        selector: entry.id !== undefined ? 'id' : 'name',
        value: valueOf(entry, field),
      });
    }
  });

  const decisions = new Map<string, Map<TimeoutField, Decision>>();
  for (const source of [matched, direct]) {
    for (const [id, fields] of source) {
      const target = decisions.get(id) ?? new Map<TimeoutField, Decision>();
      for (const [field, decision] of fields) target.set(field, decision);
      decisions.set(id, target);
    }
  }
  return { decisions, problems };
}

type Found =
  { kind: 'action'; action: LiveAction } | { kind: 'problem'; code: ProblemCode; message: string };

function findDirect(
  entry: ManifestEntry,
  live: readonly LiveAction[],
  byId: Map<string, LiveAction>,
): Found {
  if (entry.id !== undefined) {
    const action = byId.get(entry.id);
    if (action !== undefined) return { kind: 'action', action };
    const hint = suggest(entry.id, byId.keys(), 1);
    const mean = hint.length > 0 ? `; did you mean ${JSON.stringify(hint[0])}?` : '';
    return {
      kind: 'problem',
      code: 'unknown-id',
      message: `no action has id ${JSON.stringify(entry.id)}${mean}`,
    };
  }
  const name = entry.name ?? '';
  const named = live.filter((a) => a.name === name);
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
  const pool = live.filter(
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

function valueOf(entry: ManifestEntry, field: TimeoutField): number | 'default' {
  const value = entry[field];
  if (value === undefined) throw new Error(`entry has no ${field}`);
  return value;
}

function decide(
  into: Map<string, Map<TimeoutField, Decision>>,
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
