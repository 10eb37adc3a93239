import type { Diagnostic } from '../manifest/types.js';
import type { Plan } from '../plan/types.js';

/**
 * Every plan-time error (unknown name, not a function action, static action, policy) as its own
 * annotation on the manifest line and column it is about, so the PR's Files view shows each one
 * where it must be fixed. An error about no line in particular points at the top of the file.
 */
export function planErrorAnnotations(plan: Plan): Diagnostic[] {
  return plan.errors.map((p) => ({
    severity: 'error',
    rule: `plan:${p.code}`,
    file: plan.manifest,
    line: p.line ?? 1,
    column: p.column ?? 1,
    path: p.entryIndex === null ? '' : `actions[${p.entryIndex}]`,
    message: p.message,
  }));
}
