import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { renderDriftJsonChunks, renderJson, renderJsonChunks } from '../../src/render/json.js';
import { action, planYaml } from '../plan/fixtures.js';
import { hugePlan, typicalPlan } from './plans.js';

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

describe('renderJsonChunks', () => {
  it('writes, a group of rows at a time, exactly the text JSON.stringify gives the whole plan', () => {
    const actions = Array.from({ length: 100 }, (_, i) =>
      action(`Action ${i}`, i % 3 === 0 ? { timeoutSeconds: 3 } : {}),
    );
    const plan = planYaml(
      'version: 1\nactions:\n  - match: { name: "*" }\n    timeoutSeconds: 9\n',
      actions,
    );
    const chunks = [...renderJsonChunks(plan)];
    // 100 rows in groups of at most 32: never the list as one string.
    expect(chunks.length).toBeGreaterThanOrEqual(2 + Math.ceil(plan.entries.length / 32));
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toBe(`${JSON.stringify(JSON.parse(renderJson(plan)), null, 2)}\n`);
    expect((JSON.parse(text) as { entries: unknown[] }).entries).toHaveLength(100);
  });

  it('writes errors and warnings a group at a time too, as JSON.stringify writes them', () => {
    const base = typicalPlan();
    const problem = (i: number, severity: 'error' | 'warning') => ({
      severity,
      code: 'latency' as const,
      message: `problem ${i}\n"quoted"`,
      line: i,
      column: null,
      entryIndex: null,
      actionId: `a${i}`,
    });
    const plan: Plan = {
      ...base,
      errors: [problem(1, 'error')],
      warnings: Array.from({ length: 40 }, (_, i) => problem(i, 'warning')),
    };
    const chunks = [...renderJsonChunks(plan)];
    // The 40 warnings in two groups (32 + 8), the error alone, the rows apart from them.
    expect(chunks.filter((c) => c.includes('"severity": "warning"'))).toHaveLength(2);
    expect(chunks.every((c) => c.length < 32 * 400)).toBe(true);
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const parsed = JSON.parse(text) as Plan;
    expect(parsed.warnings).toEqual(plan.warnings);
    expect(parsed.errors).toEqual(plan.errors);
    expect(Object.keys(parsed)).toEqual(Object.keys(JSON.parse(renderJson(base)) as object));
  });

  it('an empty plan is one chunk with "entries": []', () => {
    const text = [...renderJsonChunks(planYaml('version: 1\nactions: []\n', []))].join('');
    expect(text).toContain('"entries": []');
  });

  it('compact: the same document without whitespace, as JSON.stringify writes the parsed plan', () => {
    const base = typicalPlan();
    const problem = (i: number, severity: 'error' | 'warning') => ({
      severity,
      code: 'latency' as const,
      message: `problem ${i}\n"quoted" \u2028`,
      line: i,
      column: null,
      entryIndex: null,
      actionId: `a${i}`,
    });
    const rows = Array.from({ length: 70 }, (_, i) =>
      action(`Action ${i} "q"`, i % 3 === 0 ? { timeoutSeconds: 3 } : {}),
    );
    const big = planYaml(
      'version: 1\nactions:\n  - match: { name: "*" }\n    timeoutSeconds: 9\n',
      rows,
    );
    for (const plan of [
      base,
      big,
      {
        ...big,
        errors: [problem(1, 'error')],
        warnings: Array.from({ length: 40 }, (_, i) => problem(i, 'warning')),
      },
      planYaml('version: 1\nactions: []\n', []),
    ]) {
      const compact = [...renderJsonChunks(plan, {}, 'compact')].join('');
      expect(compact).toBe(JSON.stringify(JSON.parse(renderJson(plan))));
    }
  });
});

describe('drift JSON', () => {
  it('is written in pieces, drift first and accepted last, as JSON.stringify writes it', () => {
    const view = hugePlan(200);
    const accepted = [
      {
        actionId: 'custom_-_00000007',
        actionName: 'Lookup Order 00007',
        integrationName: 'Integration 7',
        field: 'timeoutSeconds' as const,
        from: 30,
        to: 10,
        until: '2027-01-31',
        reason: 'backend migration',
        line: 9,
      },
    ];
    const verdict = { drift: true, drifted: view.entries, accepted };
    const chunks = [...renderDriftJsonChunks(view, verdict)];
    expect(chunks.length).toBeGreaterThanOrEqual(2 + Math.ceil(view.entries.length / 32));
    const text = chunks.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys[0]).toBe('drift');
    expect(keys.at(-1)).toBe('accepted');
    expect((JSON.parse(text) as { accepted: unknown }).accepted).toEqual(accepted);
    expect((JSON.parse(text) as { entries: unknown[] }).entries).toHaveLength(200);
  });
});
