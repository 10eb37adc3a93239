import { describe, expect, it } from 'vitest';
import { editManifestText } from '../../src/manifest/edit.js';
import { validateManifestText } from '../../src/manifest/validate.js';
import { parseWhere, planBulkSet, type WhereFilter } from '../../src/plan/bulk-set.js';
import { action, planYaml, rows } from './fixtures.js';

const LIVE = [
  action('Legacy Lookup', { timeoutSeconds: 3 }),
  action('Get Order', { timeoutSeconds: 3 }),
  action('Create Return', { timeoutSeconds: 25 }),
  action('Lookup Account', {
    integrationName: 'Salesforce CRM',
    category: 'Salesforce',
    timeoutSeconds: 3,
  }),
  action('Lookup Case', {
    integrationName: 'Salesforce CRM',
    category: 'Salesforce',
    timeoutSeconds: 3,
  }),
  action('Get Order', {
    integrationName: 'Salesforce CRM',
    category: 'Salesforce',
    timeoutSeconds: 8,
  }),
  action('Get User', { id: 'static_1', kind: 'static', timeoutSeconds: 3 }),
];

const TEXT = `version: 1
actions:
  # ERP
  - name: Get Order
    integration: ERP Web Services
    timeoutSeconds: 3 # the old default

  - match: { integration: Salesforce CRM, name: 'Lookup *' }
    timeoutSeconds: 3
`;

function bulk(
  where: string[],
  to: number | 'default' = 5,
): { result: ReturnType<typeof planBulkSet>; text: string } {
  const { manifest, source } = validateManifestText(TEXT, 'm.yaml');
  if (manifest === undefined || source === undefined) throw new Error('invalid');
  const result = planBulkSet({
    manifest,
    locate: (p) => source.locate(p),
    live: LIVE,
    where: where.map(parseWhere),
    field: 'timeoutSeconds',
    to,
  });
  return { result, text: editManifestText(TEXT, result) };
}

describe('set --where', () => {
  it('selects live actions by their live value, edits entries that decide them, adds entries for the rest', () => {
    const { result, text } = bulk(['timeoutSeconds=3']);
    expect(result.matched.map((a) => `${a.integrationName}/${a.name}`)).toEqual([
      'ERP Web Services/Get Order',
      'ERP Web Services/Legacy Lookup',
      'Salesforce CRM/Lookup Account',
      'Salesforce CRM/Lookup Case',
    ]);
    expect(result.values).toEqual([{ entryIndex: 0, field: 'timeoutSeconds', value: 5 }]);
    expect(text).toBe(
      TEXT.replace('timeoutSeconds: 3 # the old default', 'timeoutSeconds: 5 # the old default') +
        '\n  - name: Legacy Lookup\n    integration: ERP Web Services\n    timeoutSeconds: 5\n' +
        '\n  - name: Lookup Account\n    integration: Salesforce CRM\n    timeoutSeconds: 5\n' +
        '\n  - name: Lookup Case\n    integration: Salesforce CRM\n    timeoutSeconds: 5\n',
    );
    // The plan of the edited manifest moves exactly the matched actions from 3 to 5.
    expect(rows(planYaml(text, LIVE)).filter((r) => r.startsWith('update'))).toEqual([
      'update Get Order timeoutSeconds 3→5 @6',
      'update Legacy Lookup timeoutSeconds 3→5 @13',
      'update Lookup Account timeoutSeconds 3→5 @17',
      'update Lookup Case timeoutSeconds 3→5 @21',
    ]);
  });

  it('combines repeated --where with AND, over integration, category and name globs', () => {
    const pick = (where: string[]): string[] => bulk(where).result.matched.map((a) => a.name);
    expect(pick(['timeoutSeconds=3', 'integration=Salesforce*'])).toEqual([
      'Lookup Account',
      'Lookup Case',
    ]);
    expect(pick(['category=Salesforce', 'name=*Order'])).toEqual(['Get Order']);
    expect(pick(['name=Lookup {Account,Case}', 'timeoutSeconds=8'])).toEqual([]);
  });

  it('counts actions the manifest already sets to the new value', () => {
    const { result } = bulk(['timeoutSeconds=3', 'integration=Salesforce CRM'], 3);
    expect(result.alreadySet).toBe(2);
    expect(result.values).toEqual([]);
    expect(result.append).toEqual([]);
  });

  it('explains a malformed filter', () => {
    const bad = (text: string): string => {
      try {
        parseWhere(text);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(bad('timeoutSeconds')).toContain('must be KEY=VALUE');
    expect(bad('timeout=3')).toContain('unknown key "timeout"');
    expect(bad('timeoutSeconds=3s')).toContain('whole seconds or default');
    expect(parseWhere('timeoutSeconds=default')).toEqual<WhereFilter>({
      key: 'timeoutSeconds',
      value: null,
    });
  });
});
