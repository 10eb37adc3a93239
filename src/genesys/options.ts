import { GcTimeoutsError } from '../util/errors.js';
import { isLoopback } from './credentials.js';
import type { Endpoint } from './endpoint.js';
import { DEFAULT_RETRY_POLICY, TEST_FAST_RETRY_ENV, type RetryPolicy } from './retry.js';

/** Pure resolution of client options into endpoints and limits, with usage errors for bad input. */

/** Where the client connects and how hard it may push; the client's own hooks come on top. */
export interface ClientSettings {
  clientId: string;
  clientSecret: string;
  /** Where the org is: resolved once by the caller (resolveEndpoint); the client has no default. */
  endpoint: Endpoint;
  /**
   * The most requests in flight. Unset, the client starts at 8 and then keeps as many in flight
   * as the stated rate limit and the latency seen call for (2 to 32).
   */
  concurrency?: number;
  /**
   * Client-side rate budget per token. Unset, the client paces to the limit the server states in
   * `inin-ratelimit-allowed` (300, the documented default, until it has said); set, it never goes
   * above this.
   */
  requestsPerMinute?: number;
  /** The window `requestsPerMinute` applies to, default 60 000 ms; tests shorten it. */
  rateWindowMs?: number;
  /** Default 10 000. Applies to the client's own connection pool, not to a supplied `dispatcher`. */
  connectTimeoutMs?: number;
  /** Headers and body of one attempt, default 30 000. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * TEST ONLY: every retry wait times this (0 < scale <= 1). Honoured only when the API and login
   * hosts are loopback (the simulator); for any other endpoint it is ignored with a warning, so a
   * real org is never asked again sooner than it said.
   */
  retryWaitScale?: number | undefined;
  userAgent?: string;
}

export interface ResolvedSettings {
  apiBaseUrl: string;
  apiHost: string;
  tokenUrl: string;
  concurrency: number;
  /** The explicit `concurrency`, a ceiling; undefined lets the client choose. */
  maxConcurrency: number | undefined;
  requestsPerMinute: number;
  /** The explicit `requestsPerMinute`, a ceiling on any stated limit. */
  requestsPerMinuteCap: number | undefined;
  budgetWindowMs: number;
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  retry: RetryPolicy;
  userAgent: string;
  /** Settings given but not honoured, for the run's log (never carry secrets). */
  warnings: string[];
}

export const DEFAULTS = {
  concurrency: 8,
  requestsPerMinute: 300,
  rateWindowMs: 60_000,
  connectTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  userAgent: 'gc-timeouts',
} as const;

function usage(message: string): GcTimeoutsError {
  return new GcTimeoutsError('usage', message);
}

function positive(
  name: string,
  value: number | undefined,
  fallback: number,
  integer = false,
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw usage(`${name} must be a positive ${integer ? 'integer' : 'number'}, got ${value}`);
  }
  return value;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw usage(`${name} must be 0 or more, got ${value}`);
  return value;
}

function resolveRetry(retry: Partial<RetryPolicy>): RetryPolicy {
  return {
    maxRetries: nonNegative('retry.maxRetries', retry.maxRetries, DEFAULT_RETRY_POLICY.maxRetries),
    maxTotalMs: nonNegative('retry.maxTotalMs', retry.maxTotalMs, DEFAULT_RETRY_POLICY.maxTotalMs),
    baseDelayMs: nonNegative(
      'retry.baseDelayMs',
      retry.baseDelayMs,
      DEFAULT_RETRY_POLICY.baseDelayMs,
    ),
    maxDelayMs: nonNegative('retry.maxDelayMs', retry.maxDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs),
  };
}

/** The test-only wait scale, honoured for loopback endpoints only. */
function resolveWaitScale(options: ClientSettings): { waitScale?: number; warning?: string } {
  const scale = options.retryWaitScale;
  if (scale === undefined || scale === 1) return {};
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
    throw usage(`retryWaitScale must be above 0 and at most 1, got ${scale}`);
  }
  const { apiBaseUrl, loginBaseUrl } = options.endpoint;
  if ([apiBaseUrl, loginBaseUrl].every((url) => isLoopback(new URL(url).hostname))) {
    return { waitScale: scale };
  }
  return {
    warning: `ignoring the test-only fast retry (${TEST_FAST_RETRY_ENV}) for ${options.endpoint.apiHost}, which is not loopback: retries wait as long as Genesys Cloud asks`,
  };
}

export function resolveSettings(options: ClientSettings): ResolvedSettings {
  if (options.clientId.trim() === '') throw usage('the OAuth client id is empty');
  if (options.clientSecret === '') throw usage('the OAuth client secret is empty');
  const concurrency = positive('concurrency', options.concurrency, DEFAULTS.concurrency, true);
  const requestsPerMinute = positive(
    'requestsPerMinute',
    options.requestsPerMinute,
    DEFAULTS.requestsPerMinute,
    true,
  );
  const { waitScale, warning } = resolveWaitScale(options);
  return {
    apiBaseUrl: options.endpoint.apiBaseUrl,
    apiHost: options.endpoint.apiHost,
    tokenUrl: `${options.endpoint.loginBaseUrl}/oauth/token`,
    concurrency,
    maxConcurrency: options.concurrency === undefined ? undefined : concurrency,
    requestsPerMinute,
    requestsPerMinuteCap: options.requestsPerMinute === undefined ? undefined : requestsPerMinute,
    retry: {
      ...resolveRetry(options.retry ?? {}),
      ...(waitScale === undefined ? {} : { waitScale }),
    },
    budgetWindowMs: positive('rateWindowMs', options.rateWindowMs, DEFAULTS.rateWindowMs),
    connectTimeoutMs: positive(
      'connectTimeoutMs',
      options.connectTimeoutMs,
      DEFAULTS.connectTimeoutMs,
    ),
    requestTimeoutMs: positive(
      'requestTimeoutMs',
      options.requestTimeoutMs,
      DEFAULTS.requestTimeoutMs,
    ),
    userAgent: options.userAgent ?? DEFAULTS.userAgent,
    warnings: warning === undefined ? [] : [warning],
  };
}
