import { describe, expect, it } from 'vitest';
import type { RowFacts } from '../../src/plan/recommend-row.js';
import { RecommendationTable } from '../../src/plan/recommend-table.js';

const base: RowFacts = {
  actionId: 'a-1',
  actionName: 'Get Order',
  integrationName: 'Web Services',
  field: 'timeoutSeconds',
  entryIndex: 0,
  selector: 'name',
  current: 15,
  runs: 1204,
  days: 7,
  p99Ms: 11_000,
  value: 17,
  raw: 17,
  clampedBy: null,
  headroom: 1.5,
  flows: [],
};

type Row = [Partial<RowFacts>, (number | null | undefined)?];

/** A table of these rows, each held to its glob's value when one is given. */
function tableOf(rows: readonly Row[]): RecommendationTable {
  const table = new RecommendationTable(rows.length);
  for (const [facts, heldTo] of rows) {
    const i = table.add({ ...base, ...facts });
    if (heldTo !== undefined) table.holdTo(i, heldTo);
  }
  return table;
}

const row = (facts: Partial<RowFacts>, heldTo?: number | null): Row => [facts, heldTo];

const ROWS: Row[] = [
  row({}),
  // The same action's other field: looked up apart.
  row({ field: 'functionTimeoutSeconds', current: 12, runs: 40, p99Ms: 6_200, value: 10, raw: 10 }),
  row({
    actionId: 'a-2',
    p99Ms: 40_000,
    value: 45,
    raw: 60,
    clampedBy: 'policy.maxTimeoutSeconds (45)',
  }),
  row({
    actionId: 'a-3',
    p99Ms: 41_000,
    value: 45,
    raw: 62,
    clampedBy: 'policy.maxTimeoutSeconds (45)',
  }),
  row({
    actionId: 'a-10',
    p99Ms: 900,
    value: 3,
    raw: 2,
    clampedBy: 'policy.minTimeoutSeconds (3)',
  }),
  row({ actionId: 'a-4', selector: 'match', runs: 300, p99Ms: 2_100, value: 4, raw: 4 }, 20),
  row({ actionId: 'a-5', selector: 'match', current: null, p99Ms: 1_234, value: 2, raw: 2 }, null),
  row({ actionId: 'a-6', runs: 12, p99Ms: 900, value: null, raw: 0 }),
  row({ actionId: 'a-7', current: null, runs: 0, days: null, p99Ms: null, value: null, raw: 0 }),
  row({ actionId: 'a-8', runs: 50, days: 3, p99Ms: null, value: null, raw: 0 }),
  row({
    actionId: 'a-9',
    p99Ms: 8_000,
    value: 12,
    raw: 12,
    headroom: 1.25,
    flows: ['Main IVR waits 5 s of its own, less than the p99 of 8.0 s'],
  }),
];

const TABLE = tableOf(ROWS);
const keyOf = ([facts]: Row): [RowFacts['field'], string] => [
  facts.field ?? base.field,
  facts.actionId ?? base.actionId,
];

describe('RecommendationTable', () => {
  it('gives each row its note, by field and action id, as its row object says it', () => {
    expect(ROWS.map((r) => TABLE.note(...keyOf(r)))).toEqual([
      'p99 11.0 s × 1.5 → 17 s (1,204 runs, 7 days)',
      'p99 6.2 s × 1.5 → 10 s (40 runs, 7 days)',
      'p99 40.0 s × 1.5 → 45 s (60 s, held to policy.maxTimeoutSeconds (45)) (1,204 runs, 7 days)',
      'p99 41.0 s × 1.5 → 45 s (62 s, held to policy.maxTimeoutSeconds (45)) (1,204 runs, 7 days)',
      'p99 0.9 s × 1.5 → 3 s (2 s, held to policy.minTimeoutSeconds (3)) (1,204 runs, 7 days)',
      '20 s, what its glob entry needs; alone: p99 2.1 s × 1.5 → 4 s (300 runs, 7 days)',
      'default, what its glob entry needs; alone: p99 1.2 s × 1.5 → 2 s (1,204 runs, 7 days)',
      'only 12 runs, 7 days, fewer than 20: keeps 15 s',
      'no runs observed: keeps default',
      'no p99 in the analytics answer: keeps 15 s',
      'p99 8.0 s × 1.25 → 12 s (1,204 runs, 7 days); Main IVR waits 5 s of its own, less than the p99 of 8.0 s',
    ]);
    expect(TABLE.rows().map((r) => r.note)).toEqual(ROWS.map((r) => TABLE.note(...keyOf(r))));
  });

  it('gives each row back as the object it stands for, held to its glob when it is', () => {
    expect(TABLE.row(0)).toEqual({
      actionId: 'a-1',
      actionName: 'Get Order',
      integrationName: 'Web Services',
      field: 'timeoutSeconds',
      entryIndex: 0,
      selector: 'name',
      current: 15,
      recommended: 17,
      status: 'change',
      runs: 1204,
      days: 7,
      p99Ms: 11_000,
      clampedBy: null,
      note: 'p99 11.0 s × 1.5 → 17 s (1,204 runs, 7 days)',
    });
    expect(TABLE.row(2).clampedBy).toBe('policy.maxTimeoutSeconds (45)');
    // Held to its glob's 20 s: that is what it recommends, and a change from 15 s.
    expect(TABLE.row(5)).toMatchObject({ selector: 'match', recommended: 20, status: 'change' });
    // Held to the default its glob keeps, which is its current value: unchanged.
    expect(TABLE.row(6)).toMatchObject({ current: null, recommended: null, status: 'unchanged' });
    expect(TABLE.row(7)).toMatchObject({ recommended: 15, status: 'too-few-runs', days: 7 });
    expect(TABLE.row(8)).toMatchObject({ recommended: null, status: 'no-runs', days: null });
    expect(TABLE.row(9)).toMatchObject({ p99Ms: null, status: 'no-runs' });
    expect(TABLE.rows(2)).toHaveLength(2);
  });

  it('counts the changes and the values kept for want of runs, and knows no row it was not given', () => {
    expect(TABLE.counts()).toEqual({ changes: 7, thin: 3 });
    expect(TABLE.thin).toBe(3);
    expect(TABLE.note('timeoutSeconds', 'a-unknown')).toBeUndefined();
    expect(TABLE.note('functionTimeoutSeconds', 'a-2')).toBeUndefined();
    expect(tableOf([]).counts()).toEqual({ changes: 0, thin: 0 });
    expect(() => tableOf([]).add(base)).toThrow(RangeError);
  });

  it("writes its glob's value over a row too thin to recommend from, and says so", () => {
    const table = tableOf([
      [{ selector: 'match', runs: 12, p99Ms: 900, value: null, raw: 0 }, 20],
      [{ actionId: 'a-2', selector: 'match', runs: 12, p99Ms: 900, value: null, raw: 0 }, 15],
    ]);
    // Held to 20 s over its 15 s: written, so a change, not a value kept.
    expect(table.row(0)).toMatchObject({ recommended: 20, status: 'change' });
    expect(table.row(0).note).toBe(
      '20 s, what its glob entry needs; alone: only 12 runs, 7 days, fewer than 20: keeps 15 s',
    );
    // Held to its own value: nothing written over it, so still kept for want of runs.
    expect(table.row(1)).toMatchObject({ recommended: 15, status: 'too-few-runs' });
    expect(table.counts()).toEqual({ changes: 1, thin: 1 });
  });

  it('finds a row added after a note was asked for', () => {
    const table = new RecommendationTable(2);
    table.add(base);
    expect(table.note('timeoutSeconds', 'a-2')).toBeUndefined();
    table.add({ ...base, actionId: 'a-2', runs: 0, p99Ms: null, value: null, raw: 0 });
    expect(table.note('timeoutSeconds', 'a-2')).toBe('no runs observed: keeps 15 s');
  });
});
