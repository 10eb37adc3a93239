import { describe, expect, it } from 'vitest';
import { planOutput } from '../../src/action/outputs.js';
import { entry, plan } from '../render/plans.js';

describe('the plan-json output', () => {
  const many = plan([
    entry({ op: 'update', actionName: 'Changed' }),
    ...Array.from({ length: 400 }, (_, i) =>
      entry({ op: 'unchanged', actionName: `Same ${i}`, actionId: `custom_-_${i}` }),
    ),
  ]);

  it('holds the whole plan when it fits', () => {
    expect(JSON.parse(planOutput(many))).toEqual(JSON.parse(JSON.stringify(many)));
  });

  it('keeps only the changes, with counts and fingerprint, when the whole plan is too large', () => {
    const out = planOutput(many, 20_000);
    expect(out.length).toBeLessThanOrEqual(20_000);
    const parsed = JSON.parse(out) as typeof many;
    expect(parsed.entries.map((e) => e.actionName)).toEqual(['Changed']);
    expect(parsed.counts.unchanged).toBe(400);
    expect(parsed.fingerprint).toBe(many.fingerprint);
  });

  it('is empty rather than cut when even the changes do not fit', () => {
    expect(planOutput(many, 100)).toBe('');
  });

  it('reads no more of a large plan than the output can hold', () => {
    // 20,000 rows whose names count how often a row is read: the JSON of the plan and of its
    // changes (all of them) are each far past 20 KB, so each is given up early.
    let reads = 0;
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const row = entry({ op: 'update', actionName: `Changed ${i}`, actionId: `custom_-_${i}` });
      const name = row.actionName;
      return Object.defineProperty(row, 'actionName', {
        enumerable: true,
        get: () => {
          reads += 1;
          return name;
        },
      });
    });
    const large = plan(rows);
    reads = 0;
    expect(planOutput(large, 20_000)).toBe('');
    // Each try stops within a few groups of 32 rows past what fits; whole, they read 40,000.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(1_000);
  });
});
