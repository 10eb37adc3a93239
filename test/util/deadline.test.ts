import { describe, expect, it } from 'vitest';
import { ConcurrencyPool } from '../../src/genesys/pool.js';
import { RateBudget } from '../../src/genesys/rate-budget.js';
import {
  cancellableSleep,
  deadlineSignal,
  DeadlinePassedError,
  untilAborted,
} from '../../src/util/deadline.js';

const timers = (): number =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('waits cancelled by the run deadline', () => {
  it('a long sleep rejects at the deadline and leaves no timer behind', async () => {
    const before = timers();
    const signal = deadlineSignal(Date.now() + 50);
    const started = Date.now();
    await expect(cancellableSleep(60_000, signal)).rejects.toBeInstanceOf(DeadlinePassedError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('a deadline already passed rejects at once', async () => {
    const signal = deadlineSignal(Date.now() - 1);
    await expect(untilAborted(new Promise(() => undefined), signal)).rejects.toThrow(
      'the run deadline passed',
    );
  });

  it('a caller queued for a pool slot is released with the deadline, the slot count intact', async () => {
    const signal = deadlineSignal(Date.now() + 50);
    const pool = new ConcurrencyPool(1, signal);
    let release!: () => void;
    const holder = pool.run(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = pool.run(async () => 'ran');
    await expect(queued).rejects.toBeInstanceOf(DeadlinePassedError);
    release();
    await holder;
  });

  it('a caller waiting a minute for the rate budget is released with the deadline', async () => {
    const signal = deadlineSignal(Date.now() + 50);
    const budget = new RateBudget({
      limit: 1,
      windowMs: 60_000,
      now: Date.now,
      sleep: (ms) => cancellableSleep(ms, signal),
      signal,
    });
    (await budget.acquire())();
    const started = Date.now();
    await expect(budget.acquire()).rejects.toBeInstanceOf(DeadlinePassedError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
