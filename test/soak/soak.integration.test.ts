import { describe, expect, it } from 'vitest';
import { soak } from './engine.js';

describe('short soak', () => {
  it('keeps every invariant through faults and out-of-band edits', async () => {
    const seed = Number(process.env['GC_TIMEOUTS_SOAK_SEED'] ?? 7);
    const result = await soak({ cycles: 3, seed });
    const faults = Object.values(result.faults).reduce((a, b) => a + b, 0);
    console.log(
      `short soak: ${result.cycles} cycles, seed ${seed}, ${faults} faults, ${result.edits} edits, ${result.violations.length} violations`,
    );
    expect(result.violations).toEqual([]);
    expect(result.cycles).toBe(3);
    expect(faults).toBeGreaterThan(0);
    expect(result.applied + result.reportedFailed).toBeGreaterThan(0);
  }, 120_000);
});
