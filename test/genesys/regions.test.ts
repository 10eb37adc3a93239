import { describe, expect, it } from 'vitest';
import { GcTimeoutsError } from '../../src/util/errors.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
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
      region,
      apiBaseUrl: `https://api.${env}`,
      loginBaseUrl: `https://login.${env}`,
      apiHost: `api.${env}`,
    };
    expect(resolveEndpoint({ region })).toEqual(expected);
    expect(resolveEndpoint({ region: env })).toEqual(expected);
    expect(resolveEndpoint({ region: `https://api.${env}/` })).toEqual(expected);
    expect(resolveEndpoint({ region: `login.${env}` })).toEqual(expected);
    expect(resolveEnvironment(region.toUpperCase())?.environment).toBe(env);
  });

  it('has no default: without a region or a base URL it is a usage error', () => {
    expect(() => resolveEndpoint({})).toThrow(/no region/);
    expect(() => resolveEndpoint({ region: '  ' })).toThrow(/no region/);
  });

  it('serves API and OAuth from apiBaseUrl when given; the region still names the org', () => {
    expect(resolveEndpoint({ region: 'eu-west-1', apiBaseUrl: 'http://127.0.0.1:8787/' })).toEqual({
      region: 'eu-west-1',
      apiBaseUrl: 'http://127.0.0.1:8787',
      loginBaseUrl: 'http://127.0.0.1:8787',
      apiHost: '127.0.0.1:8787',
    });
    expect(resolveEndpoint({ apiBaseUrl: 'https://proxy.example/genesys/' }).loginBaseUrl).toBe(
      'https://proxy.example/genesys',
    );
  });

  it('rejects an unknown region with a usage error listing the valid ones', () => {
    let error: unknown;
    try {
      resolveEndpoint({ region: 'us-east-9' });
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
    expect(() => resolveEndpoint({ apiBaseUrl: 'ftp://x' })).toThrow(/http\(s\)/);
    expect(() => resolveEndpoint({ apiBaseUrl: 'not a url' })).toThrow(/not a URL/);
  });
});
