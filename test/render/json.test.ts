import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderJson } from '../../src/render/json.js';
import { typicalPlan } from './plans.js';

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

describe('plan JSON', () => {
  it('is the plan, two-space indented, newline-terminated, and parses back equal', () => {
    const plan = typicalPlan();
    const json = renderJson(plan);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "format": 1,');
    expect(JSON.parse(json)).toEqual(plan);
  });

  it('writes keys in the documented order however the object was built', () => {
    const plan = typicalPlan();
    expect(renderJson(reversedKeys(plan) as Plan)).toBe(renderJson(plan));
    const topLevel = Object.keys(JSON.parse(renderJson(reversedKeys(plan) as Plan)) as object);
    expect(topLevel).toEqual([
      'format',
      'tool',
      'label',
      'manifest',
      'region',
      'fingerprint',
      'counts',
      'entries',
      'errors',
      'warnings',
      'notes',
    ]);
  });

  it('has every field documented in docs/plan-json.md', () => {
    const doc = readFileSync(new URL('../../docs/plan-json.md', import.meta.url), 'utf8');
    const plan = typicalPlan();
    const flows = [{ id: 'f1', name: 'Main IVR', type: 'INBOUNDCALLFLOW' }];
    const withEvidence: Plan = {
      ...plan,
      entries: plan.entries.map((e, i) => (i === 0 ? { ...e, usedBy: flows } : e)),
      notes: ['flows not shown for 1 action: …'],
    };
    const keys = keysOf(JSON.parse(renderJson(withEvidence)));
    const undocumented = [...keys].filter((k) => !doc.includes(`\`${k}\``));
    expect(undocumented).toEqual([]);
  });
});
