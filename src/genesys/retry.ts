/**
 * Pure retry policy: which failures are retried, for which methods, and after how long.
 *
 * Writes (PATCH, POST) are retried only when the failure proves the server did not act on them:
 * - 429: the rate limiter rejects before the request reaches the service;
 * - 408: by definition the server did not receive the whole request;
 * - 503 *with* Retry-After: the service says it is unavailable and when to come back; without the header a
 *   503 may come from a gateway after the backend already applied the change;
 * - connection refused, DNS failure or connect timeout: nothing was sent.
 * A 502/504, a reset connection or a stalled response after sending is ambiguous: the change may have been
 * applied. Replaying a versioned PATCH would then fail with a version mismatch on a change that in fact
 * succeeded, so the caller gets the error and re-reads instead (apply verifies by re-reading).
 * Reads (GET) and idempotent writes (PUT, DELETE, the analytics query) are retried on all of the above,
 * and on a 500.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** No retry is started that would end later than this after the first attempt began. */
  maxTotalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Every back-off (not a stated Retry-After) is multiplied by this (default 1) after the retry
   * was decided at the real wait.
   * Below 1 only in tests against loopback servers: the client refuses it for any other endpoint.
   */
  waitScale?: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  maxTotalMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/**
 * TEST ONLY. `GC_TIMEOUTS_TEST_FAST_RETRY=1` asks for every back-off decided here, and every
 * wait for a function draft to be ready (function-readiness.ts), to be cut to a hundredth (never a
 * Retry-After or reset the server stated), so the tests that run the bundles against failing
 * servers do not sleep for real seconds. Only the faces read the variable (fastRetryScale, where
 * they read the rest of the environment) and hand the client a `retryWaitScale`; the client honours
 * it only for a loopback endpoint (options.ts), so a run against a real org waits as Genesys asks.
 */
export const TEST_FAST_RETRY_ENV = 'GC_TIMEOUTS_TEST_FAST_RETRY';
const TEST_FAST_RETRY_SCALE = 0.01;

/** The wait scale the environment asks for: a hundredth with the test variable set to 1, else none. */
export function fastRetryScale(env: NodeJS.ProcessEnv): number | undefined {
  return env[TEST_FAST_RETRY_ENV] === '1' ? TEST_FAST_RETRY_SCALE : undefined;
}

/** A wait this client chose, under the test-only scale. */
export function scaledWait(delayMs: number, policy: RetryPolicy): number {
  const scale = policy.waitScale ?? 1;
  return scale === 1 ? delayMs : Math.round(delayMs * scale);
}

export type AttemptOutcome =
  | { type: 'status'; status: number; retryAfterMs: number | undefined }
  /** `sent: 'no'` when the connection was never made; 'maybe' when it broke after sending began. */
  | { type: 'network'; sent: 'no' | 'maybe'; code: string }
  | { type: 'timeout' };

export interface RetryContext {
  idempotent: boolean;
  /** 0 for the first retry. */
  retryIndex: number;
  elapsedMs: number;
  policy: RetryPolicy;
  random: () => number;
}

export type RetryVerdict =
  | { retry: true; delayMs: number; pauseAll: boolean; reason: string }
  | { retry: false; reason: string };

/**
 * Retry-After as milliseconds. Genesys sends integer seconds (§4); an HTTP date is accepted too.
 * Anything unparsable or negative is ignored.
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  nowMs: number,
): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  // Date.parse accepts bare numbers such as "-3" as years; an HTTP date always has a month name.
  const date = /[a-z]{3}/i.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so retries spread out. */
export function backoffDelay(
  retryIndex: number,
  policy: RetryPolicy,
  random: () => number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.round(step / 2 + random() * (step / 2));
}

export function decideRetry(outcome: AttemptOutcome, ctx: RetryContext): RetryVerdict {
  const classified = classify(outcome, ctx.idempotent);
  if (classified === undefined) return { retry: false, reason: 'not retryable' };
  if (ctx.retryIndex >= ctx.policy.maxRetries) {
    return { retry: false, reason: `gave up after ${ctx.policy.maxRetries} retries` };
  }
  const retryAfter = outcome.type === 'status' ? outcome.retryAfterMs : undefined;
  const stated = retryAfter !== undefined && retryAfter > 0;
  const delayMs = stated ? retryAfter : backoffDelay(ctx.retryIndex, ctx.policy, ctx.random);
  if (ctx.elapsedMs + delayMs > ctx.policy.maxTotalMs) {
    return {
      retry: false,
      reason: `a retry in ${formatSeconds(delayMs)} would exceed the ${formatSeconds(ctx.policy.maxTotalMs)} retry budget`,
    };
  }
  return {
    retry: true,
    // A wait the server stated is its limit's, not ours to shorten, even in tests.
    delayMs: stated ? delayMs : scaledWait(delayMs, ctx.policy),
    pauseAll: classified.pauseAll,
    reason: classified.reason,
  };
}

function classify(
  outcome: AttemptOutcome,
  idempotent: boolean,
): { pauseAll: boolean; reason: string } | undefined {
  switch (outcome.type) {
    case 'status': {
      const { status, retryAfterMs } = outcome;
      // The limit is per token, so every request in flight would hit it too: pause them all.
      if (status === 429) return { pauseAll: true, reason: 'rate limited (429)' };
      if (status === 408) return { pauseAll: false, reason: 'request timeout (408)' };
      if (status === 503 && (idempotent || retryAfterMs !== undefined)) {
        return { pauseAll: false, reason: 'service unavailable (503)' };
      }
      if ((status === 502 || status === 504) && idempotent) {
        return { pauseAll: false, reason: `gateway error (${status})` };
      }
      // A read changes nothing, so a 500 on one is worth another try, as the README promises.
      if (status === 500 && idempotent) return { pauseAll: false, reason: 'server error (500)' };
      return undefined;
    }
    case 'network':
      if (outcome.sent === 'no' || idempotent) {
        return { pauseAll: false, reason: `network error (${outcome.code})` };
      }
      return undefined;
    case 'timeout':
      return idempotent ? { pauseAll: false, reason: 'response timed out' } : undefined;
  }
}

/** "30 s", "0.2 s", "1.5 s": durations as people read them in error messages. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(2))} s`;
}
