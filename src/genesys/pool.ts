import { abortReason } from '../util/deadline.js';

/**
 * A bounded pool: at most `size` tasks run at once; the rest wait in arrival order. The size can
 * change while tasks run (the client sizes it from the stated rate limit and the latency seen).
 */
export class ConcurrencyPool {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  /** `signal` (the run deadline) turns every wait for a slot into a rejection when it aborts. */
  constructor(
    private currentSize: number,
    private readonly signal?: AbortSignal,
  ) {
    ConcurrencyPool.check(currentSize);
  }

  get size(): number {
    return this.currentSize;
  }

  /** A smaller size takes effect as running tasks end; a larger one starts waiting tasks now. */
  resize(size: number): void {
    ConcurrencyPool.check(size);
    this.currentSize = size;
    while (this.active < this.currentSize && this.waiting.length > 0) {
      this.active += 1;
      this.waiting.shift()?.();
    }
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.signal?.aborted === true) throw abortReason(this.signal);
    if (this.active >= this.currentSize) await this.waitForSlot();
    else this.active += 1;
    try {
      return await task();
    } finally {
      const next = this.active <= this.currentSize ? this.waiting.shift() : undefined;
      // The slot passes straight to the next waiter, so `active` stays the same.
      if (next === undefined) this.active -= 1;
      else next();
    }
  }

  /** Resolves holding a slot handed over by a finishing task, or rejects (without one) on abort. */
  private waitForSlot(): Promise<void> {
    const signal = this.signal;
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.waiting.indexOf(handOver);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(abortReason(signal as AbortSignal));
      };
      const handOver = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiting.push(handOver);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private static check(size: number): void {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${size}`);
    }
  }
}
