import type { Clock } from './clock.js';

const WINDOW_MS = 60_000;

/**
 * Requests per access token in a sliding 60 s window (GENESYS_API.md §4: 300 per minute per
 * client-credentials token). Refused requests do not count against the window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    readonly limitPerMinute: number,
  ) {}

  /** Records the request and returns 0, or returns the seconds to wait before retrying. */
  take(key: string): number {
    if (this.limitPerMinute <= 0) return 0;
    const now = this.clock.now();
    let times = this.windows.get(key);
    if (times === undefined) {
      times = [];
      this.windows.set(key, times);
    }
    let expired = 0;
    while (expired < times.length && (times[expired] as number) <= now - WINDOW_MS) expired++;
    if (expired > 0) times.splice(0, expired);
    if (times.length >= this.limitPerMinute) {
      const oldest = times[0] as number;
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
    times.push(now);
    return 0;
  }

  reset(): void {
    this.windows.clear();
  }
}
