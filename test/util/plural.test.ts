import { describe, expect, it } from 'vitest';
import { plural, thousands } from '../../src/util/plural.js';

describe('counts in messages', () => {
  it('thousands writes a whole number as en-US does', () => {
    const values = [0, 1, 12, 999, 1000, 1204, 99_999, 100_000, 1_234_567, 2 ** 31, -1, -1234];
    for (let n = 1; n < 1e15; n = n * 7 + 3) values.push(n, -n);
    for (const n of values) expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });

  it('plural says one or many', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(3, 'error')).toBe('3 errors');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});
