import { afterEach, describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { describeFailure, failureReason } from '../../src/app/failure.js';
import { createGenesysClient, type GenesysClient } from '../../src/genesys/client.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  json,
  startFakeGenesys,
  type FakeGenesys,
} from './helpers/fake-genesys.js';

let fake: FakeGenesys | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function clientAnswering(body: string): Promise<GenesysClient> {
  fake = await startFakeGenesys((req, res) => {
    if (req.method !== 'GET') return json(res, 405, {});
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return createGenesysClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
  });
}

const action = { id: 'a1', name: 'x', version: 1 };
const cases: [string, string, (c: GenesysClient) => Promise<unknown>, RegExp][] = [
  [
    'a list answered null',
    'null',
    (c) => c.listActions(),
    /answered 200 with a body Genesys Cloud does not send: the answer is null, not a JSON object$/,
  ],
  [
    'entities: null',
    '{"entities": null, "total": 3}',
    (c) => c.listActions(),
    /: entities is null, not a list$/,
  ],
  [
    'an entity that is null',
    '{"entities": [null], "total": 1}',
    (c) => c.listActions({ includeConfig: true }),
    /: entities\[0\] is null, not an object$/,
  ],
  [
    'an action with config: null',
    JSON.stringify({ ...action, config: null }),
    (c) => c.getAction('a1', { includeConfig: true }),
    /^GET \/api\/v2\/integrations\/actions\/a1\?includeConfig=true answered 200 .*: config is null, not an object$/,
  ],
  [
    'a listed action with config: null',
    JSON.stringify({ entities: [{ ...action, config: null }], total: 1, pageCount: 1 }),
    (c) => c.listActions({ includeConfig: true }),
    /: entities\[0\]\.config is null, not an object$/,
  ],
  [
    'config.request: null',
    JSON.stringify({ ...action, config: { request: null } }),
    (c) => c.getAction('a1', { includeConfig: true }),
    /: config\.request is null, not an object$/,
  ],
];

describe('odd answers are protocol errors that name the request and the field', () => {
  for (const [what, body, call, message] of cases) {
    it(what, async () => {
      const client = await clientAnswering(body);
      const error = await call(client).catch((e: unknown) => e);
      await client.close();
      expect(error).toBeInstanceOf(GenesysApiError);
      expect((error as GenesysApiError).kind).toBe('protocol');
      expect((error as Error).message).toMatch(message);
      expect(failureReason(error)).toBe('protocol-error');
      expect(describeFailure(error)).toMatch(/^protocol error: GET /);
      expect(describeFailure(error)).not.toMatch(/Cannot (read|destructure)/);
    });
  }
});
