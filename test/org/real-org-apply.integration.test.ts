import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { applyPlan } from '../../src/org/apply.js';
import type { Plan } from '../../src/plan/types.js';
import { planWithClient } from './plan-with-client.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { connectionTo } from '../support/sim-connection.js';
import { interleave } from './interleave.js';

/** Plan and apply of the example manifest against the simulator's least forgiving readings. */

const sims: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function planExample(
  options: SimulatorOptions,
): Promise<{ sim: RunningSimulator; plan: Plan; client: GenesysClient }> {
  const sim = await startSimulator({ seed: 'demo', ...options });
  sims.push(sim);
  const { plan, client } = await planWithClient({
    manifestPath: 'examples/gc-timeouts.yaml',
    label: 'test',
    connection: connectionTo(sim),
    latency: false,
  });
  return { sim, plan, client };
}

function idOf(plan: Plan, name: string): string {
  const entry = plan.entries.find((e) => e.actionName === name);
  if (entry === undefined) throw new Error(`${name} not planned`);
  return entry.actionId;
}

describe.each(['409', '400', '400-swagger'] as const)('version mismatch answered %s', (style) => {
  it('reads again after someone saved another field, then applies keeping their edit', async () => {
    const { sim, plan, client } = await planExample({ versionMismatch: style });
    const id = idOf(plan, 'Get Customer Order');
    const raced = interleave(client, id, () =>
      sim.state.editAction(id, { category: 'ERP (renamed)' }),
    );
    const report = await applyPlan(plan, raced);
    await client.close();
    expect(report.results.find((r) => r.actionId === id)).toMatchObject({ status: 'applied' });
    expect(sim.state.getAction(id)).toMatchObject({
      category: 'ERP (renamed)',
      config: { timeoutSeconds: 15 },
    });
  });
});

describe('patch-config merge', () => {
  it('timeoutSeconds: default ends applied only with the timeout really gone', async () => {
    const { sim, plan, client } = await planExample({ patchConfig: 'merge' });
    const id = idOf(plan, 'Legacy Order Lookup');
    expect(sim.state.getAction(id).config.timeoutSeconds).toBeDefined();
    const report = await applyPlan(plan, client);
    await client.close();
    expect(report.results.find((r) => r.actionId === id)).toMatchObject({
      status: 'applied',
      to: null,
    });
    expect(sim.state.getAction(id).config).not.toHaveProperty('timeoutSeconds');
  });

  it('an org that keeps the timeout whatever is sent: reported failed with the reason', async () => {
    const { sim, plan, client } = await planExample({ patchConfig: 'merge' });
    const id = idOf(plan, 'Legacy Order Lookup');
    const kept = sim.state.getAction(id).config.timeoutSeconds as number;
    const patch = sim.state.store.patchAction.bind(sim.state.store);
    sim.state.store.patchAction = (target, body) => {
      const action = patch(target, body);
      if (target === id) action.config.timeoutSeconds = kept;
      return action;
    };
    const report = await applyPlan(plan, client);
    await client.close();
    const result = report.results.find((r) => r.actionId === id);
    expect(result?.status).toBe('failed');
    expect(result?.message).toContain(`kept timeoutSeconds ${kept} s`);
    expect(report.results.filter((r) => r.status === 'applied').length).toBeGreaterThan(0);
  });
});

describe('profile strict', () => {
  it('applies every config change, verified, and refuses the function change before publishing', async () => {
    const { sim, plan, client } = await planExample({ profile: 'strict' });
    const report = await applyPlan(plan, client);
    await client.close();
    const failed = report.results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => [r.actionName, r.field])).toEqual([
      ['Score Lead', 'functionTimeoutSeconds'],
    ]);
    expect(failed[0]?.message).toContain('has no function ZIP');
    const log = sim.state.requests();
    expect(log.some((r) => r.path.endsWith('/draft/publish'))).toBe(false);
    expect(log.filter((r) => r.status === 429)).toEqual([]);
    expect(sim.state.getAction(idOf(plan, 'Score Lead')).function?.zip).toBeDefined();
    expect(sim.state.getAction(idOf(plan, 'Legacy Order Lookup')).config).not.toHaveProperty(
      'timeoutSeconds',
    );
  });
});
