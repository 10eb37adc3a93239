import { describe, expect, it } from 'vitest';
import { covers } from '../../src/org/plan.js';

describe('a shared read of the org (recommend: two plans, one read)', () => {
  const named = { ids: ['id-1', 'id-2'], names: ['Get Order', 'Lookup Case'] };

  it('is planned again only when it holds every action the manifest can select', () => {
    // A read of the whole org holds any manifest's actions.
    expect(covers(undefined, undefined)).toBe(true);
    expect(covers(undefined, named)).toBe(true);
    expect(covers(named, { ids: ['id-2'], names: ['Lookup Case'] })).toBe(true);
    expect(covers(named, { ids: [], names: [] })).toBe(true);
  });

  it('is not planned again for a manifest that needs the whole org or another action', () => {
    expect(covers(named, undefined)).toBe(false);
    expect(covers(named, { ids: ['id-3'], names: [] })).toBe(false);
    // Names are matched exactly, case included, as the targeted read asked for them.
    expect(covers(named, { ids: [], names: ['get order'] })).toBe(false);
  });
});
