import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getInputs } from '../../src/action/inputs.js';

const saved = { ...process.env };

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('getInputs reads INPUT_* through @actions/core', () => {
  let written: string[];
  beforeEach(() => {
    for (const key of Object.keys(process.env))
      if (key.startsWith('INPUT_') || key.startsWith('GENESYSCLOUD_')) delete process.env[key];
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
  });

  it('applies defaults when inputs are unset', () => {
    const inputs = getInputs();
    expect(inputs).toMatchObject({
      mode: 'auto',
      manifest: 'gc-timeouts.yaml',
      label: 'gc-timeouts.yaml',
      comment: true,
      onPlanChange: 'fail',
      failOnDrift: false,
      driftIssue: false,
    });
    expect(inputs.clientId).toBeUndefined();
  });

  it('reads the environment, which names the default label so environments keep their own comment', () => {
    setInputs({ environment: 'prod', manifest: './fleet/gc-timeouts.yaml' });
    expect(getInputs()).toMatchObject({
      environment: 'prod',
      label: 'fleet/gc-timeouts.yaml (prod)',
    });
    setInputs({ label: 'timeouts' });
    expect(getInputs()).toMatchObject({ environment: 'prod', label: 'timeouts' });
  });

  it('falls back to the Terraform provider variables for credentials and region', () => {
    process.env['GENESYSCLOUD_OAUTHCLIENT_ID'] = 'id-from-env';
    process.env['GENESYSCLOUD_OAUTHCLIENT_SECRET'] = 'secret-from-env';
    process.env['GENESYSCLOUD_REGION'] = 'eu-west-1';
    setInputs({ 'client-id': 'id-from-input' });
    const inputs = getInputs();
    expect(inputs.clientId).toBe('id-from-input');
    expect(inputs.clientSecret).toBe('secret-from-env');
    expect(inputs.region).toBeUndefined();
    expect(inputs.fallbackRegion).toBe('eu-west-1');
  });

  it('masks the client secret and the GitHub token before anything else', () => {
    setInputs({ 'client-secret': 's3cr3t-value', 'github-token': 'ghs_token123' });
    getInputs();
    expect(written.slice(0, 2)).toEqual([
      '::add-mask::s3cr3t-value\n',
      '::add-mask::ghs_token123\n',
    ]);
    expect(written.join('')).not.toMatch(/::debug::.*(s3cr3t-value|ghs_token123)/);
  });

  it('normalises the manifest path and uses it as the default label', () => {
    setInputs({ manifest: './config/timeouts.yaml', 'fail-on-drift': 'True', mode: 'DRIFT' });
    const inputs = getInputs();
    expect(inputs.manifest).toBe('config/timeouts.yaml');
    expect(inputs.label).toBe('config/timeouts.yaml');
    expect(inputs.failOnDrift).toBe(true);
    expect(inputs.mode).toBe('drift');
  });

  it('makes an absolute manifest path inside the workspace relative to it, for annotations', () => {
    process.env['GITHUB_WORKSPACE'] = '/home/runner/work/repo/repo';
    setInputs({ manifest: '/home/runner/work/repo/repo/config/gc-timeouts.yaml' });
    expect(getInputs().manifest).toBe('config/gc-timeouts.yaml');
    setInputs({ manifest: '/elsewhere/gc-timeouts.yaml' });
    expect(getInputs().manifest).toBe('/elsewhere/gc-timeouts.yaml');
  });

  it("rejects values outside an input's choices, listing them", () => {
    setInputs({ 'on-plan-change': 'force' });
    expect(() => getInputs()).toThrow(
      'input on-plan-change must be one of fail, apply (got "force")',
    );
    process.env['INPUT_ON-PLAN-CHANGE'] = 'fail';
    setInputs({ comment: 'yes' });
    expect(() => getInputs()).toThrow('input comment must be true or false (got "yes")');
  });
});
