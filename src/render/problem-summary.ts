import { thousands } from '../util/plural.js';
import { isChange, type Plan, type PlanProblem, type ProblemCode } from '../plan/types.js';

/**
 * Which warnings a reader of a plan needs: those about what the plan changes or cannot do (a
 * changed action, an action in error, or the manifest as a whole). The others, on a large org
 * thousands about actions nobody touches, are counted in one line per kind.
 */

export interface WarningSelection {
  shown: PlanProblem[];
  /** One line each, e.g. `2,039 warnings on the latency of actions this plan does not change`. */
  summaries: string[];
}

const KINDS: Partial<Record<ProblemCode, string>> = {
  latency: 'latency',
  policy: 'policy',
  unmanaged: 'unmanaged-action',
  'flow-override': 'flow-override',
};

export function selectWarnings(plan: Plan, verbose: boolean): WarningSelection {
  if (verbose) return { shown: plan.warnings, summaries: [] };
  // Filled in one pass: over 100,000 changes, the lists spread into it were large objects each.
  const relevant = new Set<string>();
  for (const e of plan.entries) if (isChange(e.op)) relevant.add(e.actionId);
  for (const p of plan.errors) if (p.actionId !== null) relevant.add(p.actionId);
  const shown: PlanProblem[] = [];
  const hidden = new Map<ProblemCode, number>();
  for (const w of plan.warnings) {
    if (w.actionId === null || relevant.has(w.actionId)) shown.push(w);
    else hidden.set(w.code, (hidden.get(w.code) ?? 0) + 1);
  }
  const summaries = [...hidden].map(([code, n]) => {
    const kind = KINDS[code] ?? code;
    const count = `${thousands(n)} ${kind} ${n === 1 ? 'warning' : 'warnings'}`;
    return `${count} about unchanged actions (--verbose lists them)`;
  });
  return { shown, summaries };
}
