import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
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

/**
 * Apply writes only from a single-action GET made during the apply: the plan holds no configs, and
 * the listing is not documented to carry every field the single GET does.
 */

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const TEMPLATE = /\/templates\/[^/]+$/;
const FAST = { tuning: { requestsPerMinute: 100_000 } };

async function planned(manifestPath: string, options: SimulatorOptions = {}) {
  sim = await startSimulator({ seed: 'demo', rateLimitPerMinute: 0, ...options });
  const result = await planWithClient({
    manifestPath,
    label: 'test',
    connection: connectionTo(sim),
    ...FAST,
  });
  sim.state.clearRequests();
  return { ...result, sim };
}

function matchAll(seconds: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-safe-')), 'gc-timeouts.yaml');
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

function unavailable(id: string): GenesysApiError {
  return new GenesysApiError({
    kind: 'server',
    message: `PATCH ${id} failed: 503`,
    apiMessage: 'service unavailable',
    method: 'PATCH',
    path: `/api/v2/integrations/actions/${id}`,
    status: 503,
  });
}

describe('apply writes from a fresh single-action read', () => {
  it('reads each action once and PATCHes it: 2 requests a change, every other field kept', async () => {
    const { plan, client, sim: s } = await planned(matchAll(33), { seed: 'scale:200' });
    const ids = configChanges(plan);
    const before = new Map(ids.map((id) => [id, rest(s, id)]));
    const report = await applyPlan(plan, client, { concurrency: 16 });
    await client.close();
    expect(report.counts).toEqual({ applied: ids.length, alreadyApplied: 0, failed: 0 });
    const log = s.state.requests().filter((r) => !TEMPLATE.test(r.path));
    for (const id of ids) {
      const mine = log.filter((r) => r.path.endsWith(`/actions/${encodeURIComponent(id)}`));
      expect(mine.map((r) => `${r.method} ${r.query.includeConfig ?? ''}`)).toEqual([
        'GET true',
        'PATCH ',
      ]);
      expect(s.state.getAction(id).config.timeoutSeconds).toBe(33);
      expect(rest(s, id)).toBe(before.get(id));
    }
    expect(log.length).toBe(2 * ids.length);
  });

  it('reads back, 50 to a request, what an answer without config cannot prove: ≤ 2.05 a change', async () => {
    const { plan, client, sim: s } = await planned(matchAll(34), { seed: 'scale:300' });
    const ids = configChanges(plan);
    const report = await applyPlan(plan, answersWithoutConfig(client), { concurrency: 16 });
    await client.close();
    expect(report.counts.applied).toBe(ids.length);
    const log = s.state.requests().filter((r) => !TEMPLATE.test(r.path));
    const readBacks = log.filter((r) => r.method === 'GET' && r.query.ids !== undefined);
    expect(readBacks).toHaveLength(Math.ceil(ids.length / 50));
    expect(log.length / ids.length).toBeLessThanOrEqual(2.05);
  });

  it('keeps a field the single GET has and the listing lacks (apply --manifest in one session)', async () => {
    sim = await startSimulator({ seed: 'demo', rateLimitPerMinute: 0, listingConfig: 'lean' });
    const s = sim;
    const headed = new Map(
      s.state
        .listActions()
        .filter((a) => a.config.request?.headers !== undefined)
        .map((a) => [a.id, rest(s, a.id)]),
    );
    const org = openOrg(targetAt(s), FAST);
    let changed: string[];
    try {
      const plan = await org.plan(await requireValidManifest(matchAll(41)), { label: 't' });
      changed = configChanges(plan).filter((id) => headed.has(id));
      expect(changed.length).toBeGreaterThan(0);
      const report = await org.apply(plan);
      expect(report.counts.failed).toBe(0);
    } finally {
      await org.close();
    }
    // The listing the plan read lacked the headers; the single GET apply made had them.
    const listed = s.state
      .requests()
      .find((r) => r.query.includeConfig === 'true' && r.query.pageNumber === '1');
    expect(listed?.path).toBe('/api/v2/integrations/actions');
    for (const id of changed) {
      expect(s.state.getAction(id).config.timeoutSeconds).toBe(41);
      expect(rest(s, id)).toBe(headed.get(id));
    }
  });

  it('keeps an edit of another field made after the plan, and says so', async () => {
    const { plan, client, sim: s } = await planned('examples/gc-timeouts.yaml');
    const entry = plan.entries.find((e) => e.actionName === 'Get Customer Order');
    if (entry === undefined) throw new Error('example changed');
    s.state.editAction(entry.actionId, { config: { request: { headers: { 'X-Edited': 'yes' } } } });
    const report = await applyPlan(plan, client);
    await client.close();
    expect(report.results.find((r) => r.actionId === entry.actionId)).toMatchObject({
      status: 'applied',
      message: expect.stringContaining('they were kept'),
    });
    const mine = s.state
      .requests()
      .filter((r) => r.path.endsWith(encodeURIComponent(entry.actionId)));
    expect(mine.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'PATCH 200']);
    const stored = s.state.getAction(entry.actionId);
    expect(stored.config.timeoutSeconds).toBe(entry.to);
    expect(stored.config.request?.headers?.['X-Edited']).toBe('yes');
  });

  it('never overwrites a timeout changed after the plan', async () => {
    const { plan, client, sim: s } = await planned('examples/gc-timeouts.yaml');
    const entry = plan.entries.find((e) => e.actionName === 'Get Customer Order');
    if (entry === undefined) throw new Error('example changed');
    s.state.editAction(entry.actionId, { config: { timeoutSeconds: 44 } });
    const report = await applyPlan(plan, client);
    await client.close();
    expect(report.results.find((r) => r.actionId === entry.actionId)).toMatchObject({
      status: 'failed',
      reason: 'version-conflict',
    });
    expect(s.state.getAction(entry.actionId).config.timeoutSeconds).toBe(44);
  });
});

describe('a PATCH answered 5xx (or lost) is re-read, and written again only if it did not land', () => {
  it('a 503 after the change landed: reported applied, not written twice', async () => {
    const { plan, client, sim: s } = await planned('examples/gc-timeouts.yaml');
    const patched: string[] = [];
    const landedThen503: GenesysClient = {
      ...client,
      updateTimeout: async (id, change) => {
        patched.push(id);
        await client.updateTimeout(id, change);
        throw unavailable(id);
      },
    };
    const report = await applyPlan(plan, landedThen503, { pauseMs: 0 });
    await client.close();
    const ids = [...new Set(configChanges(plan))];
    expect(report.counts.failed).toBe(0);
    expect(patched.sort()).toEqual([...ids].sort());
    for (const entry of plan.entries.filter((e) => ids.includes(e.actionId)))
      expect(s.state.getAction(entry.actionId).config.timeoutSeconds ?? null).toBe(entry.to);
  });

  it('a 503 that did not land: retried once the re-read shows the old value; bounded at 4 writes', async () => {
    const { plan, client, sim: s } = await planned('examples/gc-timeouts.yaml');
    const [first, second] = [...new Set(configChanges(plan))];
    if (first === undefined || second === undefined) throw new Error('example changed');
    const tries = new Map<string, number>();
    const flaky: GenesysClient = {
      ...client,
      updateTimeout: async (id, change) => {
        const n = (tries.get(id) ?? 0) + 1;
        tries.set(id, n);
        // The first action fails once, the second always.
        if ((id === first && n === 1) || id === second) throw unavailable(id);
        return client.updateTimeout(id, change);
      },
    };
    const report = await applyPlan(plan, flaky, { pauseMs: 0 });
    await client.close();
    const to = (id: string) => plan.entries.find((e) => e.actionId === id)?.to;
    expect(s.state.getAction(first).config.timeoutSeconds).toBe(to(first));
    expect(report.results.find((r) => r.actionId === first)?.status).toBe('applied');
    expect(tries.get(second)).toBe(4);
    expect(report.results.find((r) => r.actionId === second)).toMatchObject({
      status: 'failed',
      reason: 'api-error',
    });
  });
});
