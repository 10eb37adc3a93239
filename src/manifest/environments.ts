import { GcTimeoutsError } from '../util/errors.js';
import { quoteList, suggest } from '../util/suggest.js';
import { quote } from '../util/text.js';
import type { PathSegment } from './paths.js';
import type {
  DocumentEntry,
  Manifest,
  ManifestDocument,
  ManifestEntry,
  PerEnvironment,
  Policy,
} from './types.js';
import type { ValidManifest } from './valid.js';

/**
 * One manifest, several orgs. A file may declare `environments` (name -> region, policy) and give
 * an entry's timeouts per environment (`{ default: 30, prod: 15 }`) or restrict the entry to some
 * environments. Planning knows one org only: an environment view is the single-org manifest of one
 * environment, and its source points every finding back at the line of the file that decided it.
 */

/** The key of a per-environment value that gives every environment not named. */
export const DEFAULT_KEY = 'default';

export type ValueField = 'timeoutSeconds' | 'functionTimeoutSeconds';
const VALUE_FIELDS: readonly ValueField[] = ['timeoutSeconds', 'functionTimeoutSeconds'];

/** An entry as one environment sees it: its values resolved, and where the file wrote each. */
export interface ViewEntry {
  /** Index of the entry in the file's `actions`. */
  index: number;
  entry: ManifestEntry;
  valuePath: (field: ValueField) => PathSegment[];
}

/** One environment's manifest (or the whole file's, when it declares no environments). */
export interface EnvironmentView {
  /** undefined for a file without environments. */
  name: string | undefined;
  region: string | undefined;
  policy: Policy;
  /** Where the file wrote policy key `key` for this environment. */
  policyPath: (key: keyof Policy) => PathSegment[];
  entries: ViewEntry[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The environments the file declares, in file order; empty when it declares none. */
export function environmentNames(doc: ManifestDocument): string[] {
  // `default` cannot name one (validation says so): it is the key of the value for all the others.
  const names = isRecord(doc.environments) ? Object.keys(doc.environments) : [];
  return names.filter((name) => name !== DEFAULT_KEY);
}

/** Whether the entry exists in `env` (entries without `environments` exist in all). */
export function entryInEnvironment(entry: DocumentEntry, env: string): boolean {
  return !Array.isArray(entry.environments) || entry.environments.includes(env);
}

export function isPerEnvironment<T>(
  value: T | PerEnvironment<T> | undefined,
): value is PerEnvironment<T> {
  return isRecord(value);
}

/** The value `env` gets, and the key of the map it came from (undefined for a plain value). */
export function valueIn<T>(
  value: T | PerEnvironment<T> | undefined,
  env: string | undefined,
): { value: T; key: string | undefined } | undefined {
  if (value === undefined) return undefined;
  if (!isPerEnvironment(value)) return { value, key: undefined };
  // Without environments a mapping means nothing; validation reports it.
  if (env === undefined) return undefined;
  if (Object.hasOwn(value, env)) return { value: value[env] as T, key: env };
  if (Object.hasOwn(value, DEFAULT_KEY))
    return { value: value[DEFAULT_KEY] as T, key: DEFAULT_KEY };
  return undefined;
}

function resolvedEntry(
  entry: DocumentEntry,
  env: string | undefined,
): ViewEntry['entry'] | undefined {
  const { environments: _environments, timeoutSeconds, functionTimeoutSeconds, ...rest } = entry;
  const out: ManifestEntry = { ...rest };
  const timeout = valueIn(timeoutSeconds, env);
  const fn = valueIn(functionTimeoutSeconds, env);
  if (timeout !== undefined) out.timeoutSeconds = timeout.value;
  if (fn !== undefined) out.functionTimeoutSeconds = fn.value;
  return timeout === undefined && fn === undefined ? undefined : out;
}

function policyOf(value: unknown): Policy {
  return isRecord(value) ? value : {};
}

/**
 * The view of one environment: the entries that exist in it with its values, its region, and the
 * top-level policy overridden key by key by its own. `name` undefined is the file without
 * environments. An entry with no value for the environment does not exist in it.
 */
export function environmentView(doc: ManifestDocument, name: string | undefined): EnvironmentView {
  const declared = isRecord(doc.environments) ? (doc.environments as Record<string, unknown>) : {};
  const spec = name === undefined ? undefined : declared[name];
  const own = isRecord(spec) ? policyOf(spec['policy']) : {};
  const policy: Policy = { ...policyOf(doc.policy), ...own };
  const region = name === undefined ? doc.org?.region : isRecord(spec) ? spec['region'] : undefined;
  const entries: ViewEntry[] = [];
  const actions: unknown[] = Array.isArray(doc.actions) ? doc.actions : [];
  actions.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const written = raw as DocumentEntry;
    if (name !== undefined && !entryInEnvironment(written, name)) return;
    const entry = resolvedEntry(written, name);
    if (entry === undefined) return;
    const valuePath = (field: ValueField): PathSegment[] => {
      const key = valueIn(written[field], name)?.key;
      return key === undefined ? ['actions', index, field] : ['actions', index, field, key];
    };
    entries.push({ index, entry, valuePath });
  });
  return {
    name,
    region: typeof region === 'string' ? region : undefined,
    policy,
    policyPath: (key) =>
      name !== undefined && Object.hasOwn(own, key)
        ? ['environments', name, 'policy', key]
        : ['policy', key],
    entries,
  };
}

/** A valid manifest narrowed to one environment: what planning, apply and drift take. */
export interface SelectedManifest extends ValidManifest {
  /** The environment chosen; undefined for a file without environments. */
  environment: string | undefined;
  /** `originalIndex[i]` is the file index of the view's `actions[i]` (for edits of the file). */
  originalIndex: readonly number[];
}

/** What the name asks for, or the error that lists the names the file knows. */
function checkName(names: readonly string[], name: string | undefined, file: string): void {
  if (names.length === 0 && name !== undefined) {
    throw new GcTimeoutsError(
      'usage',
      `environment ${quote(name)} was asked for, but ${file} declares no environments: remove the environment, or declare environments: in the manifest`,
    );
  }
  if (names.length > 0 && name === undefined) {
    throw new GcTimeoutsError(
      'usage',
      `${file} declares environments ${quoteList(names, 'and')}: choose one (--env NAME, or the Action's environment input)`,
    );
  }
  if (name !== undefined && !names.includes(name)) {
    const hint = suggest(name, names, 1);
    const mean = hint.length > 0 ? `; did you mean ${quoteList(hint)}?` : '';
    throw new GcTimeoutsError(
      'usage',
      `unknown environment ${quote(name)}: ${file} declares ${quoteList(names, 'and')}${mean}`,
    );
  }
}

/**
 * The single-org manifest of environment `name` (or the file itself when it declares none and no
 * name is given). Throws a usage error for a name the file does not declare, listing the ones it
 * does, and when a file with environments is used without choosing one.
 */
export function selectEnvironment(
  valid: ValidManifest,
  name: string | undefined,
): SelectedManifest {
  const doc = valid.manifest as ManifestDocument;
  checkName(environmentNames(doc), name, valid.path);
  const view = environmentView(doc, name);
  const manifest: Manifest = { version: 1, actions: view.entries.map((e) => e.entry) };
  if (view.region !== undefined) manifest.org = { region: view.region };
  if (Object.keys(view.policy).length > 0) manifest.policy = view.policy;
  const mapPath = (path: readonly PathSegment[]): readonly PathSegment[] => mapViewPath(view, path);
  return {
    path: valid.path,
    manifest: name === undefined ? valid.manifest : manifest,
    source: name === undefined ? valid.source : valid.source.mapped(mapPath),
    diagnostics: valid.diagnostics,
    environment: name,
    originalIndex: view.entries.map((e) => e.index),
  };
}

/** A path in the view's manifest -> the path in the file that wrote it. */
function mapViewPath(view: EnvironmentView, path: readonly PathSegment[]): readonly PathSegment[] {
  const [head, second, third, ...rest] = path;
  if (head === 'actions' && typeof second === 'number') {
    const entry = view.entries[second];
    if (entry === undefined) return path;
    if (third === undefined) return ['actions', entry.index];
    if ((VALUE_FIELDS as readonly PathSegment[]).includes(third) && rest.length === 0)
      return entry.valuePath(third as ValueField);
    return ['actions', entry.index, third, ...rest];
  }
  if (head === 'policy' && typeof second === 'string')
    return view.policyPath(second as keyof Policy);
  if (head === 'org' && view.name !== undefined) return ['environments', view.name, 'region'];
  return path;
}
