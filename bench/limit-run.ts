import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyPlan } from '../src/org/apply.js';
import { actionsToChange, applyTimeouts, connectSdk, listAllActions } from './baseline-sdk.js';
import { check, measured, progress, row, type Row } from './measure.js';
import { planOurs } from './ours.js';
import { expectVerified } from './scale-run.js';
import { desiredByName, pickTargets, verifyOrg, writeManifest } from './scenario.js';
import type { SimHost } from './sim-host.js';

/** The runs against the platform's default limit: the simulator enforces it, clients as shipped. */

export const LIMIT_PER_MINUTE = 300;

function describeError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const { status, code } = error as { status?: unknown; code?: unknown };
    return `HTTP ${String(status)}${typeof code === 'string' ? ` ${code}` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Apply only, `changes` changes: ours with the client as shipped (its 300/min budget), the baseline
 * as written (no budget, no retries). Each side has read the org just before, on its own token.
 */
export async function limitedApplyRun(sim: SimHost, changes: number, dir: string): Promise<Row> {
  const before = await sim.snapshot();
  const targets = pickTargets(before, changes);
  const manifest = await writeManifest(dir, targets);
  const desired = desiredByName(targets);

  progress(`${before.length} actions at ${LIMIT_PER_MINUTE}/min: baseline apply of ${changes}`);
  const api = await connectSdk(sim.port, sim.clientId, sim.clientSecret);
  const toChange = actionsToChange(await listAllActions(api), desired);
  check(toChange.length === changes, `baseline found ${toChange.length} of ${changes} to change`);
  const { side: base } = await measured(sim, async () => {
    try {
      return { value: true, outcome: `${await applyTimeouts(api, toChange, desired)} patched` };
    } catch (error) {
      return { value: false, outcome: `stopped by ${describeError(error)}` };
    }
  });
  const partial = verifyOrg(before, await sim.snapshot(), targets, true);
  check(
    partial.problems.length === 0,
    `baseline (rate-limited): ${partial.problems.slice(0, 5).join('; ')}`,
  );
  base.outcome += ` after ${partial.changed} of ${changes} changes`;

  await sim.reset();
  progress(
    `${before.length} actions at ${LIMIT_PER_MINUTE}/min: gc-timeouts apply of ${changes} (paced to the limit)`,
  );
  const planned = await planOurs(sim, manifest);
  try {
    check(
      planned.plan.counts.changes === changes,
      `planned ${planned.plan.counts.changes} changes`,
    );
    const { value: report, side: ours } = await measured(sim, async () => {
      const result = await applyPlan(planned.plan, planned.client);
      return { value: result, outcome: `${result.counts.applied} applied` };
    });
    check(
      report.counts.applied === changes && report.counts.failed === 0,
      `gc-timeouts (rate-limited) applied ${report.counts.applied}, failed ${report.counts.failed}`,
    );
    expectVerified('gc-timeouts (rate-limited)', before, await sim.snapshot(), targets);
    const made = row(`apply at ${LIMIT_PER_MINUTE}/min`, before.length, changes, ours, base, {
      apply: true,
      limitPerMinute: LIMIT_PER_MINUTE,
    });
    return partial.changed === changes ? made : { ...made, ratio: null };
  } finally {
    await planned.client.close();
  }
}

/**
 * A plan whose one `match` entry selects every action, latency included, with the client as
 * shipped and the simulator enforcing the limit: issue 12's "≤ 205 requests and ≤ 5 s at 20,000".
 */
export async function matchAllPlanRun(sim: SimHost, dir: string): Promise<Row> {
  const actions = (await sim.snapshot()).length;
  const manifest = join(dir, 'gc-timeouts-match-all.yaml');
  await writeFile(
    manifest,
    "version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 17\n",
  );
  progress(`${actions} actions at ${LIMIT_PER_MINUTE}/min: gc-timeouts match-all plan`);
  const { value: planned, side } = await measured(sim, async () => {
    const result = await planOurs(sim, manifest);
    return { value: result, outcome: `${result.plan.counts.changes} changes planned` };
  });
  try {
    check(planned.plan.errors.length === 0, `match-all plan: ${planned.plan.errors[0]?.message}`);
    const observed = planned.plan.entries.filter((e) => e.latency !== null).length;
    check(observed > actions / 2, `match-all plan: latency for only ${observed} of ${actions}`);
    side.outcome += `, latency for ${observed}`;
    return row('match-all plan', actions, planned.plan.counts.changes, side, null, {
      limitPerMinute: LIMIT_PER_MINUTE,
    });
  } finally {
    await planned.client.close();
  }
}
