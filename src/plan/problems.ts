import { compareText } from '../util/compare.js';
import type { PlanProblem } from './types.js';

export function planProblem(
  severity: PlanProblem['severity'],
  code: PlanProblem['code'],
  message: string,
): PlanProblem {
  return { severity, code, message, line: null, column: null, entryIndex: null, actionId: null };
}

/**
 * Problems in file order, then by kind and text, so two plans of the same input read the same. A
 * latency finding's message is made each time it is read (latency-rules.ts), so each is read
 * once here rather than twice per comparison.
 */
export function sortProblems(problems: readonly PlanProblem[]): PlanProblem[] {
  return problems
    .map((p) => ({ p, message: p.message }))
    .sort(
      (a, b) =>
        (a.p.line ?? Infinity) - (b.p.line ?? Infinity) ||
        compareText(a.p.code, b.p.code) ||
        compareText(a.message, b.message),
    )
    .map(({ p }) => p);
}
