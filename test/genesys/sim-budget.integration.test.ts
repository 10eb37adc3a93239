import { afterEach, describe, expect, it } from 'vitest';
import { startSim, type SimHarness } from './helpers/sim.js';
import { maxInWindow } from './helpers/windows.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const apiTimes = (log: { path: string; time: string }[]): number[] =>
  log.filter((r) => r.path !== '/oauth/token').map((r) => Date.parse(r.time));

/**
 * A clock shared by client and simulator: when the client sleeps, the simulator's clock (which its
 * rate limiter and request log use) moves forward by the same amount, so minutes pass instantly.
 */
function sharedClock(getSim: () => SimHarness) {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
      await getSim().admin('POST', '/__sim/clock', { advanceMs: ms });
    },
  };
}

describe('rate budget against the simulator', () => {
  it('stays within 25 requests per 1 s window over a run that needs 70 requests', async () => {
    sim = await startSim({ seed: 'scale:100', rateLimitPerMinute: 0 });
    const c = sim.newClient({ requestsPerMinute: 25, rateWindowMs: 1000, concurrency: 8 });
    const actions = await sim.client.listActions();
    await sim.admin('DELETE', '/__sim/requests');
    const started = Date.now();
    await Promise.all(actions.slice(0, 70).map((a) => c.getAction(a.id)));
    const times = apiTimes(await sim.requests());
    expect(times).toHaveLength(70);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(25);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(c.stats().rateWaits).toBeGreaterThan(0);
  });

  it('keeps a 150-request run at 60/min under the simulator limit of 60/min: no 429 at all', async () => {
    let current: SimHarness | undefined;
    const clock = sharedClock(() => current!);
    sim = current = await startSim({ seed: 'scale:150', rateLimitPerMinute: 60 }, clock);
    const c = sim.newClient({ requestsPerMinute: 60 });
    const ids = (await sim.state()).map((a) => a.id);
    await Promise.all(ids.map((id) => c.getAction(id)));
    const log = await sim.requests();
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    const times = apiTimes(log);
    expect(times.length).toBeGreaterThanOrEqual(150);
    expect(maxInWindow(times, 60_000)).toBeLessThanOrEqual(60);
  });

  it('paces to the limit the server states, even when its own budget is set far above it', async () => {
    let current: SimHarness | undefined;
    const clock = sharedClock(() => current!);
    sim = current = await startSim({ seed: 'scale:150', rateLimitPerMinute: 60 }, clock);
    const c = sim.newClient({
      requestsPerMinute: 100_000,
      retry: { maxRetries: 10, maxTotalMs: 600_000 },
    });
    const ids = (await sim.state()).map((a) => a.id);
    await Promise.all(ids.map((id) => c.getAction(id)));
    const log = await sim.requests();
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    expect(maxInWindow(apiTimes(log.filter((r) => r.status === 200)), 60_000)).toBeLessThanOrEqual(
      60,
    );
  });
});
