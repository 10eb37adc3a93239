import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient } from '../../src/genesys/client.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  json,
  startFakeGenesys,
  type FakeGenesys,
} from './helpers/fake-genesys.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

let sim: RunningSimulator | undefined;
let fake: FakeGenesys | undefined;
afterEach(async () => {
  await sim?.close();
  await fake?.close();
  sim = fake = undefined;
});

describe('getActionsByIds', () => {
  it('reads 120 actions in 3 requests of at most 50 ids, with their config, leaving out unknown ids', async () => {
    sim = await startSimulator({ seed: 'scale:200' });
    const ids = sim.state
      .listActions()
      .slice(0, 120)
      .map((a) => a.id);
    const client = createGenesysClient({
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
    });
    sim.state.clearRequests();
    const found = await client.getActionsByIds([...ids, 'custom_-_does-not-exist'], {
      includeConfig: true,
    });
    await client.close();
    expect(found.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(found.every((a) => a.config !== undefined)).toBe(true);
    const lists = sim.state.requests().filter((r) => r.path === '/api/v2/integrations/actions');
    expect(lists).toHaveLength(3);
    expect(
      lists.map((r) => (r.query['ids'] ?? '').split(',').length).sort((a, b) => a - b),
    ).toEqual([21, 50, 50]);
  });

  it('reads an action again on its own when the list answered without its config', async () => {
    const action = (id: string, withConfig: boolean): object => ({
      id,
      name: id,
      version: 1,
      ...(withConfig ? { config: { timeoutSeconds: 9, request: {}, response: {} } } : {}),
    });
    fake = await startFakeGenesys((req, res) => {
      const url = new URL(req.path, 'http://x');
      if (url.pathname === '/api/v2/integrations/actions') {
        const ids = (url.searchParams.get('ids') ?? '').split(',');
        json(res, 200, {
          entities: ids.map((id) => action(id, false)),
          pageSize: 50,
          pageNumber: 1,
          total: ids.length,
          pageCount: 1,
        });
      } else {
        json(res, 200, action(decodeURIComponent(url.pathname.split('/').pop() ?? ''), true));
      }
    });
    const client = createGenesysClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
    });
    const found = await client.getActionsByIds(['a', 'b'], { includeConfig: true });
    await client.close();
    expect(found.map((a) => a.config?.timeoutSeconds)).toEqual([9, 9]);
    expect(fake.apiRequests().map((r) => r.path.split('?')[0])).toEqual([
      '/api/v2/integrations/actions',
      '/api/v2/integrations/actions/a',
      '/api/v2/integrations/actions/b',
    ]);
  });
});
