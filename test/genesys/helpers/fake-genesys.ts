import {
  createGenesysClient,
  type GenesysClient,
  type GenesysClientOptions,
} from '../../../src/genesys/client.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveEndpoint } from '../../../src/genesys/endpoint.js';

/** A tiny loopback stand-in for Genesys Cloud: each test supplies the routes it needs. */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void | Promise<void>;

export interface FakeGenesys {
  url: string;
  requests: RecordedRequest[];
  /** API requests only (not /oauth/token). */
  apiRequests(): RecordedRequest[];
  close(): Promise<void>;
}

export const CLIENT_ID = 'test-client-id';
export const CLIENT_SECRET = 'sUpEr-SeCrEt-vAlUe-123';

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export const tokenValue = (n: number): string => `access-token-${n}-0f3c9a7d5e1b`;

/** Issues tokenValue(1), tokenValue(2), … to the right credentials, and `invalid_client` otherwise. */
export function tokenRoute(options: { expiresIn?: number } = {}): Handler {
  let issued = 0;
  const expected = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;
  return (req, res) => {
    if (req.headers.authorization !== expected || req.body !== 'grant_type=client_credentials') {
      json(res, 401, { error: 'invalid_client', error_description: 'Invalid client credentials' });
      return;
    }
    issued += 1;
    json(res, 200, {
      access_token: tokenValue(issued),
      token_type: 'bearer',
      expires_in: options.expiresIn ?? 86400,
    });
  };
}

export async function startFakeGenesys(
  routes: (req: RecordedRequest, res: ServerResponse) => void | Promise<void>,
  options: { token?: Handler } = {},
): Promise<FakeGenesys> {
  const requests: RecordedRequest[] = [];
  const token = options.token ?? tokenRoute();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const handler = recorded.path === '/oauth/token' ? token : routes;
      Promise.resolve(handler(recorded, res)).catch((error: unknown) => {
        json(res, 500, { message: String(error), code: 'test.handler.failed', status: 500 });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    apiRequests: () => requests.filter((r) => r.path !== '/oauth/token'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A clock for the client that only moves when the client sleeps: retries and waits take no real time. */
export function fakeClock(start = 1_000_000): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  sleeps: number[];
} {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
      await Promise.resolve();
    },
    sleeps,
  };
}

export const BASIC = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');

/** A client for `fake` on a fake clock: retries and rate waits take no real time. */
export function connectFake(
  f: FakeGenesys,
  over: Partial<GenesysClientOptions> = {},
): GenesysClient {
  const clock = fakeClock();
  return createGenesysClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    endpoint: resolveEndpoint({ apiBaseUrl: f.url }),
    now: clock.now,
    sleep: clock.sleep,
    ...over,
  });
}
