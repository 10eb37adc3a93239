import { afterEach, describe, expect, it } from 'vitest';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { openOrg, type OrgSession } from '../../src/org/session.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { targetAt } from '../support/sim-connection.js';

const MANIFEST = 'examples/gc-timeouts.yaml';
let sim: RunningSimulator | undefined;
let org: OrgSession | undefined;
afterEach(async () => {
  await org?.close();
  await sim?.close();
  sim = org = undefined;
});

async function plan(options: SimulatorOptions = {}) {
  sim = await startSimulator({ seed: 'demo', ...options });
  const phases: [string, number, number][] = [];
  org = openOrg(targetAt(sim), {
    onProgress: (phase, done, total) => phases.push([phase, done, total]),
  });
  const result = await org.plan(await requireValidManifest(MANIFEST), {
    label: 'test',
    latency: true,
  });
  const analytics = sim.state.requests().filter((r) => r.path.includes('/analytics/'));
  const notes = result.notes.map((message) => ({ message }));
  return { result, phases, analytics, notes };
}

describe('latency in the plan', () => {
  it('one query for every managed action, shown as the latency phase, no note', async () => {
    const { result, phases, analytics, notes } = await plan();
    expect(analytics.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200']);
    const latency = phases.filter(([phase]) => phase === 'latency');
    const managed = new Set(
      result.entries.filter((e) => e.entryIndex !== null).map((e) => e.actionId),
    );
    expect(latency[0]).toEqual(['latency', 0, managed.size]);
    expect(latency.at(-1)).toEqual(['latency', managed.size, managed.size]);
    expect(
      result.entries.some((e) => e.latency?.p99Ms !== undefined && e.latency?.p99Ms !== null),
    ).toBe(true);
    expect(notes).toEqual([]);
  });

  it('forbidden: the plan is made, no latency, one note naming the permission', async () => {
    const { result, notes, analytics } = await plan({ analytics: 'forbidden' });
    expect(result.errors).toEqual([]);
    expect(result.entries.every((e) => e.latency === null)).toBe(true);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toMatch(/403: .*integrations:action:view/);
    expect(analytics).toHaveLength(1);
  });

  it('no percentiles: runs are kept, p99 is null, one note says for how many', async () => {
    const { result, notes } = await plan({ analytics: 'no-percentiles' });
    const observed = result.entries.filter((e) => e.latency !== null);
    expect(observed.length).toBeGreaterThan(0);
    expect(observed.every((e) => e.latency?.p99Ms === null && (e.latency?.count ?? 0) > 0)).toBe(
      true,
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toMatch(/^Analytics returned no p95\/p99 for \d+ actions with runs/);
    expect(result.warnings.filter((w) => w.code === 'latency' && w.actionId !== null)).toEqual([]);
  });

  it('a refused sync query goes through the async job and gives the same evidence', async () => {
    const direct = (await plan()).result;
    await org?.close();
    await sim?.close();
    const { result, analytics, notes } = await plan({
      analytics: { syncMaxGroups: 1, jobQueuedMs: 0, jobRunningMs: 0 },
    });
    expect(analytics.map((r) => `${r.method} ${r.status}`).slice(0, 2)).toEqual([
      'POST 400',
      'POST 202',
    ]);
    expect(notes).toEqual([]);
    // Counts move with the interval (it ends now); which rows have evidence does not.
    const observed = (p: typeof result) => p.entries.map((e) => e.latency !== null);
    expect(observed(result)).toEqual(observed(direct));
    expect(observed(result)).toContain(true);
  });
});
