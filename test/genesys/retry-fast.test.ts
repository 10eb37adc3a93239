import { afterEach, describe, expect, it } from 'vitest';
import { createGenesysClient } from '../../src/genesys/client.js';
import { resolveEndpoint, type Endpoint } from '../../src/genesys/endpoint.js';
import type { ClientEvent } from '../../src/genesys/events.js';
import { whileNotReady } from '../../src/genesys/function-readiness.js';
import { ApiRequester, type ApiRequesterOptions } from '../../src/genesys/http.js';
import { resolveSettings } from '../../src/genesys/options.js';
import {
  decideRetry,
  DEFAULT_RETRY_POLICY,
  fastRetryScale,
  TEST_FAST_RETRY_ENV,
  type AttemptOutcome,
  type RetryPolicy,
} from '../../src/genesys/retry.js';

const ctx = (retryIndex: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, elapsedMs = 0) => ({
  idempotent: false,
  retryIndex,
  elapsedMs,
  policy,
  random: () => 0.5,
});
const limited = (retryAfterMs?: number): AttemptOutcome => ({
  type: 'status',
  status: 429,
  retryAfterMs,
});
const outcomes: [string, AttemptOutcome][] = [
  ['429 with Retry-After', limited(7_000)],
  ['429 without', limited()],
  ['refused connection', { type: 'network', sent: 'no', code: 'ECONNREFUSED' }],
  ['ambiguous 502', { type: 'status', status: 502, retryAfterMs: undefined }],
  ['PATCH 503 without Retry-After', { type: 'status', status: 503, retryAfterMs: undefined }],
];

function decisions(policy: RetryPolicy): ReturnType<typeof decideRetry>[] {
  return outcomes.flatMap(([, outcome]) =>
    [0, 4, 5].map((retryIndex) => decideRetry(outcome, ctx(retryIndex, policy))),
  );
}

const settings = (endpoint: Endpoint, retryWaitScale?: number) =>
  resolveSettings({ clientId: 'id', clientSecret: 'secret', endpoint, retryWaitScale });
const loopback = resolveEndpoint({ apiBaseUrl: 'http://127.0.0.1:4010' });
const realOrg = resolveEndpoint({ region: 'eu-west-1' });

describe('the test-only fast retry', () => {
  afterEach(() => {
    delete process.env[TEST_FAST_RETRY_ENV];
  });

  it('is asked for only by the variable set to exactly 1', () => {
    expect(fastRetryScale({ [TEST_FAST_RETRY_ENV]: 'true' })).toBeUndefined();
    expect(fastRetryScale({})).toBeUndefined();
    expect(fastRetryScale({ [TEST_FAST_RETRY_ENV]: '1' })).toBe(0.01);
  });

  it('is not read from the environment by the retry policy itself', () => {
    process.env[TEST_FAST_RETRY_ENV] = '1';
    expect(decideRetry(limited(), ctx(0))).toMatchObject({ retry: true, delayMs: 375 });
  });

  it('backs off a hundredth as long on loopback, keeps a stated Retry-After, and decides every retry as at the real values', () => {
    const real = decisions(settings(loopback).retry);
    const fast = decisions(settings(loopback, 0.01).retry);
    expect(fast.map((d) => d.retry)).toEqual(real.map((d) => d.retry));
    expect(fast.map((d) => d.reason)).toEqual(real.map((d) => d.reason));
    // The first outcome states Retry-After: the server's wait is kept; the others are our own
    // back-off, shortened.
    const stated = 3;
    expect(fast.slice(stated).map((d) => (d.retry ? d.delayMs : 0))).toEqual(
      real.slice(stated).map((d) => (d.retry ? Math.round(d.delayMs / 100) : 0)),
    );
    const policy = settings(loopback, 0.01).retry;
    expect(decideRetry(limited(7_000), ctx(0, policy))).toMatchObject({ delayMs: 7_000 });
    expect(decideRetry(limited(), ctx(0, policy))).toMatchObject({ delayMs: 4 });
    // The budget is still measured at the real wait: 10 minutes are refused, not shortened.
    expect(decideRetry(limited(600_000), ctx(0, policy)).retry).toBe(false);
  });

  it('is ignored, with a warning, for an endpoint that is not loopback', () => {
    const resolved = settings(realOrg, 0.01);
    expect(decideRetry(limited(), ctx(0, resolved.retry))).toMatchObject({ delayMs: 375 });
    expect(resolved.warnings).toEqual([
      expect.stringMatching(
        /ignoring the test-only fast retry .*api\.mypurecloud\.ie.*not loopback/,
      ),
    ]);
    // A proxy URL that only looks local is not loopback either.
    const proxy = resolveEndpoint({ apiBaseUrl: 'https://127.0.0.1.example.com' });
    expect(settings(proxy, 0.01).retry.waitScale).toBeUndefined();
    expect(settings(resolveEndpoint({ apiBaseUrl: 'http://[::1]:9' }), 0.01).retry.waitScale).toBe(
      0.01,
    );
    expect(settings(resolveEndpoint({ apiBaseUrl: 'http://localhost:9' }), 0.01).warnings).toEqual(
      [],
    );
  });

  it('reaches the run log as a warning event when the client is made for a real org', async () => {
    const events: ClientEvent[] = [];
    const client = createGenesysClient({
      clientId: 'id',
      clientSecret: 'secret',
      endpoint: realOrg,
      retryWaitScale: 0.01,
      onEvent: (event) => events.push(event),
    });
    await client.close();
    expect(events).toEqual([
      { type: 'setting-ignored', message: expect.stringContaining('not loopback') },
    ]);
  });

  it('waits for a function draft to be ready a hundredth as long, with the same tries', async () => {
    const waits = async (policy: RetryPolicy): Promise<number[]> => {
      const slept: number[] = [];
      // Only the clock and the policy take part in a readiness wait.
      const api = new ApiRequester({
        policy,
        sleep: (ms: number) => Promise.resolve(void slept.push(ms)),
      } as unknown as ApiRequesterOptions);
      let tries = 0;
      const made = await whileNotReady(
        api,
        'a1',
        'its function was not made',
        () => true,
        () => (++tries < 3 ? Promise.reject(new Error('404')) : Promise.resolve('made')),
      );
      expect(made).toBe('made');
      return slept;
    };
    expect(await waits(settings(loopback).retry)).toEqual([500, 1000]);
    expect(await waits(settings(loopback, 0.01).retry)).toEqual([5, 10]);
    expect(await waits(settings(realOrg, 0.01).retry)).toEqual([500, 1000]);
  });

  it('refuses a scale that would lengthen or zero the waits', () => {
    expect(() => settings(loopback, 0)).toThrow(/retryWaitScale/);
    expect(() => settings(loopback, 2)).toThrow(/retryWaitScale/);
  });
});
