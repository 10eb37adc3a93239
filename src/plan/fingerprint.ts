import { compareText } from '../util/compare.js';
import { createHash } from 'node:crypto';
import { isChange, type PlanEntry } from './types.js';

/**
 * sha256 over the canonical list of changes: (action id, field, from, to), sorted. Two plans with
 * the same fingerprint change the same fields of the same actions from the same values to the same
 * values, whatever their order, labels or unchanged rows.
 */
export function fingerprint(entries: readonly PlanEntry[]): string {
  const canonical = entries
    .filter((e) => isChange(e.op))
    .map((e) => [e.actionId, e.field, e.from, e.to] as const)
    .sort((a, b) => compareText(a[0], b[0]) || compareText(a[1], b[1]));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
