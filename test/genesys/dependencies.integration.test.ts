import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import {
  CONSUMING_RESOURCES_PATH,
  DependencyTrackingForbiddenError,
} from '../../src/genesys/dependencies.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import { connectFake, json, startFakeGenesys, type FakeGenesys } from './helpers/fake-genesys.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let fake: FakeGenesys | undefined;
let client: GenesysClient | undefined;
let sim: SimHarness | undefined;
afterEach(async () => {
  await client?.close();
  await fake?.close();
  await sim?.close();
  client = fake = sim = undefined;
});

const flow = (id: string, name: string, version = '1.0', deleted = false): object => ({
  id,
  name,
  version,
  type: 'INBOUNDCALLFLOW',
  deleted,
  updated: false,
  stateUnknown: false,
});

describe('listConsumingFlows', () => {
  it('reads every page under DATAACTION and SECUREACTION, one flow per id, deleted flows left out', async () => {
    const pages: Record<string, Record<string, object[]>> = {
      DATAACTION: {
        '1': [flow('f1', 'Main IVR', '11.0'), flow('f2', 'Billing Queue')],
        '2': [flow('f1', 'Main IVR', '12.0'), flow('f3', 'Old Line', '1.0', true)],
      },
      // A secure action's consumers may be listed only here (GENESYS_API.md §12).
      SECUREACTION: { '1': [flow('f4', 'Card Payments'), flow('f2', 'Billing Queue')] },
    };
    fake = await startFakeGenesys((req, res) => {
      const url = new URL(req.path, 'http://x');
      expect(url.pathname).toBe(CONSUMING_RESOURCES_PATH);
      expect(url.searchParams.get('id')).toBe('custom_-_1');
      const type = url.searchParams.get('objectType') ?? '';
      const n = url.searchParams.get('pageNumber') ?? '1';
      const count = type === 'DATAACTION' ? 4 : 2;
      json(res, 200, {
        entities: pages[type]?.[n] ?? [],
        pageNumber: Number(n),
        pageSize: 2,
        total: count,
        pageCount: count / 2,
      });
    });
    client = connectFake(fake);
    const flows = await client.listConsumingFlows('custom_-_1');
    expect(flows).toEqual([
      { id: 'f2', name: 'Billing Queue', type: 'INBOUNDCALLFLOW' },
      { id: 'f4', name: 'Card Payments', type: 'INBOUNDCALLFLOW' },
      { id: 'f1', name: 'Main IVR', type: 'INBOUNDCALLFLOW' },
    ]);
    expect(
      fake.apiRequests().map((r) => {
        const q = new URL(r.path, 'http://x').searchParams;
        return `${q.get('objectType')}:${q.get('pageNumber')}`;
      }),
    ).toEqual(['DATAACTION:1', 'DATAACTION:2', 'SECUREACTION:1']);
  });

  it('a 403 is a DependencyTrackingForbiddenError naming the permission, not retried', async () => {
    fake = await startFakeGenesys((_req, res) =>
      json(res, 403, {
        message: 'You are not authorized to perform the requested action.',
        code: 'missing.permissions',
        status: 403,
      }),
    );
    client = connectFake(fake);
    const error = await client.listConsumingFlows('custom_-_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DependencyTrackingForbiddenError);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect((error as DependencyTrackingForbiddenError).permission).toBe(
      'architect:dependencyTracking:view',
    );
    expect((error as Error).message).toContain('grant architect:dependencyTracking:view');
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('other failures stay ordinary API errors', async () => {
    fake = await startFakeGenesys((_req, res) =>
      json(res, 404, { message: 'Not found', code: 'not.found', status: 404 }),
    );
    client = connectFake(fake);
    const error = await client.listConsumingFlows('custom_-_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error).not.toBeInstanceOf(DependencyTrackingForbiddenError);
  });

  it('reads the demo org flows from the simulator', async () => {
    sim = await startSim({ seed: 'demo' });
    const flows = await sim.client.listConsumingFlows(
      'custom_-_2cfa8a92-238a-424c-b80b-6306616bbae4',
    );
    expect(flows.map((f) => f.name)).toEqual(['Main IVR', 'Sales Assistant Bot']);
    const none = await sim.client.listConsumingFlows(
      'custom_-_56377623-b91e-4b83-81ff-9e2bba66cfba',
    );
    expect(none).toEqual([]);
  });
});
