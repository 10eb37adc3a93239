import { abortReason, untilAborted } from '../util/deadline.js';

/**
 * Client-side request budget over a sliding window, so a large run paces itself instead of bouncing
 * off 429s. The server counts a request when it arrives, which we cannot see; we only know it arrived
 * somewhere between our send and the end of its response. So a request occupies the budget from the
 * moment it is sent until `windowMs` after its response ended: then no window of the server's, wherever
 * it falls, can hold more than `limit` of our requests, whatever the network latency.
 * A 429 additionally pauses every caller until its Retry-After has passed, because the limit is shared
 * by everything using the token.
 */

export type BudgetWait =
  | { waitMs: number; reason: 'budget' | 'paused' }
  /** Every slot is held by a request still in flight: wait until one ends. */
  | { waitMs: 'release'; reason: 'budget' };

/**
 * How long the next request must wait. `completed` holds the end times of finished requests in
 * ascending order; `inFlight` counts requests sent and not yet finished.
 */
export function budgetWait(
  completed: readonly number[],
  inFlight: number,
  now: number,
  limit: number,
  windowMs: number,
  pausedUntil: number,
): BudgetWait {
  const recent = completed.filter((end) => end + windowMs > now);
  const used = inFlight + recent.length;
  let windowWait: number | 'release' = 0;
  if (used >= limit) {
    const mustExpire = used - limit + 1;
    const expiring = recent[mustExpire - 1];
    windowWait = expiring === undefined ? 'release' : expiring + windowMs - now;
  }
  const pauseWait = pausedUntil - now;
  if (windowWait === 'release') {
    return pauseWait > 0
      ? { waitMs: pauseWait, reason: 'paused' }
      : { waitMs: 'release', reason: 'budget' };
  }
  if (pauseWait > 0 && pauseWait >= windowWait) return { waitMs: pauseWait, reason: 'paused' };
  return { waitMs: Math.max(0, windowWait), reason: 'budget' };
}

export interface RateBudgetOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onWait?: (wait: { waitMs: number; reason: 'budget' | 'paused' }) => void;
  /** The run deadline: when it aborts, every caller still waiting for a turn rejects. */
  signal?: AbortSignal | undefined;
}

/** Call when the request's exchange is over (answer read, or failed). Calling twice is harmless. */
export type ReleaseSlot = () => void;

export class RateBudget {
  private readonly completed: number[] = [];
  private inFlight = 0;
  private pausedUntil = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private releaseWaiters: (() => void)[] = [];
  private currentLimit: number;

  constructor(private readonly options: RateBudgetOptions) {
    RateBudget.check(options.limit);
    this.currentLimit = options.limit;
  }

  get limit(): number {
    return this.currentLimit;
  }

  /** Adopts another limit (the one the server states); takes effect for the next request. */
  setLimit(limit: number): void {
    RateBudget.check(limit);
    if (limit === this.currentLimit) return;
    this.currentLimit = limit;
    const waiters = this.releaseWaiters;
    this.releaseWaiters = [];
    for (const wake of waiters) wake();
  }

  private static check(limit: number): void {
    if (!(limit >= 1)) throw new RangeError('the rate budget must allow at least 1 request');
  }

  /** Resolves when a request may be sent. Callers are served first come, first served. */
  acquire(): Promise<ReleaseSlot> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Requests this client has in the window now: in flight, or ended less than a window ago. */
  used(): number {
    const at = this.options.now();
    return this.inFlight + this.completed.filter((end) => end + this.options.windowMs > at).length;
  }

  /** Holds every caller until `untilMs` (clock of `now`). Never shortens an existing pause. */
  pauseUntil(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  private async take(): Promise<ReleaseSlot> {
    const { windowMs, now, sleep, onWait, signal } = this.options;
    for (;;) {
      if (signal?.aborted === true) throw abortReason(signal);
      const limit = this.currentLimit;
      const at = now();
      while ((this.completed[0] ?? Number.POSITIVE_INFINITY) + windowMs <= at)
        this.completed.shift();
      const wait = budgetWait(this.completed, this.inFlight, at, limit, windowMs, this.pausedUntil);
      if (wait.waitMs === 'release') {
        await untilAborted(
          new Promise<void>((resolve) => this.releaseWaiters.push(resolve)),
          signal,
        );
      } else if (wait.waitMs > 0) {
        onWait?.({ waitMs: wait.waitMs, reason: wait.reason });
        await untilAborted(sleep(wait.waitMs), signal);
      } else {
        this.inFlight += 1;
        return this.releaser();
      }
    }
  }

  private releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
      const end = this.options.now();
      let i = this.completed.length;
      while (i > 0 && (this.completed[i - 1] ?? 0) > end) i -= 1;
      this.completed.splice(i, 0, end);
      const waiters = this.releaseWaiters;
      this.releaseWaiters = [];
      for (const wake of waiters) wake();
    };
  }
}
