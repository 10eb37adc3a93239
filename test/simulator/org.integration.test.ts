import { describe, expect, it } from 'vitest';
import { DEMO, call, login, useSimulators } from './helpers.js';

const QUERY = '/api/v2/analytics/actions/aggregates/query';
const WEEK = '2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z';

describe('integrations', () => {
  const start = useSimulators();

  it('pages integrations, filters by type and reads one', async () => {
    const sim = await start();
    const token = await login(sim);
    const all = await call(sim, 'GET', '/api/v2/integrations?pageSize=2', { token });
    expect(all.json).toMatchObject({
      pageSize: 2,
      pageNumber: 1,
      total: 5,
      pageCount: 3,
      nextUri: '/api/v2/integrations?pageSize=2&pageNumber=2',
    });
    const rest = await call(
      sim,
      'GET',
      '/api/v2/integrations?integrationType=custom-rest-actions',
      { token },
    );
    expect(rest.json.entities.map((i: { name: string }) => i.name)).toEqual([
      'ERP Web Services',
      'Payments Gateway',
      'Salesforce CRM',
    ]);
    const one = await call(sim, 'GET', `/api/v2/integrations/${DEMO.paymentsIntegration}`, {
      token,
    });
    expect(one.json).toMatchObject({
      id: DEMO.paymentsIntegration,
      name: 'Payments Gateway',
      integrationType: { id: 'custom-rest-actions' },
      intendedState: 'ENABLED',
      reportedState: { code: 'ACTIVE' },
      selfUri: `/api/v2/integrations/${DEMO.paymentsIntegration}`,
    });
    expect((await call(sim, 'GET', '/api/v2/integrations/nope', { token })).status).toBe(404);
  });
});

describe('action analytics', () => {
  const start = useSimulators();

  async function query(body: unknown, seed = 'demo') {
    const sim = await start({ seed });
    const token = await login(sim);
    return call(sim, 'POST', QUERY, { token, body });
  }

  it('answers tTotalExecution stats per actionId, deterministically', async () => {
    const body = {
      interval: WEEK,
      metrics: ['tTotalExecution'],
      groupBy: ['actionId'],
      filter: {
        type: 'or',
        predicates: [DEMO.getCustomerOrderErp, DEMO.checkInventory].map((value) => ({
          dimension: 'actionId',
          operator: 'matches',
          value,
        })),
      },
    };
    const first = await query(body);
    expect(first.status).toBe(200);
    expect(first.json.results).toHaveLength(2);
    const order = first.json.results.find(
      (r: { group: { actionId: string } }) => r.group.actionId === DEMO.getCustomerOrderErp,
    );
    expect(order.data[0].interval).toBe(WEEK);
    const { metric, stats } = order.data[0].metrics[0];
    expect(metric).toBe('tTotalExecution');
    expect(stats.count).toBeGreaterThan(14_000);
    expect(stats.p99).toBeGreaterThan(10_000);
    expect(stats.p99).toBeLessThan(12_000);
    expect(stats.min).toBeLessThan(stats.p95);
    expect(stats.max).toBeGreaterThanOrEqual(stats.p99);
    expect(stats.sum).toBeGreaterThan(stats.count * stats.min);
    expect((await query(body)).json).toEqual(first.json);
  });

  it('merges groups and leaves out actions with no executions', async () => {
    const answer = await query({
      interval: WEEK,
      metrics: ['tTotalExecution'],
      groupBy: ['integrationName'],
    });
    const names = answer.json.results
      .map((r: { group: { integrationName: string } }) => r.group.integrationName)
      .sort();
    expect(names).toEqual([
      'ERP Web Services',
      'Genesys Cloud Data Actions',
      'Payments Gateway',
      'Salesforce CRM',
      'Scoring Functions',
    ]);
    const idle = await query({
      interval: WEEK,
      metrics: ['tTotalExecution'],
      groupBy: ['actionId'],
      filter: {
        type: 'and',
        predicates: [{ dimension: 'actionName', value: 'Get Loyalty Points/Tier' }],
      },
    });
    expect(idle.json).toEqual({});
  });

  it.each([
    ['no interval', { metrics: ['tTotalExecution'] }, 'interval'],
    [
      'a reversed interval',
      { interval: '2026-03-08T00:00:00Z/2026-03-01T00:00:00Z', metrics: ['tTotalExecution'] },
      'interval',
    ],
    [
      'an interval over 31 days',
      { interval: '2026-01-01T00:00:00Z/2026-03-01T00:00:00Z', metrics: ['tTotalExecution'] },
      'interval',
    ],
    ['no metrics', { interval: WEEK }, 'metrics'],
    ['an unknown metric', { interval: WEEK, metrics: ['tTalk'] }, 'metrics'],
    [
      'an unknown dimension',
      { interval: WEEK, metrics: ['tTotalExecution'], groupBy: ['queueId'] },
      'groupBy',
    ],
  ])('refuses a query with %s', async (_label, body, field) => {
    const answer = await query(body);
    expect(answer.status).toBe(400);
    expect(answer.json.details[0].fieldName).toBe(field);
  });
});
