import { describe, expect, it } from 'vitest';
import { parseFaultSpec } from '../../simulator/index.js';
import { ACTIONS, call, login, useSimulators } from './helpers.js';

describe('fault specs', () => {
  it('parses probabilities, schedules and flags from the compact form', () => {
    expect(
      parseFaultSpec(
        '429:0.1, 503:0.05,reset:0.02,stall:0.01,503@5-7,reset@9,seed:abc,retry-after:3,oauth',
      ),
    ).toEqual({
      probabilities: { '429': 0.1, '503': 0.05, reset: 0.02, stall: 0.01 },
      schedule: [
        { kind: '503', from: 5, to: 7 },
        { kind: 'reset', from: 9, to: 9 },
      ],
      seed: 'abc',
      retryAfterSeconds: 3,
      includeOAuth: true,
    });
  });

  it.each(['418:0.1', '503:2', '503@7-5', 'stall', '429:0.6,503:0.6'])('rejects %s', (text) => {
    expect(() => parseFaultSpec(text)).toThrow();
  });
});

describe('injected faults', () => {
  const start = useSimulators();

  it.each([
    ['429', 'too.many.requests.retry.after'],
    ['500', 'internal.server.error'],
    ['502', 'bad.gateway'],
    ['503', 'service.unavailable'],
    ['504', 'request.timeout'],
  ])('answers a scheduled %s with its ErrorBody, then recovers', async (kind, code) => {
    const sim = await start();
    const token = await login(sim);
    sim.state.setFaults(`${kind}@2-3,retry-after:4`);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await call(sim, 'GET', ACTIONS, { token }));
    expect(statuses.map((a) => a.status)).toEqual([200, Number(kind), Number(kind), 200]);
    expect(statuses[1]?.json).toMatchObject({
      code,
      status: Number(kind),
      details: [],
      errors: [],
    });
    expect(statuses[1]?.headers.get('Retry-After')).toBe(kind === '429' ? '4' : null);
    expect(sim.state.requests().filter((r) => r.fault === kind)).toHaveLength(2);
  });

  it('resets the connection', async () => {
    const sim = await start({ faults: 'reset@2' });
    const token = await login(sim);
    await expect(call(sim, 'GET', ACTIONS, { token })).rejects.toThrow();
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(200);
  });

  it('stalls a request until close(), and close() returns promptly', async () => {
    const sim = await start({ faults: 'stall@2' });
    const token = await login(sim);
    const stalled = call(sim, 'GET', ACTIONS, { token });
    const outcome = await Promise.race([
      stalled.then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300)),
    ]);
    expect(outcome).toBe('still waiting');
    const began = Date.now();
    await sim.close();
    expect(Date.now() - began).toBeLessThan(1000);
    await expect(stalled).rejects.toThrow();
  });

  it('draws probabilistic faults reproducibly from the seed', async () => {
    const run = async () => {
      const sim = await start({ faults: '503:0.3,500:0.1,seed:repeat', rateLimitPerMinute: 0 });
      const token = await login(sim);
      const statuses = [];
      for (let i = 0; i < 40; i++)
        statuses.push((await call(sim, 'GET', `${ACTIONS}?pageSize=1`, { token })).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(4);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(15);
  });

  it('leaves /oauth/token alone unless asked, and never touches /__sim/', async () => {
    const sim = await start({ faults: '503:1', admin: true });
    const token = await login(sim);
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(503);
    expect((await call(sim, 'GET', '/__sim/requests')).status).toBe(200);
    sim.state.setFaults('503:1,oauth');
    await expect(login(sim)).rejects.toThrow(/503/);
  });

  it('adds latencyMs to every response', async () => {
    const sim = await start({ latencyMs: 150 });
    const began = Date.now();
    await login(sim);
    expect(Date.now() - began).toBeGreaterThanOrEqual(140);
  });
});

describe('rate limit', () => {
  const start = useSimulators();

  it('answers over-limit requests per token with 429 and an integer Retry-After', async () => {
    const sim = await start({ rateLimitPerMinute: 5 });
    const token = await login(sim);
    for (let i = 0; i < 5; i++)
      expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(200);
    sim.state.advanceClock(20_000);
    const limited = await call(sim, 'GET', ACTIONS, { token });
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ code: 'too.many.requests.retry.after', status: 429 });
    expect(limited.json.limit).toEqual({
      key: 'client.credentials.token.rate.per.minute',
      namespace: 'platform.api',
      value: 5,
    });
    const retryAfter = limited.headers.get('Retry-After');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(39);
    expect(Number(retryAfter)).toBeLessThanOrEqual(40);

    const other = await login(sim);
    expect((await call(sim, 'GET', ACTIONS, { token: other })).status).toBe(200);
    sim.state.advanceClock(Number(retryAfter) * 1000);
    expect((await call(sim, 'GET', ACTIONS, { token })).status).toBe(200);
  });

  it('is off with rateLimitPerMinute 0', async () => {
    const sim = await start({ rateLimitPerMinute: 0, seed: 'empty' });
    const token = await login(sim);
    const answers = await Promise.all(
      Array.from({ length: 350 }, () => call(sim, 'GET', ACTIONS, { token })),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });
});
