import { describe, expect, it } from 'vitest';
import { editForEnvironment } from '../../src/app/environment-edit.js';
import { selectEnvironment } from '../../src/manifest/environments.js';
import { validateManifestText, validOf } from '../../src/manifest/validate.js';

const TEXT = `version: 1
environments:
  dev:
    region: us-east-1
  prod:
    region: eu-west-1
actions:
  - name: Debug Echo
    environments: [dev]
    timeoutSeconds: 5
  - name: Check Inventory Levels # shared
    timeoutSeconds: 30
`;

function view(env: string) {
  const valid = validOf('m.yaml', validateManifestText(TEXT, 'm.yaml'));
  if (valid === undefined) throw new Error('invalid');
  return selectEnvironment(valid, env);
}

describe('an edit made on one environment, written into the file', () => {
  it("maps the view's entry back to the file's and writes the value for that environment only", () => {
    // In prod's view, entry 0 is the file's entry 1: dev's Debug Echo is not there.
    const text = editForEnvironment(TEXT, view('prod'), {
      values: [{ entryIndex: 0, field: 'timeoutSeconds', value: 12 }],
    });
    expect(text).toContain('    timeoutSeconds: 5\n');
    expect(text).toContain('timeoutSeconds: { default: 30, prod: 12 }');
    expect(text).toContain('# shared');
    const dev = selectEnvironment(validOf('m.yaml', validateManifestText(text, 'm.yaml'))!, 'dev');
    expect(dev.manifest.actions.map((a) => a.timeoutSeconds)).toEqual([5, 30]);
  });

  it('refuses to add entries, which would exist in every environment', () => {
    expect(() =>
      editForEnvironment(TEXT, view('prod'), { append: [{ name: 'New', timeoutSeconds: 9 }] }),
    ).toThrow('add them by hand with environments: [prod]');
  });
});
