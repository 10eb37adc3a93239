import { afterEach, describe, expect, it } from 'vitest';
import { GenesysApiError } from '../../src/genesys/errors.js';
import { fakeClock } from './helpers/fake-genesys.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const ms = (iso: string): number => Date.parse(iso);

describe('faults from the simulator', () => {
  it('honours Retry-After on a run of 429s before continuing', async () => {
    sim = await startSim({ seed: 'scale:350', faults: '429@2-3,retry-after:1' });
    const actions = await sim.client.listActions();
    expect(actions).toHaveLength(350);
    const log = (await sim.requests()).filter((r) => r.path !== '/oauth/token');
    expect(log.slice(0, 3).map((r) => r.status)).toEqual([429, 429, 200]);
    // Page 1 is read alone, so each attempt is the one after the pause.
    expect(ms(log[1]!.time) - ms(log[0]!.time)).toBeGreaterThanOrEqual(990);
    expect(ms(log[2]!.time) - ms(log[1]!.time)).toBeGreaterThanOrEqual(990);
    expect(sim.client.stats().retries).toBe(2);
  });

  it('recovers from a 429 storm across a large read within the retry budget', async () => {
    const clock = fakeClock();
    sim = await startSim(
      {
        seed: 'scale:2500',
        faults: { probabilities: { '429': 0.2 }, seed: 'storm', retryAfterSeconds: 2 },
      },
      { now: clock.now, sleep: clock.sleep },
    );
    const actions = await sim.client.listActions({ includeConfig: true });
    expect(actions).toHaveLength(2500);
    const log = await sim.requests();
    expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(2);
    expect(sim.client.stats().retries).toBe(log.filter((r) => r.status === 429).length);
    expect(sim.events.some((e) => e.type === 'rate-wait' && e.reason === 'paused')).toBe(true);
  });

  it('recovers reads from bursts of 502/503/504 and a connection reset', async () => {
    const clock = fakeClock();
    sim = await startSim(
      { seed: 'scale:1000', faults: '503@2-3,502@5,504@7-8,reset@9' },
      { now: clock.now, sleep: clock.sleep },
    );
    const actions = await sim.client.listActions();
    expect(actions).toHaveLength(1000);
    const faulted = (await sim.requests()).filter((r) => r.fault !== undefined);
    expect(faulted.map((r) => r.fault)).toEqual(['503', '503', '502', '504', '504', 'reset']);
    expect(sim.client.stats().retries).toBe(6);
  });

  it('does not replay a PATCH after an ambiguous 502, and replays it after a 429', async () => {
    const clock = fakeClock();
    sim = await startSim({ seed: 'demo' }, { now: clock.now, sleep: clock.sleep });
    const action = (await sim.client.listActions({ includeConfig: true })).find((a) =>
      a.id.startsWith('custom_-_'),
    )!;
    // Schedules set through the admin API count from the next request.
    await sim.admin('PUT', '/__sim/faults', { schedule: [{ kind: '502', from: 1 }] });
    const body = { version: action.version, name: action.name, config: { timeoutSeconds: 33 } };
    const error = await sim.client.patchAction(action.id, body).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', status: 502 });
    await sim.admin('PUT', '/__sim/faults', { schedule: [{ kind: '429', from: 1 }] });
    await expect(sim.client.patchAction(action.id, body)).resolves.toMatchObject({
      version: action.version + 1,
    });
    const patches = (await sim.requests()).filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).toEqual([502, 429, 200]);
  });

  it('times out a stalled response with a clear error, and retries a stalled read', async () => {
    sim = await startSim({ seed: 'scale:10', faults: 'stall@2' }, { requestTimeoutMs: 300 });
    await expect(sim.client.listActions()).resolves.toHaveLength(10);
    expect(sim.events.some((e) => e.type === 'retry' && e.reason === 'response timed out')).toBe(
      true,
    );

    await sim.admin('PUT', '/__sim/faults', { probabilities: { stall: 1 } });
    const c = sim.newClient({ requestTimeoutMs: 200, retry: { maxRetries: 1 } });
    const started = Date.now();
    const error = (await c.getAction('custom_-_x').catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'GET /api/v2/integrations/actions/custom_-_x timed out after 0.2 s (2 attempts)',
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
