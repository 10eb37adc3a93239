import { afterEach, describe, expect, it } from 'vitest';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('listActions against the simulator', () => {
  it.each([1, 100, 101, 2500])('reads all %i actions, each page once', async (n) => {
    sim = await startSim({ seed: `scale:${n}` });
    const progress: [number, number][] = [];
    const actions = await sim.client.listActions({
      includeConfig: true,
      onProgress: (read, total) => progress.push([read, total]),
    });
    expect(actions).toHaveLength(n);
    expect(new Set(actions.map((a) => a.id)).size).toBe(n);
    expect(actions.every((a) => a.config?.request !== undefined)).toBe(true);
    const pages = (await sim.requests()).filter((r) => r.path === '/api/v2/integrations/actions');
    expect(pages.map((r) => Number(r.query.pageNumber)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: Math.ceil(n / 100) }, (_, i) => i + 1),
    );
    expect(pages.every((r) => r.query.pageSize === '100' && r.query.includeConfig === 'true')).toBe(
      true,
    );
    expect(progress.at(-1)).toEqual([n, n]);
  });

  it('includes custom-auth actions only when asked', async () => {
    sim = await startSim({ seed: 'demo' });
    const plain = await sim.client.listActions();
    const withAuth = await sim.client.listActions({ includeAuthActions: true });
    expect(plain.some((a) => a.id.startsWith('customAuth_-_'))).toBe(false);
    expect(withAuth.some((a) => a.id.startsWith('customAuth_-_'))).toBe(true);
    expect(plain.every((a) => a.config === undefined)).toBe(true);
  });

  it('lists integrations with their types', async () => {
    sim = await startSim({ seed: 'demo' });
    const integrations = await sim.client.listIntegrations();
    expect(integrations.length).toBeGreaterThanOrEqual(5);
    expect(integrations.some((i) => i.integrationType?.id === 'function-data-actions')).toBe(true);
  });
});
