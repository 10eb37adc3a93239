import { compareText } from '../util/compare.js';
import { LatencyFinding } from './latency-rules.js';
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
 * latency finding's message is made each time it is read (latency-rules.ts): over 100,000 actions,
 * making all 50,000 of them to sort by took a third of a second and left some 10 MB for the
 * collector just as the output began. They are ordered by how their messages begin instead, and
 * made whole only for two that begin alike; other problems are sorted by their messages.
 */
export function sortProblems(problems: readonly PlanProblem[]): PlanProblem[] {
  return problems
    .map((p) => ({ p, lead: p instanceof LatencyFinding ? p.lead() : p.message }))
    .sort(
      (a, b) =>
        (a.p.line ?? Infinity) - (b.p.line ?? Infinity) ||
        compareText(a.p.code, b.p.code) ||
        compareMessages(a, b),
    )
    .map(({ p }) => p);
}

/**
 * Message order from the beginnings: the same as comparing the messages, since each begins with
 * its `lead`, unless one lead is the other or starts it (then the messages decide).
 */
function compareMessages(
  a: { p: PlanProblem; lead: string },
  b: { p: PlanProblem; lead: string },
): number {
  if (a.lead.startsWith(b.lead) || b.lead.startsWith(a.lead))
    return compareText(a.p.message, b.p.message);
  return compareText(a.lead, b.lead);
}
