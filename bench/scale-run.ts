import { applyPlan } from '../src/org/apply.js';
import { actionsToChange, applyTimeouts, connectSdk, listAllActions } from './baseline-sdk.js';
import { check, measured, progress, row, sum, type Row, type Side } from './measure.js';
import { planOurs, type Planned } from './ours.js';
import type { ActionView } from './protocol.js';
import { desiredByName, pickTargets, verifyOrg, writeManifest, type Target } from './scenario.js';
import type { SimHost } from './sim-host.js';

/** Both approaches on `scale:N` with the simulator's rate limit off: read, apply, run again. */

/** Our client's own budget when the simulator does not limit: high enough never to wait. */
export const NO_BUDGET = 1_000_000;

export function expectVerified(
  who: string,
  before: readonly ActionView[],
  after: readonly ActionView[],
  targets: readonly Target[],
): void {
  const result = verifyOrg(before, after, targets);
  check(
    result.problems.length === 0 && result.changed === targets.length,
    `${who}: the org is not as intended (${result.changed}/${targets.length} changed): ${result.problems.slice(0, 5).join('; ')}`,
  );
}

interface BaselineSides {
  read: Side;
  apply: Side;
  again: Side;
}

async function baselineRuns(
  sim: SimHost,
  n: number,
  targets: readonly Target[],
  before: readonly ActionView[],
): Promise<BaselineSides> {
  const desired = desiredByName(targets);
  progress(`${n} actions: baseline read`);
  const { value: listed, side: read } = await measured(sim, async () => {
    const api = await connectSdk(sim.port, sim.clientId, sim.clientSecret);
    const actions = await listAllActions(api);
    return { value: { api, actions }, outcome: `${actions.length} actions listed` };
  });
  check(listed.actions.length === n, `baseline listed ${listed.actions.length} of ${n} actions`);
  const toChange = actionsToChange(listed.actions, desired);
  check(toChange.length === targets.length, `baseline found ${toChange.length} to change`);
  progress(`${n} actions: baseline apply`);
  const { side: apply } = await measured(sim, async () => {
    const patched = await applyTimeouts(listed.api, toChange, desired);
    return { value: patched, outcome: `${patched} patched` };
  });
  expectVerified('baseline apply', before, await sim.snapshot(), targets);
  progress(`${n} actions: baseline second run`);
  const { side: again } = await measured(sim, async () => {
    const api = await connectSdk(sim.port, sim.clientId, sim.clientSecret);
    const patched = await applyTimeouts(
      api,
      actionsToChange(await listAllActions(api), desired),
      desired,
    );
    return { value: patched, outcome: `${patched} patched` };
  });
  check(again.writes === 0, `baseline second run wrote ${again.writes} times`);
  return { read, apply, again };
}

async function oursApply(sim: SimHost, planned: Planned, changes: number): Promise<Side> {
  const { value: report, side } = await measured(sim, async () => {
    const result = await applyPlan(planned.plan, planned.client);
    return { value: result, outcome: `${result.counts.applied} applied` };
  });
  check(
    report.counts.applied === changes && report.counts.failed === 0,
    `gc-timeouts applied ${report.counts.applied}, failed ${report.counts.failed}: ${report.results.find((r) => r.status === 'failed')?.message}`,
  );
  return side;
}

async function oursAgain(sim: SimHost, manifest: string): Promise<Side> {
  const { side } = await measured(sim, async () => {
    const again = await planOurs(sim, manifest, { requestsPerMinute: NO_BUDGET });
    try {
      const result = await applyPlan(again.plan, again.client);
      return {
        value: result,
        outcome: `${again.plan.counts.changes} changes planned, ${result.counts.applied} applied`,
      };
    } finally {
      await again.client.close();
    }
  });
  check(side.writes === 0, `gc-timeouts second run wrote ${side.writes} times`);
  return side;
}

export async function scaleRun(
  sim: SimHost,
  n: number,
  changes: number,
  dir: string,
): Promise<Row[]> {
  const before = await sim.snapshot();
  check(before.length === n, `scale:${n} seeded ${before.length} actions`);
  const targets = pickTargets(before, changes);
  const manifest = await writeManifest(dir, targets);
  // The baseline first: its long sequential run absorbs the simulator's warm-up.
  const base = await baselineRuns(sim, n, targets, before);
  await sim.reset();
  const fresh = await sim.snapshot();
  check(
    JSON.stringify(fresh) === JSON.stringify(before),
    'the simulator did not reset to its seed',
  );

  progress(`${n} actions: gc-timeouts plan (latency included)`);
  const { value: planned, side: read } = await measured(sim, async () => {
    const result = await planOurs(sim, manifest, { requestsPerMinute: NO_BUDGET });
    return { value: result, outcome: `${result.plan.counts.changes} changes planned` };
  });
  try {
    check(planned.plan.errors.length === 0, `plan errors: ${planned.plan.errors[0]?.message}`);
    check(
      planned.plan.counts.changes === changes,
      `planned ${planned.plan.counts.changes} changes`,
    );
    check(read.byKind.analytics === 1, `latency took ${read.byKind.analytics} analytics requests`);
    progress(`${n} actions: gc-timeouts apply`);
    const apply = await oursApply(sim, planned, changes);
    expectVerified('gc-timeouts apply', before, await sim.snapshot(), targets);
    progress(`${n} actions: gc-timeouts second run`);
    const again = await oursAgain(sim, manifest);
    expectVerified('gc-timeouts second run', before, await sim.snapshot(), targets);
    return [
      row('read', n, changes, read, base.read),
      row('apply', n, changes, apply, base.apply, { apply: true }),
      row('read + apply', n, changes, sum(read, apply), sum(base.read, base.apply)),
      row('second run', n, changes, again, base.again),
    ];
  } finally {
    await planned.client.close();
  }
}
