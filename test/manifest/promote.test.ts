import { describe, expect, it } from 'vitest';
import { selectEnvironment } from '../../src/manifest/environments.js';
import { promoteManifest } from '../../src/manifest/promote.js';
import type { ManifestDocument } from '../../src/manifest/types.js';
import { validateManifestText, validOf, type ValidManifest } from '../../src/manifest/validate.js';
import { liveValuesByEntry } from '../../src/plan/promote-live.js';
import { action } from '../plan/fixtures.js';

const TEXT = [
  '# fleet manifest', // 1
  'version: 1',
  'environments:',
  '  dev: { region: us-east-1 }',
  '  prod: { region: eu-west-1 } # the customer-facing org',
  'actions:',
  '  - name: Get Order # ERP',
  '    timeoutSeconds: { default: 20, prod: 15 } # prod tuned first',
  '  - name: Check Stock',
  '    timeoutSeconds: 30 # same everywhere',
  '  - match: { name: "Lookup *" }',
  '    timeoutSeconds:',
  '      dev: 25 # trying a higher value',
  '  - name: Debug Echo',
  '    environments: [dev]',
  '    timeoutSeconds: 5',
  '  - name: Score Lead',
  '    functionTimeoutSeconds: { dev: 12, prod: 8 }',
  '',
].join('\n');

function valid(text: string): ValidManifest {
  const result = validateManifestText(text, 'gc.yaml');
  const v = validOf('gc.yaml', result);
  if (v === undefined) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return v;
}

const doc = (v: ValidManifest): ManifestDocument => v.manifest;

describe('promoteManifest', () => {
  it("writes prod's values from dev's manifest values, keeping every comment, and lists the changes", () => {
    const v = valid(TEXT);
    const out = promoteManifest({ text: TEXT, document: doc(v), from: 'dev', to: 'prod' });
    expect(out.changes).toEqual([
      { entryIndex: 0, field: 'timeoutSeconds', before: 15, after: 20 },
      { entryIndex: 2, field: 'timeoutSeconds', before: undefined, after: 25 },
      { entryIndex: 4, field: 'functionTimeoutSeconds', before: 8, after: 12 },
    ]);
    expect(out.skipped).toEqual([
      {
        entryIndex: 3,
        reason: 'exists in dev and not in prod; add prod to its environments to promote it',
      },
    ]);
    expect(out.text).toBe(
      TEXT.replace('default: 20, prod: 15 }', 'default: 20, prod: 20 }')
        .replace(
          '      dev: 25 # trying a higher value\n',
          '      dev: 25 # trying a higher value\n      prod: 25\n',
        )
        .replace('{ dev: 12, prod: 8 }', '{ dev: 12, prod: 12 }'),
    );
    // The result is a valid manifest whose prod now holds dev's values.
    const prod = selectEnvironment(valid(out.text), 'prod').manifest.actions;
    expect(prod.map((e) => e.timeoutSeconds ?? e.functionTimeoutSeconds)).toEqual([20, 30, 25, 12]);
    // Promoting again changes nothing.
    const again = promoteManifest({
      text: out.text,
      document: doc(valid(out.text)),
      from: 'dev',
      to: 'prod',
    });
    expect(again.changes).toEqual([]);
    expect(again.text).toBe(out.text);
  });

  it("with live values, writes what dev's org holds: a shared value splits into default and prod", () => {
    const v = valid(TEXT);
    const devView = selectEnvironment(v, 'dev');
    const live = [
      action('Get Order', { timeoutSeconds: 20 }),
      action('Check Stock', { timeoutSeconds: 40 }),
      action('Lookup A', { timeoutSeconds: 25 }),
      action('Lookup B', { timeoutSeconds: null }),
      action('Score Lead', { kind: 'function', functionTimeoutSeconds: 12 }),
    ];
    const values = liveValuesByEntry(devView, live);
    expect(values.get(2)).toEqual({ timeoutSeconds: 'mixed' });
    const out = promoteManifest({
      text: TEXT,
      document: doc(v),
      from: 'dev',
      to: 'prod',
      live: values,
    });
    expect(
      out.changes.map((c) => `${c.entryIndex} ${c.field} ${String(c.before)}→${c.after}`),
    ).toEqual([
      '0 timeoutSeconds 15→20',
      '1 timeoutSeconds 30→40',
      '4 functionTimeoutSeconds 8→12',
    ]);
    expect(out.skipped.map((s) => `${s.entryIndex} ${s.reason}`)).toContain(
      "2 its actions in dev's org have different live values; promote them one by one (entries by name)",
    );
    expect(out.text).toContain('    timeoutSeconds: { default: 30, prod: 40 } # same everywhere\n');
    const dev = selectEnvironment(valid(out.text), 'dev').manifest.actions;
    expect(dev[1]?.timeoutSeconds).toBe(30);
  });

  it('refuses unknown or equal environments', () => {
    const v = valid(TEXT);
    expect(() =>
      promoteManifest({ text: TEXT, document: doc(v), from: 'dev', to: 'stage' }),
    ).toThrow(/unknown environment "stage"/);
    expect(() => promoteManifest({ text: TEXT, document: doc(v), from: 'dev', to: 'dev' })).toThrow(
      /two different/,
    );
  });
});
