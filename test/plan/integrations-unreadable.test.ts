import { describe, expect, it } from 'vitest';
import { validateManifestText } from '../../src/manifest/validate.js';
import { buildPlan } from '../../src/plan/diff.js';
import type { LiveAction, Plan } from '../../src/plan/types.js';
import { action } from './fixtures.js';

/** Planning when the integrations could not be read (no integrations:integration:view). */

const WHY =
  'the integrations could not be read: the OAuth client lacks integrations:integration:view';

function planUnreadable(yaml: string, live: LiveAction[]): Plan {
  const result = validateManifestText(yaml, 'gc-timeouts.yaml');
  if (result.manifest === undefined || result.source === undefined) throw new Error('invalid');
  const source = result.source;
  return buildPlan({
    manifest: result.manifest,
    manifestPath: 'gc-timeouts.yaml',
    label: 'test',
    region: 'us-east-1',
    live,
    locate: (path) => source.locate(path),
    integrationsUnreadable: WHY,
  });
}

// Integration names as analytics told them; the unnamed one never ran.
const live = [
  action('Get Customer Order', { integrationName: 'ERP Web Services', timeoutSeconds: 10 }),
  action('Get Customer Order', { integrationName: 'Salesforce CRM', category: 'Salesforce' }),
  action('Lookup Order', { integrationName: '(integration int-9)', integrationType: undefined }),
];

describe('a plan without the integrations', () => {
  it('notes it once and still plans entries whose names resolve', () => {
    const plan = planUnreadable(
      `version: 1
actions:
  - name: Get Customer Order
    integration: ERP Web Services
    timeoutSeconds: 15
`,
      live,
    );
    expect(plan.warnings.filter((w) => w.code === 'integrations-unreadable')).toHaveLength(1);
    expect(plan.errors).toEqual([]);
    expect(plan.counts.changes).toBe(1);
  });

  it('refuses function timeouts and integration globs on their lines, and does not guess', () => {
    const plan = planUnreadable(
      `version: 1
actions:
  - name: Lookup Order
    functionTimeoutSeconds: 10
  - match: { integration: 'ERP*' }
    timeoutSeconds: 20
  - name: Lookup Order
    integration: Orders API
    timeoutSeconds: 12
`,
      live,
    );
    expect(plan.errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['integrations-unreadable', 4, 29],
      ['integrations-unreadable', 5, 27],
      ['integrations-unreadable', 7, 11],
    ]);
    expect(plan.errors[2]?.message).toContain(
      'cannot tell which "Lookup Order" is in integration "Orders API"',
    );
    expect(plan.counts.changes).toBe(0);
  });
});
