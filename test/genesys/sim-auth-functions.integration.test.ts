import { inspect } from 'node:util';
import { Agent, Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { GenesysApiError, GenesysOperationError } from '../../src/genesys/errors.js';
import type { Action } from '../../src/genesys/types.js';
import { fakeClock } from './helpers/fake-genesys.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function functionActions(s: SimHarness): Promise<Action[]> {
  const types = new Map(
    (await s.client.listIntegrations()).map((i) => [i.id, i.integrationType?.id]),
  );
  return (await s.client.listActions()).filter(
    (a) => types.get(a.integrationId ?? '') === 'function-data-actions',
  );
}

describe('authentication against the simulator', () => {
  it('re-authenticates once when the token expires server-side, and replays the request', async () => {
    sim = await startSim({ seed: 'demo', tokenTtlSeconds: 60 });
    const [first] = await sim.client.listActions();
    await sim.admin('POST', '/__sim/clock', { advanceMs: 61_000 });
    await expect(sim.client.getAction(first!.id)).resolves.toMatchObject({ id: first!.id });
    const log = (await sim.requests()).map((r) => `${r.status} ${r.method} ${r.path}`);
    expect(log.slice(-3)).toEqual([
      `401 GET /api/v2/integrations/actions/${first!.id}`,
      '200 POST /oauth/token',
      `200 GET /api/v2/integrations/actions/${first!.id}`,
    ]);
    expect(
      sim.events.filter((e) => e.type === 'auth').map((e) => (e as { action: string }).action),
    ).toEqual(['login', 'reauth']);
  });

  it('logs in again before the token expires by its own clock, without a 401', async () => {
    const clock = fakeClock(0);
    sim = await startSim({ seed: 'demo', tokenTtlSeconds: 100 }, { now: clock.now });
    const [first] = await sim.client.listActions();
    await sim.admin('POST', '/__sim/clock', { advanceMs: 95_000 });
    await clock.sleep(95_000);
    await sim.client.getAction(first!.id);
    const log = await sim.requests();
    expect(log.filter((r) => r.status === 401)).toEqual([]);
    expect(log.filter((r) => r.path === '/oauth/token')).toHaveLength(2);
  });

  it('reports wrong credentials as an auth error', async () => {
    sim = await startSim({ seed: 'demo' });
    const c = sim.newClient({ clientSecret: 'not-the-right-secret' });
    const error = (await c.listActions().catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/^Genesys Cloud login at 127\.0\.0\.1:\d+ failed with 401/);
    expect(error.message).not.toContain('not-the-right-secret');
  });
});

describe('function timeouts against the simulator', () => {
  it('sets the function timeout through a draft and publishes it', async () => {
    sim = await startSim({ seed: 'demo' });
    const [fn] = await functionActions(sim);
    const before = (await sim.client.getFunction(fn!.id)).function?.timeoutSeconds;
    const target = before === 12 ? 11 : 12;
    const published = await sim.client.updateFunctionTimeout(fn!.id, target);
    expect(published.function?.timeoutSeconds).toBe(target);
    expect((await sim.client.getFunction(fn!.id)).function?.timeoutSeconds).toBe(target);
    expect((await sim.storedAction(fn!.id)).draft).toBeUndefined();
  });

  it('refuses when a draft already exists and leaves it alone', async () => {
    sim = await startSim({ seed: 'demo' });
    const [fn] = await functionActions(sim);
    // Someone's unpublished work, created through the API as the UI would.
    const token = await sim.rawToken();
    await sim.raw('POST', `/api/v2/integrations/actions/${fn!.id}/draft`, token);
    const error = await sim.client.updateFunctionTimeout(fn!.id, 12).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysOperationError);
    expect(error).toMatchObject({ code: 'draft-exists' });
    expect((await sim.storedAction(fn!.id)).draft).toBeDefined();
  });

  it('when the draft has no ZIP, fails with function-zip-required and leaves no draft', async () => {
    sim = await startSim({ seed: 'demo', draftZip: 'drop' });
    const [fn] = await functionActions(sim);
    const before = (await sim.client.getFunction(fn!.id)).function?.timeoutSeconds;
    const error = await sim.client.updateFunctionTimeout(fn!.id, 12).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'function-zip-required' });
    expect((await sim.storedAction(fn!.id)).draft).toBeUndefined();
    expect((await sim.client.getFunction(fn!.id)).function?.timeoutSeconds).toBe(before);
    const log = await sim.requests();
    expect(log.some((r) => r.method === 'DELETE' && r.status === 204)).toBe(true);
    // Under draft-zip drop a publish would go through and leave the function without its code.
    expect(log.some((r) => r.path.endsWith('/draft/publish'))).toBe(false);
    expect((await sim.storedAction(fn!.id)).function).toMatchObject({ zip: expect.any(Object) });
  });

  it('when the server refuses the value, deletes its draft and reports the server error', async () => {
    sim = await startSim({ seed: 'demo' });
    const [fn] = await functionActions(sim);
    const error = (await sim.client
      .updateFunctionTimeout(fn!.id, 59)
      .catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error.kind).toBe('validation');
    expect((await sim.storedAction(fn!.id)).draft).toBeUndefined();
  });
});

describe('analytics against the simulator', () => {
  it('returns tTotalExecution stats per action', async () => {
    sim = await startSim({ seed: 'demo' });
    const ids = (await sim.client.listActions()).map((a) => a.id);
    const end = new Date();
    const start = new Date(end.getTime() - 7 * 86_400_000);
    const { byAction: stats } = await sim.client.readActionLatency(
      { actionIds: ids },
      `${start.toISOString()}/${end.toISOString()}`,
    );
    expect(stats.size).toBeGreaterThan(5);
    for (const [id, s] of stats) {
      expect(ids).toContain(id);
      expect(s.count).toBeGreaterThan(0);
      expect(s.p99 ?? 0).toBeGreaterThanOrEqual(s.p95 ?? 0);
    }
  });
});

/** Captures every Authorization header the client sends, to prove none leaks. */
class CapturingDispatcher extends Dispatcher {
  readonly credentials = new Set<string>();
  private readonly agent = new Agent();
  override dispatch(
    opts: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
  ): boolean {
    const headers = opts.headers as Record<string, string> | undefined;
    const auth = headers?.authorization;
    if (auth !== undefined) this.credentials.add(auth.replace(/^(Bearer|Basic) /, ''));
    return this.agent.dispatch(opts, handler);
  }
  override async close(): Promise<void> {
    await this.agent.close();
  }
}

describe('credentials against the simulator', () => {
  it('appear in no error message, error JSON or event line', async () => {
    const dispatcher = new CapturingDispatcher();
    const clock = fakeClock();
    sim = await startSim(
      {
        seed: 'demo',
        tokenTtlSeconds: 60,
        faults: { probabilities: { '429': 0.2, '503': 0.1, reset: 0.05 }, seed: 'leak' },
      },
      { dispatcher, now: clock.now, sleep: clock.sleep, requestTimeoutMs: 300 },
    );
    const failures: unknown[] = [];
    const actions = await sim.client.listActions({ includeConfig: true });
    await sim.admin('POST', '/__sim/clock', { advanceMs: 61_000 });
    for (const action of actions.slice(0, 15)) {
      await sim.client
        .updateTimeout(action.id, { version: action.version, timeoutSeconds: 61 })
        .catch((e: unknown) => failures.push(e));
    }
    await sim
      .newClient({ clientSecret: `${sim.clientSecret}-wrong`, dispatcher })
      .listActions()
      .catch((e: unknown) => failures.push(e));
    await sim.client.getAction('custom_-_missing').catch((e: unknown) => failures.push(e));
    await sim.admin('PUT', '/__sim/faults', { probabilities: { stall: 1 } });
    const impatient = sim.newClient({
      dispatcher,
      retry: { maxRetries: 1 },
      requestTimeoutMs: 200,
    });
    await impatient.getAction(actions[0]!.id).catch((e: unknown) => failures.push(e));
    await dispatcher.close();

    expect(failures.length).toBeGreaterThan(10);
    const kinds = new Set(
      failures.map((e) => (e as { kind?: string }).kind ?? (e as { code?: string }).code),
    );
    for (const kind of ['validation', 'auth', 'not-found', 'timeout'])
      expect(kinds).toContain(kind);
    const secrets = [sim.clientSecret, ...dispatcher.credentials];
    expect(secrets.length).toBeGreaterThan(2);
    const texts = [
      ...failures.flatMap((e) => [
        String((e as Error).message),
        JSON.stringify(e),
        inspect(e, { depth: 10 }),
      ]),
      ...sim.events.map((e) => JSON.stringify(e)),
    ];
    for (const secret of secrets) {
      for (const text of texts)
        expect(text.includes(secret), `leaked in: ${text.slice(0, 200)}`).toBe(false);
    }
  });
});
