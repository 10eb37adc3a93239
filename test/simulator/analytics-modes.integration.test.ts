import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs } from '../../simulator/command-args.js';
import { runSimulatorCommand } from '../../simulator/command.js';
import type { RunningSimulator, SimulatorOptions } from '../../simulator/index.js';
import { DEMO, call, login, useSimulators } from './helpers.js';

const AGGREGATES = '/api/v2/analytics/actions/aggregates';
const WEEK = '2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z';
const BY_ACTION = { interval: WEEK, metrics: ['tTotalExecution'], groupBy: ['actionId'] };

describe('analytics modes', () => {
  const start = useSimulators();

  async function open(
    options: SimulatorOptions,
  ): Promise<{ sim: RunningSimulator; token: string }> {
    const sim = await start({ seed: 'demo', admin: true, ...options });
    return { sim, token: await login(sim) };
  }

  it('full answers p95 and p99; no-percentiles leaves them out and keeps the rest', async () => {
    const full = await open({});
    const withP = await call(full.sim, 'POST', `${AGGREGATES}/query`, {
      token: full.token,
      body: BY_ACTION,
    });
    const bare = await open({ analytics: 'no-percentiles' });
    const withoutP = await call(bare.sim, 'POST', `${AGGREGATES}/query`, {
      token: bare.token,
      body: BY_ACTION,
    });
    expect(withoutP.status).toBe(200);
    const statsOf = (json: { results: { data: { metrics: { stats: object }[] }[] }[] }) =>
      json.results.map((r) => r.data[0]?.metrics[0]?.stats);
    for (const stats of statsOf(withP.json)) expect(Object.keys(stats ?? {})).toContain('p99');
    const stripped = statsOf(withoutP.json);
    expect(stripped.length).toBe(withP.json.results.length);
    for (const stats of stripped) {
      expect(Object.keys(stats ?? {}).sort()).toEqual(['count', 'max', 'min', 'sum']);
    }
  });

  it('empty answers no results; forbidden answers 403 naming the permission, jobs included', async () => {
    const empty = await open({ analytics: 'empty' });
    const none = await call(empty.sim, 'POST', `${AGGREGATES}/query`, {
      token: empty.token,
      body: BY_ACTION,
    });
    expect(none).toMatchObject({ status: 200, json: {} });

    const denied = await open({ analytics: 'forbidden' });
    for (const path of [`${AGGREGATES}/query`, `${AGGREGATES}/jobs`]) {
      const answer = await call(denied.sim, 'POST', path, { token: denied.token, body: BY_ACTION });
      expect(answer.status).toBe(403);
      expect(answer.json).toMatchObject({
        status: 403,
        message: expect.stringContaining('integrations:action:view'),
        messageWithParams: expect.any(String),
        messageParams: { permissions: expect.stringContaining('integrations:action:view') },
        contextId: expect.any(String),
      });
    }
    // The data actions themselves stay readable: only analytics is refused.
    const list = await call(denied.sim, 'GET', '/api/v2/integrations/actions', {
      token: denied.token,
    });
    expect(list.status).toBe(200);
  });

  it('changes mode and limits over the admin API, and refuses a bad setting', async () => {
    const { sim, token } = await open({});
    const put = await call(sim, 'PUT', '/__sim/analytics', { body: { mode: 'forbidden' } });
    expect(put.json).toMatchObject({ mode: 'forbidden' });
    const query = () => call(sim, 'POST', `${AGGREGATES}/query`, { token, body: BY_ACTION });
    expect((await query()).status).toBe(403);
    await call(sim, 'PUT', '/__sim/analytics', { body: { mode: 'full', syncMaxGroups: 3 } });
    const refused = await query();
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/asynchronous job/);
    expect((await call(sim, 'GET', '/__sim/analytics')).json).toMatchObject({
      mode: 'full',
      syncMaxGroups: 3,
    });
    const bad = await call(sim, 'PUT', '/__sim/analytics', { body: { mode: 'sometimes' } });
    expect(bad.status).toBe(400);
    expect(bad.json.message).toMatch(/full, no-percentiles, empty, forbidden/);
  });

  it('refuses a sync interval longer than syncMaxDays that a job accepts', async () => {
    const { sim, token } = await open({ analytics: { syncMaxDays: 3 } });
    const sync = await call(sim, 'POST', `${AGGREGATES}/query`, { token, body: BY_ACTION });
    expect(sync.status).toBe(400);
    expect(sync.json.details[0]).toMatchObject({ fieldName: 'interval' });
    const job = await call(sim, 'POST', `${AGGREGATES}/jobs`, { token, body: BY_ACTION });
    expect(job.status).toBe(202);
  });

  it('takes --analytics and --analytics-sync-max on the command line, as --help says', async () => {
    let help = '';
    const io = { stdout: { write: (t: string) => (help += t) }, stderr: { write: () => true } };
    expect(await runSimulatorCommand(['--help'], io)).toBe(0);
    expect(help).toMatch(/--analytics MODE +full \(default\), no-percentiles/);
    expect(help).toContain('--analytics-sync-max N');
    expect(parseSimulatorArgs(['--analytics', 'no-percentiles'])).toMatchObject({
      analytics: { mode: 'no-percentiles', syncMaxGroups: 0 },
    });
    expect(parseSimulatorArgs(['--analytics-sync-max', '500'])).toMatchObject({
      analytics: { mode: 'full', syncMaxGroups: 500 },
    });
    expect(() => parseSimulatorArgs(['--analytics', 'partial'])).toThrow(
      /--analytics must be full, no-percentiles, empty, forbidden/,
    );
  });
});

describe('analytics jobs', () => {
  const start = useSimulators();

  it('moves QUEUED, PENDING, FULFILLED on the clock and pages results by cursor', async () => {
    const sim = await start({ seed: 'demo', analytics: { jobQueuedMs: 1000, jobRunningMs: 1000 } });
    const token = await login(sim);
    const all = await call(sim, 'POST', `${AGGREGATES}/query`, { token, body: BY_ACTION });
    const submitted = await call(sim, 'POST', `${AGGREGATES}/jobs`, {
      token,
      body: { ...BY_ACTION, pageSize: 4 },
    });
    expect(submitted.status).toBe(202);
    const { jobId } = submitted.json as { jobId: string };
    const status = async () =>
      (await call(sim, 'GET', `${AGGREGATES}/jobs/${jobId}`, { token })).json;
    expect(await status()).toMatchObject({ state: 'QUEUED', submissionDate: expect.any(String) });
    const early = await call(sim, 'GET', `${AGGREGATES}/jobs/${jobId}/results`, { token });
    expect(early.status).toBe(400);
    sim.state.advanceClock(1000);
    expect((await status()).state).toBe('PENDING');
    sim.state.advanceClock(1000);
    expect(await status()).toMatchObject({
      state: 'FULFILLED',
      completionDate: expect.any(String),
      expirationDate: expect.any(String),
    });

    const pages: unknown[][] = [];
    let cursor: string | undefined;
    do {
      const query = cursor === undefined ? '' : `?cursor=${encodeURIComponent(cursor)}`;
      const page = await call(sim, 'GET', `${AGGREGATES}/jobs/${jobId}/results${query}`, { token });
      expect(page.status).toBe(200);
      pages.push(page.json.results ?? []);
      cursor = page.json.cursor;
    } while (cursor !== undefined);
    expect(pages.length).toBe(Math.ceil(all.json.results.length / 4));
    expect(pages.every((p) => p.length <= 4)).toBe(true);
    expect(pages.flat()).toEqual(all.json.results);

    const bad = await call(sim, 'GET', `${AGGREGATES}/jobs/${jobId}/results?cursor=nonsense`, {
      token,
    });
    expect(bad.status).toBe(400);
    const deleted = await call(sim, 'DELETE', `${AGGREGATES}/jobs/${jobId}`, { token });
    expect(deleted.status).toBe(204);
    expect((await call(sim, 'GET', `${AGGREGATES}/jobs/${jobId}`, { token })).status).toBe(404);
  });

  it('ends FAILED with an errorMessage when told to, and refuses a bad query at submission', async () => {
    const sim = await start({
      seed: 'demo',
      analytics: { jobFails: true, jobQueuedMs: 0, jobRunningMs: 0 },
    });
    const token = await login(sim);
    const { json } = await call(sim, 'POST', `${AGGREGATES}/jobs`, { token, body: BY_ACTION });
    const status = await call(sim, 'GET', `${AGGREGATES}/jobs/${json.jobId}`, { token });
    expect(status.json).toMatchObject({ state: 'FAILED', errorMessage: expect.any(String) });
    const bad = await call(sim, 'POST', `${AGGREGATES}/jobs`, {
      token,
      body: { interval: WEEK, metrics: ['tTalk'] },
    });
    expect(bad.status).toBe(400);
    const badPage = await call(sim, 'POST', `${AGGREGATES}/jobs`, {
      token,
      body: { ...BY_ACTION, pageSize: 5000 },
    });
    expect(badPage.status).toBe(400);
  });

  it('answers a job with the same groups as the query, filtered the same way', async () => {
    const sim = await start({ seed: 'demo', analytics: { jobQueuedMs: 0, jobRunningMs: 0 } });
    const token = await login(sim);
    const body = {
      ...BY_ACTION,
      filter: {
        type: 'or',
        predicates: [{ dimension: 'actionId', operator: 'matches', value: DEMO.checkInventory }],
      },
    };
    const sync = await call(sim, 'POST', `${AGGREGATES}/query`, { token, body });
    const { json } = await call(sim, 'POST', `${AGGREGATES}/jobs`, { token, body });
    const page = await call(sim, 'GET', `${AGGREGATES}/jobs/${json.jobId}/results`, { token });
    expect(page.json).toEqual(sync.json);
    expect(page.json.results).toHaveLength(1);
  });
});
