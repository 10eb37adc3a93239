import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ApplyReport } from '../../src/plan/types.js';
import { renderApplyReportJson } from '../../src/render/apply-report-json.js';
import { typicalPlan } from './plans.js';

const REPORT: ApplyReport = {
  fingerprint: 'f'.repeat(64),
  counts: { applied: 1, alreadyApplied: 0, failed: 1 },
  results: [
    {
      actionId: 'a',
      actionName: 'A',
      integrationName: 'I',
      field: 'timeoutSeconds',
      from: 10,
      to: 15,
      status: 'applied',
      reason: null,
      message: null,
    },
    {
      actionId: 'b',
      actionName: 'B',
      integrationName: 'I',
      field: 'timeoutSeconds',
      from: 30,
      to: 20,
      status: 'failed',
      reason: 'version-conflict',
      message: 'moved',
    },
  ],
};

describe('apply report JSON', () => {
  it('writes the plan identity, the finish time and every result, in the documented order', () => {
    const json = renderApplyReportJson(typicalPlan(), REPORT, Date.parse('2026-12-02T16:40:00Z'));
    const doc = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'format',
      'tool',
      'label',
      'manifest',
      'region',
      'fingerprint',
      'finishedAt',
      'counts',
      'results',
    ]);
    expect(doc).toMatchObject({
      format: 1,
      finishedAt: '2026-12-02T16:40:00.000Z',
      fingerprint: 'f'.repeat(64),
    });
    expect(doc['results']).toEqual(REPORT.results);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('has every key documented in docs/apply-report-json.md', () => {
    const docs = readFileSync(new URL('../../docs/apply-report-json.md', import.meta.url), 'utf8');
    const doc = JSON.parse(renderApplyReportJson(typicalPlan(), REPORT, 0)) as {
      results: object[];
    } & object;
    const keys = new Set([...Object.keys(doc), ...Object.keys(doc.results[0] ?? {})]);
    expect([...keys].filter((k) => !docs.includes(`\`${k}\``))).toEqual([]);
  });
});
