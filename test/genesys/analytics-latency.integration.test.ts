import { afterEach, describe, expect, it } from 'vitest';
import { buildLatencyQuery, FILTER_LIMIT } from '../../src/genesys/analytics.js';
import type { SimulatorOptions } from '../../simulator/index.js';
import { startSim, type SimHarness } from './helpers/sim.js';

let sim: SimHarness | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const DAY = 86_400_000;
const week = (): string =>
  `${new Date(Date.now() - 7 * DAY).toISOString()}/${new Date().toISOString()}`;
const AGGREGATES = '/api/v2/analytics/actions/aggregates';

async function open(options: SimulatorOptions = {}): Promise<{ s: SimHarness; ids: string[] }> {
  sim = await startSim(
    { seed: 'scale:300', rateLimitPerMinute: 0, ...options },
    { analyticsJobs: { firstPollMs: 20, maxPollMs: 40, maxWaitMs: 5_000 } },
  );
  const ids = (await sim.client.listActions()).map((a) => a.id);
  await sim.admin('DELETE', '/__sim/requests');
  return { s: sim, ids };
}

const lines = async (s: SimHarness): Promise<string[]> =>
  (await s.requests()).map((r) => `${r.status} ${r.method} ${r.path}`);

const bodyOf = async (s: SimHarness, path: string): Promise<Record<string, unknown>> =>
  (await s.requests()).find((r) => r.path === path)?.body as Record<string, unknown>;

describe('latency in O(1) queries', () => {
  it('reads every action of the org in one query grouped by actionId, with no filter', async () => {
    const { s, ids } = await open();
    const progress: [number, number][] = [];
    const read = await s.client.readActionLatency({ actionIds: ids }, week(), (d, t) =>
      progress.push([d, t]),
    );
    expect(await lines(s)).toEqual([`200 POST ${AGGREGATES}/query`]);
    const body = await bodyOf(s, `${AGGREGATES}/query`);
    expect(body).toMatchObject({ groupBy: ['actionId'], metrics: ['tTotalExecution'] });
    expect(body).not.toHaveProperty('filter');
    expect(read.via).toBe('query');
    expect(read.unavailable).toBeUndefined();
    expect(read.byAction.size).toBeGreaterThan(200);
    for (const [id, stats] of read.byAction) {
      expect(ids).toContain(id);
      expect(stats.p99).toBeGreaterThanOrEqual(stats.p95 ?? Infinity);
    }
    expect(progress[0]).toEqual([0, ids.length]);
    expect(progress.at(-1)).toEqual([ids.length, ids.length]);
  });

  it('keeps only the actions asked for, and names a few ids or integrations in the filter', async () => {
    const { s, ids } = await open();
    const few = ids.slice(0, 3);
    const read = await s.client.readActionLatency({ actionIds: few }, week());
    expect([...read.byAction.keys()].every((id) => few.includes(id))).toBe(true);
    const body = await bodyOf(s, `${AGGREGATES}/query`);
    expect(body.filter).toMatchObject({
      type: 'or',
      predicates: few.map((value) => ({ dimension: 'actionId', value })),
    });

    const many = ids.slice(0, FILTER_LIMIT + 10);
    const query = buildLatencyQuery({ actionIds: many, integrationIds: ['i-1', 'i-2'] }, 'x/y');
    expect(query.filter?.predicates.map((p) => `${p.dimension}=${p.value}`)).toEqual([
      'integrationId=i-1',
      'integrationId=i-2',
    ]);
    expect(buildLatencyQuery({ actionIds: many }, 'x/y').filter).toBeUndefined();
  });

  it('asks for an id given twice once, and filters by ids when the distinct ones fit', async () => {
    const { s, ids } = await open();
    const few = ids.slice(0, 3);
    // Each action twice (two managed fields): 6 ids given, 3 asked for, 3 counted as wanted.
    const totals: number[] = [];
    const read = await s.client.readActionLatency(
      { actionIds: [...few, ...few] },
      week(),
      (_d, t) => totals.push(t),
    );
    expect([...read.byAction.keys()].sort()).toEqual([...few].sort());
    expect(new Set(totals)).toEqual(new Set([3]));
    const body = await bodyOf(s, `${AGGREGATES}/query`);
    expect(body.filter).toMatchObject({
      predicates: few.map((value) => ({ dimension: 'actionId', value })),
    });
    expect((body.filter as { predicates: unknown[] }).predicates).toHaveLength(3);

    // Past the filter's limit only when the distinct ids are.
    const fit = ids.slice(0, FILTER_LIMIT);
    const twice = buildLatencyQuery({ actionIds: [...fit, ...fit] }, 'x/y');
    expect(twice.filter?.predicates).toHaveLength(FILTER_LIMIT);
    const over = buildLatencyQuery({ actionIds: [...fit, ids[FILTER_LIMIT] ?? ''] }, 'x/y');
    expect(over.filter).toBeUndefined();
  });

  it('submits a job when the sync query is refused as too large, polls it and pages its results', async () => {
    const { s, ids } = await open({
      analytics: { syncMaxGroups: 100, jobQueuedMs: 60, jobRunningMs: 60, jobPageSize: 50 },
    });
    const progress: number[] = [];
    const read = await s.client.readActionLatency({ actionIds: ids }, week(), (d) =>
      progress.push(d),
    );
    const log = await lines(s);
    expect(log[0]).toBe(`400 POST ${AGGREGATES}/query`);
    expect(log[1]).toBe(`202 POST ${AGGREGATES}/jobs`);
    const polls = log.filter((l) => /GET .*\/jobs\/[^/]+$/.test(l));
    expect(polls.length).toBeGreaterThanOrEqual(2);
    const pages = log.filter((l) => l.includes('/results'));
    expect(read.via).toBe('job');
    expect(pages).toHaveLength(Math.ceil(read.byAction.size / 50));
    // The same evidence the sync query gives when it is allowed.
    await s.admin('PUT', '/__sim/analytics', { syncMaxGroups: 0 });
    const sync = await s.client.readActionLatency({ actionIds: ids }, week());
    expect(read.byAction.size).toBe(sync.byAction.size);
    expect(progress.at(-1)).toBe(ids.length);
  });

  it('reports a failed job and gives up on one that never ends, deleting it', async () => {
    const { s, ids } = await open({
      analytics: { syncMaxGroups: 1, jobFails: true, jobQueuedMs: 0, jobRunningMs: 0 },
    });
    const failed = await s.client.readActionLatency({ actionIds: ids }, week());
    expect(failed.unavailable).toMatchObject({ reason: 'job-failed' });
    expect(failed.unavailable?.message).toMatch(/FAILED: The analytics job failed/);
    expect(failed.byAction.size).toBe(0);

    await s.admin('PUT', '/__sim/analytics', { jobFails: false, jobQueuedMs: 600_000 });
    const slow = s.newClient({ analyticsJobs: { firstPollMs: 20, maxPollMs: 50, maxWaitMs: 300 } });
    await s.admin('DELETE', '/__sim/requests');
    const late = await slow.readActionLatency({ actionIds: ids }, week());
    expect(late.unavailable).toMatchObject({ reason: 'job-timeout' });
    expect(late.unavailable?.message).toMatch(/still QUEUED after 0 s/);
    const log = await lines(s);
    expect(log.at(-1)).toMatch(new RegExp(`^204 DELETE ${AGGREGATES}/jobs/`));
    // Bounded: a handful of polls with back-off, not a busy loop.
    expect(log.filter((l) => l.includes('GET')).length).toBeLessThan(12);
  });
});

describe('analytics readings', () => {
  it('forbidden: no evidence, the reason names the permission, no job is tried', async () => {
    const { s, ids } = await open({ analytics: 'forbidden' });
    const read = await s.client.readActionLatency({ actionIds: ids }, week());
    expect(read).toMatchObject({ via: 'none', unavailable: { reason: 'forbidden', status: 403 } });
    expect(read.unavailable?.message).toContain('integrations:action:view');
    expect(await lines(s)).toEqual([`403 POST ${AGGREGATES}/query`]);
  });

  it('no-percentiles: counts come back, p95/p99 do not, and the reading says how many', async () => {
    const { s, ids } = await open({ analytics: 'no-percentiles' });
    const read = await s.client.readActionLatency({ actionIds: ids }, week());
    expect(read.unavailable).toBeUndefined();
    expect(read.byAction.size).toBeGreaterThan(200);
    expect(read.withoutPercentiles).toBe(read.byAction.size);
    for (const stats of read.byAction.values()) {
      expect(stats).toEqual({ count: stats.count });
      expect(stats.count).toBeGreaterThan(0);
    }
  });

  it('empty: analytics answered, no runs: nothing missing to report', async () => {
    const { s, ids } = await open({ analytics: 'empty' });
    const read = await s.client.readActionLatency({ actionIds: ids }, week());
    expect(read).toMatchObject({ via: 'query', withoutPercentiles: 0 });
    expect(read.unavailable).toBeUndefined();
    expect(read.byAction.size).toBe(0);
  });

  it('a refused job after a refused query is reported as refused, not thrown', async () => {
    const { s, ids } = await open();
    const read = await s.client.readActionLatency({ actionIds: ids }, 'not-an-interval');
    expect(read.unavailable).toMatchObject({ reason: 'refused', status: 400 });
    expect(await lines(s)).toEqual([`400 POST ${AGGREGATES}/query`, `400 POST ${AGGREGATES}/jobs`]);
  });
});
