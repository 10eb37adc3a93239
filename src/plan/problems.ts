import { compareText } from '../util/compare.js';
import type { PlanProblem } from './types.js';

export function planProblem(
  severity: PlanProblem['severity'],
  code: PlanProblem['code'],
  message: string,
): PlanProblem {
  return { severity, code, message, line: null, column: null, entryIndex: null, actionId: null };
}

/** Problems in file order, then by kind and text, so two plans of the same input read the same. */
export function compareProblems(a: PlanProblem, b: PlanProblem): number {
  return (
    (a.line ?? Infinity) - (b.line ?? Infinity) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}
