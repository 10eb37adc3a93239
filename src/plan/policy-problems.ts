import type { Diagnostic, Policy } from '../manifest/types.js';
import { plural } from '../util/plural.js';
import { planProblem } from './problems.js';
import type { Locate } from './resolve.js';
import type { PlanEntry, PlanProblem } from './types.js';

/**
 * The problems a draft plan has as a whole: what the manifest's policy says of the unmanaged
 * actions and of the number of changes, and the manifest's own warnings.
 */

export function unmanagedProblems(
  entries: readonly PlanEntry[],
  policy: Policy,
  locate: Locate,
): PlanProblem[] {
  const unmanaged = entries.filter((e) => e.op === 'unmanaged');
  const problems: PlanProblem[] = [];
  if (policy.unmanaged === 'fail' && unmanaged.length > 0) {
    problems.push(
      atPolicy(
        planProblem(
          'error',
          'unmanaged',
          `${plural(unmanaged.length, 'live action is', 'live actions are')} not in the manifest and policy.unmanaged is fail: add them (gc-timeouts export lists them) or relax the policy`,
        ),
        locate(['policy', 'unmanaged']),
      ),
    );
  }
  for (const e of unmanaged) {
    const bound = outOfBounds(e.from, policy.minTimeoutSeconds, policy.maxTimeoutSeconds);
    if (bound === undefined) continue;
    problems.push({
      ...planProblem(
        'warning',
        'policy',
        `unmanaged ${JSON.stringify(e.actionName)} (${e.integrationName}) has a live timeout of ${e.from} s, ${bound}`,
      ),
      actionId: e.actionId,
    });
  }
  return problems;
}

export function maxChangesProblems(
  changedActions: number,
  policy: Policy,
  locate: Locate,
): PlanProblem[] {
  if (policy.maxChanges === undefined || changedActions <= policy.maxChanges) return [];
  const problem = planProblem(
    'error',
    'max-changes',
    `the plan changes ${changedActions} actions, more than policy.maxChanges (${policy.maxChanges}); check the match globs, or raise the limit if this is intended`,
  );
  return [atPolicy(problem, locate(['policy', 'maxChanges']))];
}

/** A policy-wide problem points at the policy key that caused it, so it can be annotated there. */
function atPolicy(problem: PlanProblem, at: { line: number; column: number }): PlanProblem {
  return { ...problem, line: at.line, column: at.column };
}

export function manifestWarnings(diagnostics: readonly Diagnostic[]): PlanProblem[] {
  return diagnostics
    .filter((d) => d.severity === 'warning')
    .map((d) => ({
      ...planProblem('warning', 'manifest', d.message),
      line: d.line,
      column: d.column,
    }));
}

function outOfBounds(
  value: number | null,
  min: number | undefined,
  max: number | undefined,
): string | undefined {
  // An unset timeout is the platform's choice, not someone's mistake: only explicit values are flagged.
  if (value === null) return undefined;
  if (min !== undefined && value < min) return `below policy.minTimeoutSeconds (${min})`;
  if (max !== undefined && value > max) return `above policy.maxTimeoutSeconds (${max})`;
  return undefined;
}
