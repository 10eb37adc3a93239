import { describe, expect, it } from 'vitest';
import { exportManifest } from '../../src/plan/export.js';
import { validateManifestText } from '../../src/manifest/validate.js';
import { action, planYaml } from './fixtures.js';

describe('export', () => {
  const live = [
    action('Get User', { id: 'custom_-_get-user', integrationName: 'HR', timeoutSeconds: 7 }),
    action('Get User', {
      id: 'static_e7b86b86',
      integrationName: 'Genesys Cloud Data Actions',
      kind: 'static',
    }),
    action('Lookup', { id: 'custom_-_a', integrationName: 'CRM', timeoutSeconds: 5 }),
    action('Lookup', { id: 'custom_-_b', integrationName: 'CRM' }),
    action('Slow Function', {
      id: 'custom_-_fn',
      integrationName: 'Functions',
      kind: 'function',
      timeoutSeconds: 20,
      functionTimeoutSeconds: 30,
    }),
    action('Quick Function', {
      id: 'custom_-_fn2',
      integrationName: 'Functions',
      kind: 'function',
      functionTimeoutSeconds: 9,
    }),
  ];
  const text = exportManifest({ region: 'eu-west-1', actions: live }, '9.9.9');

  it('writes a valid manifest that plans to zero changes against the same org', () => {
    const validation = validateManifestText(text, 'exported.yaml');
    expect(validation.diagnostics).toEqual([]);
    const plan = planYaml(text, live);
    expect(plan.errors).toEqual([]);
    expect(plan.counts.changes).toBe(0);
    // Five config timeouts and one function timeout; the function timeout above 15 stays unmanaged.
    expect(plan.counts.unchanged).toBe(6);
  });

  it('narrows a name that a static action shares, and uses ids where a name repeats within an integration', () => {
    expect(text).toContain('  - name: Get User\n    integration: HR\n    timeoutSeconds: 7\n');
    expect(text).toContain('  - id: custom_-_a # Lookup\n    timeoutSeconds: 5\n');
    expect(text).toContain('  - id: custom_-_b # Lookup\n    timeoutSeconds: default\n');
    expect(text).not.toContain('static_');
  });

  it('keeps a live function timeout above 15 as a comment rather than writing an invalid value', () => {
    expect(text).toContain(
      '  - name: Slow Function\n    timeoutSeconds: 20\n    # functionTimeoutSeconds: 30',
    );
    expect(text).toContain(
      '  - name: Quick Function\n    timeoutSeconds: default\n    functionTimeoutSeconds: 9\n',
    );
  });
});

describe('export always writes a manifest that validates', () => {
  const cases: { name: string; region: string; actions: Parameters<typeof action>[1][] }[] = [
    { name: 'a region', region: 'us-east-1', actions: [{ timeoutSeconds: 5 }] },
    { name: 'an environment host', region: 'mypurecloud.ie', actions: [{ timeoutSeconds: 5 }] },
    {
      name: 'only --api-base-url (a host that is no region)',
      region: '127.0.0.1:8787',
      actions: [{ timeoutSeconds: 5 }],
    },
    { name: 'an empty org through --api-base-url', region: '127.0.0.1:8787', actions: [] },
    {
      name: 'an org of static actions only',
      region: 'us-east-1',
      actions: [{ id: 'static_1', kind: 'static' }],
    },
    {
      name: 'a function above 15 s and an unset timeout',
      region: 'proxy.example.com',
      actions: [
        { kind: 'function', functionTimeoutSeconds: 40, timeoutSeconds: null },
        { timeoutSeconds: null },
      ],
    },
  ];
  it.each(cases)('with $name', ({ region, actions }) => {
    const live = actions.map((over, i) => action(`Action ${i}`, over));
    const text = exportManifest({ region, actions: live }, '9.9.9');
    const validation = validateManifestText(text, 'exported.yaml');
    expect(validation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(validation.manifest).toBeDefined();
    expect(planYaml(text, live).counts.changes).toBe(0);
  });

  it('leaves the region to fill in, as a comment, when it read through a host', () => {
    const text = exportManifest({ region: '127.0.0.1:8787', actions: [] }, '9.9.9');
    expect(text).toContain(
      "# org:  (read through 127.0.0.1:8787; set the org's region here)\n#   region: us-east-1\n",
    );
    expect(text).not.toMatch(/^org:/m);
  });
});
