import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient, type GenesysClient } from '../../src/genesys/client.js';
import {
  GenesysApiError,
  GenesysOperationError,
  isVersionMismatch,
} from '../../src/genesys/errors.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { Redactor } from '../../src/util/redact.js';

/** The client against the simulator's real-org knobs: each test fails without the client's handling. */

const running: { sim: RunningSimulator; client: GenesysClient }[] = [];
afterEach(async () => {
  for (const { sim, client } of running.splice(0)) {
    await client.close();
    await sim.close();
  }
});

const ERP_ORDER = 'custom_-_92b26918-525c-4bda-86df-9aa2f61955c9';
const INVENTORY = 'custom_-_4b1e6c52-8d0a-4c1b-9a55-2f7d3e9c0a11';

/** A client whose sleeping moves the simulator's clock, so minute-long waits take no time. */
async function connect(options: SimulatorOptions = {}) {
  const sim = await startSimulator({ seed: 'demo', ...options });
  const slept: number[] = [];
  const secrets: string[] = [];
  const client = createGenesysClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
    now: () => sim.state.clock.now(),
    sleep: async (ms) => {
      slept.push(ms);
      sim.state.advanceClock(ms);
      await Promise.resolve();
    },
    redactor: new Redactor((s) => secrets.push(s)),
  });
  running.push({ sim, client });
  const token = (): string => secrets[secrets.length - 1] as string;
  return { sim, client, slept, token };
}

describe('the client meets a real org', () => {
  it('names the missing permission of a 403 and what to grant', async () => {
    const { client } = await connect({ permissions: ['integrations:action:view'] });
    const error = (await client.listIntegrations().catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error.kind).toBe('forbidden');
    expect(error.missingPermissions).toEqual(['integrations:integration:view']);
    expect(error.message).toContain('grant it to a role of the OAuth client');
  });

  it('paces above 300 a minute when the org states more', async () => {
    const { sim, client } = await connect({ seed: 'scale:400', rateLimitPerMinute: 600 });
    const ids = sim.state.listActions().map((a) => a.id);
    await client.getAction(ids[0] as string);
    await Promise.all(ids.map((id) => client.getAction(id)));
    expect(client.stats().rateWaits).toBe(0);
    expect(sim.state.requests().filter((r) => r.status === 429)).toEqual([]);
  });

  it('after a 429 without Retry-After, waits for the stated reset and succeeds', async () => {
    const { sim, client, slept, token } = await connect({
      rateLimitPerMinute: 3,
      retryAfter: false,
    });
    await client.getAction(ERP_ORDER);
    // Someone else using the same token spends the rest of the window.
    for (let i = 0; i < 2; i++) {
      await fetch(`${sim.url}/api/v2/integrations/actions`, {
        headers: { authorization: `Bearer ${token()}` },
      });
    }
    const action = await client.getAction(INVENTORY);
    expect(action.id).toBe(INVENTORY);
    const limited = sim.state.requests().filter((r) => r.status === 429);
    expect(limited).toHaveLength(1);
    expect(Math.max(...slept)).toBeGreaterThanOrEqual(55_000);
  });

  it('holds back when the stated count shows someone else filled the window', async () => {
    const { sim, client, slept, token } = await connect({
      rateLimitPerMinute: 3,
      retryAfter: false,
    });
    await client.login();
    for (let i = 0; i < 2; i++) {
      await fetch(`${sim.url}/api/v2/integrations/actions`, {
        headers: { authorization: `Bearer ${token()}` },
      });
    }
    await client.getAction(ERP_ORDER);
    await client.getAction(INVENTORY);
    expect(sim.state.requests().filter((r) => r.status === 429)).toEqual([]);
    expect(Math.max(...slept)).toBeGreaterThanOrEqual(55_000);
  });

  it.each(['409', '400', '400-swagger'] as const)(
    'recognises the %s version-mismatch wording',
    async (style) => {
      const { client } = await connect({ versionMismatch: style });
      const live = await client.getAction(ERP_ORDER, { includeConfig: true });
      const error = await client
        .patchAction(ERP_ORDER, { version: live.version + 5, config: live.config ?? {} })
        .catch((e: unknown) => e);
      expect(isVersionMismatch(error)).toBe(true);
    },
  );

  it('adds no empty template when the org answers a missing one with an empty 200', async () => {
    const { sim, client } = await connect({ missingTemplate: 'empty' });
    sim.state.editAction(INVENTORY, { config: { request: { requestTemplate: null } } });
    const before = sim.state.getAction(INVENTORY);
    const live = await client.getAction(INVENTORY, { includeConfig: true });
    await client.updateTimeout(INVENTORY, { version: live.version, timeoutSeconds: 33, live });
    const after = sim.state.getAction(INVENTORY);
    expect(after.config).toEqual({ ...before.config, timeoutSeconds: 33 });
  });

  it('under merge PATCH semantics, removes a timeout for real and shows it removed', async () => {
    const { sim, client } = await connect({ patchConfig: 'merge' });
    const before = sim.state.getAction(ERP_ORDER);
    expect(before.config.timeoutSeconds).toBeDefined();
    const live = await client.getAction(ERP_ORDER, { includeConfig: true });
    const saved = await client.updateTimeout(ERP_ORDER, {
      version: live.version,
      timeoutSeconds: null,
      live,
    });
    expect(saved.config?.timeoutSeconds).toBeUndefined();
    const { timeoutSeconds: _removed, ...rest } = before.config;
    expect(sim.state.getAction(ERP_ORDER).config).toEqual(rest);
  });
});

describe('a removal the org does not carry out', () => {
  it('fails with timeout-not-removed and the reason, never as done', async () => {
    const { sim, client } = await connect({ patchConfig: 'merge' });
    // An org that keeps the timeout whatever is sent: every PATCH answer still shows it.
    const live = await client.getAction(ERP_ORDER, { includeConfig: true });
    const keep = sim.state.store.patchAction.bind(sim.state.store);
    sim.state.store.patchAction = (id, body) => {
      const action = keep(id, body);
      action.config.timeoutSeconds = live.config?.timeoutSeconds ?? 10;
      return action;
    };
    const error = await client
      .updateTimeout(ERP_ORDER, { version: live.version, timeoutSeconds: null, live })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysOperationError);
    expect(error).toMatchObject({ code: 'timeout-not-removed' });
    expect((error as Error).message).toMatch(
      /kept timeoutSeconds \d+ s .* set an explicit timeout/,
    );
  });
});
