import { describe, expect, it } from 'vitest';
import { ACTIONS, DEMO, basic, call, login, useSimulators } from './helpers.js';

describe('admin API', () => {
  const start = useSimulators();

  it('is off by default', async () => {
    const sim = await start();
    for (const [method, path] of [
      ['GET', '/__sim/requests'],
      ['POST', '/__sim/reset'],
      ['GET', `/__sim/actions/${DEMO.checkInventory}`],
    ] as const) {
      const answer = await call(sim, method, path);
      expect(answer.status).toBe(404);
      expect(answer.json.code).toBe('not.found');
    }
  });

  it('logs requests with a token label and write bodies, never a credential', async () => {
    const sim = await start({ admin: true, clientSecret: 'SuperSecret-123' });
    const token = await login(sim);
    await call(sim, 'GET', `${ACTIONS}?pageSize=2&access_token=${token}`, { token });
    await call(sim, 'PATCH', `${ACTIONS}/${DEMO.checkInventory}`, {
      token,
      body: { version: 5, name: 'Renamed' },
    });
    await call(sim, 'GET', ACTIONS, { token: 'forged-token-value' });
    const log = (await call(sim, 'GET', '/__sim/requests')).json.requests;
    expect(log).toHaveLength(4);
    expect(log[0]).toMatchObject({
      seq: 1,
      method: 'POST',
      path: '/oauth/token',
      status: 200,
      token: 'token#1',
      body: { grant_type: 'client_credentials' },
    });
    expect(log[1]).toMatchObject({
      seq: 2,
      method: 'GET',
      path: ACTIONS,
      query: { pageSize: '2', access_token: '[redacted]' },
      status: 200,
      token: 'token#1',
    });
    expect(log[2]).toMatchObject({
      method: 'PATCH',
      status: 200,
      body: { version: 5, name: 'Renamed' },
    });
    expect(log[3]).toMatchObject({ status: 401, token: 'unknown-token' });
    const text = JSON.stringify(log);
    for (const secret of [
      token,
      'SuperSecret-123',
      basic(sim.clientId, 'SuperSecret-123').slice(6),
      'forged-token-value',
      'Bearer',
      'Basic',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect((await call(sim, 'DELETE', '/__sim/requests')).status).toBe(204);
    expect(sim.state.requests()).toEqual([]);
  });

  it('edits an action out of band by deep merge, bumping its version', async () => {
    const sim = await start({ admin: true });
    const before = (await call(sim, 'GET', `/__sim/actions/${DEMO.getCustomerOrderErp}`)).json;
    expect(before.config.request.requestTemplate).toBe('${input.rawRequest}');
    const edited = await call(sim, 'PATCH', `/__sim/actions/${DEMO.getCustomerOrderErp}`, {
      body: { config: { timeoutSeconds: 30 } },
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toEqual({
      ...before,
      version: before.version + 1,
      config: { ...before.config, timeoutSeconds: 30 },
    });
    const cleared = await call(sim, 'PATCH', `/__sim/actions/${DEMO.getCustomerOrderErp}`, {
      body: { config: { timeoutSeconds: null }, name: 'Get Customer Order (ERP)' },
    });
    const { timeoutSeconds, ...unset } = before.config;
    expect(timeoutSeconds).toBe(10);
    expect(cleared.json.config).toEqual(unset);
    expect(cleared.json.name).toBe('Get Customer Order (ERP)');
    const invalid = await call(sim, 'PATCH', `/__sim/actions/${DEMO.getCustomerOrderErp}`, {
      body: { config: { timeoutSeconds: 90 } },
    });
    expect(invalid.status).toBe(400);
    expect(
      (
        await call(sim, 'PATCH', `/__sim/actions/${DEMO.getCustomerOrderErp}`, {
          body: { version: 1 },
        })
      ).status,
    ).toBe(400);
  });

  it('changes a function timeout as the UI would', async () => {
    const sim = await start({ admin: true });
    const version = sim.state.getAction(DEMO.scoreLead).version;
    const answer = await call(sim, 'PUT', `/__sim/actions/${DEMO.scoreLead}/function`, {
      body: { timeoutSeconds: 9 },
    });
    expect(answer.json).toMatchObject({ version: version + 1, function: { timeoutSeconds: 9 } });
    expect(
      (
        await call(sim, 'PUT', `/__sim/actions/${DEMO.scoreLead}/function`, {
          body: { timeoutSeconds: 16 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(sim, 'PUT', `/__sim/actions/${DEMO.checkInventory}/function`, {
          body: { timeoutSeconds: 9 },
        })
      ).status,
    ).toBe(404);
  });

  it('resets to the seed and sets faults', async () => {
    const sim = await start({ admin: true });
    const token = await login(sim);
    const original = sim.state.getAction(DEMO.checkInventory);
    sim.state.editAction(DEMO.checkInventory, { config: { timeoutSeconds: 45 } });
    await call(sim, 'POST', `${ACTIONS}/${DEMO.scoreLead}/draft`, { token });
    expect((await call(sim, 'POST', '/__sim/reset')).status).toBe(204);
    expect(sim.state.getAction(DEMO.checkInventory)).toEqual(original);
    expect(sim.state.getAction(DEMO.scoreLead).draft).toBeUndefined();
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(200);

    const set = await call(sim, 'PUT', '/__sim/faults', { body: '503@1' });
    expect(set.json).toEqual({ schedule: [{ kind: '503', from: 1, to: 1 }] });
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(503);
    expect(
      (await call(sim, 'PUT', '/__sim/faults', { body: { probabilities: { '503': 0 } } })).status,
    ).toBe(200);
    expect(
      (await call(sim, 'PUT', '/__sim/faults', { body: { probabilities: { teapot: 1 } } })).status,
    ).toBe(400);
    const clock = await call(sim, 'POST', '/__sim/clock', { body: { advanceMs: 86_400_000 } });
    expect(clock.status).toBe(200);
    expect((await call(sim, 'GET', ACTIONS, { token })).json.code).toBe('credentials.expired');
  });
});
