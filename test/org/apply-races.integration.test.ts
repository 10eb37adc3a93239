import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import { applyPlan } from '../../src/org/apply.js';
import type { Plan } from '../../src/plan/types.js';
import { planWithClient } from './plan-with-client.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { connectionTo } from '../support/sim-connection.js';
import { interleave } from './interleave.js';

let sim: RunningSimulator;
beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo', admin: true });
});
afterEach(async () => {
  await sim.close();
});

async function planExample(): Promise<{ plan: Plan; client: GenesysClient }> {
  return planWithClient({
    manifestPath: 'examples/gc-timeouts.yaml',
    label: 'test',
    connection: connectionTo(sim),
  });
}

function idOf(plan: Plan, name: string): string {
  const entry = plan.entries.find(
    (e) => e.actionName === name && e.integrationName === 'ERP Web Services',
  );
  if (entry === undefined) throw new Error(`${name} not planned`);
  return entry.actionId;
}

describe('apply when the action is saved between its read and its write', () => {
  it('re-reads after the version mismatch and applies when only another field changed, keeping that edit', async () => {
    const { plan, client } = await planExample();
    const id = idOf(plan, 'Get Customer Order');
    sim.state.clearRequests();
    const raced = interleave(client, id, () =>
      sim.state.editAction(id, { config: { request: { headers: { 'X-Edited': 'yes' } } } }),
    );
    const report = await applyPlan(plan, raced);
    await client.close();
    expect(report.results.find((r) => r.actionId === id)).toMatchObject({ status: 'applied' });
    const patches = sim.state
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith(encodeURIComponent(id)));
    expect(patches.map((p) => p.status)).toEqual([409, 200]);
    const stored = sim.state.getAction(id);
    expect(stored.config.timeoutSeconds).toBe(15);
    expect(stored.config.request?.headers?.['X-Edited']).toBe('yes');
  });

  it('applies over an edit of another field made after the plan, keeps it, and says so', async () => {
    const { plan, client } = await planExample();
    const id = idOf(plan, 'Get Customer Order');
    const planned = plan.entries.find((e) => e.actionId === id)?.version ?? 0;
    sim.state.editAction(id, { category: 'ERP (renamed)' });
    const report = await applyPlan(plan, client);
    await client.close();
    expect(report.results.find((r) => r.actionId === id)).toMatchObject({
      status: 'applied',
      message: `other fields of the action changed since the plan (version ${planned} → ${planned + 1}); they were kept`,
    });
    expect(sim.state.getAction(id).category).toBe('ERP (renamed)');
    expect(report.results.filter((r) => r.message !== null && r.status === 'applied')).toHaveLength(
      1,
    );
  });

  it('fails that action with version-conflict when the timeout itself was changed in between', async () => {
    const { plan, client } = await planExample();
    const id = idOf(plan, 'Get Customer Order');
    const raced = interleave(client, id, () =>
      sim.state.editAction(id, { config: { timeoutSeconds: 44 } }),
    );
    const report = await applyPlan(plan, raced);
    await client.close();
    expect(report.results.find((r) => r.actionId === id)).toMatchObject({
      status: 'failed',
      reason: 'version-conflict',
    });
    expect(sim.state.getAction(id).config.timeoutSeconds).toBe(44);
    expect(report.counts.applied).toBe(8);
  });

  it('reports an action someone already set to the planned value as already applied, without writing it', async () => {
    const { plan, client } = await planExample();
    const id = idOf(plan, 'Create Return Authorization');
    sim.state.editAction(id, { config: { timeoutSeconds: 25 } });
    sim.state.clearRequests();
    const report = await applyPlan(plan, client);
    await client.close();
    expect(report.results.find((r) => r.actionId === id)).toMatchObject({
      status: 'already-applied',
    });
    expect(
      sim.state
        .requests()
        .filter((r) => r.method === 'PATCH' && r.path.endsWith(encodeURIComponent(id))),
    ).toEqual([]);
  });

  it('refuses a function action with an unpublished draft, leaving the draft alone, while the rest apply', async () => {
    const { plan, client } = await planExample();
    const score = plan.entries.find((e) => e.actionName === 'Score Lead');
    if (score === undefined) throw new Error('Score Lead not planned');
    const token = (await await fetch(`${sim.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }).then((r) => r.json())) as { access_token: string };
    const draft = await fetch(
      `${sim.url}/api/v2/integrations/actions/${encodeURIComponent(score.actionId)}/draft`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token.access_token}` },
      },
    );
    expect(draft.status).toBe(200);

    const report = await applyPlan(plan, client);
    await client.close();
    const result = report.results.find(
      (r) => r.actionId === score.actionId && r.field === 'functionTimeoutSeconds',
    );
    expect(result).toMatchObject({ status: 'failed', reason: 'refused' });
    expect(result?.message).toMatch(/draft/i);
    expect(sim.state.getAction(score.actionId).draft).toBeDefined();
    expect(sim.state.getAction(score.actionId).function?.timeoutSeconds).toBe(15);
    expect(report.counts).toEqual({ applied: 8, alreadyApplied: 0, failed: 1 });
  });
});

describe('apply when the answer to a write is lost', () => {
  function lostAnswer(
    client: GenesysClient,
    target: string,
    reachesServer: boolean,
  ): GenesysClient {
    let failed = false;
    return new Proxy(client, {
      get(real, key, receiver) {
        const value = Reflect.get(real, key, receiver) as unknown;
        if (key !== 'updateTimeout' || typeof value !== 'function') return value;
        return async (...args: Parameters<GenesysClient['updateTimeout']>) => {
          if (args[0] !== target || failed) return client.updateTimeout(...args);
          failed = true;
          if (reachesServer) await client.updateTimeout(...args);
          throw new GenesysApiError({
            kind: 'server',
            status: 502,
            message: 'PATCH failed with 502',
            apiMessage: 'Bad Gateway',
            method: 'PATCH',
            path: '/api/v2/integrations/actions/x',
          });
        };
      },
    });
  }

  it.each([
    ['reached Genesys', true, [200]],
    ['never reached Genesys', false, [200]],
  ] as const)(
    'reads again and reports the truth when the write %s',
    async (_what, reached, statuses) => {
      const { plan, client } = await planExample();
      const id = idOf(plan, 'Get Customer Order');
      sim.state.clearRequests();
      const report = await applyPlan(plan, lostAnswer(client, id, reached));
      await client.close();
      expect(report.results.find((r) => r.actionId === id)).toMatchObject({ status: 'applied' });
      expect(sim.state.getAction(id).config.timeoutSeconds).toBe(15);
      const patches = sim.state
        .requests()
        .filter((r) => r.method === 'PATCH' && r.path.endsWith(encodeURIComponent(id)));
      expect(patches.map((p) => p.status)).toEqual(statuses);
    },
  );
});

describe('a version mismatch answered the other documented way', () => {
  it('treats a 400 "does not match the current version" like a 409: read again, then apply', async () => {
    const strict = await startSimulator({ seed: 'demo', versionMismatch: '400' });
    try {
      const { plan, client } = await planWithClient({
        manifestPath: 'examples/gc-timeouts.yaml',
        label: 'test',
        connection: connectionTo(strict),
        latency: false,
      });
      const id = idOf(plan, 'Get Customer Order');
      const raced = interleave(client, id, () =>
        strict.state.editAction(id, { category: 'ERP (renamed)' }),
      );
      const report = await applyPlan(plan, raced);
      await client.close();
      expect(report.results.find((r) => r.actionId === id)).toMatchObject({ status: 'applied' });
      const patches = strict.state
        .requests()
        .filter((r) => r.method === 'PATCH' && r.path.endsWith(encodeURIComponent(id)));
      expect(patches.map((p) => p.status)).toEqual([400, 200]);
      expect(strict.state.getAction(id).category).toBe('ERP (renamed)');
    } finally {
      await strict.close();
    }
  });
});
