import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient } from '../../src/genesys/client.js';
import { GcTimeoutsError } from '../../src/util/errors.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
let proxy: Server | undefined;
const saved = { ...process.env };
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  proxy?.closeAllConnections();
  proxy = undefined;
  for (const key of [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
  ]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

/** A forward proxy (CONNECT tunnels and absolute-form requests) that records where it was asked to go. */
async function startProxy(): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  proxy = createHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, seen };
}

describe('credentials only over HTTPS, except to this machine', () => {
  for (const base of ['http://api.example.test', 'http://10.0.0.5:8080', 'http://[fe80::1]']) {
    it(`refuses before sending anything: ${base}`, async () => {
      const client = createGenesysClient({
        clientId: 'id',
        clientSecret: 'a-secret-value',
        endpoint: resolveEndpoint({ apiBaseUrl: base }),
        retry: { maxRetries: 0 },
      });
      const error = await client.listActions().catch((e: unknown) => e);
      await client.close();
      expect(error).toBeInstanceOf(GcTimeoutsError);
      expect((error as GcTimeoutsError).reason).toBe('usage');
      expect((error as Error).message).toMatch(
        /^refusing to send the OAuth client credentials to http:\/\/\S+ over plain HTTP, which anyone on the network can read\. Use an https:\/\/ URL/,
      );
      expect(client.stats().requests).toBe(0);
      expect((error as Error).message).not.toContain('a-secret-value');
    });
  }

  it('talks plain HTTP to loopback (the simulator)', async () => {
    sim = await startSim({ seed: 'scale:3' });
    expect(await sim.client.listActions()).toHaveLength(3);
  });
});

describe('proxies from the environment', () => {
  it('goes through HTTP_PROXY when set, and around it for NO_PROXY hosts', async () => {
    sim = await startSim({ seed: 'scale:3' });
    const { url, seen } = await startProxy();
    process.env['HTTP_PROXY'] = url;
    process.env['NO_PROXY'] = '';
    const via = sim.newClient();
    expect(await via.listActions()).toHaveLength(3);
    await via.close();
    const host = new URL(sim.url).host;
    expect(seen.some((line) => line.includes(host))).toBe(true);

    seen.length = 0;
    process.env['NO_PROXY'] = '127.0.0.1';
    const direct = sim.newClient();
    expect(await direct.listActions()).toHaveLength(3);
    await direct.close();
    expect(seen).toEqual([]);
  });
});
