import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanProblem } from '../../src/plan/types.js';
import { renderText, renderTextChunks, type TextOptions } from '../../src/render/text.js';
import { entry, hugePlan, plan, problem, typicalPlan } from './plans.js';

const ESC = '\x1b';

/** Every column present: a p99 with its failure share (a short form), flows, unmanaged rows. */
function evidencePlan(): Plan {
  const failures = {
    days: 7,
    runs: 14_200,
    failed: 300,
    groups: [{ errorType: 'TIMEOUT', responseStatus: '504', count: 300 }],
  };
  return plan([
    entry({
      op: 'update',
      actionName: 'Get Customer Order',
      actionId: 'a-1',
      latency: { days: 7, count: 2400, p95Ms: 9000, p99Ms: 11_240 },
      failures,
      usedBy: [
        { id: 'f-1', name: 'Main IVR', type: 'INBOUNDCALLFLOW' },
        { id: 'f-2', name: 'Billing Bot', type: 'BOTFLOW' },
      ],
      reason: 'ERP p99 is 11 s since the March upgrade',
    }),
    entry({ op: 'set', actionName: 'Create Case', actionId: 'a-2', from: null, usedBy: [] }),
    entry({ op: 'reset', actionName: 'Old Lookup', actionId: 'a-3', to: null, usedBy: [] }),
    entry({
      op: 'unchanged',
      actionName: 'Quiet One',
      actionId: 'a-4',
      latency: { days: 7, count: 10, p95Ms: 100, p99Ms: 120 },
    }),
    ...Array.from({ length: 14 }, (_, i) =>
      entry({ op: 'unmanaged', actionName: `Loose ${i}`, actionId: `u-${i}`, from: 20 + i }),
    ),
  ]);
}

function hostilePlan(): Plan {
  return plan(
    [
      entry({ op: 'update', actionName: 'Get\nOrder\r\nNow', reason: 'because\nreasons' }),
      entry({ op: 'set', actionName: `red ${ESC}[31mtext${ESC}[0m and bell \x07`, from: null }),
      entry({
        op: 'reset',
        actionName: 'x'.repeat(5_000),
        integrationName: 'y'.repeat(90),
        to: null,
      }),
      entry({ op: 'update', actionName: 'evil \u202eredro', integrationName: 'tab\there' }),
    ],
    [problem('error', 'bad\nline', 3), problem('warning', 'w'.repeat(2_000))],
    { notes: ['a note', 'another\nnote'] },
  );
}

/** Warnings about actions the plan does not change: counted, or listed one by one with verbose. */
function warnedPlan(): Plan {
  const p = hugePlan(3);
  const quiet = Array.from({ length: 30 }, (_, i) =>
    entry({ op: 'unchanged', actionName: `Quiet ${i}`, actionId: `q-${i}` }),
  );
  const warn = (actionId: string | null, code: PlanProblem['code']): PlanProblem => ({
    severity: 'warning',
    code,
    message: `${actionId ?? 'manifest'}: ${code}`,
    line: null,
    column: null,
    entryIndex: null,
    actionId,
  });
  return plan(
    [...p.entries, ...quiet],
    [
      warn(p.entries[0]?.actionId ?? null, 'latency'),
      warn(null, 'no-match'),
      ...quiet.map((e) => warn(e.actionId, 'latency')),
      ...quiet.slice(0, 4).map((e) => warn(e.actionId, 'policy')),
    ],
  );
}

const FIXTURES: Record<string, () => Plan> = {
  typical: typicalPlan,
  evidence: evidencePlan,
  hostile: hostilePlan,
  warned: warnedPlan,
  empty: () => plan([]),
};

function optionMatrix(): { name: string; options: TextOptions }[] {
  const out: { name: string; options: TextOptions }[] = [];
  for (const color of [false, true])
    for (const columns of [undefined, 40, 60, 80, 120, 200])
      for (const showUnchanged of [false, true])
        for (const verbose of [false, true]) {
          const options: TextOptions = { color, showUnchanged, verbose };
          if (columns !== undefined) options.columns = columns;
          const name = `color=${+color} columns=${columns ?? '-'} unchanged=${+showUnchanged} verbose=${+verbose}`;
          out.push({ name, options });
        }
  return out;
}

const digest = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('the terminal plan, written in pieces', () => {
  // The digests were recorded from the one-string renderer this one replaced: the streamed text is
  // byte for byte what it wrote, for every fixture and every layout option.
  it.each(Object.keys(FIXTURES))('writes the %s plan as before, for every option', (name) => {
    const make = FIXTURES[name] ?? typicalPlan;
    const seen: Record<string, string> = {};
    for (const { name: option, options } of optionMatrix()) {
      const text = renderText(make(), options);
      expect([...renderTextChunks(make(), options)].join('')).toBe(text);
      seen[option] = digest(text);
    }
    expect(seen).toMatchSnapshot();
  });

  it('writes a large table a line at a time, every piece small', () => {
    const big = hugePlan(5_000);
    for (const e of big.entries.slice(0, 2_000)) e.op = 'unchanged';
    for (const e of big.entries.slice(4_000)) e.op = 'unmanaged';
    const options = { color: true, columns: 100, showUnchanged: true, verbose: true };
    const chunks = [...renderTextChunks(big, options)];
    expect(chunks.join('')).toBe(renderText(big, options));
    expect(chunks.length).toBeGreaterThan(5_000);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(64 * 1024);
    const rows = chunks.join('').split('\n');
    expect(rows.filter((l) => l.includes('Lookup Order 0')).length).toBe(5_000);
    expect(rows.filter((l) => l.includes('= unchanged')).length).toBe(2_000);
    expect(rows.filter((l) => l.includes('? unmanaged')).length).toBe(1_000);
  });

  it('lays the streamed table out as the whole one: every row of a column at one width', () => {
    const big = hugePlan(3_000);
    const last = big.entries[2_999];
    if (last !== undefined) last.actionName = 'The Longest Name Of Them All, Far Down The List';
    const lines = [...renderTextChunks(big, { color: false })].join('').split('\n');
    const table = lines.filter((l) => /^ {2}(OP|~ update)/.test(l));
    expect(table).toHaveLength(3_001);
    // The widest name is the last row's, yet the first rows are already padded to it.
    const starts = new Set(table.map((l) => l.search(/Integration|INTEGRATION/)));
    expect(starts.size).toBe(1);
    expect(table[1]).toMatch(/^ {2}~ update {2}Lookup Order 00000 {31}Integration 0 /);
  });
});
