import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { GenesysApiError, GenesysOperationError } from '../../src/genesys/errors.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const always = (kind: string) => ({ schedule: [{ kind, from: 1, to: 100_000 }] });

async function rawGet(path: string): Promise<{ status: number; type: string; body: string }> {
  const token = await sim!.rawToken();
  const res = await request(`${sim!.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: res.statusCode,
    type: String(res.headers['content-type']),
    body: await res.body.text(),
  };
}

describe('the simulator as a lying proxy', () => {
  it('answers a template read with a captive portal, and leaves other requests alone', async () => {
    sim = await startSim({ seed: 'scale:3' });
    const [first] = await sim.state();
    await sim.admin('PUT', '/__sim/faults', always('template-html'));
    const path = `/api/v2/integrations/actions/${encodeURIComponent(first!.id)}`;
    const template = await rawGet(`${path}/templates/requesttemplate.vm`);
    expect(template).toMatchObject({ status: 200, type: 'text/html' });
    expect(template.body).toMatch(/<title>Network login required<\/title>/);
    expect((await rawGet(path)).type).toBe('application/json');
    const logged = (await sim.requests()).filter((r) => r.fault !== undefined);
    expect(logged.map((r) => r.path)).toEqual([`${path}/templates/requesttemplate.vm`]);
  });

  it('repeats page 1 as page 2', async () => {
    sim = await startSim({ seed: 'scale:30' });
    await sim.admin('PUT', '/__sim/faults', always('page-repeat'));
    const one = JSON.parse(
      (await rawGet('/api/v2/integrations/actions?pageSize=10&pageNumber=1')).body,
    );
    const two = JSON.parse(
      (await rawGet('/api/v2/integrations/actions?pageSize=10&pageNumber=2')).body,
    );
    expect(two.entities).toEqual(one.entities);
    expect(two.pageNumber).toBe(2);
  });

  for (const kind of ['template-html', 'template-json', 'template-empty']) {
    it(`the client refuses the action under ${kind} and the org keeps its templates`, async () => {
      sim = await startSim({ seed: 'scale:3' });
      const [first] = await sim.state();
      const before = await sim.storedAction(first!.id);
      await sim.admin('PUT', '/__sim/faults', always(kind));
      const error = await sim.client
        .updateTimeout(first!.id, { version: first!.version, timeoutSeconds: 17 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenesysOperationError);
      expect((error as GenesysOperationError).code).toBe('template-refused');
      expect(await sim.storedAction(first!.id)).toEqual(before);
    });
  }

  for (const kind of ['page-repeat', 'page-short', 'page-empty', 'page-total']) {
    it(`the client names a listing that lies on every read (${kind})`, async () => {
      sim = await startSim({ seed: 'scale:250' });
      await sim.admin('PUT', '/__sim/faults', always(kind));
      const error = await sim.client.listActions().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenesysApiError);
      expect((error as GenesysApiError).kind).toBe('protocol');
      expect((error as Error).message).toMatch(
        /^The listing GET \/api\/v2\/integrations\/actions did not add up on two reads in a row/,
      );
    });
  }

  it('the client reads the whole org when a page lies once', async () => {
    sim = await startSim({ seed: 'scale:250' });
    await sim.admin('PUT', '/__sim/faults', { schedule: [{ kind: 'page-short', from: 3, to: 3 }] });
    const all = await sim.client.listActions();
    expect(all).toHaveLength(250);
    expect(sim.events.some((e) => e.type === 'list-reread')).toBe(true);
  });
});
