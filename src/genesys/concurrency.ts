/**
 * How many requests to keep in flight, from the rate the server states and the latency seen.
 *
 * The rate budget lets a window's worth of requests go at once and then paces them, so beyond
 * the budget more requests in flight only add load; below it they are what keeps a read from
 * being bound by latency. Enough in flight to send a whole window's budget within
 * `burstFraction` of the window (Little's law: in flight = rate × latency) does both: a large
 * read is limited by the budget, not by round trips, and a slow limit does not get a crowd.
 */

export interface ConcurrencyInputs {
  /** The limit in force (stated by the server, or the client's default). */
  requestsPerMinute: number;
  /** Typical time of one exchange, e.g. a moving average; undefined before the first answer. */
  latencyMs: number | undefined;
  /** Used until a latency has been seen. */
  initial: number;
  min?: number;
  max?: number;
  windowMs?: number;
  burstFraction?: number;
}

export const CONCURRENCY_LIMITS = { min: 2, max: 32, burstFraction: 0.02 } as const;

export function chooseConcurrency(inputs: ConcurrencyInputs): number {
  const min = inputs.min ?? CONCURRENCY_LIMITS.min;
  const max = Math.max(min, inputs.max ?? CONCURRENCY_LIMITS.max);
  const clamp = (n: number): number => Math.min(max, Math.max(min, n));
  if (inputs.latencyMs === undefined || !Number.isFinite(inputs.latencyMs)) {
    return clamp(inputs.initial);
  }
  const windowMs = inputs.windowMs ?? 60_000;
  const burstMs = windowMs * (inputs.burstFraction ?? CONCURRENCY_LIMITS.burstFraction);
  const needed = Math.ceil((inputs.requestsPerMinute * Math.max(1, inputs.latencyMs)) / burstMs);
  return clamp(needed);
}

/** An exponentially weighted moving average of exchange times; recent answers count most. */
export class LatencyAverage {
  private value: number | undefined;

  constructor(private readonly weight = 0.2) {}

  add(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    this.value = this.value === undefined ? ms : this.value + this.weight * (ms - this.value);
  }

  get ms(): number | undefined {
    return this.value;
  }
}
