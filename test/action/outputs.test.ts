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
    const out = planOutput(many, undefined, 20_000);
    expect(out.length).toBeLessThanOrEqual(20_000);
    const parsed = JSON.parse(out) as typeof many;
    expect(parsed.entries.map((e) => e.actionName)).toEqual(['Changed']);
    expect(parsed.counts.unchanged).toBe(400);
    expect(parsed.fingerprint).toBe(many.fingerprint);
  });

  it('is empty rather than cut when even the changes do not fit', () => {
    expect(planOutput(many, undefined, 100)).toBe('');
  });
});
