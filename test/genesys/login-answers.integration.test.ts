import { afterEach, describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { createGenesysClient } from '../../src/genesys/client.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  json,
  startFakeGenesys,
  type FakeGenesys,
  type Handler,
} from './helpers/fake-genesys.js';

let fake: FakeGenesys | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function loginAnswering(token: Handler, events: ClientEvent[] = []) {
  fake = await startFakeGenesys(
    (_req, res) => json(res, 200, { entities: [], total: 0, pageCount: 0 }),
    { token },
  );
  const client = createGenesysClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    endpoint: resolveEndpoint({ apiBaseUrl: fake.url }),
    retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    onEvent: (e) => events.push(e),
  });
  const error = await client.listActions().catch((e: unknown) => e);
  await client.close();
  expect(error).toBeInstanceOf(GenesysApiError);
  return error as GenesysApiError;
}

const portal = `<!DOCTYPE html><html><head><title>Corporate SSO</title></head><body>${'<p>sign in</p>'.repeat(50)}</body></html>`;

describe('login answers are named for what they are', () => {
  it('a redirect: something in the way, not the client id and secret', async () => {
    const error = await loginAnswering((_req, res) => {
      res.writeHead(302, { location: 'https://sso.corp.example/login?session=abc' });
      res.end();
    });
    expect(error.kind).toBe('protocol');
    expect(error.message).toMatch(
      /failed with 302: a redirect \(HTTP 302 to sso\.corp\.example\) instead of an OAuth answer: something between this runner and Genesys Cloud/,
    );
    expect(error.message).not.toMatch(/client id and secret|session=abc/);
  });

  it('a 200 HTML page: named by its title, never pasted', async () => {
    const error = await loginAnswering((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(portal);
    });
    expect(error.kind).toBe('protocol');
    expect(error.message).toMatch(
      /an HTML page titled "Corporate SSO" \(\d+ characters\) instead of an OAuth answer/,
    );
    expect(error.message).not.toMatch(/<p>|client id and secret/);
  });

  it('a 401 HTML page from a proxy is not pasted either', async () => {
    const error = await loginAnswering((_req, res) => {
      res.writeHead(401, { 'content-type': 'text/html' });
      res.end(portal);
    });
    expect(error.message).not.toContain('<p>');
    expect(error.message).toMatch(/Corporate SSO/);
  });

  it('a real OAuth refusal still says to check the client id and secret', async () => {
    const error = await loginAnswering((_req, res) =>
      json(res, 401, { error: 'invalid_client', error_description: 'Invalid client credentials' }),
    );
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(
      /invalid_client: Invalid client credentials; check the OAuth client id and secret/,
    );
  });

  it('the login rate limit is not taken for "page size 100 refused"', async () => {
    const events: ClientEvent[] = [];
    const error = await loginAnswering(
      (_req, res) =>
        json(res, 400, { error: 'invalid_request', error_description: 'rate limit exceeded' }),
      events,
    );
    expect(error.kind).toBe('rate-limited');
    expect(events.filter((e) => e.type === 'page-size-fallback')).toEqual([]);
    expect(fake!.apiRequests().filter((r) => r.path.includes('pageSize=25'))).toEqual([]);
  });
});
