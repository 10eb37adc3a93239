import { describe, expect, it } from 'vitest';
import { CONSUMING_RESOURCES_PATH } from '../../simulator/dependencies.js';
import { call, DEMO, login, useSimulators } from './helpers.js';

const start = useSimulators();
const consumers = (id: string, extra = ''): string =>
  `${CONSUMING_RESOURCES_PATH}?id=${encodeURIComponent(id)}&objectType=DATAACTION${extra}`;

describe('GET /api/v2/architect/dependencytracking/consumingresources', () => {
  it('lists the demo flows that call an action, as a ConsumingResourcesEntityListing', async () => {
    const sim = await start({ seed: 'demo' });
    const token = await login(sim);
    const answer = await call(sim, 'GET', consumers(DEMO.lookupAccountByPhone), { token });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ pageSize: 25, pageNumber: 1, total: 3, pageCount: 1 });
    const rows = answer.json.entities as { name: string; version: string; type: string }[];
    expect(rows.map((r) => `${r.name} ${r.version} ${r.type}`)).toEqual([
      'Main IVR 11.0 INBOUNDCALLFLOW',
      'Main IVR 12.0 INBOUNDCALLFLOW',
      'Sales Assistant Bot 2.0 BOTFLOW',
    ]);
    expect(answer.json.entities[0]).toMatchObject({ deleted: false, stateUnknown: false });
  });

  it('pages with pageSize and pageNumber, with the URIs of the other pages', async () => {
    const sim = await start({ seed: 'demo' });
    const token = await login(sim);
    const page2 = await call(
      sim,
      'GET',
      consumers(DEMO.lookupAccountByPhone, '&pageSize=2&pageNumber=2'),
      {
        token,
      },
    );
    expect(page2.json).toMatchObject({ total: 3, pageCount: 2, pageNumber: 2 });
    expect(page2.json.entities).toHaveLength(1);
    expect(page2.json.previousUri).toContain('pageNumber=1');
    expect(page2.json.nextUri).toBeUndefined();
  });

  it('answers an empty listing for an action no flow uses, and 400 without id or objectType', async () => {
    const sim = await start({ seed: 'demo' });
    const token = await login(sim);
    const unused = 'custom_-_56377623-b91e-4b83-81ff-9e2bba66cfba'; // Update Shipping Address
    const empty = await call(sim, 'GET', consumers(unused), { token });
    expect(empty.json).toMatchObject({ entities: [], total: 0 });
    expect(
      (await call(sim, 'GET', `${CONSUMING_RESOURCES_PATH}?objectType=DATAACTION`, { token }))
        .status,
    ).toBe(400);
    expect(
      (await call(sim, 'GET', `${CONSUMING_RESOURCES_PATH}?id=x&objectType=FLOWZ`, { token }))
        .status,
    ).toBe(400);
  });

  it('keeps deleted flows in the listing, flagged, and filters by resourceType', async () => {
    const sim = await start({ seed: 'demo' });
    const token = await login(sim);
    const legacy = 'custom_-_fac24524-ce46-43f6-9431-1221a4d8f253';
    const all = await call(sim, 'GET', consumers(legacy), { token });
    expect(
      all.json.entities.map((e: { name: string; deleted: boolean }) => [e.name, e.deleted]),
    ).toEqual([
      ['Main IVR', false],
      ['Old Order Line', true],
    ]);
    const bots = await call(
      sim,
      'GET',
      consumers(DEMO.lookupAccountByPhone, '&resourceType=BOTFLOW'),
      { token },
    );
    expect(bots.json.entities.map((e: { name: string }) => e.name)).toEqual([
      'Sales Assistant Bot',
    ]);
  });

  it('answers 403 naming architect:dependencyTracking:view to a client without it', async () => {
    const sim = await start({ seed: 'demo', permissions: ['integrations:action:view'] });
    const token = await login(sim);
    const answer = await call(sim, 'GET', consumers(DEMO.lookupAccountByPhone), { token });
    expect(answer.status).toBe(403);
    expect(answer.json.message).toContain('architect:dependencyTracking:view');
  });

  it('needs a bearer token like every API route', async () => {
    const sim = await start({ seed: 'demo' });
    expect((await call(sim, 'GET', consumers(DEMO.lookupAccountByPhone))).status).toBe(401);
  });
});
