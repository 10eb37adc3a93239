import { describe, expect, it } from 'vitest';
import { compactNotes } from '../../src/plan/recommend-notes.js';
import { RecommendationRow, type RowFacts } from '../../src/plan/recommend-row.js';

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

function row(facts: Partial<RowFacts>, heldTo?: number | null): RecommendationRow {
  const r = new RecommendationRow({ ...base, ...facts });
  if (heldTo !== undefined) r.holdTo(heldTo);
  return r;
}

const ROWS = [
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

describe('compactNotes', () => {
  it('gives each row the note the row itself writes, by field and action id', () => {
    const notes = compactNotes(ROWS);
    expect(ROWS.map((r) => notes.note(r.field, r.actionId))).toEqual([
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
    expect(ROWS.map((r) => notes.note(r.field, r.actionId))).toEqual(ROWS.map((r) => r.note));
  });

  it('counts the values kept for want of runs, and knows no row it was not given', () => {
    const notes = compactNotes(ROWS);
    expect(notes.thin).toBe(3);
    expect(notes.note('timeoutSeconds', 'a-unknown')).toBeUndefined();
    expect(notes.note('functionTimeoutSeconds', 'a-2')).toBeUndefined();
    expect(compactNotes([]).thin).toBe(0);
  });
});
