import { quote } from '../util/text.js';
import { acceptDriftDiagnostics } from './accept-drift.js';
import { compileGlob } from './glob.js';
import type { ManifestSource } from './source.js';
import { formatPath, type PathSegment } from './paths.js';
import type { Diagnostic, Manifest, ManifestEntry, Policy, Severity } from './types.js';

/** Platform default when no timeout is set (GENESYS_API.md §7). */
export const PLATFORM_DEFAULT_TIMEOUT_SECONDS = 60;
/** A function data action's function timeout when none is set (GENESYS_API.md §1). */
export const FUNCTION_DEFAULT_TIMEOUT_SECONDS = 15;

/** Which parts of the document the schema rejected; semantics looks only at the rest. */
export interface Rejected {
  entries: ReadonlySet<number>;
  policy: boolean;
}

type Report = (
  severity: Severity,
  rule: string,
  path: PathSegment[],
  message: string,
  target?: 'key' | 'value',
) => void;

/**
 * Layer 3: what the schema cannot say. Conflicts, policy bounds, globs. No network. Entries the
 * schema rejected are skipped, so one run still reports the conflicts among the rest.
 */
export function checkSemantics(
  manifest: Manifest,
  source: ManifestSource,
  rejected: Rejected = { entries: new Set(), policy: false },
  now: () => number = Date.now,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (severity, rule, path, message, target = 'value') => {
    const at = source.locate(path, target);
    const { file } = source;
    const text = source.withAnchorNote(message, path);
    out.push({ severity, rule, file, ...at, path: formatPath(path), message: text });
  };
  const policy = rejected.policy ? {} : (manifest.policy ?? {});
  checkPolicy(policy, report);
  const seen = new Map<string, number>();
  manifest.actions.forEach((entry, index) => {
    if (rejected.entries.has(index)) return;
    checkSelector(entry, index, seen, source, report);
    checkGlobs(entry, index, report);
    for (const field of ['timeoutSeconds', 'functionTimeoutSeconds'] as const)
      checkBounds(entry, index, field, policy, report);
  });
  if (manifest.actions.length === 0) {
    const message = 'actions is empty: this manifest manages no data action';
    report('warning', 'empty', ['actions'], message, 'key');
  }
  out.push(...acceptDriftDiagnostics(manifest, source, now(), rejected.entries));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkPolicy(policy: Policy, report: Report): void {
  const { minTimeoutSeconds: min, maxTimeoutSeconds: max } = policy;
  if (min !== undefined && max !== undefined && min > max) {
    const message = `policy.minTimeoutSeconds (${min}) is above policy.maxTimeoutSeconds (${max})`;
    report('error', 'policy', ['policy', 'minTimeoutSeconds'], message);
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

function checkGlobs(entry: ManifestEntry, index: number, report: Report): void {
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
  index: number,
  field: 'timeoutSeconds' | 'functionTimeoutSeconds',
  policy: Policy,
  report: Report,
): void {
  const { minTimeoutSeconds: min, maxTimeoutSeconds: max } = policy;
  const value = entry[field];
  const where = `actions[${index}].${field}`;
  const path = ['actions', index, field];
  if (typeof value === 'number') {
    if (min !== undefined && value < min)
      report(
        'error',
        'policy',
        path,
        `${where} is ${value}, below policy.minTimeoutSeconds (${min})`,
      );
    if (max !== undefined && value > max)
      report(
        'error',
        'policy',
        path,
        `${where} is ${value}, above policy.maxTimeoutSeconds (${max})`,
      );
  } else if (value === 'default' && max !== undefined && PLATFORM_DEFAULT_TIMEOUT_SECONDS > max) {
    const message = `${where} is default, which means the platform default of ${PLATFORM_DEFAULT_TIMEOUT_SECONDS} s, above policy.maxTimeoutSeconds (${max})`;
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
function globsOf(entry: ManifestEntry): [string, string][] {
  return Object.entries(entry.match ?? {}).filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string',
  );
}

function globProblem(glob: string): string | undefined {
  const compiled = compileGlob(glob);
  return 'message' in compiled ? compiled.message : undefined;
}
