import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { entry, plan, problem, typicalPlan } from './plans.js';

const ESC = '\x1b';
const SGR = new RegExp(`${ESC}\\[\\d+m`, 'g');

describe('terminal plan', () => {
  it('shows changes in an aligned table, problems, and a closing line', () => {
    expect(renderText(typicalPlan(), { color: false })).toMatchInlineSnapshot(`
      "gc-timeouts plan for production
      Manifest gc-timeouts.yaml · region us-east-1

        OP        ACTION              INTEGRATION       FIELD                   TIMEOUT         LINE  REASON
        ~ update  Get Customer Order  ERP Web Services  timeoutSeconds          10 s → 15 s     12    ERP p99 is 11 s since the March upgrade
        ~ update  Score Lead          Lead Functions    functionTimeoutSeconds  5 s → 12 s      22
        + set     Lookup Account      Salesforce        timeoutSeconds          default → 20 s  18
        - reset   Legacy Lookup       ERP Web Services  timeoutSeconds          30 s → default  25

        2 unchanged rows not shown

      Not in the manifest (unmanaged):
        OP           ACTION         INTEGRATION  FIELD           TIMEOUT
        ? unmanaged  Create Ticket  Zendesk      timeoutSeconds  45 s

      Error: line 30: actions[5]: no action is named "Get Custmer"; did you mean "Get Customer Order"?
      Warning: unmanaged "Create Ticket" (Zendesk) has a live timeout of 45 s, above policy.maxTimeoutSeconds (40)

      Plan: 1 to set, 2 to update, 1 to reset, 2 unchanged, 1 unmanaged. Fingerprint 9c1e5f0b7d3a.
      1 error: the plan cannot be applied.
      "
    `);
  });

  it('lists unchanged rows in the table when asked', () => {
    const text = renderText(typicalPlan(), { color: false, showUnchanged: true });
    expect(text).toMatch(
      /^ {2}= unchanged +Get Invoice +ERP Web Services +timeoutSeconds +15 s +14$/m,
    );
    expect(text).toMatch(/^ {2}= unchanged +Get Shipment .* default +16$/m);
    expect(text).not.toContain('unchanged rows not shown');
  });

  it('colours only when asked', () => {
    const coloured = renderText(typicalPlan(), { color: true });
    expect(coloured).toContain(`${ESC}[32m+ set`);
    expect(coloured).toContain(`${ESC}[33m~ update`);
    expect(coloured).toContain(`${ESC}[35m- reset`);
    expect(coloured).toContain(`${ESC}[31mError:`);
    expect(coloured).toContain(`${ESC}[33mWarning:`);
    expect(renderText(typicalPlan(), { color: false })).not.toContain(ESC);
  });

  it('says so when there is nothing to do', () => {
    const text = renderText(plan([entry({ op: 'unchanged', actionName: 'Get Invoice' })]), {
      color: false,
    });
    expect(text).toMatchInlineSnapshot(`
      "gc-timeouts plan for production
      Manifest gc-timeouts.yaml · region us-east-1

        1 unchanged row not shown

      No changes. The org matches the manifest.
      "
    `);
  });

  it('does not call a plan with errors clean', () => {
    const text = renderText(
      plan(
        [],
        [
          problem('error', 'no action is named "Get Custmer"', 8),
          problem('error', 'policy.maxChanges exceeded'),
        ],
      ),
      { color: false },
    );
    expect(text).toMatchInlineSnapshot(`
      "gc-timeouts plan for production
      Manifest gc-timeouts.yaml · region us-east-1

      Error: line 8: no action is named "Get Custmer"
      Error: policy.maxChanges exceeded

      Plan: 0 to set, 0 to update, 0 to reset, 0 unchanged. Fingerprint 4f53cda18c2b.
      2 errors: the plan cannot be applied.
      "
    `);
    expect(text).not.toContain('No changes');
  });

  it('keeps hostile names on one line, inert and clamped', () => {
    const hostile = plan([
      entry({ op: 'update', actionName: 'Get\nOrder\r\nNow', reason: 'because\nreasons' }),
      entry({ op: 'set', actionName: `red ${ESC}[31mtext${ESC}[0m and bell \x07`, from: null }),
      entry({
        op: 'reset',
        actionName: 'x'.repeat(5_000),
        integrationName: 'y'.repeat(5_000),
        to: null,
      }),
      entry({ op: 'update', actionName: 'evil \u202eredro', integrationName: 'tab\there' }),
    ]);
    for (const color of [false, true]) {
      const text = renderText(hostile, { color });
      const plain = text.replace(SGR, '');
      const table = plain.split('\n').filter((l) => /^ {2}(OP|[~+-] )/.test(l));
      expect(table).toHaveLength(5);
      for (const ch of ['\x07', '\u202e', '\t', '\r']) expect(text).not.toContain(ch);
      // Every ESC left is one of ours, starting a colour.
      expect(text.split(ESC).length).toBe(text.split(SGR).length);
      expect(text.includes(ESC)).toBe(color);
      for (const line of plain.split('\n')) expect(line.length).toBeLessThan(300);
    }
    const plain = renderText(hostile, { color: false });
    expect(plain).toContain('Get Order Now');
    expect(plain).toContain('red \\u001B[31mtext\\u001B[0m and bell \\u0007');
    expect(plain).toContain(`${'x'.repeat(59)}…`);
    expect(plain).not.toContain('x'.repeat(60));
    expect(plain).toContain(`${'y'.repeat(39)}…`);
  });

  it('aligns every column on the longest cell', () => {
    const text = renderText(typicalPlan(), { color: false });
    const table = text.split('\n\n')[1]?.split('\n') ?? [];
    expect(table).toHaveLength(5);
    const column = (l: string, word: string): number => l.indexOf(word);
    const starts = table.map((l, i) =>
      column(
        l,
        ['ACTION', 'Get Customer Order', 'Score Lead', 'Lookup Account', 'Legacy Lookup'][i] ?? '',
      ),
    );
    expect(new Set(starts).size).toBe(1);
  });
});
