import { afterEach, describe, expect, it } from 'vitest';
import {
  decideRetry,
  DEFAULT_RETRY_POLICY,
  TEST_FAST_RETRY_ENV,
  type AttemptOutcome,
} from '../../src/genesys/retry.js';

const ctx = (retryIndex: number, elapsedMs = 0) => ({
  idempotent: false,
  retryIndex,
  elapsedMs,
  policy: DEFAULT_RETRY_POLICY,
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

function decisions(): ReturnType<typeof decideRetry>[] {
  return outcomes.flatMap(([, outcome]) =>
    [0, 4, 5].map((retryIndex) => decideRetry(outcome, ctx(retryIndex))),
  );
}

describe('the test-only fast retry (GC_TIMEOUTS_TEST_FAST_RETRY=1)', () => {
  afterEach(() => {
    delete process.env[TEST_FAST_RETRY_ENV];
  });

  it('is off unless the variable is exactly 1', () => {
    process.env[TEST_FAST_RETRY_ENV] = 'true';
    expect(decideRetry(limited(7_000), ctx(0))).toMatchObject({ retry: true, delayMs: 7_000 });
  });

  it('backs off a hundredth as long, keeps a stated Retry-After, and decides every retry as at the real values', () => {
    const real = decisions();
    process.env[TEST_FAST_RETRY_ENV] = '1';
    const fast = decisions();
    expect(fast.map((d) => d.retry)).toEqual(real.map((d) => d.retry));
    expect(fast.map((d) => d.reason)).toEqual(real.map((d) => d.reason));
    // The first outcome states Retry-After: the server's wait is kept (a per-second function limit
    // would otherwise refuse every hurried retry); the others are our own back-off, shortened.
    const stated = 3;
    expect(fast.slice(stated).map((d) => (d.retry ? d.delayMs : 0))).toEqual(
      real.slice(stated).map((d) => (d.retry ? Math.round(d.delayMs / 100) : 0)),
    );
    expect(decideRetry(limited(7_000), ctx(0))).toMatchObject({ delayMs: 7_000, pauseAll: true });
    // The budget is still measured at the real wait: 10 minutes are refused, not shortened.
    expect(decideRetry(limited(600_000), ctx(0)).retry).toBe(false);
  });
});
