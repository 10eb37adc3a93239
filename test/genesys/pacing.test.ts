import { describe, expect, it } from 'vitest';
import { chooseConcurrency, LatencyAverage } from '../../src/genesys/concurrency.js';
import { grantHint, permissionsNamed } from '../../src/genesys/errors.js';
import { parseStatedLimit } from '../../src/genesys/pacing.js';
import { ConcurrencyPool } from '../../src/genesys/pool.js';

describe('chooseConcurrency', () => {
  it('starts from the initial value until a latency is known', () => {
    expect(chooseConcurrency({ requestsPerMinute: 300, latencyMs: undefined, initial: 8 })).toBe(8);
  });

  it('keeps enough in flight to send a window of budget in 2 % of the window', () => {
    // 300/min at 200 ms: 300 × 200 ms / 1.2 s = 50, capped at 32.
    expect(chooseConcurrency({ requestsPerMinute: 300, latencyMs: 200, initial: 8 })).toBe(32);
    // 300/min at 40 ms: 10 in flight; 180/min at 20 ms: 3.
    expect(chooseConcurrency({ requestsPerMinute: 300, latencyMs: 40, initial: 8 })).toBe(10);
    expect(chooseConcurrency({ requestsPerMinute: 180, latencyMs: 20, initial: 8 })).toBe(3);
  });

  it('grows with the stated limit and shrinks with it', () => {
    const at = (rate: number) =>
      chooseConcurrency({ requestsPerMinute: rate, latencyMs: 60, initial: 8 });
    expect(at(180)).toBeLessThan(at(300));
    expect(at(300)).toBeLessThan(at(600));
  });

  it('stays within min and max, and an explicit max of 1 holds', () => {
    expect(chooseConcurrency({ requestsPerMinute: 1, latencyMs: 1, initial: 8 })).toBe(2);
    expect(chooseConcurrency({ requestsPerMinute: 1e9, latencyMs: 20, initial: 8 })).toBe(32);
    expect(
      chooseConcurrency({ requestsPerMinute: 1e9, latencyMs: 20, initial: 8, max: 1, min: 1 }),
    ).toBe(1);
  });

  it('averages latency with recent answers weighing most', () => {
    const avg = new LatencyAverage(0.5);
    avg.add(100);
    avg.add(200);
    expect(avg.ms).toBe(150);
    avg.add(Number.NaN);
    expect(avg.ms).toBe(150);
  });
});

describe('ConcurrencyPool.resize', () => {
  it('starts waiting tasks when it grows and holds new ones back when it shrinks', async () => {
    const pool = new ConcurrencyPool(1);
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const task = () =>
      pool.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
      });
    const all = [task(), task(), task(), task()];
    await Promise.resolve();
    expect(running).toBe(1);
    pool.resize(3);
    await Promise.resolve();
    expect(running).toBe(3);
    pool.resize(1);
    while (gates.length > 0) {
      gates.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    await Promise.all(all);
    expect(peak).toBe(3);
    expect(() => pool.resize(0)).toThrow(RangeError);
  });
});

describe('parseStatedLimit', () => {
  it('reads allowed, count and reset; ignores what is not a number', () => {
    expect(
      parseStatedLimit({
        'inin-ratelimit-allowed': '180',
        'inin-ratelimit-count': '7',
        'inin-ratelimit-reset': '42',
      }),
    ).toEqual({ allowed: 180, count: 7, resetMs: 42_000 });
    expect(
      parseStatedLimit({ 'inin-ratelimit-allowed': 'lots', 'inin-ratelimit-reset': '-1' }),
    ).toEqual({});
    expect(parseStatedLimit({ 'inin-ratelimit-allowed': '0' })).toEqual({});
  });
});

describe('permissionsNamed', () => {
  it('reads the permission from message, messageWithParams or messageParams, never from code', () => {
    const base = { status: 403, code: 'integrations:integration:view', contextId: 'c' };
    expect(permissionsNamed({ ...base, message: 'Missing integrations:action:edit.' })).toEqual([
      'integrations:action:edit',
    ]);
    expect(
      permissionsNamed({
        ...base,
        message: 'Forbidden',
        messageWithParams: 'You lack {p}',
        messageParams: { p: 'integrations:actionFunction:view' },
      }),
    ).toEqual(['integrations:actionFunction:view']);
    expect(permissionsNamed({ ...base, message: 'You are not authorized' })).toEqual([]);
  });

  it('says what to grant, or where to look when the answer names nothing', () => {
    expect(grantHint(['integrations:integration:view'])).toContain(
      'lacks integrations:integration:view',
    );
    expect(grantHint([])).toContain(
      "the answer names no permission: check the OAuth client's roles and divisions",
    );
  });
});
