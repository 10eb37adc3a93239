import { describe, expect, it } from 'vitest';
import type { LatencyStats } from '../../src/genesys/types.js';
import { editManifestText } from '../../src/manifest/edit.js';
import { validateManifestText } from '../../src/manifest/validate.js';
import { buildPlan } from '../../src/plan/diff.js';
import { clampToPolicy, headroomSeconds, recommend } from '../../src/plan/recommend.js';
import type { LiveAction } from '../../src/plan/types.js';
import { action } from './fixtures.js';

const LIVE: LiveAction[] = [
  action('Get Order', { timeoutSeconds: 10 }),
  action('Create Return', { timeoutSeconds: 25 }),
  action('Lookup Account', { integrationName: 'Salesforce CRM', timeoutSeconds: 20 }),
  action('Lookup Case', { integrationName: 'Salesforce CRM', timeoutSeconds: 20 }),
  action('Lookup Rare', { integrationName: 'Salesforce CRM', timeoutSeconds: 20 }),
  action('Score Lead', { kind: 'function', timeoutSeconds: 30, functionTimeoutSeconds: 12 }),
];
const idOf = (name: string): string => LIVE.find((a) => a.name === name)?.id ?? name;
const stats = (count: number, p99: number): LatencyStats => ({ count, p99, p95: p99 * 0.8 });
const LATENCY = new Map<string, LatencyStats>([
  [idOf('Get Order'), stats(1204, 11_000)], // 16.5 → 17
  [idOf('Create Return'), stats(500, 40_000)], // 60 → held to 45
  [idOf('Lookup Account'), stats(300, 2_100)], // 3.15 → 4
  [idOf('Lookup Case'), stats(90, 6_000)], // 9
  [idOf('Lookup Rare'), stats(12, 900)], // too few runs: holds the glob at 20 without split
  [idOf('Score Lead'), stats(40, 6_200)], // 9.3 → 10
]);

const MANIFEST = `version: 1
policy:
  minTimeoutSeconds: 3
  maxTimeoutSeconds: 45
actions:
  - name: Get Order # hot path
    timeoutSeconds: 15

  - name: Create Return
    timeoutSeconds: 25

  - match: { integration: Salesforce CRM, name: 'Lookup *' }
    timeoutSeconds: 20

  - name: Score Lead
    functionTimeoutSeconds: 12
`;

function planned(text: string, days = 7): ReturnType<typeof buildPlan> {
  const result = validateManifestText(text, 'm.yaml');
  if (result.manifest === undefined || result.source === undefined) throw new Error('invalid');
  const source = result.source;
  return buildPlan(
    {
      manifest: result.manifest,
      manifestPath: 'm.yaml',
      label: 't',
      region: 'us-east-1',
      live: LIVE,
      locate: (p) => source.locate(p),
    },
    { latency: { days, byAction: LATENCY } },
  );
}

function run(splitGlobs: boolean): ReturnType<typeof recommend> & { text: string } {
  const manifest = validateManifestText(MANIFEST, 'm.yaml').manifest;
  if (manifest === undefined) throw new Error('invalid');
  const result = recommend({
    entries: planned(MANIFEST).entries,
    manifest,
    live: LIVE,
    splitGlobs,
  });
  return { ...result, text: editManifestText(MANIFEST, result) };
}

describe('recommend', () => {
  it('p99 × 1.5 rounded up, clamped to the policy, with the runs it rests on', () => {
    const recommendations = run(false).table.rows();
    const notes = Object.fromEntries(
      recommendations.map((r) => [`${r.actionName} ${r.field}`, r.note]),
    );
    expect(notes).toEqual({
      'Get Order timeoutSeconds': 'p99 11.0 s × 1.5 → 17 s (1,204 runs, 7 days)',
      'Create Return timeoutSeconds':
        'p99 40.0 s × 1.5 → 45 s (60 s, held to policy.maxTimeoutSeconds (45)) (500 runs, 7 days)',
      // One glob entry, one value written: each of its rows says so, not only its own need.
      'Lookup Account timeoutSeconds':
        '20 s, what its glob entry needs; alone: p99 2.1 s × 1.5 → 4 s (300 runs, 7 days)',
      'Lookup Case timeoutSeconds':
        '20 s, what its glob entry needs; alone: p99 6.0 s × 1.5 → 9 s (90 runs, 7 days)',
      'Lookup Rare timeoutSeconds': 'only 12 runs, 7 days, fewer than 20: keeps 20 s',
      'Score Lead functionTimeoutSeconds': 'p99 6.2 s × 1.5 → 10 s (40 runs, 7 days)',
    });
    const rare = recommendations.find((r) => r.actionName === 'Lookup Rare');
    expect(rare).toMatchObject({ status: 'too-few-runs', recommended: 20, runs: 12 });
    const glob = recommendations.filter((r) => r.actionName.startsWith('Lookup'));
    expect(glob.map((r) => r.recommended)).toEqual([20, 20, 20]);
    expect(glob.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'too-few-runs']);
  });

  it('with --split-globs each row keeps its own value', () => {
    const recommendations = run(true).table.rows();
    const account = recommendations.find((r) => r.actionName === 'Lookup Account');
    expect(account).toMatchObject({ recommended: 4, status: 'change' });
  });

  it('without --split-globs a glob keeps one value, the largest its actions need', () => {
    const { values, insertAfter, text } = run(false);
    expect(insertAfter).toEqual([]);
    expect(values).toEqual([
      { entryIndex: 0, field: 'timeoutSeconds', value: 17 },
      { entryIndex: 1, field: 'timeoutSeconds', value: 45 },
      { entryIndex: 3, field: 'functionTimeoutSeconds', value: 10 },
    ]);
    expect(text).toContain('  - name: Get Order # hot path\n    timeoutSeconds: 17\n');
    expect(text).toContain(
      "  - match: { integration: Salesforce CRM, name: 'Lookup *' }\n    timeoutSeconds: 20\n",
    );
  });

  it('with --split-globs each action with evidence gets its own entry after the glob', () => {
    const { insertAfter, text } = run(true);
    expect(insertAfter).toHaveLength(1);
    expect(text).toContain(
      "    timeoutSeconds: 20\n\n  - name: Lookup Account\n    integration: Salesforce CRM\n    timeoutSeconds: 4\n    reason: 'recommended: p99 2.1 s × 1.5 → 4 s (300 runs, 7 days)'\n",
    );
    const after = planned(text);
    const to = Object.fromEntries(after.entries.map((e) => [`${e.actionName} ${e.field}`, e.to]));
    expect(to).toEqual({
      'Get Order timeoutSeconds': 17,
      'Create Return timeoutSeconds': 45,
      'Lookup Account timeoutSeconds': 4,
      'Lookup Case timeoutSeconds': 9,
      'Lookup Rare timeoutSeconds': 20,
      'Score Lead functionTimeoutSeconds': 10,
    });
  });

  it('says so when no runs were observed and keeps the value', () => {
    const manifest = validateManifestText(MANIFEST, 'm.yaml').manifest;
    if (manifest === undefined) throw new Error('invalid');
    const entries = planned(MANIFEST).entries.map((e) => ({ ...e, latency: null }));
    const result = recommend({ entries, manifest, live: LIVE, splitGlobs: true });
    expect(result.values).toEqual([]);
    expect(result.insertAfter).toEqual([]);
    expect(result.table.row(0)).toMatchObject({
      status: 'no-runs',
      note: 'no runs observed: keeps 15 s',
    });
  });

  it('rounds up without float noise and clamps to the API range of each field', () => {
    expect(headroomSeconds(10_000, 1.1)).toBe(11);
    expect(headroomSeconds(10_001, 1.1)).toBe(12);
    expect(headroomSeconds(10, 1.5)).toBe(1);
    expect(clampToPolicy(20, 'functionTimeoutSeconds', {})).toEqual({
      value: 15,
      clampedBy: 'the API maximum for functionTimeoutSeconds (15)',
    });
    expect(clampToPolicy(90, 'timeoutSeconds', {}).value).toBe(60);
    expect(clampToPolicy(2, 'timeoutSeconds', { minTimeoutSeconds: 3 })).toEqual({
      value: 3,
      clampedBy: 'policy.minTimeoutSeconds (3)',
    });
  });

  it('gives a glob over 150,000 actions one value, the largest, or each action an entry by name', () => {
    // At this size, Math.max over the values spread as arguments overflows a plain Node 24 stack,
    // and a search of the org per action (split entries) is 150,000 × 150,000 comparisons.
    const many = Array.from({ length: 150_000 }, (_, i) =>
      action(`Bulk ${i}`, { id: `custom_-_bulk-${i}`, timeoutSeconds: 30 }),
    );
    const manifestText = `version: 1
actions:
  - match: { name: 'Bulk *' }
    timeoutSeconds: 30
`;
    const valid = validateManifestText(manifestText, 'm.yaml');
    if (valid.manifest === undefined || valid.source === undefined) throw new Error('invalid');
    const source = valid.source;
    const latency = new Map(many.map((a, i) => [a.id, stats(100, i === 777 ? 8_000 : 1_000)]));
    const plan = buildPlan(
      {
        manifest: valid.manifest,
        manifestPath: 'm.yaml',
        label: 't',
        region: 'us-east-1',
        live: many,
        locate: (p) => source.locate(p),
      },
      { latency: { days: 7, byAction: latency } },
    );
    const one = recommend({
      entries: plan.entries,
      manifest: valid.manifest,
      live: many,
      splitGlobs: false,
    });
    expect(one.values).toEqual([{ entryIndex: 0, field: 'timeoutSeconds', value: 12 }]);
    const split = recommend({
      entries: plan.entries,
      manifest: valid.manifest,
      live: many,
      splitGlobs: true,
    });
    const entries = split.insertAfter[0]?.entries ?? [];
    expect(entries).toHaveLength(150_000);
    expect(entries.find((e) => e.name === 'Bulk 777')).toMatchObject({
      integration: 'ERP Web Services',
      timeoutSeconds: 12,
    });
    expect(entries.find((e) => e.name === 'Bulk 778')).toMatchObject({ timeoutSeconds: 2 });
  });
});
