import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { applyPlan } from '../../src/org/apply.js';
import { openOrg } from '../../src/org/session.js';
import type { Plan } from '../../src/plan/types.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { planWithClient } from './plan-with-client.js';
import { connectionTo, targetAt } from '../support/sim-connection.js';

/** Apply from the plan's own read: one PATCH per change, a re-read only when the action moved. */

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const TEMPLATE = /\/templates\/[^/]+$/;

async function planned(manifestPath: string, options: SimulatorOptions = {}) {
  sim = await startSimulator({ seed: 'demo', rateLimitPerMinute: 0, ...options });
  const result = await planWithClient({
    manifestPath,
    label: 'test',
    latency: false,
    connection: connectionTo(sim),
    tuning: { requestsPerMinute: 100_000 },
  });
  sim.state.clearRequests();
  return { ...result, sim };
}

function matchAll(seconds: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-fast-')), 'gc-timeouts.yaml');
  writeFileSync(
    path,
    `version: 1\norg: { region: us-east-1 }\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: ${seconds}\n`,
  );
  return path;
}

function configChanges(plan: Plan): string[] {
  return plan.entries
    .filter((e) => e.field === 'timeoutSeconds' && e.op !== 'unchanged' && e.op !== 'unmanaged')
    .map((e) => e.actionId);
}

/** The config as stored, without the timeout: what must stay byte-identical. */
function rest(s: RunningSimulator, id: string): string {
  const { config, version: _v, ...action } = s.state.getAction(id);
  const { timeoutSeconds: _t, ...others } = config;
  return JSON.stringify({ ...action, config: others });
}

/** A server whose PATCH answer carries no config (the docs do not say it does). */
function answersWithoutConfig(client: GenesysClient): GenesysClient {
  return {
    ...client,
    updateTimeout: async (id, change) => {
      const { config: _dropped, ...answer } = await client.updateTimeout(id, change);
      return answer;
    },
  };
}

describe('apply from the plan session', () => {
  it('sends one PATCH per change and reads nothing back the answer proves', async () => {
    const { plan, client, live, sim: s } = await planned(matchAll(33), { seed: 'scale:200' });
    const ids = configChanges(plan);
    const before = new Map(ids.map((id) => [id, rest(s, id)]));
    const report = await applyPlan(plan, client, { live, concurrency: 16 });
    await client.close();
    expect(report.counts).toEqual({ applied: ids.length, alreadyApplied: 0, failed: 0 });
    const log = s.state.requests().filter((r) => !TEMPLATE.test(r.path));
    expect(log.map((r) => r.method)).toEqual(ids.map(() => 'PATCH'));
    for (const id of ids) {
      expect(s.state.getAction(id).config.timeoutSeconds).toBe(33);
      expect(rest(s, id)).toBe(before.get(id));
    }
  });

  it('reads back, 50 to a request, what an answer without config cannot prove', async () => {
    const { plan, client, live, sim: s } = await planned(matchAll(34), { seed: 'scale:300' });
    const ids = configChanges(plan);
    const report = await applyPlan(plan, answersWithoutConfig(client), { live, concurrency: 16 });
    await client.close();
    expect(report.counts.applied).toBe(ids.length);
    const log = s.state.requests().filter((r) => !TEMPLATE.test(r.path));
    const readBacks = log.filter((r) => r.method === 'GET' && r.query.ids !== undefined);
    expect(readBacks).toHaveLength(Math.ceil(ids.length / 50));
    expect(log.length / ids.length).toBeLessThanOrEqual(1.05);
  });

  it('keeps an edit of another field made after the plan: the stale version is refused, re-read, written', async () => {
    const { plan, client, live, sim: s } = await planned('examples/gc-timeouts.yaml');
    const entry = plan.entries.find((e) => e.actionName === 'Get Customer Order');
    if (entry === undefined) throw new Error('example changed');
    s.state.editAction(entry.actionId, { config: { request: { headers: { 'X-Edited': 'yes' } } } });
    const report = await applyPlan(plan, client, { live });
    await client.close();
    expect(report.results.find((r) => r.actionId === entry.actionId)).toMatchObject({
      status: 'applied',
      message: expect.stringContaining('they were kept'),
    });
    const mine = s.state
      .requests()
      .filter((r) => r.path.endsWith(encodeURIComponent(entry.actionId)));
    expect(mine.map((r) => `${r.method} ${r.status}`)).toEqual([
      'PATCH 409',
      'GET 200',
      'PATCH 200',
    ]);
    const stored = s.state.getAction(entry.actionId);
    expect(stored.config.timeoutSeconds).toBe(entry.to);
    expect(stored.config.request?.headers?.['X-Edited']).toBe('yes');
  });

  it('never overwrites a timeout changed after the plan', async () => {
    const { plan, client, live, sim: s } = await planned('examples/gc-timeouts.yaml');
    const entry = plan.entries.find((e) => e.actionName === 'Get Customer Order');
    if (entry === undefined) throw new Error('example changed');
    s.state.editAction(entry.actionId, { config: { timeoutSeconds: 44 } });
    const report = await applyPlan(plan, client, { live });
    await client.close();
    expect(report.results.find((r) => r.actionId === entry.actionId)).toMatchObject({
      status: 'failed',
      reason: 'version-conflict',
    });
    expect(s.state.getAction(entry.actionId).config.timeoutSeconds).toBe(44);
  });
});

describe('the plan session', () => {
  it('keeps full configs only for the actions the plan changes, and applies its own plan from them', async () => {
    const { plan, client, live, sim: s } = await planned('examples/gc-timeouts.yaml');
    await client.close();
    expect([...live.keys()].sort()).toEqual([...new Set(configChanges(plan))].sort());
    expect([...live.values()].every((a) => a.config?.request !== undefined)).toBe(true);

    const org = openOrg(targetAt(s), { tuning: { requestsPerMinute: 100_000 } });
    try {
      const mine = await org.plan(await requireValidManifest('examples/gc-timeouts.yaml'), {
        label: 'test',
        latency: false,
      });
      s.state.clearRequests();
      const report = await org.apply(mine);
      expect(report.counts.failed).toBe(0);
      const reads = s.state
        .requests()
        .filter(
          (r) =>
            r.method === 'GET' &&
            configChanges(mine).some((id) => r.path.endsWith(encodeURIComponent(id))),
        );
      expect(reads).toEqual([]);
    } finally {
      await org.close();
    }
  });
});
