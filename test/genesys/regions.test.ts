import { describe, expect, it } from 'vitest';
import { GcTimeoutsError } from '../../src/util/errors.js';
import { createGenesysClient } from '../../src/genesys/client.js';
import { resolveEndpoints } from '../../src/genesys/options.js';
import { REGIONS, resolveEnvironment } from '../../src/genesys/regions.js';

// GENESYS_API.md §5, copied by hand so a typo in the table fails here.
const EXPECTED: [string, string][] = [
  ['us-east-1', 'mypurecloud.com'],
  ['us-east-2', 'use2.us-gov-pure.cloud'],
  ['us-west-2', 'usw2.pure.cloud'],
  ['ca-central-1', 'cac1.pure.cloud'],
  ['sa-east-1', 'sae1.pure.cloud'],
  ['mx-central-1', 'mxc1.pure.cloud'],
  ['eu-west-1', 'mypurecloud.ie'],
  ['eu-west-2', 'euw2.pure.cloud'],
  ['eu-central-1', 'mypurecloud.de'],
  ['eu-central-2', 'euc2.pure.cloud'],
  ['eusc-de-east-1', 'edee1.eusc-pure.cloud'],
  ['me-central-1', 'mec1.pure.cloud'],
  ['ap-northeast-1', 'mypurecloud.jp'],
  ['ap-northeast-2', 'apne2.pure.cloud'],
  ['ap-northeast-3', 'apne3.pure.cloud'],
  ['ap-south-1', 'aps1.pure.cloud'],
  ['ap-southeast-1', 'apse1.pure.cloud'],
  ['ap-southeast-2', 'mypurecloud.com.au'],
];

describe('regions', () => {
  it('has exactly the 18 documented regions', () => {
    expect(Object.entries(REGIONS).sort()).toEqual([...EXPECTED].sort());
  });

  it.each(EXPECTED)('%s resolves by name and by host (%s)', (region, env) => {
    const expected = {
      apiBaseUrl: `https://api.${env}`,
      tokenUrl: `https://login.${env}/oauth/token`,
      apiHost: `api.${env}`,
    };
    expect(resolveEndpoints(region, undefined)).toEqual(expected);
    expect(resolveEndpoints(env, undefined)).toEqual(expected);
    expect(resolveEndpoints(`https://api.${env}/`, undefined)).toEqual(expected);
    expect(resolveEndpoints(`login.${env}`, undefined)).toEqual(expected);
    expect(resolveEnvironment(region.toUpperCase())?.environment).toBe(env);
  });

  it('defaults to us-east-1', () => {
    expect(resolveEndpoints(undefined, undefined).apiBaseUrl).toBe('https://api.mypurecloud.com');
    expect(resolveEndpoints('  ', undefined).tokenUrl).toBe(
      'https://login.mypurecloud.com/oauth/token',
    );
  });

  it('serves API and OAuth from apiBaseUrl when given, whatever the region', () => {
    expect(resolveEndpoints('nowhere', 'http://127.0.0.1:8787/')).toEqual({
      apiBaseUrl: 'http://127.0.0.1:8787',
      tokenUrl: 'http://127.0.0.1:8787/oauth/token',
      apiHost: '127.0.0.1:8787',
    });
    expect(resolveEndpoints(undefined, 'https://proxy.example/genesys/').tokenUrl).toBe(
      'https://proxy.example/genesys/oauth/token',
    );
  });

  it('rejects an unknown region with a usage error listing the valid ones', () => {
    let error: unknown;
    try {
      createGenesysClient({ clientId: 'id', clientSecret: 'secret', region: 'us-east-9' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GcTimeoutsError);
    const message = (error as GcTimeoutsError).message;
    expect((error as GcTimeoutsError).reason).toBe('usage');
    expect(message).toContain('"us-east-9"');
    for (const [region, env] of EXPECTED) {
      expect(message).toContain(region);
      expect(message).toContain(env);
    }
  });

  it('rejects a non-http apiBaseUrl', () => {
    expect(() => resolveEndpoints(undefined, 'ftp://x')).toThrow(/http\(s\)/);
    expect(() => resolveEndpoints(undefined, 'not a url')).toThrow(/not a URL/);
  });
});
