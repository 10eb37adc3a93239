import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient, type GenesysClient } from '../../src/genesys/client.js';
import {
  GenesysApiError,
  GenesysOperationError,
  isVersionMismatch,
} from '../../src/genesys/errors.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  fakeClock,
  json,
  startFakeGenesys,
  type FakeGenesys,
  type RecordedRequest,
} from './helpers/fake-genesys.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

let fake: FakeGenesys | undefined;
let client: GenesysClient | undefined;
let events: ClientEvent[] = [];
afterEach(async () => {
  await client?.close();
  await fake?.close();
  client = fake = undefined;
  events = [];
});

async function serve(
  routes: (req: RecordedRequest, res: ServerResponse) => void,
): Promise<GenesysClient> {
  fake = await startFakeGenesys(routes);
  const clock = fakeClock();
  client = createGenesysClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
    now: clock.now,
    sleep: clock.sleep,
    onEvent: (e) => events.push(e),
  });
  return client;
}
const calls = (): string[] => (fake?.apiRequests() ?? []).map((r) => `${r.method} ${r.path}`);
const notFound = (res: ServerResponse): void =>
  json(res, 404, {
    message: 'The requested resource was not found.',
    code: 'not.found',
    status: 404,
  });

const BASE = '/api/v2/integrations/actions/custom_-_1';
const LIVE_CONFIG_TEXT =
  '{"request":{"requestUrlTemplate":"https://x/${input.id}","requestTemplateUri":"' +
  BASE +
  '/templates/requesttemplate.vm","requestType":"POST","headers":{"B":"2","A":"1"}},' +
  '"response":{"translationMap":{"z":"$.z","a":"$.a"},"translationMapDefaults":{},"successTemplateUri":"' +
  BASE +
  '/templates/successtemplate.vm"}}';
const LIVE = `{"id":"custom_-_1","name":"Get Order","integrationId":"int","category":"ERP","version":7,"secure":false,"config":${LIVE_CONFIG_TEXT}}`;

describe('updateTimeout', () => {
  it('reads the live config, inlines both templates and PATCHes only the timeout change', async () => {
    const c = await serve((req, res) => {
      if (req.method === 'GET' && req.path === `${BASE}?includeConfig=true`) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(LIVE);
      } else if (req.path.endsWith('/requesttemplate.vm')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('{"id":"${input.id}"}');
      } else if (req.path.endsWith('/successtemplate.vm')) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('${rawResult}');
      } else if (req.method === 'PATCH') json(res, 200, { ...JSON.parse(LIVE), version: 8 });
      else notFound(res);
    });
    const result = await c.updateTimeout('custom_-_1', { version: 7, timeoutSeconds: 20 });
    expect(result.version).toBe(8);
    const patch = fake!.apiRequests().find((r) => r.method === 'PATCH');
    const expectedConfig = LIVE_CONFIG_TEXT.replace(
      `"requestTemplateUri":"${BASE}/templates/requesttemplate.vm"`,
      `"requestTemplate":${JSON.stringify('{"id":"${input.id}"}')}`,
    ).replace(
      `"successTemplateUri":"${BASE}/templates/successtemplate.vm"`,
      '"successTemplate":"${rawResult}"',
    );
    expect(patch?.body).toBe(
      `{"name":"Get Order","category":"ERP","version":7,"config":${expectedConfig.slice(0, -1)},"timeoutSeconds":20}}`,
    );
    expect(patch?.headers['content-type']).toBe('application/json');
  });

  it('uses a supplied live action without reading it again, and removes the override', async () => {
    const c = await serve((req, res) => {
      if (req.method === 'PATCH') {
        json(res, 200, { id: 'custom_-_1', name: 'n', version: 3, config: { request: {} } });
      } else notFound(res);
    });
    await c.updateTimeout('custom_-_1', {
      version: 2,
      timeoutSeconds: null,
      live: {
        id: 'custom_-_1',
        name: 'n',
        version: 2,
        config: { timeoutSeconds: 9, request: { requestTemplate: 't' } },
      },
    });
    expect(calls()).toEqual([`PATCH ${BASE}`]);
    expect(JSON.parse(fake!.apiRequests()[0]?.body ?? '')).toEqual({
      name: 'n',
      version: 2,
      // The maps Terraform always sends ("as API expects", GENESYS_API.md §12) ride along as {}.
      config: {
        request: { requestTemplate: 't', headers: {} },
        response: { translationMap: {}, translationMapDefaults: {} },
      },
    });
  });

  it('refuses when the live action moved on from the planned version, without writing', async () => {
    const c = await serve((_req, res) => notFound(res));
    const error = await c
      .updateTimeout('custom_-_1', {
        version: 2,
        timeoutSeconds: 5,
        live: { id: 'custom_-_1', name: 'n', version: 3, config: {} },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(isVersionMismatch(error)).toBe(true);
    expect(calls()).toEqual([]);
  });

  it.each([
    ['static_e7b86b86-1', 'static-action'],
    ['customAuth_-_int-1', 'custom-auth-action'],
  ])('refuses %s client-side', async (id, code) => {
    const c = await serve((_req, res) => notFound(res));
    const error = await c
      .updateTimeout(id, { version: 1, timeoutSeconds: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysOperationError);
    expect(error).toMatchObject({ code, actionId: id });
    expect(calls()).toEqual([]);
  });

  it('refuses an action read without its config rather than wiping it', async () => {
    const c = await serve((_req, res) => notFound(res));
    const error = await c
      .updateTimeout('custom_-_1', {
        version: 1,
        timeoutSeconds: 5,
        live: { id: 'custom_-_1', name: 'n', version: 1 },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'missing-config' });
  });
});

/** A function action on a fake server; `zip` and `draft` control its state. */
function functionServer(state: { draft: boolean; zip: boolean; publishFails?: boolean }) {
  return (req: RecordedRequest, res: ServerResponse): void => {
    const path = req.path.replace(/\?.*/, '');
    const fn = {
      description: 'Scores',
      handler: 'src/index.handler',
      runtime: 'nodejs22.x',
      timeoutSeconds: 15,
      zipId: state.zip ? 'zip-1' : undefined,
    };
    if (path === `${BASE}/draft` && req.method === 'GET') {
      if (state.draft) json(res, 200, { id: 'custom_-_1', name: 'Score', version: 2 });
      else notFound(res);
    } else if (path === `${BASE}/draft` && req.method === 'POST') {
      state.draft = true;
      json(res, 200, { id: 'custom_-_1', name: 'Score', version: 1 });
    } else if (path === `${BASE}/draft` && req.method === 'DELETE') {
      state.draft = false;
      res.writeHead(204).end();
    } else if (path === `${BASE}/draft/function` && req.method === 'GET') {
      json(res, 200, {
        function: fn,
        ...(state.zip ? { zip: { id: 'zip-1', status: 'Available' } } : {}),
      });
    } else if (path === `${BASE}/draft/function` && req.method === 'PUT') {
      json(res, 200, { function: JSON.parse(req.body) });
    } else if (path === `${BASE}/draft/publish` && req.method === 'POST') {
      if (state.publishFails)
        json(res, 400, { message: 'Draft is invalid', code: 'bad.request', status: 400 });
      else {
        state.draft = false;
        json(res, 200, { id: 'custom_-_1', name: 'Score', version: 5 });
      }
    } else if (path === `${BASE}/function` && req.method === 'GET') {
      json(res, 200, { function: { ...fn, timeoutSeconds: 12 } });
    } else notFound(res);
  };
}

describe('updateFunctionTimeout', () => {
  it('creates a draft, sets the function timeout and publishes with the draft version', async () => {
    const c = await serve(functionServer({ draft: false, zip: true }));
    const published = await c.updateFunctionTimeout('custom_-_1', 12);
    expect(published.function?.timeoutSeconds).toBe(12);
    expect(calls()).toEqual([
      `GET ${BASE}/draft`,
      `POST ${BASE}/draft`,
      `GET ${BASE}/draft/function`,
      `PUT ${BASE}/draft/function`,
      `GET ${BASE}/draft`,
      `POST ${BASE}/draft/publish`,
      `GET ${BASE}/function`,
    ]);
    const bodies = fake!.apiRequests().map((r) => r.body);
    expect(JSON.parse(bodies[3] ?? '')).toEqual({
      description: 'Scores',
      handler: 'src/index.handler',
      runtime: 'nodejs22.x',
      timeoutSeconds: 12,
    });
    expect(JSON.parse(bodies[5] ?? '')).toEqual({ version: 2 });
  });

  it('refuses when someone else already has a draft, touching nothing', async () => {
    const c = await serve(functionServer({ draft: true, zip: true }));
    const error = await c.updateFunctionTimeout('custom_-_1', 12).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GenesysOperationError', code: 'draft-exists' });
    expect(calls()).toEqual([`GET ${BASE}/draft`]);
  });

  it('deletes its draft and explains when the draft has no ZIP', async () => {
    const state = { draft: false, zip: false };
    const c = await serve(functionServer(state));
    const error = (await c
      .updateFunctionTimeout('custom_-_1', 12)
      .catch((e: unknown) => e)) as GenesysOperationError;
    expect(error.code).toBe('function-zip-required');
    expect(error.message).toMatch(/ZIP/);
    expect(state.draft).toBe(false);
    expect(calls().at(-1)).toBe(`DELETE ${BASE}/draft`);
    expect(events).toContainEqual({ type: 'draft-cleanup', actionId: 'custom_-_1', ok: true });
  });

  it('deletes its draft when publishing fails', async () => {
    const state = { draft: false, zip: true, publishFails: true };
    const c = await serve(functionServer(state));
    await expect(c.updateFunctionTimeout('custom_-_1', 12)).rejects.toMatchObject({
      kind: 'validation',
      status: 400,
    });
    expect(state.draft).toBe(false);
  });
});

describe('readActionLatency', () => {
  it('asks for tTotalExecution by actionId in one query and keeps the ids asked for', async () => {
    const c = await serve((req, res) => {
      const body = JSON.parse(req.body) as { filter?: unknown };
      expect(body.filter).toBeUndefined();
      json(res, 200, {
        results: ['custom_-_0', 'custom_-_1', 'not-asked-for'].map((actionId) => ({
          group: { actionId },
          data: [
            {
              interval: 'i',
              metrics: [
                {
                  metric: 'tTotalExecution',
                  stats: { count: 4, min: 10, max: 900, sum: 1000, p95: 800, p99: 880 },
                },
              ],
            },
          ],
        })),
      });
    });
    const ids = Array.from({ length: 120 }, (_, i) => `custom_-_${i}`);
    const read = await c.readActionLatency(
      { actionIds: ids },
      '2026-01-01T00:00:00Z/2026-01-31T00:00:00Z',
    );
    const posts = fake!.apiRequests();
    expect(posts).toHaveLength(1);
    const first = JSON.parse(posts[0]?.body ?? '') as Record<string, unknown>;
    expect(first).toMatchObject({
      metrics: ['tTotalExecution'],
      groupBy: ['actionId'],
      interval: '2026-01-01T00:00:00Z/2026-01-31T00:00:00Z',
    });
    expect([...read.byAction.keys()]).toEqual(['custom_-_0', 'custom_-_1']);
    // What the plan uses; min, max and sum are not kept.
    expect(read.byAction.get('custom_-_0')).toEqual({ count: 4, p95: 800, p99: 880 });
  });

  it.each([
    [400, 'refused'],
    [403, 'forbidden'],
    [500, 'error'],
  ])('answers %i with no evidence and the reason, never an exception', async (status, reason) => {
    const c = await serve((_req, res) => json(res, status, { message: 'nope', status }));
    const read = await c.readActionLatency({ actionIds: ['a'] }, 'i');
    expect(read.byAction.size).toBe(0);
    expect(read.unavailable).toMatchObject({ reason, status, message: 'nope' });
  });
});
