import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/org/apply.js';
import type { Connection } from '../../src/app/connection.js';
import { planWithClient } from './plan-with-client.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import type { StoredAction } from '../../simulator/types.js';
import { connectionTo } from '../support/sim-connection.js';

const MANIFEST = 'examples/gc-timeouts.yaml';

let sim: RunningSimulator;
let connection: Connection;

beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo', admin: true });
  connection = connectionTo(sim);
});
afterEach(async () => {
  await sim.close();
});

async function plan(): ReturnType<typeof planWithClient> {
  return planWithClient({ manifestPath: MANIFEST, label: 'test', connection });
}

/** Everything about an action except the two timeouts and the version apply is allowed to move. */
function untouchable(action: StoredAction): string {
  const { version: _version, config, function: fn, ...rest } = action;
  const { timeoutSeconds: _timeout, ...otherConfig } = config;
  const otherFunction = fn === undefined ? undefined : { ...fn, timeoutSeconds: undefined };
  return JSON.stringify({ ...rest, config: otherConfig, function: otherFunction });
}

function byId(actions: StoredAction[]): Map<string, StoredAction> {
  return new Map(actions.map((a) => [a.id, a]));
}

describe('apply against the simulator', () => {
  it('changes exactly the planned timeouts and leaves every other field of every action byte-identical', async () => {
    const before = byId(sim.state.listActions());
    const { plan: first, client } = await plan();
    const changes = first.entries.filter((e) => ['set', 'update', 'reset'].includes(e.op));
    expect(changes.length).toBe(9);

    const report = await applyPlan(first, client);
    await client.close();
    expect(report.counts).toEqual({ applied: 9, alreadyApplied: 0, failed: 0 });

    const after = byId(sim.state.listActions());
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, old] of before) {
      const now = after.get(id);
      if (now === undefined) throw new Error(`action ${id} disappeared`);
      expect(untouchable(now), `${old.name}: only timeouts may change`).toBe(untouchable(old));
      const planned = changes.filter((c) => c.actionId === id);
      const config = planned.find((c) => c.field === 'timeoutSeconds');
      const fn = planned.find((c) => c.field === 'functionTimeoutSeconds');
      expect(now.config.timeoutSeconds ?? null, `${old.name} config timeout`).toBe(
        config ? config.to : (old.config.timeoutSeconds ?? null),
      );
      expect(now.function?.timeoutSeconds, `${old.name} function timeout`).toBe(
        fn ? fn.to : old.function?.timeoutSeconds,
      );
    }
  });

  it('is a no-op the second time: the re-plan has no changes and apply sends no PATCH', async () => {
    const { plan: first, client } = await plan();
    await applyPlan(first, client);
    await client.close();
    sim.state.clearRequests();

    const { plan: second, client: again } = await plan();
    expect(second.counts.changes).toBe(0);
    const report = await applyPlan(second, again);
    await again.close();
    expect(report.results).toEqual([]);
    const writes = sim.state
      .requests()
      .filter(
        (r) => r.method !== 'GET' && r.path !== '/oauth/token' && !r.path.includes('/analytics/'),
      );
    expect(writes).toEqual([]);
  });

  it('fails only the action whose timeout was changed since the plan; another field edited elsewhere does not block', async () => {
    const { plan: reviewed, client } = await plan();
    const find = (name: string, integration: string): string => {
      const entry = reviewed.entries.find(
        (e) => e.actionName === name && e.integrationName === integration,
      );
      if (entry === undefined) throw new Error(`${name} not in plan`);
      return entry.actionId;
    };
    const raced = find('Get Customer Order', 'ERP Web Services');
    const edited = find('Create Return Authorization', 'ERP Web Services');
    // Between review and merge, two people save actions in the admin UI.
    sim.state.editAction(raced, { config: { timeoutSeconds: 33 } });
    sim.state.editAction(edited, { config: { request: { headers: { 'X-Trace': 'on' } } } });

    const report = await applyPlan(reviewed, client);
    await client.close();

    const result = (id: string): (typeof report.results)[number] | undefined =>
      report.results.find((r) => r.actionId === id);
    expect(result(raced)).toMatchObject({ status: 'failed', reason: 'version-conflict' });
    expect(result(raced)?.message).toContain('it was 10 s at plan time and is 33 s now');
    expect(result(edited)).toMatchObject({ status: 'applied' });
    expect(report.counts).toEqual({ applied: 8, alreadyApplied: 0, failed: 1 });

    expect(sim.state.getAction(raced).config.timeoutSeconds).toBe(33);
    const kept = sim.state.getAction(edited);
    expect(kept.config.timeoutSeconds).toBe(25);
    expect(kept.config.request?.headers?.['X-Trace']).toBe('on');
  });

  it('refuses a plan with errors and changes nothing', async () => {
    const { plan: reviewed, client } = await plan();
    const broken = {
      ...reviewed,
      errors: [
        {
          severity: 'error' as const,
          code: 'unknown-name' as const,
          message: 'x',
          line: 1,
          column: 1,
          entryIndex: 0,
          actionId: null,
        },
      ],
    };
    sim.state.clearRequests();
    await expect(applyPlan(broken, client)).rejects.toThrow(
      'refusing to apply a plan with 1 error',
    );
    await client.close();
    expect(sim.state.requests()).toEqual([]);
  });
});

describe('apply at scale', () => {
  it('applies many changes without the plan session (a plan file): a GET and a PATCH each, proven by the answers', async () => {
    const big = await startSimulator({ seed: 'scale:300', rateLimitPerMinute: 0 });
    const manifest = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-scale-')), 'gc-timeouts.yaml');
    writeFileSync(
      manifest,
      "version: 1\norg: { region: us-east-1 }\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 33\n",
    );
    try {
      const { plan: planned, client } = await planWithClient({
        manifestPath: manifest,
        label: 'scale',
        connection: connectionTo(big),
        latency: false,
        // The default budget (300/min) would make this test take minutes; the simulator has no limit here.
        tuning: { requestsPerMinute: 100_000 },
      });
      const changes = planned.counts.changes;
      expect(changes).toBeGreaterThan(250);
      big.state.clearRequests();
      const report = await applyPlan(planned, client, { concurrency: 16 });
      await client.close();
      expect(report.counts).toEqual({ applied: changes, alreadyApplied: 0, failed: 0 });
      expect(big.state.listActions().every((a) => a.config.timeoutSeconds === 33)).toBe(true);
      const log = big.state.requests().filter((r) => !r.path.includes('/templates/'));
      const count = (method: string): number => log.filter((r) => r.method === method).length;
      // The PATCH answers carry the new timeouts: nothing to read back (see apply-fast).
      expect({ get: count('GET'), patch: count('PATCH'), all: log.length }).toEqual({
        get: changes,
        patch: changes,
        all: 2 * changes,
      });
    } finally {
      await big.close();
    }
  });
});
