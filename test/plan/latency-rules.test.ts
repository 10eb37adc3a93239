import { describe, expect, it } from 'vitest';
import { latencyProblems } from '../../src/plan/latency-rules.js';
import { planProblem, sortProblems } from '../../src/plan/problems.js';
import type { ObservedLatency, PlanProblem } from '../../src/plan/types.js';
import { compareText } from '../../src/util/compare.js';
import { entry } from '../render/plans.js';

const seen = (count: number, p99Ms: number, p95Ms = p99Ms * 0.8): ObservedLatency => ({
  days: 7,
  count,
  p95Ms,
  p99Ms,
});

const ENTRIES = [
  entry({ op: 'update', actionName: 'Below', actionId: 'a1', to: 3, latency: seen(500, 4200) }),
  entry({
    op: 'unchanged',
    actionName: 'Fine',
    actionId: 'a2',
    from: 8,
    to: 8,
    latency: seen(500, 4200),
  }),
  entry({
    op: 'unchanged',
    actionName: 'Hangs',
    actionId: 'a3',
    from: 45,
    to: 45,
    latency: seen(500, 1200),
  }),
  entry({ op: 'reset', actionName: 'Default', actionId: 'a4', to: null, latency: seen(500, 900) }),
  entry({ op: 'unchanged', actionName: 'Idle', actionId: 'a5', from: 8, to: 8, latency: null }),
  entry({
    op: 'unchanged',
    actionName: 'Rare',
    actionId: 'a6',
    from: 1,
    to: 1,
    latency: seen(5, 9000),
  }),
  entry({ op: 'unmanaged', actionName: 'Other', actionId: 'a7', latency: null }),
];

const summary = (problems: ReturnType<typeof latencyProblems>): string[] =>
  problems.map((p) => `${p.severity} ${p.actionId}`);

describe('latency rules', () => {
  it('warns below the p99, above 10 × the p99, and where no run was observed', () => {
    const problems = latencyProblems({ entries: ENTRIES, policy: {}, observedDays: 7 });
    expect(summary(problems)).toEqual(['warning a1', 'warning a3', 'warning a4', 'warning a5']);
    expect(problems[0]?.message).toBe(
      '"Below" (ERP Web Services): the planned timeoutSeconds of 3 s is below the observed p99 of 4.2 s over 7 days (500 runs); more than 1 run in 20 would time out',
    );
    expect(problems[1]?.message).toBe(
      '"Hangs" (ERP Web Services): its timeoutSeconds of 45 s is more than 10 × the observed p99 of 1.2 s over 7 days (500 runs); when the backend hangs, a caller waits 45 s for the failure',
    );
    expect(problems[2]?.message).toContain('the planned timeoutSeconds of 60 s is more than 10 ×');
    expect(problems[3]?.message).toBe(
      '"Idle" (ERP Web Services): no runs observed in the last 7 days, so no evidence supports its timeout; check that a flow still calls it',
    );
    expect(problems[0]).toMatchObject({ code: 'latency', line: 12, entryIndex: 0 });
  });

  it('failBelowP99 makes only the below-p99 finding an error', () => {
    const problems = latencyProblems({
      entries: ENTRIES,
      policy: { failBelowP99: true },
      observedDays: 7,
    });
    expect(summary(problems)).toEqual(['error a1', 'warning a3', 'warning a4', 'warning a5']);
    expect(problems[0]?.message).toMatch(/would time out \(policy\.failBelowP99\)$/);
  });

  it('a finding reads as a plain problem: its keys in the documented order, its message in JSON, spreads and comparisons', () => {
    const [below] = latencyProblems({ entries: ENTRIES, policy: {}, observedDays: 7 });
    if (below === undefined) throw new Error('no finding');
    const plain = {
      severity: 'warning',
      code: 'latency',
      message: below.message,
      line: 12,
      column: null,
      entryIndex: 0,
      actionId: 'a1',
    };
    expect(Object.keys(below)).toEqual(Object.keys(plain));
    expect(JSON.parse(JSON.stringify(below))).toStrictEqual(plain);
    expect({ ...below }).toStrictEqual(plain);
    expect(below).toEqual(plain);
    // Made from the row each time it is read: the same text every time.
    expect(below.message).toBe(below.message);
    expect(below.message).toContain(
      '"Below" (ERP Web Services): the planned timeoutSeconds of 3 s',
    );
  });

  it('says nothing of missing runs when latency was not read at all', () => {
    const problems = latencyProblems({ entries: ENTRIES, policy: {}, observedDays: undefined });
    expect(summary(problems)).toEqual(['warning a1', 'warning a3', 'warning a4']);
  });

  it('findings sort exactly as their messages do, names that start alike, quote or escape included', () => {
    // Names whose JSON forms are prefixes of one another's text, escapes, the same name in two
    // integrations and on two fields: where sorting by how messages begin could go wrong.
    const names = [
      'Look',
      'Lookup',
      'Lookup "x"',
      'Lookup \\ y',
      'Lookup\nz',
      'Lookup 2',
      'é',
      '😀 a',
    ];
    const rows = names.flatMap((actionName, i) => [
      entry({ op: 'update', actionName, actionId: `b${i}`, to: 3, latency: seen(500, 4200) }),
      entry({ op: 'update', actionName, actionId: `c${i}`, to: 45, latency: seen(500, 900) }),
      entry({
        op: 'unchanged',
        actionName,
        actionId: `d${i}`,
        integrationName: 'ERP',
        from: 8,
        to: 8,
        latency: null,
      }),
      entry({
        op: 'update',
        actionName,
        actionId: `b${i}`,
        field: 'functionTimeoutSeconds',
        to: 2,
        latency: seen(500, 4200),
      }),
    ]);
    const findings = latencyProblems({ entries: rows, policy: {}, observedDays: 7 });
    const plain: PlanProblem[] = [
      { ...planProblem('warning', 'latency', '"Lookup" is plain'), line: 12 },
      { ...planProblem('warning', 'latency', '"Look'), line: 12 },
      { ...planProblem('warning', 'policy', 'a policy warning'), line: 12 },
    ];
    const all = [...findings, ...plain];
    const byMessage = [...all]
      .sort(
        (a, b) =>
          (a.line ?? Infinity) - (b.line ?? Infinity) ||
          compareText(a.code, b.code) ||
          compareText(a.message, b.message),
      )
      .map((p) => p.message);
    expect(findings.length).toBe(names.length * 4);
    for (const order of [all, [...all].reverse(), [...all.slice(7), ...all.slice(0, 7)]])
      expect(sortProblems(order).map((p) => p.message)).toEqual(byMessage);
  });
});
