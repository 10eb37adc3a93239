import type { Clock } from './clock.js';

/**
 * Requests per access token in a sliding 60 s window (GENESYS_API.md §4: 300 per minute per
 * client-credentials token), or another window (function requests have a per-second limit,
 * §12). Refused requests do not count against the window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: () => number,
    private readonly windowMs = 60_000,
  ) {}

  get limitPerMinute(): number {
    return this.limit();
  }

  /** Records the request and returns 0, or returns the seconds to wait before retrying. */
  take(key: string): number {
    if (this.limitPerMinute <= 0) return 0;
    const times = this.current(key);
    if (times.length >= this.limitPerMinute) return this.resetSeconds(times);
    times.push(this.clock.now());
    return 0;
  }

  /**
   * What the `inin-ratelimit-*` headers state (GENESYS_API.md §10): requests counted in the
   * window, the limit, and the seconds until the oldest counted request leaves the window.
   */
  status(key: string): { count: number; allowed: number; resetSeconds: number } | undefined {
    if (this.limitPerMinute <= 0) return undefined;
    const times = this.current(key);
    const resetSeconds = times.length === 0 ? this.windowMs / 1000 : this.resetSeconds(times);
    return { count: times.length, allowed: this.limitPerMinute, resetSeconds };
  }

  private current(key: string): number[] {
    const now = this.clock.now();
    let times = this.windows.get(key);
    if (times === undefined) {
      times = [];
      this.windows.set(key, times);
    }
    let expired = 0;
    while (expired < times.length && (times[expired] as number) <= now - this.windowMs) expired++;
    if (expired > 0) times.splice(0, expired);
    return times;
  }

  private resetSeconds(times: number[]): number {
    const oldest = times[0] as number;
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.clock.now()) / 1000));
  }

  reset(): void {
    this.windows.clear();
  }
}
