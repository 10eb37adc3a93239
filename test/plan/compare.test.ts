import { describe, expect, it } from 'vitest';
import { selectEnvironment } from '../../src/manifest/environments.js';
import { validateManifestText, validOf } from '../../src/manifest/validate.js';
import { compareExitCode, compareOrgs, type CompareSide } from '../../src/plan/compare.js';
import type { LiveAction } from '../../src/plan/types.js';
import {
  renderCompareJson,
  renderCompareMarkdown,
  renderCompareText,
} from '../../src/render/compare.js';
import { action } from './fixtures.js';

const MANIFEST = [
  'version: 1',
  'environments: { dev: {}, prod: {} }',
  'actions:',
  '  - name: Get Order',
  '    timeoutSeconds: { default: 20, prod: 15 }',
  '  - name: Check Stock',
  '    timeoutSeconds: 30',
  '',
].join('\n');

function side(environment: string, live: LiveAction[]): CompareSide {
  const valid = validOf('gc.yaml', validateManifestText(MANIFEST, 'gc.yaml'));
  if (valid === undefined) throw new Error('invalid test manifest');
  return { environment, manifest: selectEnvironment(valid, environment).manifest, live };
}

// Ids differ between orgs, as they do in Genesys Cloud: matching must not use them.
const dev = [
  action('Get Order', { id: 'dev-1', timeoutSeconds: 20 }),
  action('Check Stock', { id: 'dev-2', timeoutSeconds: 30 }),
  action('Debug Echo', { id: 'dev-3', timeoutSeconds: 5 }),
  action('Unmanaged', { id: 'dev-4', timeoutSeconds: 9 }),
];
const prod = [
  action('Get Order', { id: 'prod-1', timeoutSeconds: 15 }),
  action('Check Stock', { id: 'prod-2', timeoutSeconds: 25 }),
  action('Unmanaged', { id: 'prod-4', timeoutSeconds: 9 }),
];

describe('compareOrgs', () => {
  it('matches actions by integration and name, and says which org holds what the manifest asks', () => {
    const result = compareOrgs(side('dev', dev), side('prod', prod));
    const summary = result.rows.map(
      (r) =>
        `${r.status} ${r.name} ${r.a?.manifest ?? '-'}/${r.b?.manifest ?? '-'} ${r.differs.join(',')}`,
    );
    expect(summary).toEqual([
      'differ Check Stock matches/differs timeoutSeconds',
      'differ Get Order matches/matches timeoutSeconds',
    ]);
    expect(result.scope).toBe('managed');
    expect(result.differ).toBe(true);
    expect(compareExitCode(result)).toBe(2);
  });

  it('with all, lists actions only in one org and the ones that agree', () => {
    const result = compareOrgs(side('dev', dev), side('prod', prod), { all: true });
    expect(result.counts).toEqual({ same: 1, differ: 2, 'only-a': 1, 'only-b': 0, ambiguous: 0 });
    const echo = result.rows.find((r) => r.name === 'Debug Echo');
    expect(echo?.status).toBe('only-a');
    expect(echo?.a?.actionId).toBe('dev-3');
    expect(result.rows.find((r) => r.name === 'Unmanaged')?.status).toBe('same');
  });

  it('agrees, exit code 0, when both orgs hold the same timeouts', () => {
    const same = prod.map((a) => ({
      ...a,
      timeoutSeconds: dev.find((d) => d.name === a.name)?.timeoutSeconds ?? null,
    }));
    const result = compareOrgs(side('dev', dev), side('prod', same));
    expect(result.differ).toBe(false);
    expect(compareExitCode(result)).toBe(0);
    expect(renderCompareText(result)).toContain('the orgs agree');
  });

  it('does not compare a name an org has twice in one integration, and says so', () => {
    const twice = [...prod, action('Get Order', { id: 'prod-9', timeoutSeconds: 60 })];
    const row = compareOrgs(side('dev', dev), side('prod', twice)).rows.find(
      (r) => r.name === 'Get Order',
    );
    expect(row).toMatchObject({ status: 'ambiguous', a: null, b: null, count: { a: 1, b: 2 } });
  });

  it('refuses to match by name when an org could not read its integrations', () => {
    const blind = {
      ...side('prod', prod),
      integrationsUnreadable: 'the client lacks integrations:integration:view',
    };
    expect(() => compareOrgs(side('dev', dev), blind)).toThrow(
      /integrations of prod could not be read/,
    );
  });

  it('renders text, escaped markdown and versioned JSON from the same rows', () => {
    const hostile = [...dev, action('Pipe | <b>x</b> @team', { id: 'dev-5', timeoutSeconds: 3 })];
    const result = compareOrgs(side('dev', hostile), side('prod', prod), { all: true });
    const text = renderCompareText(result);
    expect(text).toContain('differ         ERP Web Services / Check Stock');
    expect(text).toContain('dev: 30 s   prod: 25 s');
    expect(text).toContain('1 same, 2 differ, 2 only in dev.');
    const md = renderCompareMarkdown(result);
    expect(md).toContain('| dev | prod | Manifest |');
    expect(md).toContain('Pipe \\| &lt;b&gt;x&lt;/b&gt; &#64;team');
    expect(md).not.toContain('<b>');
    const json = JSON.parse(renderCompareJson(result)) as {
      formatVersion: number;
      rows: unknown[];
      differ: boolean;
    };
    expect(json.formatVersion).toBe(1);
    expect(json.rows).toHaveLength(result.rows.length);
    expect(json.differ).toBe(true);
  });
});
