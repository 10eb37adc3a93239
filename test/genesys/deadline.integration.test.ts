import { afterEach, describe, expect, it } from 'vitest';
import { GenesysApiError } from '../../src/genesys/errors.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const timers = (): number =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('the run deadline binds every wait and request of the client', () => {
  it('cancels queued rate-limit waits: 200 reads at 5 a minute end within a second of the deadline', async () => {
    sim = await startSim({ seed: 'scale:200', rateLimitPerMinute: 0 });
    const ids = (await sim.state()).map((a) => a.id);
    const before = timers();
    const started = Date.now();
    const c = sim.newClient({ requestsPerMinute: 5, deadline: started + 1_500 });
    const results = await Promise.allSettled(ids.map((id) => c.getAction(id)));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(3_000);
    const failed = results.filter((r) => r.status === 'rejected');
    // The budget let a few through; every other read was abandoned, none left waiting.
    expect(failed.length).toBeGreaterThan(190);
    const reason = (failed[0] as PromiseRejectedResult).reason as GenesysApiError;
    expect(reason).toBeInstanceOf(GenesysApiError);
    expect(reason.kind).toBe('timeout');
    expect(reason.message).toMatch(/abandoned: the run deadline passed$/);
    await c.close({ abandon: true });
    // No 57-second sleep survives the deadline to keep the process alive.
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('aborts a stalled request at the deadline instead of waiting for its own timeout', async () => {
    sim = await startSim({ seed: 'scale:3' });
    await sim.admin('PUT', '/__sim/faults', { schedule: [{ kind: 'stall', from: 1, to: 1000 }] });
    const started = Date.now();
    const c = sim.newClient({ requestTimeoutMs: 60_000, deadline: started + 800 });
    const error = await c.listActions().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_500);
    // The login itself stalled (faults cover only /api/v2, so the list stalled): both name the deadline.
    expect(String((error as Error).message)).toMatch(/the run deadline passed/);
    await c.close({ abandon: true });
  });

  it('says a PATCH cut off on the wire may or may not have been made', async () => {
    sim = await startSim({ seed: 'scale:3' });
    const [first] = await sim.state();
    const c = sim.newClient({ requestTimeoutMs: 60_000, deadline: Date.now() + 1_000 });
    const live = await c.getAction(first!.id, { includeConfig: true });
    await sim.admin('PUT', '/__sim/faults', { schedule: [{ kind: 'stall', from: 1, to: 1000 }] });
    const error = await c
      .patchAction(first!.id, { version: live.version, name: live.name })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect((error as GenesysApiError).message).toMatch(
      /^PATCH \S+ abandoned: the run deadline passed; it was already sent, so it may or may not have been made$/,
    );
    await c.close({ abandon: true });
  });
});
