import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/plan/fingerprint.js';
import type { PlanEntry, PlanOp } from '../../src/plan/types.js';

function row(id: string, op: PlanOp, from: number | null, to: number | null): PlanEntry {
  return {
    op,
    actionId: id,
    actionName: id,
    integrationId: 'int',
    integrationName: 'Integration',
    category: 'c',
    field: id.endsWith('f') ? 'functionTimeoutSeconds' : 'timeoutSeconds',
    from,
    to,
    version: 1,
    entryIndex: 0,
    line: 1,
    selector: 'match',
    reason: null,
    latency: null,
    usedBy: null,
  };
}

/** The documented definition: sha256 of JSON.stringify of the sorted (id, field, from, to) list. */
function reference(entries: readonly PlanEntry[]): string {
  const changes = entries
    .filter((e) => e.op === 'set' || e.op === 'update' || e.op === 'reset')
    .map((e) => [e.actionId, e.field, e.from, e.to] as const)
    .sort(
      (a, b) =>
        (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0),
    );
  return createHash('sha256').update(JSON.stringify(changes)).digest('hex');
}

describe('the fingerprint', () => {
  it('is the sha256 of the sorted changes as JSON, whatever the ids hold and however long', () => {
    const odd = [
      'custom_-_"quoted"',
      'custom_-_back\\slash',
      'custom_-_\u00e9t\u00e9 \u2192 f',
      'a\nb',
    ];
    const entries = [
      ...odd.map((id, i) => row(id, i % 2 === 0 ? 'update' : 'reset', 30, i % 2 === 0 ? 5 : null)),
      row('custom_-_unchanged', 'unchanged', 10, 10),
      row('custom_-_set', 'set', null, 12),
      // Past one piece of the hashed text (64 KiB), in an order the sort must undo.
      ...Array.from({ length: 3_000 }, (_, i) => row(`custom_-_${3_000 - i}`, 'update', 60, 5)),
    ];
    expect(fingerprint(entries)).toBe(reference(entries));
    expect(fingerprint([...entries].reverse())).toBe(reference(entries));
    expect(fingerprint([])).toBe(reference([]));
  });
});
