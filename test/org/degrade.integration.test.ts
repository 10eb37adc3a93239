import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { planWithClient } from './plan-with-client.js';
import { connectionTo } from '../support/sim-connection.js';

/** A token without integrations:integration:view: plan what can be planned, refuse the rest. */

const sims: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

const WITHOUT_INTEGRATIONS = [
  'integrations:action:view',
  'integrations:action:edit',
  'integrations:actionFunction:view',
  'integrations:actionFunction:edit',
];

async function planExample(permissions: string[] | 'all') {
  const sim = await startSimulator({ seed: 'demo', profile: 'strict', permissions });
  sims.push(sim);
  const { plan, client } = await planWithClient({
    manifestPath: 'examples/gc-timeouts.yaml',
    label: 'test',
    connection: connectionTo(sim),
    latency: false,
  });
  await client.close();
  return plan;
}

describe('integrations forbidden', () => {
  it('plans the example with one note, refusing only what needs the integrations', async () => {
    const plan = await planExample(WITHOUT_INTEGRATIONS);
    const notes = plan.warnings.filter((w) => w.code === 'integrations-unreadable');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toContain('integrations:integration:view');
    const refused = plan.errors.filter((e) => e.code === 'integrations-unreadable');
    expect(refused.map((e) => e.message)).toEqual([
      expect.stringMatching(/^actions\[6\]: cannot tell function data actions apart/),
    ]);
    expect(refused[0]?.line).toBe(48);
    const planned = new Set(
      plan.entries.filter((e) => e.entryIndex !== null).map((e) => e.actionName),
    );
    for (const name of [
      'Create Return Authorization',
      'Check Inventory Levels',
      'Lookup Account by Phone',
      'Get Queue Estimated Wait Time',
      'Legacy Order Lookup',
    ]) {
      expect(planned).toContain(name);
    }
  });

  it('with all permissions, the same plan has no such note and no errors', async () => {
    const plan = await planExample('all');
    expect(plan.warnings.filter((w) => w.code === 'integrations-unreadable')).toEqual([]);
    expect(plan.errors).toEqual([]);
  });
});
