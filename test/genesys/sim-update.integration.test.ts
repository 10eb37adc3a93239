import { afterEach, describe, expect, it } from 'vitest';
import {
  GenesysApiError,
  GenesysOperationError,
  isVersionMismatch,
} from '../../src/genesys/errors.js';
import type { Action } from '../../src/genesys/types.js';
import { startSim, without, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

type Stored = Record<string, unknown> & { version: number; config: Record<string, unknown> };
const rest = (a: Record<string, unknown>): string =>
  JSON.stringify(without(a, ['version', 'draft'], ['timeoutSeconds']));

/** Every key path in document order, with template URIs named as the text field that replaces them. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === 'timeoutSeconds' && prefix === '') return [];
    const name = key.replace(/TemplateUri$/, 'Template');
    if (name !== key && name in value) return []; // inline text beside the URI: the URI is dropped
    return [`${prefix}${name}`, ...keyPaths(v, `${prefix}${name}.`)];
  });
}

async function editable(s: SimHarness): Promise<Action[]> {
  const integrations = await s.client.listIntegrations();
  const functionIntegrations = new Set(
    integrations.filter((i) => i.integrationType?.id === 'function-data-actions').map((i) => i.id),
  );
  return (await s.client.listActions({ includeConfig: true })).filter(
    (a) => a.id.startsWith('custom_-_') && !functionIntegrations.has(a.integrationId ?? ''),
  );
}

describe('updating a timeout in the simulator', () => {
  it('a partial-config PATCH loses the rest of the config (the trap is real)', async () => {
    sim = await startSim({ seed: 'demo' });
    const [target] = await editable(sim);
    const before = (await sim.storedAction(target!.id)) as Stored;
    expect(before.config.request).toBeDefined();
    await sim.client.patchAction(target!.id, {
      version: before.version,
      config: { timeoutSeconds: 12 },
    });
    const after = (await sim.storedAction(target!.id)) as Stored;
    expect(after.config.timeoutSeconds).toBe(12);
    expect(after.config.request).toBeUndefined();
    expect(rest(after)).not.toBe(rest(before));
  });

  it.each([false, true])(
    'updateTimeout keeps every other field byte-identical for every editable demo action (inline templates: %s)',
    async (inlineTemplates) => {
      sim = await startSim({ seed: 'demo', inlineTemplates });
      const actions = await editable(sim);
      expect(actions.length).toBeGreaterThan(20);
      for (const action of actions) {
        const before = (await sim.storedAction(action.id)) as Stored;
        const target = before.config.timeoutSeconds === 17 ? 18 : 17;
        const updated = await sim.client.updateTimeout(action.id, {
          version: action.version,
          timeoutSeconds: target,
        });
        const after = (await sim.storedAction(action.id)) as Stored;
        expect(after.config.timeoutSeconds).toBe(target);
        expect(after.version).toBe(before.version + 1);
        expect(updated.version).toBe(after.version);
        expect(rest(after), action.name).toBe(rest(before));
        // And back to the platform default: the field is gone, nothing else moved.
        await sim.client.updateTimeout(action.id, {
          version: after.version,
          timeoutSeconds: null,
        });
        const reset = (await sim.storedAction(action.id)) as Stored;
        expect('timeoutSeconds' in reset.config).toBe(false);
        expect(rest(reset), action.name).toBe(rest(before));
      }
      const patches = (await sim.requests()).filter((r) => r.method === 'PATCH');
      expect(patches).toHaveLength(actions.length * 2);
      for (const p of patches) {
        const body = p.body as Record<string, unknown>;
        expect(Object.keys(body)).toEqual(['name', 'category', 'version', 'config']);
        expect(JSON.stringify(body)).not.toContain('TemplateUri');
        // The config sent has the keys of the config read, in the same order.
        const read = actions.find((a) => p.path.endsWith(encodeURIComponent(a.id)));
        expect(keyPaths(body.config)).toEqual(keyPaths(read?.config));
      }
    },
  );

  it.each(['409', '400'] as const)(
    'recognises a %s version mismatch from the server',
    async (style) => {
      sim = await startSim({ seed: 'demo', versionMismatch: style });
      const [target] = await editable(sim);
      const stale = await sim.client.getAction(target!.id, { includeConfig: true });
      await sim.admin('PATCH', `/__sim/actions/${target!.id}`, { config: { timeoutSeconds: 44 } });
      const error = await sim.client
        .updateTimeout(target!.id, { version: stale.version, timeoutSeconds: 9, live: stale })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenesysApiError);
      expect(error).toMatchObject({ kind: 'version-mismatch', status: Number(style) });
      expect(isVersionMismatch(error)).toBe(true);
      expect((await sim.storedAction(target!.id)).config).toMatchObject({ timeoutSeconds: 44 });
    },
  );

  it('refuses without writing when a fresh read shows the action moved on since the plan', async () => {
    sim = await startSim({ seed: 'demo' });
    const [target] = await editable(sim);
    await sim.admin('PATCH', `/__sim/actions/${target!.id}`, { config: { timeoutSeconds: 44 } });
    const error = await sim.client
      .updateTimeout(target!.id, { version: target!.version, timeoutSeconds: 9 })
      .catch((e: unknown) => e);
    expect(isVersionMismatch(error)).toBe(true);
    expect((await sim.requests()).filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('refuses static and custom-auth actions before any request', async () => {
    sim = await startSim({ seed: 'demo' });
    const all = await sim.client.listActions({ includeAuthActions: true });
    const before = (await sim.requests()).length;
    for (const prefix of ['static', 'customAuth_-_']) {
      const action = all.find((a) => a.id.startsWith(prefix));
      const error = await sim.client
        .updateTimeout(action!.id, { version: action!.version, timeoutSeconds: 10 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenesysOperationError);
    }
    expect((await sim.requests()).length).toBe(before);
  });

  it('reports an out-of-range timeout with the server explanation', async () => {
    sim = await startSim({ seed: 'demo' });
    const [target] = await editable(sim);
    const error = (await sim.client
      .updateTimeout(target!.id, { version: target!.version, timeoutSeconds: 61 })
      .catch((e: unknown) => e)) as GenesysApiError;
    expect(error.kind).toBe('validation');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/timeoutSeconds/);
    expect(error.message).not.toMatch(/: Bad Request$/);
    expect(error.correlationId).toBeTruthy();
  });
});
