import { describe, expect, it } from 'vitest';
import { flat } from '../../src/util/flat-text.js';

describe('flat', () => {
  it('reads exactly as the untagged template literal', () => {
    const name = '"Lookup" \\ Order';
    const runs = 1204;
    expect(
      flat`${JSON.stringify(name)} (Billing): ${runs.toLocaleString('en-US')} runs, ${4.2} s`,
    ).toBe(`${JSON.stringify(name)} (Billing): ${runs.toLocaleString('en-US')} runs, ${4.2} s`);
    expect(flat`${'a'}${'b'}`).toBe('ab');
    expect(flat`no values`).toBe('no values');
    expect(flat``).toBe('');
  });
});
