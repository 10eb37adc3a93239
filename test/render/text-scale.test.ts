import { describe, expect, it } from 'vitest';
import type { PlanProblem } from '../../src/plan/types.js';
import { renderText } from '../../src/render/text.js';
import { entry, plan } from './plans.js';

/** A plan of a few changes on a large org: what a terminal shows of it. */
function largeOrgPlan(unchanged: number, unmanaged = 0): ReturnType<typeof plan> {
  const changes = Array.from({ length: 3 }, (_, i) =>
    entry({
      op: 'update',
      actionName: `Changed Action ${i}`,
      actionId: `changed-${i}`,
      reason: 'the backend moved to a slower region last week, and the p99 followed',
    }),
  );
  const rest = Array.from({ length: unchanged }, (_, i) =>
    entry({ op: 'unchanged', actionName: `Quiet Action ${i}`, actionId: `quiet-${i}` }),
  );
  const loose = Array.from({ length: unmanaged }, (_, i) =>
    entry({ op: 'unmanaged', actionName: `Loose Action ${i}`, actionId: `loose-${i}` }),
  );
  const warn = (
    actionId: string | null,
    code: PlanProblem['code'],
    message: string,
  ): PlanProblem => ({
    severity: 'warning',
    code,
    message,
    line: 3,
    column: null,
    entryIndex: 0,
    actionId,
  });
  return plan(
    [...changes, ...rest, ...loose],
    [
      warn('changed-1', 'latency', 'Changed Action 1: the planned timeoutSeconds is below the p99'),
      warn(null, 'no-match', 'actions[4] matches no action'),
      ...rest.map((e) => warn(e.actionId, 'latency', `${e.actionName}: below the p99`)),
      ...rest.slice(0, 7).map((e) => warn(e.actionId, 'policy', `${e.actionName}: above the max`)),
    ],
  );
}

describe('a plan on a large org, at a terminal', () => {
  it('shows the changes and their warnings, and counts the rest in one line per kind', () => {
    const text = renderText(largeOrgPlan(5_000), { color: false, columns: 100 });
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(30);
    expect(text).toContain('Changed Action 1: the planned timeoutSeconds is below the p99');
    expect(text).toContain('actions[4] matches no action');
    expect(text).not.toContain('Quiet Action 17: below the p99');
    expect(text).toContain(
      'Warning: 5,000 latency warnings about unchanged actions (--verbose lists them)',
    );
    expect(text).toContain(
      'Warning: 7 policy warnings about unchanged actions (--verbose lists them)',
    );
  });

  it('lists every warning with --verbose', () => {
    const text = renderText(largeOrgPlan(50), { color: false, verbose: true });
    expect(text).toContain('Quiet Action 17: below the p99');
    expect(text).not.toContain('--verbose lists them');
  });

  it('fits the table to the terminal, cutting names with an ellipsis and never breaking a row', () => {
    for (const columns of [60, 80, 100, 160]) {
      const text = renderText(largeOrgPlan(2), { color: false, columns });
      const table = text.split('\n').filter((l) => /^ {2}(OP|~ update)/.test(l));
      expect(table).toHaveLength(4);
      for (const row of table) expect(Array.from(row).length).toBeLessThanOrEqual(columns);
      expect(table[1]).toMatch(/10 s → 15 s/);
    }
    const narrow = renderText(largeOrgPlan(2), { color: false, columns: 100 });
    expect(narrow).toMatch(/ {2}the backend mo[a-z ]*…$/m);
    const wide = renderText(largeOrgPlan(2), { color: false, columns: 200 });
    expect(wide).toContain('the backend moved to a slower region last week, and the p99 followed');
  });

  it('lists ten unmanaged actions and counts the others unless --verbose', () => {
    const text = renderText(largeOrgPlan(0, 40), { color: false });
    expect(text).toContain('Loose Action 9');
    expect(text).not.toContain('Loose Action 10');
    expect(text).toContain('… and 30 more unmanaged actions (--verbose lists them)');
    expect(renderText(largeOrgPlan(0, 40), { color: false, verbose: true })).toContain(
      'Loose Action 39',
    );
  });

  it('names actions no flow uses on one line that fits', () => {
    const p = largeOrgPlan(0);
    for (const e of p.entries) e.usedBy = [];
    const text = renderText(p, { color: false, columns: 75 });
    const line = text.split('\n').find((l) => l.includes('used by no flow')) ?? '';
    expect(line).toMatch(/^ {2}3 actions used by no flow: Changed Action 0, .* and \d more$/);
    expect(line.length).toBeLessThanOrEqual(75);
  });
});
