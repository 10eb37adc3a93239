import { describe, expect, it } from 'vitest';
import { budgetWait, RateBudget } from '../../src/genesys/rate-budget.js';
import { fakeClock } from './helpers/fake-genesys.js';
import { maxInWindow } from './helpers/windows.js';

describe('budgetWait', () => {
  it('lets requests through while the window has room', () => {
    expect(budgetWait([0, 10, 20], 0, 30, 4, 1000, 0)).toEqual({ waitMs: 0, reason: 'budget' });
  });
  it('waits until enough finished requests leave the window', () => {
    expect(budgetWait([0, 10, 20, 30], 0, 40, 4, 1000, 0)).toEqual({
      waitMs: 960,
      reason: 'budget',
    });
    expect(budgetWait([0, 10, 20, 30], 0, 40, 2, 1000, 0)).toEqual({
      waitMs: 980,
      reason: 'budget',
    });
    expect(budgetWait([0, 10], 2, 40, 4, 1000, 0)).toEqual({ waitMs: 960, reason: 'budget' });
  });
  it('ignores requests that finished more than a window ago', () => {
    expect(budgetWait([0, 10, 1500], 0, 1600, 2, 1000, 0)).toEqual({ waitMs: 0, reason: 'budget' });
  });
  it('waits for a release when every slot is held by a request in flight', () => {
    expect(budgetWait([], 2, 0, 2, 1000, 0)).toEqual({ waitMs: 'release', reason: 'budget' });
  });
  it('waits for a pause when it is the longer wait', () => {
    expect(budgetWait([], 0, 100, 4, 1000, 5100)).toEqual({ waitMs: 5000, reason: 'paused' });
    expect(budgetWait([0, 10], 0, 20, 2, 1000, 50)).toEqual({ waitMs: 980, reason: 'budget' });
  });
});

describe('RateBudget', () => {
  it('keeps every 60 s window at or under the limit over a run that needs several windows', async () => {
    const clock = fakeClock(0);
    const waits: number[] = [];
    const budget = new RateBudget({
      limit: 60,
      windowMs: 60_000,
      now: clock.now,
      sleep: clock.sleep,
      onWait: (w) => waits.push(w.waitMs),
    });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 250 }, async () => {
        const release = await budget.acquire();
        starts.push(clock.now());
        release();
      }),
    );
    expect(starts).toHaveLength(250);
    expect(maxInWindow(starts, 60_000)).toBe(60);
    // It paces rather than stalls: 250 requests at 60/min need just over 4 minutes.
    expect(Math.max(...starts)).toBe(4 * 60_000);
    expect(waits.length).toBeGreaterThan(0);
  });

  it('counts a slow request from its send until a window after its answer', async () => {
    const clock = fakeClock(0);
    const budget = new RateBudget({ limit: 2, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const first = await budget.acquire();
    const second = await budget.acquire();
    let thirdAt: number | undefined;
    const third = budget.acquire().then((release) => {
      thirdAt = clock.now();
      return release;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(thirdAt).toBeUndefined(); // both slots are in flight
    second();
    first(); // the answers arrive at t=0; the window must pass from there
    await third;
    expect(thirdAt).toBe(1000);
  });

  it('holds every caller during a pause, and a pause is never shortened', async () => {
    const clock = fakeClock(0);
    const budget = new RateBudget({
      limit: 100,
      windowMs: 1000,
      now: clock.now,
      sleep: clock.sleep,
    });
    budget.pauseUntil(5000);
    budget.pauseUntil(2000);
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3].map(async () => {
        (await budget.acquire())();
        starts.push(clock.now());
      }),
    );
    expect(starts.every((t) => t >= 5000)).toBe(true);
  });

  it('refuses a budget below one request', () => {
    const clock = fakeClock(0);
    expect(
      () => new RateBudget({ limit: 0, windowMs: 1, now: clock.now, sleep: clock.sleep }),
    ).toThrow();
  });
});
