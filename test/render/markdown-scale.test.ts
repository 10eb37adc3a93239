import { describe, expect, it } from 'vitest';
import type { PlanEntry, PlanProblem } from '../../src/plan/types.js';
import { DEFAULT_MAX_LENGTH, renderMarkdown } from '../../src/render/markdown.js';
import { hugePlan } from './plans.js';

/** Counts how often each row's name and each problem's message are read: what was rendered. */
function counted<T extends object>(items: T[], key: keyof T, reads: { n: number }): T[] {
  return items.map((item) => {
    const value = item[key];
    return Object.defineProperty({ ...item }, key, {
      get: () => {
        reads.n += 1;
        return value;
      },
      enumerable: true,
    });
  });
}

describe('markdown of a plan over a large org', () => {
  it('renders only the rows and problems a comment can hold, not all 100,000', () => {
    const base = hugePlan(100_000);
    const rows = { n: 0 };
    const messages = { n: 0 };
    const warnings: PlanProblem[] = Array.from({ length: 50_000 }, (_, i) => ({
      severity: 'warning',
      code: 'latency',
      message: `"Lookup Order ${i}" (Integration 1): the planned timeoutSeconds is below the observed p99`,
      line: 7,
      column: 5,
      entryIndex: 0,
      actionId: `custom_-_${i}`,
    }));
    const plan = {
      ...base,
      entries: counted<PlanEntry>(base.entries, 'actionName', rows),
      warnings: counted(warnings, 'message', messages),
    };
    const text = renderMarkdown(plan);
    expect(text.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(text).toContain('Shortened to fit the size limit');
    // Each level that is tried renders at most what its budget holds, a few hundred lines.
    expect(rows.n).toBeLessThan(5_000);
    expect(messages.n).toBeLessThan(5_000);
  });
});
