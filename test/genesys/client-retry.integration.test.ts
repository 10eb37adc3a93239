import type { ServerResponse } from 'node:http';
import { Agent, Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient, GenesysClientOptions } from '../../src/genesys/client.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import {
  fakeClock,
  json,
  startFakeGenesys,
  type FakeGenesys,
  connectFake,
} from './helpers/fake-genesys.js';
import { maxInWindow } from './helpers/windows.js';

const action = (id: string) => ({ id, name: `Action ${id}`, version: 1 });
const idOf = (path: string): string => path.replace(/\?.*/, '').split('/').at(-1) ?? '';

let fake: FakeGenesys | undefined;
let client: GenesysClient | undefined;
afterEach(async () => {
  await client?.close();
  await fake?.close();
  client = fake = undefined;
});

function connect(f: FakeGenesys, over: Partial<GenesysClientOptions> = {}): GenesysClient {
  client = connectFake(f, over);
  return client;
}

/** Answers the listed statuses in turn for each path, then 200. */
function sequence(statuses: number[], headers: Record<string, string> = {}) {
  const seen = new Map<string, number>();
  return (req: { path: string }, res: ServerResponse) => {
    const key = idOf(req.path);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const status = statuses[n];
    if (status === undefined) json(res, 200, action(key));
    else
      json(res, status, { message: `status ${status}`, code: `code.${status}`, status }, headers);
  };
}

describe('retries', () => {
  it('recovers a read from a burst of 502/503/504 and counts the retries', async () => {
    fake = await startFakeGenesys(sequence([503, 502, 504]));
    const events: ClientEvent[] = [];
    const c = connect(fake, { onEvent: (e) => events.push(e) });
    await expect(c.getAction('x')).resolves.toMatchObject({ id: 'x' });
    expect(fake.apiRequests()).toHaveLength(4);
    expect(c.stats().retries).toBe(3);
    expect(
      events.filter((e) => e.type === 'retry').map((e) => (e as { status?: number }).status),
    ).toEqual([503, 502, 504]);
  });

  it('gives up after maxRetries with the last error and the attempt count', async () => {
    fake = await startFakeGenesys(sequence([503, 503, 503, 503, 503]));
    const c = connect(fake, { retry: { maxRetries: 2 } });
    const error = (await c.getAction('x').catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toMatchObject({ kind: 'server', status: 503, attempts: 3 });
    expect(error.message).toContain('after 3 attempts');
    expect(fake.apiRequests()).toHaveLength(3);
  });

  it('does not replay a PATCH after an ambiguous 502 or 503 without Retry-After', async () => {
    fake = await startFakeGenesys(sequence([502]));
    const c = connect(fake);
    await expect(c.patchAction('x', { version: 1 })).rejects.toMatchObject({
      kind: 'server',
      status: 502,
    });
    expect(fake.apiRequests()).toHaveLength(1);
  });

  it('replays a PATCH after a 429 or a 503 with Retry-After', async () => {
    fake = await startFakeGenesys(sequence([429, 503], { 'retry-after': '1' }));
    const c = connect(fake);
    await expect(c.patchAction('x', { version: 1 })).resolves.toMatchObject({ id: 'x' });
    expect(fake.apiRequests().map((r) => r.method)).toEqual(['PATCH', 'PATCH', 'PATCH']);
  });

  it('retries a read after a connection reset, but not a PATCH', async () => {
    let resets = 0;
    fake = await startFakeGenesys((req, res) => {
      if (resets < 1 || req.method === 'PATCH') {
        resets += 1;
        res.socket?.destroy();
        return;
      }
      json(res, 200, action('x'));
    });
    const c = connect(fake);
    await expect(c.getAction('x')).resolves.toMatchObject({ id: 'x' });
    const error = await c.patchAction('x', { version: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', method: 'PATCH' });
    expect(fake.apiRequests().filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('pauses every request, not only the limited one, until Retry-After has passed', async () => {
    const clock = fakeClock();
    const received: { id: string; at: number }[] = [];
    let limited = false;
    fake = await startFakeGenesys(async (req, res) => {
      const id = idOf(req.path);
      received.push({ id, at: clock.now() });
      if (id === 'a0' && !limited) {
        limited = true;
        json(
          res,
          429,
          { message: 'Rate limit exceeded', code: 'too.many.requests.retry.after', status: 429 },
          {
            'retry-after': '3',
          },
        );
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
      json(res, 200, action(id));
    });
    const events: ClientEvent[] = [];
    const c = connect(fake, {
      concurrency: 2,
      now: clock.now,
      sleep: clock.sleep,
      onEvent: (e) => events.push(e),
    });
    const start = clock.now();
    const ids = Array.from({ length: 6 }, (_, i) => `a${i}`);
    await Promise.all(ids.map((id) => c.getAction(id)));
    expect(received).toHaveLength(7);
    // Only a0 and a1 (already in flight when the 429 came back) went out before the pause ended.
    const early = received.filter((r) => r.at < start + 3000);
    expect(early.length).toBeLessThanOrEqual(2);
    expect(early.every((r) => r.id === 'a0' || r.id === 'a1')).toBe(true);
    expect(events).toContainEqual({ type: 'rate-wait', waitMs: 3000, reason: 'paused' });
    expect(c.stats().rateWaits).toBeGreaterThan(0);
  });

  it('fails fast with rate-limited when Retry-After exceeds the retry budget', async () => {
    fake = await startFakeGenesys((_req, res) =>
      json(
        res,
        429,
        { message: 'slow down', code: 'too.many.requests', status: 429 },
        { 'retry-after': '600' },
      ),
    );
    const c = connect(fake, { retry: { maxTotalMs: 60_000 } });
    const error = (await c.getAction('x').catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, attempts: 1 });
    expect(fake.apiRequests()).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('turns a response that never comes into a clear timeout error', async () => {
    fake = await startFakeGenesys(() => undefined); // never answers
    const c = connect(fake, { requestTimeoutMs: 150, retry: { maxRetries: 1 } });
    const started = Date.now();
    const error = (await c.getAction('slow').catch((e: unknown) => e)) as GenesysApiError;
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'GET /api/v2/integrations/actions/slow timed out after 0.15 s (2 attempts)',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('times out a body that stalls after the headers, and does not replay a PATCH', async () => {
    fake = await startFakeGenesys((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"x",');
    });
    const c = connect(fake, { requestTimeoutMs: 150 });
    const error = (await c
      .patchAction('x', { version: 1 })
      .catch((e: unknown) => e)) as GenesysApiError;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('PATCH /api/v2/integrations/actions/x timed out after 0.15 s');
    expect(fake.apiRequests()).toHaveLength(1);
  });
});

/** Records the client's clock when each request is handed to the network. */
class RecordingDispatcher extends Dispatcher {
  readonly sent: { path: string; at: number }[] = [];
  private readonly agent = new Agent();
  constructor(private readonly now: () => number) {
    super();
  }
  override dispatch(
    opts: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
  ): boolean {
    this.sent.push({ path: String(opts.path), at: this.now() });
    return this.agent.dispatch(opts, handler);
  }
  override async close(): Promise<void> {
    await this.agent.close();
  }
}

describe('rate budget', () => {
  it('keeps a run of 150 requests at 60 per minute in every 60 s window', async () => {
    const clock = fakeClock(0);
    const dispatcher = new RecordingDispatcher(clock.now);
    fake = await startFakeGenesys((req, res) => json(res, 200, action(idOf(req.path))));
    const events: ClientEvent[] = [];
    const c = connect(fake, {
      requestsPerMinute: 60,
      concurrency: 8,
      now: clock.now,
      sleep: clock.sleep,
      dispatcher,
      onEvent: (e) => events.push(e),
    });
    await Promise.all(Array.from({ length: 150 }, (_, i) => c.getAction(`a${i}`)));
    await dispatcher.close();
    const apiSends = dispatcher.sent.filter((s) => s.path !== '/oauth/token').map((s) => s.at);
    expect(apiSends).toHaveLength(150);
    expect(maxInWindow(apiSends, 60_000)).toBeLessThanOrEqual(60);
    // Paced, not serialised: three windows' worth of work takes a little over two minutes.
    expect(Math.max(...apiSends)).toBeLessThan(3 * 61_000);
    expect(events.some((e) => e.type === 'rate-wait' && e.reason === 'budget')).toBe(true);
  });
});

describe('closing', () => {
  it('refuses calls after close', async () => {
    fake = await startFakeGenesys((_req, res) => json(res, 200, action('x')));
    const c = connect(fake);
    await c.close();
    await expect(c.getAction('x')).rejects.toThrow(/closed/);
    expect(fake.requests).toHaveLength(0);
  });
});
