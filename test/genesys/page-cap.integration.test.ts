import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a server that caps pages below 100', () => {
  it('the simulator serves pageSize 100 in pages of its cap and echoes it', async () => {
    sim = await startSim({ seed: 'scale:70', pageCap: 30 });
    const token = await sim.rawToken();
    const res = await request(`${sim.url}/api/v2/integrations/actions?pageSize=100&pageNumber=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.body.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ pageSize: 30, pageCount: 3, total: 70 });
    expect((body.entities as unknown[]).length).toBe(30);
  });

  it('leaves no hole: every action is read, and every id asked for by id', async () => {
    sim = await startSim({ seed: 'scale:230', pageCap: 30 });
    const all = await sim.client.listActions();
    expect(all).toHaveLength(230);
    expect(new Set(all.map((a) => a.id)).size).toBe(230);
    const ids = all.slice(0, 120).map((a) => a.id);
    const byIds = await sim.client.getActionsByIds(ids, { includeConfig: true });
    expect(byIds.map((a) => a.id).sort()).toEqual([...ids].sort());
  });

  it('the strict profile caps pages at 50 and the client still reads the whole org', async () => {
    sim = await startSim({ seed: 'scale:120', profile: 'strict' });
    const all = await sim.client.listActions({ includeConfig: true });
    expect(all).toHaveLength(120);
    const pages = (await sim.requests()).filter((r) => r.path === '/api/v2/integrations/actions');
    expect(pages).toHaveLength(3);
  });
});
