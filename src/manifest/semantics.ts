import { quote } from '../util/text.js';
import { acceptDriftDiagnostics } from './accept-drift.js';
import { noCheckpoint, type Checkpoint } from './checkpoint.js';
import { compileGlob } from './glob.js';
import type { ManifestSource } from './source.js';
import { formatPath, type PathSegment } from './paths.js';
import { checkEnvironmentUse } from './environment-checks.js';
import type { Rejected, Report } from './report.js';
import { environmentNames, environmentView, type EnvironmentView } from './environments.js';
import type {
  Diagnostic,
  DocumentEntry,
  Manifest,
  ManifestDocument,
  ManifestEntry,
  Policy,
} from './types.js';

/** Platform default when no timeout is set (GENESYS_API.md §7). */
export const PLATFORM_DEFAULT_TIMEOUT_SECONDS = 60;
/** A function data action's function timeout when none is set (GENESYS_API.md §1). */
export const FUNCTION_DEFAULT_TIMEOUT_SECONDS = 15;

/** Which parts of the document the schema rejected; semantics looks only at the rest. */

/**
 * Layer 3: what the schema cannot say. Conflicts, policy bounds, globs, environments. No network.
 * Entries the schema rejected are skipped, so one run still reports the conflicts among the rest.
 * A file with environments is checked as every one of its orgs at once: a finding that holds in
 * some environments only says which.
 */
export function checkSemantics(
  manifest: ManifestDocument,
  source: ManifestSource,
  rejected: Rejected = { entries: new Set(), policy: false },
  now: () => number = Date.now,
  checkpoint: Checkpoint = noCheckpoint,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (severity, rule, path, message, target = 'value') => {
    checkpoint();
    const at = source.locate(path, target);
    const { file } = source;
    const text = source.withAnchorNote(message, path);
    out.push({ severity, rule, file, ...at, path: formatPath(path), message: text });
  };
  const names = rejected.environments === true ? [] : environmentNames(manifest);
  checkEnvironmentUse(manifest, names, rejected, report);
  const tagged: { env: string | undefined; diagnostics: Diagnostic[] }[] = [];
  for (const env of names.length > 0 ? names : [undefined]) {
    checkpoint();
    const mark = out.length;
    checkOrg(environmentView(manifest, env), rejected, source, report);
    tagged.push({ env, diagnostics: out.splice(mark) });
  }
  out.push(...mergeByEnvironment(tagged, names));
  manifest.actions.forEach((entry, index) => {
    if (!rejected.entries.has(index)) checkGlobs(entry, index, report);
  });
  if (manifest.actions.length === 0) {
    const message = 'actions is empty: this manifest manages no data action';
    report('warning', 'empty', ['actions'], message, 'key');
  }
  checkpoint();
  out.push(...acceptDriftDiagnostics(manifest as Manifest, source, now(), rejected.entries));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The checks of one org: its policy, its selectors, its values against its bounds. */
function checkOrg(
  view: EnvironmentView,
  rejected: Rejected,
  source: ManifestSource,
  report: Report,
): void {
  const policy = rejected.policy ? {} : view.policy;
  checkPolicy(policy, view, report);
  const seen = new Map<string, number>();
  for (const { index, entry, valuePath } of view.entries) {
    if (rejected.entries.has(index)) continue;
    checkSelector(entry, index, seen, source, report);
    for (const field of ['timeoutSeconds', 'functionTimeoutSeconds'] as const)
      checkBounds(entry, valuePath(field), field, policy, view, report);
  }
}

/**
 * One finding per place: the same finding in every environment is said once, as it is; one that
 * holds in some environments only names them.
 */
function mergeByEnvironment(
  tagged: readonly { env: string | undefined; diagnostics: Diagnostic[] }[],
  names: readonly string[],
): Diagnostic[] {
  const groups = new Map<string, { diagnostic: Diagnostic; envs: string[] }>();
  for (const { env, diagnostics } of tagged) {
    for (const d of diagnostics) {
      const key = JSON.stringify([d.line, d.column, d.rule, d.message]);
      const group = groups.get(key) ?? { diagnostic: d, envs: [] };
      if (env !== undefined) group.envs.push(env);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ diagnostic, envs }) =>
    envs.length === 0 || envs.length === names.length
      ? diagnostic
      : { ...diagnostic, message: `${diagnostic.message} (in ${envs.join(', ')})` },
  );
}

function checkPolicy(policy: Policy, view: EnvironmentView, report: Report): void {
  const { minTimeoutSeconds: min, maxTimeoutSeconds: max } = policy;
  if (min !== undefined && max !== undefined && min > max) {
    const minPath = view.policyPath('minTimeoutSeconds');
    const maxWhere = formatPath(view.policyPath('maxTimeoutSeconds'));
    const message = `${formatPath(minPath)} (${min}) is above ${maxWhere} (${max})`;
    report('error', 'policy', minPath, message);
  }
}

function checkSelector(
  entry: ManifestEntry,
  index: number,
  seen: Map<string, number>,
  source: ManifestSource,
  report: Report,
): void {
  const key = selectorKey(entry);
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, index);
    return;
  }
  const where = `actions[${index}]`;
  const line = source.lineOf(['actions', first]);
  if (entry.match === undefined) {
    const selector = entry.id !== undefined ? 'id' : 'name';
    const message = `${where} selects the same action as actions[${first}] (line ${line}): ${describeSelector(entry)}`;
    report('error', 'duplicate-selector', ['actions', index, selector], message);
  } else {
    const message = `${where} repeats the match of actions[${first}] (line ${line}); the later entry wins, so the earlier one does nothing`;
    report('warning', 'shadowed-match', ['actions', index, 'match'], message);
  }
}

function checkGlobs(entry: DocumentEntry, index: number, report: Report): void {
  for (const [field, glob] of globsOf(entry)) {
    const problem = globProblem(glob);
    if (problem === undefined) continue;
    const message = `actions[${index}].match.${field} is not a valid glob: ${problem}`;
    report('error', 'invalid-glob', ['actions', index, 'match', field], message);
  }
}

/** The policy's bounds hold for both timeouts: a bound that a function timeout could slip past is no bound. */
function checkBounds(
  entry: ManifestEntry,
  path: PathSegment[],
  field: 'timeoutSeconds' | 'functionTimeoutSeconds',
  policy: Policy,
  view: EnvironmentView,
  report: Report,
): void {
  const { minTimeoutSeconds: min, maxTimeoutSeconds: max } = policy;
  const value = entry[field];
  const where = formatPath(path);
  const bound = (key: 'minTimeoutSeconds' | 'maxTimeoutSeconds'): string =>
    formatPath(view.policyPath(key));
  if (typeof value === 'number') {
    if (min !== undefined && value < min)
      report(
        'error',
        'policy',
        path,
        `${where} is ${value}, below ${bound('minTimeoutSeconds')} (${min})`,
      );
    if (max !== undefined && value > max)
      report(
        'error',
        'policy',
        path,
        `${where} is ${value}, above ${bound('maxTimeoutSeconds')} (${max})`,
      );
  } else if (value === 'default' && max !== undefined && PLATFORM_DEFAULT_TIMEOUT_SECONDS > max) {
    const message = `${where} is default, which means the platform default of ${PLATFORM_DEFAULT_TIMEOUT_SECONDS} s, above ${bound('maxTimeoutSeconds')} (${max})`;
    report('warning', 'policy', path, message);
  }
}

function selectorKey(entry: ManifestEntry): string {
  if (entry.id !== undefined) return JSON.stringify(['id', entry.id]);
  if (entry.name !== undefined)
    return JSON.stringify(['name', entry.name, entry.integration ?? null, entry.category ?? null]);
  const m = entry.match ?? {};
  return JSON.stringify(['match', m.name ?? null, m.category ?? null, m.integration ?? null]);
}

function describeSelector(entry: ManifestEntry): string {
  if (entry.id !== undefined) return `id ${quote(entry.id)}`;
  if (entry.name !== undefined) {
    const narrow = [
      entry.integration !== undefined ? `integration ${quote(entry.integration)}` : '',
      entry.category !== undefined ? `category ${quote(entry.category)}` : '',
    ].filter(Boolean);
    return `name ${quote(entry.name)}${narrow.length > 0 ? ` (${narrow.join(', ')})` : ''}`;
  }
  const parts = globsOf(entry).map(([k, v]) => `${k}: ${quote(v)}`);
  return `match { ${parts.join(', ')} }`;
}

/** The match's globs in file order (the order JSON keys keep). */
function globsOf(entry: DocumentEntry): [string, string][] {
  return Object.entries(entry.match ?? {}).filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string',
  );
}

function globProblem(glob: string): string | undefined {
  const compiled = compileGlob(glob);
  return 'message' in compiled ? compiled.message : undefined;
}
