import picomatch from 'picomatch';
import { acceptDriftDiagnostics } from './accept-drift.js';
import type { ManifestSource } from './source.js';
import { formatPath, type PathSegment } from './paths.js';
import type { Diagnostic, Manifest, ManifestEntry, Severity } from './types.js';

/** Platform default when no timeout is set (GENESYS_API.md §7). */
export const PLATFORM_DEFAULT_TIMEOUT_SECONDS = 60;
/** A function data action's function timeout when none is set (GENESYS_API.md §1). */
export const FUNCTION_DEFAULT_TIMEOUT_SECONDS = 15;

/** Layer 3: what the schema cannot say. Conflicts, policy bounds, globs. No network. */
export function checkSemantics(
  manifest: Manifest,
  source: ManifestSource,
  now: () => number = Date.now,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    severity: Severity,
    rule: string,
    path: PathSegment[],
    message: string,
    target: 'key' | 'value' = 'value',
  ): void => {
    const at = source.locate(path, target);
    out.push({
      severity,
      rule,
      file: source.file,
      line: at.line,
      column: at.column,
      path: formatPath(path),
      message,
    });
  };

  const policy = manifest.policy ?? {};
  const min = policy.minTimeoutSeconds;
  const max = policy.maxTimeoutSeconds;
  if (min !== undefined && max !== undefined && min > max) {
    report(
      'error',
      'policy',
      ['policy', 'minTimeoutSeconds'],
      `policy.minTimeoutSeconds (${min}) is above policy.maxTimeoutSeconds (${max})`,
    );
  }

  const seen = new Map<string, number>();
  manifest.actions.forEach((entry, index) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['actions', index, ...rest];
    const where = `actions[${index}]`;

    const key = selectorKey(entry);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
    } else if (entry.match === undefined) {
      report(
        'error',
        'duplicate-selector',
        at(entry.id !== undefined ? 'id' : 'name'),
        `${where} selects the same action as actions[${first}] (line ${source.lineOf(['actions', first])}): ${describeSelector(entry)}`,
      );
    } else {
      report(
        'warning',
        'shadowed-match',
        at('match'),
        `${where} repeats the match of actions[${first}] (line ${source.lineOf(['actions', first])}); the later entry wins, so the earlier one does nothing`,
      );
    }

    for (const [field, glob] of Object.entries(entry.match ?? {})) {
      const problem = globProblem(glob);
      if (problem !== undefined)
        report(
          'error',
          'invalid-glob',
          at('match', field),
          `${where}.match.${field} is not a valid glob: ${problem}`,
        );
    }

    const timeout = entry.timeoutSeconds;
    if (typeof timeout === 'number') {
      if (min !== undefined && timeout < min) {
        report(
          'error',
          'policy',
          at('timeoutSeconds'),
          `${where}.timeoutSeconds is ${timeout}, below policy.minTimeoutSeconds (${min})`,
        );
      }
      if (max !== undefined && timeout > max) {
        report(
          'error',
          'policy',
          at('timeoutSeconds'),
          `${where}.timeoutSeconds is ${timeout}, above policy.maxTimeoutSeconds (${max})`,
        );
      }
    } else if (
      timeout === 'default' &&
      max !== undefined &&
      PLATFORM_DEFAULT_TIMEOUT_SECONDS > max
    ) {
      report(
        'warning',
        'policy',
        at('timeoutSeconds'),
        `${where}.timeoutSeconds is default, which means the platform default of ${PLATFORM_DEFAULT_TIMEOUT_SECONDS} s, above policy.maxTimeoutSeconds (${max})`,
      );
    }
    const fn = entry.functionTimeoutSeconds;
    if (fn !== undefined && min !== undefined && fn < min) {
      report(
        'error',
        'policy',
        at('functionTimeoutSeconds'),
        `${where}.functionTimeoutSeconds is ${fn}, below policy.minTimeoutSeconds (${min})`,
      );
    }
  });

  if (manifest.actions.length === 0) {
    report(
      'warning',
      'empty',
      ['actions'],
      'actions is empty: this manifest manages no data action',
      'key',
    );
  }
  out.push(...acceptDriftDiagnostics(manifest, source, now()));
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function selectorKey(entry: ManifestEntry): string {
  if (entry.id !== undefined) return JSON.stringify(['id', entry.id]);
  if (entry.name !== undefined)
    return JSON.stringify(['name', entry.name, entry.integration ?? null, entry.category ?? null]);
  const m = entry.match ?? {};
  return JSON.stringify(['match', m.name ?? null, m.category ?? null, m.integration ?? null]);
}

function describeSelector(entry: ManifestEntry): string {
  if (entry.id !== undefined) return `id ${JSON.stringify(entry.id)}`;
  if (entry.name !== undefined) {
    const narrow = [
      entry.integration !== undefined ? `integration ${JSON.stringify(entry.integration)}` : '',
      entry.category !== undefined ? `category ${JSON.stringify(entry.category)}` : '',
    ].filter(Boolean);
    return `name ${JSON.stringify(entry.name)}${narrow.length > 0 ? ` (${narrow.join(', ')})` : ''}`;
  }
  const parts = Object.entries(entry.match ?? {}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `match { ${parts.join(', ')} }`;
}

/** Options every glob is compiled with, here and when resolving against the live org. */
export const GLOB_OPTIONS = { nocase: false, dot: true, strictBrackets: true } as const;

function globProblem(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, GLOB_OPTIONS);
  } catch (error) {
    return error instanceof Error ? error.message.replace(/\.$/, '') : 'unparseable';
  }
  const open = [...glob.replace(/\\./g, '')].reduce(
    (depth, ch) => depth + (ch === '{' ? 1 : ch === '}' ? -1 : 0),
    0,
  );
  if (open !== 0) return 'unbalanced braces { }';
  return undefined;
}
