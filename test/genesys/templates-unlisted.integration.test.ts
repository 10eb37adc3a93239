import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient } from '../../src/genesys/client.js';
import { buildTimeoutConfig, templateFetches } from '../../src/genesys/config-patch.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  json,
  startFakeGenesys,
  type FakeGenesys,
} from './helpers/fake-genesys.js';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';

let fake: FakeGenesys | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('a template the GET returned neither inline nor by URI', () => {
  it('is read anyway (404 meaning none), so the PATCH cannot wipe it', async () => {
    const live = {
      id: 'custom_-_x',
      name: 'Lookup',
      category: 'CRM',
      version: 4,
      config: {
        request: { requestUrlTemplate: 'https://crm/x', requestType: 'POST', headers: {} },
        response: { translationMap: {} },
      },
    };
    fake = await startFakeGenesys((req, res) => {
      if (
        req.method === 'GET' &&
        req.path.startsWith('/api/v2/integrations/actions/custom_-_x/templates/requesttemplate.vm')
      ) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('{"id": "${input.id}"}');
      } else if (req.method === 'GET' && req.path.includes('/templates/')) {
        json(res, 404, {
          message: 'The requested resource was not found.',
          code: 'not.found',
          status: 404,
        });
      } else if (req.method === 'GET') {
        json(res, 200, live);
      } else {
        json(res, 200, { ...live, version: 5 });
      }
    });
    const client = createGenesysClient({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
    });
    await client.updateTimeout('custom_-_x', { version: 4, timeoutSeconds: 12 });
    await client.close();
    const patch = fake.apiRequests().find((r) => r.method === 'PATCH');
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({
      name: 'Lookup',
      category: 'CRM',
      version: 4,
      config: {
        request: {
          requestUrlTemplate: 'https://crm/x',
          requestType: 'POST',
          headers: {},
          requestTemplate: '{"id": "${input.id}"}',
        },
        response: { translationMap: {}, translationMapDefaults: {} },
        timeoutSeconds: 12,
      },
    });
  });

  it('is optional to read, while a URI without text is required', () => {
    expect(templateFetches({ request: { requestTemplateUri: '/t' }, response: {} })).toEqual([
      { file: 'requesttemplate.vm', required: true },
      { file: 'successtemplate.vm', required: false },
    ]);
    expect(buildTimeoutConfig({ response: { translationMap: {} } }, { success: 'ok' }, 3)).toEqual({
      response: { translationMap: {}, successTemplate: 'ok', translationMapDefaults: {} },
      timeoutSeconds: 3,
      request: { headers: {} },
    });
  });
});
