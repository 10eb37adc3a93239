import { describe, expect, it } from 'vitest';
import { permissionDetail, permissionNeeds } from '../../src/plan/permissions.js';

describe('permissionNeeds', () => {
  const names = (functions: boolean, integrations: boolean) =>
    permissionNeeds({ functions, integrations }).map((p) => `${p.permission}:${p.need}`);

  it('a manifest with function entries needs the function permissions and the draft delete', () => {
    expect(names(true, true)).toEqual([
      'integrations:action:view:required',
      'integrations:action:edit:required',
      'integrations:integration:view:required',
      'integrations:actionFunction:view:required',
      'integrations:actionFunction:edit:required',
      'integrations:action:delete:required',
      'architect:dependencyTracking:view:optional',
      'architect:flow:view:optional',
    ]);
  });

  it('one without them needs neither, and the integrations only as evidence', () => {
    expect(names(false, false)).toEqual([
      'integrations:action:view:required',
      'integrations:action:edit:required',
      'integrations:integration:view:optional',
      'architect:dependencyTracking:view:optional',
      'architect:flow:view:optional',
    ]);
  });

  it('says which operations a missing permission would block', () => {
    const [view, , , , , remove] = permissionNeeds({ functions: true, integrations: true });
    expect(permissionDetail(view!, { kind: 'refused', hint: 'the OAuth client lacks x' })).toBe(
      'the OAuth client lacks x; without it (or bridge:actions:view) (needed): reading the actions (plan, apply, drift, export) and the latency analytics query',
    );
    expect(permissionDetail(remove!, { kind: 'unverified' })).toContain(
      'the draft would be left behind',
    );
  });
});
