import { describe, expect, it } from 'vitest';
import { fleetFailed, fleetSummary, renderFleetMarkdown } from '../../src/render/fleet.js';

const plan = (changes: number, errors = 0, region = 'us-east-1'): string =>
  JSON.stringify({
    format: 1,
    region,
    fingerprint: 'a'.repeat(64),
    counts: { changes, errors, warnings: 1 },
  });

describe('the fleet summary', () => {
  it('reads every environment plan file into one row each, and a missing or foreign file is a failure', () => {
    const summary = fleetSummary([
      { environment: 'dev', planJson: plan(3) },
      { environment: 'test', planJson: plan(0) },
      { environment: 'prod', planJson: undefined },
      { environment: 'uat', planJson: '{"not":"a plan"}' },
      { environment: 'qa', planJson: plan(2, 1, 'eu-west-1') },
    ]);
    expect(summary.rows.map((r) => `${r.environment} ${r.result} ${String(r.changes)}`)).toEqual([
      'dev changes 3',
      'test in-sync 0',
      'prod failed null',
      'uat failed null',
      'qa errors 2',
    ]);
    expect(summary.counts).toEqual({ changes: 1, 'in-sync': 1, errors: 1, failed: 2 });
    expect(fleetFailed(summary)).toBe(true);
    expect(fleetFailed(fleetSummary([{ environment: 'dev', planJson: plan(1) }]))).toBe(false);
  });

  it('renders one markdown table; a scheduled run words changes as drift; names are escaped', () => {
    const summary = fleetSummary([
      { environment: 'dev', planJson: plan(3) },
      { environment: 'prod|<b>', planJson: undefined },
    ]);
    const md = renderFleetMarkdown(summary, 'drift');
    expect(md).toContain(
      '| Environment | Result | Region | Drift | Errors | Warnings | Fingerprint |',
    );
    expect(md).toContain('| dev | drift | us-east-1 | 3 | 0 | 1 | `aaaaaaaaaaaa` |');
    expect(md).toContain('| prod\\|&lt;b&gt; | failed: no plan: see the job of this environment |');
    expect(renderFleetMarkdown(summary)).toContain('| dev | changes |');
  });
});
