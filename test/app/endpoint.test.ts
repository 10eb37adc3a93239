import { describe, expect, it } from 'vitest';
import { endpointFor, targetOf } from '../../src/app/connection.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { GcTimeoutsError } from '../../src/util/errors.js';

describe('which org a run is for', () => {
  const base = { clientId: 'i', clientSecret: 's', apiBaseUrl: undefined };
  const manifest = { version: 1 as const, org: { region: 'mypurecloud.ie' }, actions: [] };
  const region = (...args: Parameters<typeof endpointFor>): string => endpointFor(...args).region;

  it('takes an explicit region over the manifest, and the manifest over GENESYSCLOUD_REGION', () => {
    expect(
      region({ ...base, region: 'ap-southeast-2', fallbackRegion: 'us-east-1' }, manifest),
    ).toBe('ap-southeast-2');
    expect(region({ ...base, region: undefined, fallbackRegion: 'us-east-1' }, manifest)).toBe(
      'eu-west-1',
    );
    expect(
      region(
        { ...base, region: undefined, fallbackRegion: 'usw2.pure.cloud' },
        { version: 1, actions: [] },
      ),
    ).toBe('us-west-2');
  });

  it('says where to set a region when there is none, and lists the valid ones for a typo', () => {
    expect(() => endpointFor({ ...base, region: undefined }, { version: 1, actions: [] })).toThrow(
      /no region: set org.region/,
    );
    expect(() => endpointFor({ ...base, region: 'us-east1' }, manifest)).toThrow(
      /unknown region "us-east1"; use .*eu-west-1.*mypurecloud\.ie/,
    );
  });

  it('resolves the hosts once: API, login and the host the plan records', () => {
    expect(endpointFor({ ...base, region: undefined }, manifest)).toEqual({
      region: 'eu-west-1',
      apiBaseUrl: 'https://api.mypurecloud.ie',
      loginBaseUrl: 'https://login.mypurecloud.ie',
      apiHost: 'api.mypurecloud.ie',
    });
  });

  it('serves the named region at a base URL (a proxy, the simulator), or names it by its host', () => {
    const at = { ...base, apiBaseUrl: 'http://127.0.0.1:8787/' };
    expect(endpointFor({ ...at, region: undefined }, manifest)).toEqual({
      region: 'eu-west-1',
      apiBaseUrl: 'http://127.0.0.1:8787',
      loginBaseUrl: 'http://127.0.0.1:8787',
      apiHost: '127.0.0.1:8787',
    });
    expect(endpointFor({ ...at, region: undefined }, undefined).region).toBe('127.0.0.1:8787');
  });

  it('names the missing credentials before anything is opened', () => {
    const endpoint = resolveEndpoint({ region: 'us-east-1' });
    expect(() =>
      targetOf({ ...base, clientSecret: undefined, region: undefined }, endpoint),
    ).toThrow(/set GENESYSCLOUD_OAUTHCLIENT_SECRET \(/);
  });

  it('has no default region: nothing named is a usage error, not us-east-1', () => {
    let error: unknown;
    try {
      resolveEndpoint({ region: ' ', apiBaseUrl: undefined });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GcTimeoutsError);
    expect((error as GcTimeoutsError).reason).toBe('usage');
  });
});
