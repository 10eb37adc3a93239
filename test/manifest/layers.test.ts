import { describe, expect, it } from 'vitest';
import { validateManifestText } from '../../src/manifest/validate.js';

describe('independent layers report together', () => {
  it('lists schema, duplicate-selector and policy errors of one file in one run', () => {
    const text = [
      'version: 1',
      'policy:',
      '  maxTimeoutSeconds: 30',
      'actions:',
      '  - name: Get Customer Order',
      '    timeoutSeconds: 15',
      '  - name: Create Return',
      '    timeoutSeconds: 90',
      '  - name: Get Customer Order',
      '    timeoutSeconds: 20',
      '  - name: Score Lead',
      '    functionTimeoutSeconds: 12',
      '    timeoutSeconds: 45',
      '',
    ].join('\n');
    const { diagnostics, manifest } = validateManifestText(text, 'gc.yaml');
    expect(manifest).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '8:21 schema actions[1].timeoutSeconds must be a whole number of seconds from 1 to 60, or default (got 90)',
      '9:11 duplicate-selector actions[2] selects the same action as actions[0] (line 5): name "Get Customer Order"',
      '13:21 policy actions[3].timeoutSeconds is 45, above policy.maxTimeoutSeconds (30)',
    ]);
  });

  it('skips the policy bounds when the policy itself is malformed, and still finds duplicates', () => {
    const text = [
      'version: 1',
      'policy: { maxTimeoutSeconds: "ten" }',
      'actions:',
      '  - { id: a1, timeoutSeconds: 15 }',
      '  - { id: a1, timeoutSeconds: 16 }',
      '',
    ].join('\n');
    const rules = validateManifestText(text, 'gc.yaml').diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['schema', 'duplicate-selector']);
  });

  it('does not look for conflicts when actions is not a list at all', () => {
    const text = 'version: 1\nactions: { name: x }\n';
    const rules = validateManifestText(text, 'gc.yaml').diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['schema']);
  });
});
