import { afterEach, describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { createGenesysClient } from '../../src/genesys/client.js';
import { GenesysOperationError } from '../../src/genesys/errors.js';
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

const live = {
  id: 'custom_-_x',
  name: 'Lookup',
  category: 'CRM',
  version: 4,
  config: {
    request: {
      requestUrlTemplate: 'https://crm/x',
      requestTemplateUri: '/t',
      requestType: 'POST',
      headers: {},
    },
    response: { translationMap: {}, successTemplateUri: '/s' },
  },
};

const answers: [string, Record<string, string>, string][] = [
  [
    'a captive portal',
    { 'content-type': 'text/html' },
    '<html><head><title>Sign in</title></head></html>',
  ],
  ['the action JSON', { 'content-type': 'application/json' }, JSON.stringify(live)],
  ['an empty body', { 'content-type': 'text/plain' }, ''],
];

describe('a template read answered 200 by something else', () => {
  for (const [what, headers, body] of answers) {
    it(`refuses the action and sends no PATCH: ${what}`, async () => {
      fake = await startFakeGenesys((req, res) => {
        if (req.method === 'GET' && req.path.includes('/templates/successtemplate.vm')) {
          res.writeHead(200, headers);
          res.end(body);
        } else if (req.method === 'GET' && req.path.includes('/templates/')) {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('{"id": "${input.id}"}');
        } else if (req.method === 'GET') json(res, 200, live);
        else json(res, 200, { ...live, version: 5 });
      });
      const client = createGenesysClient({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
      });
      const error = await client
        .updateTimeout('custom_-_x', { version: 4, timeoutSeconds: 12 })
        .catch((e: unknown) => e);
      await client.close();
      expect(error).toBeInstanceOf(GenesysOperationError);
      expect((error as GenesysOperationError).code).toBe('template-refused');
      expect((error as Error).message).toMatch(/successtemplate\.vm is not its success template/);
      expect(fake.apiRequests().filter((r) => r.method === 'PATCH')).toEqual([]);
    });
  }
});
