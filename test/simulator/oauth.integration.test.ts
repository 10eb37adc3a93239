import { describe, expect, it } from 'vitest';
import { ACTIONS, basic, call, login, useSimulators } from './helpers.js';

const FORM = 'application/x-www-form-urlencoded';

describe('OAuth client credentials', () => {
  const start = useSimulators();

  it('issues a bearer token for the right client id and secret', async () => {
    const sim = await start({
      clientId: 'my-id',
      clientSecret: 'my-secret',
      tokenTtlSeconds: 3600,
    });
    const answer = await call(sim, 'POST', '/oauth/token', {
      headers: { Authorization: basic('my-id', 'my-secret'), 'Content-Type': FORM },
      rawBody: 'grant_type=client_credentials',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 3600,
    });
    expect(answer.headers.get('ININ-Correlation-ID')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    [
      'a wrong secret',
      { Authorization: basic('gc-timeouts-demo', 'nope'), 'Content-Type': FORM },
      'grant_type=client_credentials',
      401,
      'invalid_client',
    ],
    [
      'no Basic header',
      { 'Content-Type': FORM },
      'grant_type=client_credentials',
      401,
      'invalid_client',
    ],
    [
      'another grant',
      {
        Authorization: basic('gc-timeouts-demo', 'demo-secret-not-for-production'),
        'Content-Type': FORM,
      },
      'grant_type=password',
      400,
      'unsupported_grant_type',
    ],
    [
      'no grant',
      {
        Authorization: basic('gc-timeouts-demo', 'demo-secret-not-for-production'),
        'Content-Type': FORM,
      },
      'scope=x',
      400,
      'invalid_request',
    ],
    [
      'a JSON body',
      {
        Authorization: basic('gc-timeouts-demo', 'demo-secret-not-for-production'),
        'Content-Type': 'application/json',
      },
      '{"grant_type":"client_credentials"}',
      400,
      'invalid_request',
    ],
  ])('refuses %s with an OAuth error body', async (_label, headers, rawBody, status, error) => {
    const sim = await start();
    const answer = await call(sim, 'POST', '/oauth/token', { headers, rawBody });
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({
      error,
      description: expect.any(String),
      error_description: expect.any(String),
    });
  });

  it('answers API calls without or with a bad bearer token with a 401 ErrorBody', async () => {
    const sim = await start();
    const missing = await call(sim, 'GET', ACTIONS);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({
      message: expect.any(String),
      code: 'authentication.required',
      status: 401,
      contextId: missing.headers.get('ININ-Correlation-ID'),
      details: [],
      errors: [],
    });
    const bad = await call(sim, 'GET', ACTIONS, { token: 'not-a-token' });
    expect(bad.json.code).toBe('bad.credentials');
  });

  it('expires tokens after tokenTtlSeconds on the injectable clock', async () => {
    const sim = await start({ tokenTtlSeconds: 60 });
    const token = await login(sim);
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(200);
    sim.state.advanceClock(59_000);
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(200);
    sim.state.advanceClock(1_000);
    const expired = await call(sim, 'GET', ACTIONS, { token });
    expect(expired.status).toBe(401);
    expect(expired.json.code).toBe('credentials.expired');
    const fresh = await login(sim);
    expect((await call(sim, 'GET', ACTIONS, { token: fresh })).status).toBe(200);
  });
});
