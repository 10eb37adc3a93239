import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectEnvironment } from '../../src/manifest/environments.js';
import {
  requireValidDocument,
  requireValidManifest,
  validateManifestText,
  validOf,
  type ValidManifest,
} from '../../src/manifest/validate.js';

const FLEET = 'examples/fleet/gc-timeouts.yaml';

function valid(text: string, file = 'gc.yaml'): ValidManifest {
  const result = validateManifestText(text, file);
  const v = validOf(file, result);
  if (v === undefined) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return v;
}

function findings(text: string): string[] {
  return validateManifestText(text, 'gc.yaml').diagnostics.map(
    (d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`,
  );
}

const lines = (...l: string[]): string => [...l, ''].join('\n');

describe('a manifest with environments', () => {
  it('validates the fleet example, and each environment is a one-org manifest with its values', () => {
    const v = valid(readFileSync(FLEET, 'utf8'), FLEET);
    const dev = selectEnvironment(v, 'dev');
    const prod = selectEnvironment(v, 'prod');
    expect(dev.manifest.org).toEqual({ region: 'us-east-1' });
    expect(prod.manifest.org).toEqual({ region: 'eu-west-1' });
    expect(prod.manifest.policy).toEqual({
      minTimeoutSeconds: 3,
      maxTimeoutSeconds: 45,
      maxChanges: 10,
    });
    expect(dev.manifest.policy).toEqual({ minTimeoutSeconds: 3, maxTimeoutSeconds: 45 });
    const byName = (m: typeof dev, name: string) => m.manifest.actions.find((a) => a.name === name);
    expect(byName(dev, 'Get Customer Order')?.timeoutSeconds).toBe(20);
    expect(byName(prod, 'Get Customer Order')?.timeoutSeconds).toBe(15);
    expect(byName(dev, 'Debug Echo')?.timeoutSeconds).toBe(5);
    expect(byName(prod, 'Debug Echo')).toBeUndefined();
    expect(dev.manifest.actions.some((a) => a.id !== undefined)).toBe(false);
    expect(prod.manifest.actions.find((a) => a.id !== undefined)?.timeoutSeconds).toBe(10);
    expect(dev.manifest.actions[3]?.match).toBeDefined();
    expect(dev.manifest.actions[3]?.timeoutSeconds).toBe(25);
    expect(prod.manifest.actions[3]?.timeoutSeconds).toBe(20);
    // No environments key survives into the one-org manifest: planning never sees one.
    expect(JSON.stringify(prod.manifest)).not.toContain('environments');
    expect(prod.originalIndex).toEqual([0, 1, 2, 3, 5]);
    expect(dev.originalIndex).toEqual([0, 1, 2, 3, 4]);
  });

  it('points findings about an environment view at the line of the file that decided them', () => {
    const v = valid(readFileSync(FLEET, 'utf8'), FLEET);
    const prod = selectEnvironment(v, 'prod');
    // prod's Get Customer Order value is the `prod: 15` of line 17; its id entry is actions[5] in the file.
    const text = readFileSync(FLEET, 'utf8').split('\n');
    const at = prod.source.locate(['actions', 0, 'timeoutSeconds']);
    expect(text[at.line - 1]?.slice(at.column - 1)).toMatch(/^15 }/);
    expect(prod.source.locate(['actions', 4, 'id']).line).toBe(33);
    expect(prod.source.locate(['policy', 'maxChanges']).line).toBe(13);
    expect(prod.source.locate(['policy', 'maxTimeoutSeconds']).line).toBe(16);
    expect(prod.source.locate(['org', 'region']).line).toBe(11);
    const dev = selectEnvironment(v, 'dev');
    const devAt = dev.source.locate(['actions', 3, 'timeoutSeconds']);
    expect(text[devAt.line - 1]?.trim()).toBe('dev: 25');
  });

  it('refuses an unknown environment, listing the known ones, and a file with environments used without one', () => {
    const v = valid(readFileSync(FLEET, 'utf8'), FLEET);
    expect(() => selectEnvironment(v, 'prd')).toThrow(
      /unknown environment "prd": .* declares "dev", "test" and "prod"; did you mean "prod"\?/,
    );
    expect(() => selectEnvironment(v, undefined)).toThrow(
      /declares environments "dev", "test" and "prod": choose one/,
    );
  });

  it('leaves a manifest without environments exactly as it was, and refuses a name for it', () => {
    const text = lines(
      'version: 1',
      'org: { region: us-east-1 }',
      'actions:',
      '  - { name: A, timeoutSeconds: 5 }',
    );
    const v = valid(text);
    const same = selectEnvironment(v, undefined);
    expect(same.manifest).toBe(v.manifest);
    expect(same.source).toBe(v.source);
    expect(() => selectEnvironment(v, 'prod')).toThrow(/declares no environments/);
  });

  it('checks every environment at once, each finding at its line and naming where it holds', () => {
    const text = lines(
      'version: 1', //1
      'org: { region: us-east-1 }', //2
      'environments:', //3
      '  dev: { region: us-east-1 }', //4
      '  prod:', //5
      '    region: eu-west-1', //6
      '    policy: { maxTimeoutSeconds: 20 }', //7
      '  default: {}', //8
      'actions:', //9
      '  - name: A', //10
      '    timeoutSeconds: { default: 30, prd: 10 }', //11
      '  - id: custom_-_1', //12
      '    timeoutSeconds: 5', //13
      '  - name: B', //14
      '    environments: [dev, stage]', //15
      '    timeoutSeconds: { default: 5, prod: 6 }', //16
      '  - name: C', //17
      '    environments: [dev]', //18
      '    timeoutSeconds: 8', //19
      '  - name: C', //20
      '    timeoutSeconds: 9', //21
    );
    expect(findings(text)).toEqual([
      '2:1 error environments org is not used when the manifest declares environments: give each environment its region (environments.NAME.region)',
      '8:3 error environments "default" cannot name an environment: it is the key of the value for every environment not named',
      '11:32 error policy actions[0].timeoutSeconds.default is 30, above environments.prod.policy.maxTimeoutSeconds (20) (in prod)',
      '11:36 error environments actions[0].timeoutSeconds: "prd" is not an environment of this manifest ("dev" and "prod"); did you mean "prod"?',
      '12:5 error environments actions[1] selects by id, and ids differ from org to org: name the one environment this id belongs to, e.g. environments: [prod]',
      '15:25 error environments actions[2].environments: "stage" is not an environment of this manifest ("dev" and "prod")',
      '16:35 error environments actions[2].timeoutSeconds gives a value for "prod", which is not among this entry\'s environments ("dev" and "stage"), so it would never apply',
      '20:11 error duplicate-selector actions[4] selects the same action as actions[3] (line 17): name "C" (in dev)',
    ]);
  });

  it('refuses environment syntax in a file that declares no environments', () => {
    const text = lines(
      'version: 1',
      'actions:',
      '  - name: A',
      '    environments: [dev]',
      '    timeoutSeconds: { default: 30, prod: 15 }',
    );
    expect(findings(text)).toEqual([
      '4:5 error environments actions[0].environments names environments, but the manifest declares none: declare them with environments: at the top of the manifest, or remove this key',
      '5:21 error environments actions[0].timeoutSeconds gives values per environment, but the manifest declares none: declare them with environments: at the top of the manifest, or write one value',
    ]);
  });

  it('reports a bad value inside a per-environment mapping at that value, in schema terms a person reads', () => {
    const text = lines(
      'version: 1',
      'environments: { dev: {}, prod: { region: eu-wset-1 } }',
      'actions:',
      '  - name: A',
      '    timeoutSeconds: { default: 30, prod: 90 }',
      '  - name: B',
      '    functionTimeoutSeconds: { dev: 20 }',
    );
    const out = findings(text);
    expect(out).toContain(
      '5:42 error schema actions[0].timeoutSeconds.prod must be a whole number of seconds from 1 to 60, or default (got 90)',
    );
    expect(out).toContain(
      '7:36 error schema actions[1].functionTimeoutSeconds.dev must be between 1 and 15 (got 20)',
    );
    expect(
      out.some((f) => f.startsWith('2:42 error schema environments.prod.region must be one of')),
    ).toBe(true);
    expect(out.join('\n')).not.toMatch(/"then"|"else"/);
  });

  it('is refused by the one-org entry point until an environment is chosen, so no plan sees every org at once', async () => {
    await expect(requireValidManifest(FLEET)).rejects.toThrow(/choose one \(--env NAME/);
    const document = await requireValidDocument(FLEET);
    expect(selectEnvironment(document, 'test').manifest.org).toEqual({ region: 'us-east-1' });
    expect(
      (await requireValidManifest('examples/gc-timeouts.yaml')).manifest.actions.length,
    ).toBeGreaterThan(0);
  });
});
