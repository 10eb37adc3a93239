import type { Manifest } from '../manifest/types.js';
import { compareText } from '../util/compare.js';
import { GcTimeoutsError } from '../util/errors.js';
import { resolve, type FieldDecisions } from './resolve.js';
import type { LiveAction, TimeoutField } from './types.js';

/**
 * Two orgs, live against live. Action ids are generated when an action is created, so the same
 * action has a different id in every org: actions are matched by integration name and action name.
 * Each side also says whether its org holds what its environment of the manifest asks for.
 */

/** One org of a comparison: its environment's manifest (selectEnvironment) and what was read live. */
export interface CompareSide {
  environment: string;
  manifest: Manifest;
  live: readonly LiveAction[];
  /** From LiveOrg: why the integrations could not be read (then names cannot be matched). */
  integrationsUnreadable?: string | undefined;
}

export interface CompareOptions {
  /** Every live action of both orgs, not only those the manifest manages in either. */
  all?: boolean;
}

/** Whether an org holds what its environment of the manifest asks for this action. */
export type ManifestMatch = 'matches' | 'differs' | 'unmanaged';

export interface CompareValue {
  actionId: string;
  category: string;
  /** null is the platform default. */
  timeoutSeconds: number | null;
  /** Function data actions only; null otherwise or for the default. */
  functionTimeoutSeconds: number | null;
  manifest: ManifestMatch;
}

/**
 * same / differ: in both orgs, timeouts equal or not; only-a / only-b: in one org; ambiguous: the
 * integration and name pair is not unique in an org, so nothing is compared.
 */
export type CompareStatus = 'same' | 'differ' | 'only-a' | 'only-b' | 'ambiguous';

export interface CompareRow {
  integrationName: string;
  name: string;
  status: CompareStatus;
  /** The fields whose live values differ (status differ). */
  differs: TimeoutField[];
  a: CompareValue | null;
  b: CompareValue | null;
  /** How many actions carry this integration and name in each org (above 1 is ambiguous). */
  count: { a: number; b: number };
}

export interface CompareResult {
  a: string;
  b: string;
  scope: 'managed' | 'all';
  rows: CompareRow[];
  counts: Record<CompareStatus, number>;
  /** Anything but same: the orgs differ. */
  differ: boolean;
}

/** The exit code of `compare`: 0 the orgs agree, 2 they differ (1 stays for errors, as in drift). */
export function compareExitCode(result: CompareResult): 0 | 2 {
  return result.differ ? 2 : 0;
}

const FIELDS: readonly TimeoutField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];
const NOWHERE = { line: 0, column: 0 };

function keyOf(action: LiveAction): string {
  return JSON.stringify([action.integrationName, action.name]);
}

function group(live: readonly LiveAction[]): Map<string, LiveAction[]> {
  const out = new Map<string, LiveAction[]>();
  for (const action of live) {
    const key = keyOf(action);
    out.set(key, [...(out.get(key) ?? []), action]);
  }
  return out;
}

interface SideIndex {
  byKey: Map<string, LiveAction[]>;
  decisions: Map<string, FieldDecisions>;
}

function indexSide(side: CompareSide): SideIndex {
  if (side.integrationsUnreadable !== undefined) {
    throw new GcTimeoutsError(
      'api-error',
      `compare matches actions by integration and name, and the integrations of ${side.environment} could not be read: ${side.integrationsUnreadable}`,
    );
  }
  const { decisions } = resolve(side.manifest, side.live, () => NOWHERE);
  return { byKey: group(side.live), decisions };
}

function valueOf(action: LiveAction, decisions: FieldDecisions | undefined): CompareValue {
  let manifest: ManifestMatch = 'unmanaged';
  for (const [field, decision] of decisions ?? []) {
    if (action[field] !== decision.value) manifest = 'differs';
    else if (manifest === 'unmanaged') manifest = 'matches';
  }
  return {
    actionId: action.id,
    category: action.category,
    timeoutSeconds: action.timeoutSeconds,
    functionTimeoutSeconds: action.functionTimeoutSeconds,
    manifest,
  };
}

function rowOf(key: string, a: SideIndex, b: SideIndex): CompareRow {
  const [integrationName = '', name = ''] = JSON.parse(key) as [string, string];
  const inA = a.byKey.get(key) ?? [];
  const inB = b.byKey.get(key) ?? [];
  const count = { a: inA.length, b: inB.length };
  const base = { integrationName, name, differs: [] as TimeoutField[], count };
  if (inA.length > 1 || inB.length > 1) return { ...base, status: 'ambiguous', a: null, b: null };
  const [actionA] = inA;
  const [actionB] = inB;
  const va = actionA === undefined ? null : valueOf(actionA, a.decisions.get(actionA.id));
  const vb = actionB === undefined ? null : valueOf(actionB, b.decisions.get(actionB.id));
  if (va === null) return { ...base, status: 'only-b', a: null, b: vb };
  if (vb === null) return { ...base, status: 'only-a', a: va, b: null };
  const differs = FIELDS.filter((f) => va[f] !== vb[f]);
  return { ...base, differs, status: differs.length > 0 ? 'differ' : 'same', a: va, b: vb };
}

function managedKeys(side: SideIndex, live: readonly LiveAction[]): string[] {
  return live.filter((action) => side.decisions.has(action.id)).map(keyOf);
}

/**
 * Compares two orgs live: the actions either environment of the manifest manages (or, with `all`,
 * every action of both), matched by integration and name. Deterministic order: integration, name.
 */
export function compareOrgs(
  sideA: CompareSide,
  sideB: CompareSide,
  options: CompareOptions = {},
): CompareResult {
  const a = indexSide(sideA);
  const b = indexSide(sideB);
  const keys = new Set(
    options.all === true
      ? [...a.byKey.keys(), ...b.byKey.keys()]
      : [...managedKeys(a, sideA.live), ...managedKeys(b, sideB.live)],
  );
  const rows = [...keys]
    .map((key) => rowOf(key, a, b))
    .sort(
      (x, y) => compareText(x.integrationName, y.integrationName) || compareText(x.name, y.name),
    );
  const counts: Record<CompareStatus, number> = {
    same: 0,
    differ: 0,
    'only-a': 0,
    'only-b': 0,
    ambiguous: 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return {
    a: sideA.environment,
    b: sideB.environment,
    scope: options.all === true ? 'all' : 'managed',
    rows,
    counts,
    differ: rows.some((row) => row.status !== 'same'),
  };
}
