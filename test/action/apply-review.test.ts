import { describe, expect, it } from 'vitest';
import { planChange } from '../../src/action/apply-review.js';
import { typicalPlan } from '../render/plans.js';

/** What the apply on merge says when the plan it would apply is not the one reviewed. */
describe('the reviewed plan against the plan now', () => {
  const plan = typicalPlan();
  const review = (over: Partial<Parameters<typeof planChange>[0] & object>) => ({
    prNumber: 7,
    commented: true,
    fingerprint: plan.fingerprint,
    appliedBy: undefined,
    ...over,
  });

  it('is the same plan: nothing to say', () => {
    expect(planChange(review({}), plan)).toBeUndefined();
  });

  it('tells a pull request without a plan comment from one planned without credentials', () => {
    expect(planChange(review({ commented: false, fingerprint: undefined }), plan)).toMatch(
      /^Pull request #7 has no gc-timeouts plan comment to compare with: its plan job did not run, or did not comment/,
    );
    expect(planChange(review({ fingerprint: undefined }), plan)).toBe(
      'Pull request #7 has no live plan to compare with (it was planned without credentials).',
    );
  });

  it('names both fingerprints when the org or the manifest moved, and the commit that applied', () => {
    expect(planChange(review({ fingerprint: 'f'.repeat(64) }), plan)).toContain(
      `the reviewed plan had fingerprint ffffffffffff, the plan now has ${plan.fingerprint.slice(0, 12)}`,
    );
    expect(planChange(review({ appliedBy: 'abc123' }), plan)).toContain(
      'already applied by abc123',
    );
    expect(planChange(undefined, plan)).toMatch(/^No reviewed plan was found/);
  });
});
