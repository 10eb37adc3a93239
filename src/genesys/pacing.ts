import { chooseConcurrency, CONCURRENCY_LIMITS, LatencyAverage } from './concurrency.js';
import type { ConcurrencyPool } from './pool.js';
import type { RateBudget } from './rate-budget.js';
import type { RawResponse } from './transport.js';

/**
 * What a Genesys answer says about the rate limit (GENESYS_API.md §10): `inin-ratelimit-allowed`
 * (the limit), `-count` (requests counted in the window) and `-reset` (seconds until it resets).
 * Each is left out when absent or not a non-negative number.
 */
export interface StatedLimit {
  allowed?: number;
  count?: number;
  resetMs?: number;
}

function header(headers: RawResponse['headers'], name: string): number | undefined {
  const raw = headers[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}

export function parseStatedLimit(headers: RawResponse['headers']): StatedLimit {
  const out: StatedLimit = {};
  const allowed = header(headers, 'inin-ratelimit-allowed');
  if (allowed !== undefined && allowed >= 1) out.allowed = Math.floor(allowed);
  const count = header(headers, 'inin-ratelimit-count');
  if (count !== undefined) out.count = count;
  const reset = header(headers, 'inin-ratelimit-reset');
  if (reset !== undefined) out.resetMs = Math.round(reset * 1000);
  return out;
}

export interface PacerOptions {
  budget: RateBudget;
  pool: ConcurrencyPool;
  /** An explicit `requestsPerMinute`: never go above it, whatever the server states. */
  limitCap: number | undefined;
  /** Requests in flight before any latency is known, and the most ever (an explicit setting). */
  initialConcurrency: number;
  maxConcurrency: number | undefined;
  windowMs: number;
  now: () => number;
}

/**
 * Paces to what the server states instead of a fixed 300 a minute (above it too, when the org
 * allows more), and sizes the pool from that limit and the latency seen.
 */
export class Pacer {
  private readonly latency = new LatencyAverage();
  /** The last `inin-ratelimit-allowed` seen. */
  stated: number | undefined;

  constructor(private readonly o: PacerOptions) {}

  observe(res: RawResponse, latencyMs: number): StatedLimit {
    const stated = parseStatedLimit(res.headers);
    if (stated.allowed !== undefined) {
      this.stated = stated.allowed;
      const cap = this.o.limitCap;
      this.o.budget.setLimit(cap === undefined ? stated.allowed : Math.min(cap, stated.allowed));
    }
    this.yieldToOthers(stated);
    this.latency.add(latencyMs);
    const max = this.o.maxConcurrency;
    this.o.pool.resize(
      chooseConcurrency({
        requestsPerMinute: this.o.budget.limit,
        latencyMs: this.latency.ms,
        initial: this.o.initialConcurrency,
        ...(max === undefined ? {} : { max, min: Math.min(CONCURRENCY_LIMITS.min, max) }),
        windowMs: this.o.windowMs,
      }),
    );
    return stated;
  }

  /**
   * The server counts every request on the token; this client only its own. When the server's
   * window is full but ours is not, someone else is using the token: hold everything until the
   * stated reset rather than run into a 429.
   */
  private yieldToOthers(stated: StatedLimit): void {
    const { count, allowed, resetMs } = stated;
    if (count === undefined || allowed === undefined || resetMs === undefined) return;
    if (count >= allowed && this.o.budget.used() < count) {
      this.o.budget.pauseUntil(this.o.now() + resetMs);
    }
  }
}
