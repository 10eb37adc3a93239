import { afterEach, describe, expect, it } from 'vitest';
import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from '../../src/genesys/client.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  json,
  startFakeGenesys,
  tokenRoute,
  tokenValue,
  type FakeGenesys,
  connectFake,
} from './helpers/fake-genesys.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

const action = (id: string) => ({ id, name: `Action ${id}`, version: 1 });
let fake: FakeGenesys | undefined;
let client: GenesysClient | undefined;
afterEach(async () => {
  await client?.close();
  await fake?.close();
  client = fake = undefined;
});

function connect(f: FakeGenesys, over: Partial<GenesysClientOptions> = {}): GenesysClient {
  client = connectFake(f, over);
  return client;
}

describe('authentication', () => {
  it('logs in once with client credentials and shares the token among concurrent calls', async () => {
    fake = await startFakeGenesys((req, res) =>
      json(res, 200, action(req.path.split('/').at(-1) ?? '')),
    );
    const events: ClientEvent[] = [];
    const c = connect(fake, { onEvent: (e) => events.push(e) });
    const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const got = await Promise.all(ids.map((id) => c.getAction(id)));
    expect(got.map((a) => a.id)).toEqual(ids);
    const logins = fake.requests.filter((r) => r.path === '/oauth/token');
    expect(logins).toHaveLength(1);
    expect(logins[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(
      fake.apiRequests().every((r) => r.headers.authorization === `Bearer ${tokenValue(1)}`),
    ).toBe(true);
    expect(events.filter((e) => e.type === 'auth')).toEqual([
      { type: 'auth', action: 'login', host: new URL(fake.url).host, expiresInSeconds: 86400 },
    ]);
  });

  it('re-authenticates once on a 401 and replays the request', async () => {
    fake = await startFakeGenesys((req, res) => {
      if (req.headers.authorization === `Bearer ${tokenValue(1)}`) {
        json(res, 401, { message: 'Token expired', code: 'credentials.expired', status: 401 });
      } else json(res, 200, action('x'));
    });
    const c = connect(fake);
    await expect(c.getAction('x')).resolves.toMatchObject({ id: 'x' });
    expect(fake.requests.map((r) => r.path.replace(/\?.*/, ''))).toEqual([
      '/oauth/token',
      '/api/v2/integrations/actions/x',
      '/oauth/token',
      '/api/v2/integrations/actions/x',
    ]);
  });

  it('gives up with an auth error when the new token is refused too', async () => {
    fake = await startFakeGenesys((_req, res) =>
      json(res, 401, {
        message: 'Authentication required',
        code: 'authentication.required',
        status: 401,
      }),
    );
    const c = connect(fake);
    const error = await c.patchAction('x', { version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error).toMatchObject({ kind: 'auth', status: 401, code: 'authentication.required' });
    expect(fake.apiRequests()).toHaveLength(2);
    expect(fake.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);
  });

  it('logs in again shortly before the token expires', async () => {
    let now = 0;
    fake = await startFakeGenesys((_req, res) => json(res, 200, action('x')), {
      token: tokenRoute({ expiresIn: 100 }),
    });
    const c = connect(fake, { now: () => now });
    await c.getAction('x');
    now = 85_000;
    await c.getAction('x');
    expect(fake.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(1);
    now = 91_000; // inside the last 10% of the lifetime
    await c.getAction('x');
    expect(fake.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(2);
    expect(fake.apiRequests().at(-1)?.headers.authorization).toBe(`Bearer ${tokenValue(2)}`);
  });

  it('reports wrong credentials as an auth error naming the host and the OAuth error, not the secret', async () => {
    fake = await startFakeGenesys((_req, res) => json(res, 200, action('x')));
    const c = connect(fake, { clientSecret: 'wrong-secret-value' });
    const error = (await c.listActions().catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error.kind).toBe('auth');
    expect(error.message).toContain(`login at ${new URL(fake.url).host} failed with 401`);
    expect(error.message).toContain('invalid_client: Invalid client credentials');
    expect(error.message).not.toContain('wrong-secret-value');
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
    expect(fake.apiRequests()).toHaveLength(0);
  });

  it('retries the login service rate limit (400 invalid_request "rate limit exceeded")', async () => {
    let logins = 0;
    const issue = tokenRoute();
    fake = await startFakeGenesys((_req, res) => json(res, 200, action('x')), {
      token: (req, res) => {
        logins += 1;
        if (logins <= 2)
          json(res, 400, { error: 'invalid_request', error_description: 'Rate limit exceeded' });
        else void issue(req, res);
      },
    });
    const events: ClientEvent[] = [];
    const c = connect(fake, { onEvent: (e) => events.push(e) });
    await expect(c.getAction('x')).resolves.toMatchObject({ id: 'x' });
    expect(logins).toBe(3);
    expect(events.filter((e) => e.type === 'retry' && e.path === '/oauth/token')).toHaveLength(2);
  });

  it('fails a login that cannot connect after bounded retries, with a network error', async () => {
    fake = await startFakeGenesys(() => undefined);
    const url = fake.url;
    await fake.close();
    fake = undefined;
    client = createGenesysClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: resolveEndpoint({ apiBaseUrl: url }),
      retry: { maxRetries: 2 },
      sleep: async () => undefined,
    });
    const error = (await client.getAction('x').catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toMatchObject({ kind: 'network', attempts: 3, code: 'ECONNREFUSED' });
    expect(client.stats().requests).toBe(3);
  });
});
