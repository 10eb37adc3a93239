import { compareText } from '../util/compare.js';
import { createHash } from 'node:crypto';
import { isChange, type PlanEntry } from './types.js';

/** Characters of canonical text handed to the hash at a time. */
const HASH_CHUNK = 65_536;

/**
 * sha256 over the canonical list of changes: (action id, field, from, to), sorted. Two plans with
 * the same fingerprint change the same fields of the same actions from the same values to the same
 * values, whatever their order, labels or unchanged rows.
 *
 * The hashed text is `JSON.stringify` of that list of tuples, fed to the hash a piece at a time:
 * a plan of 100,000 changes never holds the list of tuples nor its one long string.
 */
export function fingerprint(entries: readonly PlanEntry[]): string {
  const changes = entries
    .filter((e) => isChange(e.op))
    .sort((a, b) => compareText(a.actionId, b.actionId) || compareText(a.field, b.field));
  const hash = createHash('sha256');
  let text = '[';
  for (const [i, e] of changes.entries()) {
    text += `${i === 0 ? '' : ','}${JSON.stringify([e.actionId, e.field, e.from, e.to])}`;
    if (text.length < HASH_CHUNK) continue;
    hash.update(text);
    text = '';
  }
  return hash.update(`${text}]`).digest('hex');
}
