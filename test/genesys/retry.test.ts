import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  decideRetry,
  DEFAULT_RETRY_POLICY,
  formatSeconds,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryPolicy,
} from '../../src/genesys/retry.js';

const policy: RetryPolicy = {
  maxRetries: 5,
  maxTotalMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};
const ctx = (idempotent: boolean, over: Partial<Parameters<typeof decideRetry>[1]> = {}) => ({
  idempotent,
  retryIndex: 0,
  elapsedMs: 0,
  policy,
  random: () => 0.5,
  ...over,
});
const status = (s: number, retryAfterMs?: number): AttemptOutcome => ({
  type: 'status',
  status: s,
  retryAfterMs,
});

describe('parseRetryAfter', () => {
  it('reads integer seconds as Genesys sends them', () => {
    expect(parseRetryAfter('5', 0)).toBe(5000);
    expect(parseRetryAfter(' 0 ', 0)).toBe(0);
    expect(parseRetryAfter(['12', '3'], 0)).toBe(12_000);
    expect(parseRetryAfter('1.5', 0)).toBe(1500);
  });
  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });
  it('ignores missing or garbage values', () => {
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter('', 0)).toBeUndefined();
    expect(parseRetryAfter('-3', 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles per retry, stays between half and all of the step, and is capped', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(250);
    expect(backoffDelay(0, policy, () => 1)).toBe(500);
    expect(backoffDelay(3, policy, () => 0)).toBe(2000);
    expect(backoffDelay(3, policy, () => 0.999)).toBeLessThanOrEqual(4000);
    expect(backoffDelay(20, policy, () => 1)).toBe(8000);
    expect(backoffDelay(20, policy, () => 0)).toBe(4000);
  });
});

describe('decideRetry', () => {
  it('retries reads on 429, 408, 500, 502, 503, 504, resets and timeouts, but not on 501 or 4xx', () => {
    for (const s of [429, 408, 500, 502, 503, 504])
      expect(decideRetry(status(s), ctx(true)).retry).toBe(true);
    expect(decideRetry(status(500), ctx(false)).retry).toBe(false);
    for (const s of [400, 401, 403, 404, 409, 501]) {
      expect(decideRetry(status(s), ctx(true)).retry).toBe(false);
    }
    expect(
      decideRetry({ type: 'network', sent: 'maybe', code: 'ECONNRESET' }, ctx(true)).retry,
    ).toBe(true);
    expect(decideRetry({ type: 'timeout' }, ctx(true)).retry).toBe(true);
  });

  it('retries writes only when the server provably did not act', () => {
    expect(decideRetry(status(429), ctx(false)).retry).toBe(true);
    expect(decideRetry(status(408), ctx(false)).retry).toBe(true);
    expect(decideRetry(status(503, 2000), ctx(false)).retry).toBe(true);
    expect(
      decideRetry({ type: 'network', sent: 'no', code: 'ECONNREFUSED' }, ctx(false)).retry,
    ).toBe(true);
    expect(decideRetry(status(503), ctx(false)).retry).toBe(false);
    expect(decideRetry(status(502), ctx(false)).retry).toBe(false);
    expect(decideRetry(status(504), ctx(false)).retry).toBe(false);
    expect(
      decideRetry({ type: 'network', sent: 'maybe', code: 'ECONNRESET' }, ctx(false)).retry,
    ).toBe(false);
    expect(decideRetry({ type: 'timeout' }, ctx(false)).retry).toBe(false);
  });

  it('honours Retry-After and pauses every request only on 429', () => {
    const v429 = decideRetry(status(429, 7000), ctx(true));
    expect(v429).toMatchObject({ retry: true, delayMs: 7000, pauseAll: true });
    const v503 = decideRetry(status(503, 3000), ctx(true));
    expect(v503).toMatchObject({ retry: true, delayMs: 3000, pauseAll: false });
    const noHeader = decideRetry(status(429), ctx(true, { retryIndex: 2 }));
    expect(noHeader).toMatchObject({ retry: true, delayMs: backoffDelay(2, policy, () => 0.5) });
  });

  it('stops at the retry count and at the total time budget', () => {
    expect(decideRetry(status(503), ctx(true, { retryIndex: 5 }))).toMatchObject({
      retry: false,
      reason: 'gave up after 5 retries',
    });
    const late = decideRetry(status(429, 30_000), ctx(true, { elapsedMs: 40_000 }));
    expect(late.retry).toBe(false);
    expect(late.reason).toContain('60 s retry budget');
  });

  it('has bounded defaults', () => {
    expect(DEFAULT_RETRY_POLICY.maxRetries).toBeGreaterThan(0);
    expect(DEFAULT_RETRY_POLICY.maxTotalMs).toBeLessThanOrEqual(300_000);
  });
});

describe('formatSeconds', () => {
  it('prints durations the way people read them', () => {
    expect(formatSeconds(30_000)).toBe('30 s');
    expect(formatSeconds(200)).toBe('0.2 s');
    expect(formatSeconds(1234)).toBe('1.23 s');
  });
});
