import { describe, expect, it } from 'vitest';
import { call, login, useSimulators } from './helpers.js';

const QUERY = '/api/v2/analytics/actions/aggregates/query';
const DAY = 86_400_000;

/** "The last 7 days" as a client asks for it at `now`. */
function lastWeek(now: number): object {
  const interval = `${new Date(now - 7 * DAY).toISOString()}/${new Date(now).toISOString()}`;
  return { interval, metrics: ['tTotalExecution'], groupBy: ['actionId'] };
}

type Results = { results: { group: object; data: { metrics: { stats: object }[] }[] }[] };

describe('observed latency of one window', () => {
  const start = useSimulators();

  it('is the same on every query of the same 7-day window, asked minutes apart', async () => {
    const sim = await start({ seed: 'demo' });
    const token = await login(sim);
    const now = Date.UTC(2026, 11, 14, 10, 5, 0);
    const answers = await Promise.all(
      [0, 60_000, 17 * 60_000, 3_000].map(async (later) => {
        const answer = await call(sim, 'POST', QUERY, { token, body: lastWeek(now + later) });
        return (answer.json as Results).results.map((r) => [r.group, r.data[0]?.metrics[0]?.stats]);
      }),
    );
    expect(answers[0]?.length).toBeGreaterThan(0);
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  });

  it('still differs between different windows', async () => {
    const sim = await start({ seed: 'demo' });
    const token = await login(sim);
    const now = Date.UTC(2026, 11, 14, 10, 5, 0);
    const stats = async (at: number): Promise<unknown> =>
      ((await call(sim, 'POST', QUERY, { token, body: lastWeek(at) })).json as Results).results.map(
        (r) => r.data[0]?.metrics[0]?.stats,
      );
    expect(await stats(now + 3 * DAY)).not.toEqual(await stats(now));
  });
});
