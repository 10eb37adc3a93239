import { createHash } from 'node:crypto';
import { GcTimeoutsError, getErrorMessage } from '../util/errors.js';
import { resolveRegion } from '../org/session.js';
import { driftView, judgeDrift } from '../plan/snooze.js';
import type { Plan } from '../plan/types.js';
import { renderMarkdown } from '../render/markdown.js';
import { plural } from '../util/plural.js';
import { connectionOf, linksOf } from './access.js';
import type { Outputs } from './outputs.js';
import { planErrorAnnotations } from './plan-annotations.js';
import type { ModeDeps, ModeResult } from './ports.js';
import { savePlan } from './report.js';
import { requireValid } from './validate-mode.js';

/** Scheduled check: the manifest of the default branch against the org, reported as drift. */
export async function runDriftMode(deps: ModeDeps): Promise<ModeResult> {
  const valid = await requireValid(deps);
  if (!('manifest' in valid)) return { outputs: {}, failure: valid };
  const connection = connectionOf(deps.inputs);
  const org = deps.openOrg(connection, resolveRegion(connection, valid.manifest));
  const planned = await org.plan(valid, { label: deps.inputs.label }).finally(() => org.close());
  // Accepted drift (acceptDrift, until its date) is a note, not drift. An action renamed or deleted
  // in the admin UI no longer resolves: that is drift too, and the issue must not be closed.
  const verdict = judgeDrift(planned, valid.manifest, deps.now());
  const plan = driftView(planned, verdict);
  const drifted = verdict.drift;
  const outputs: Partial<Outputs> = { ...(await savePlan(deps, plan)), drift: drifted };
  const report = renderMarkdown(plan, {
    heading: driftHeading(plan, drifted),
    links: linksOf(deps.ctx, deps.ctx.sha),
  });
  deps.log.annotate(planErrorAnnotations(plan));
  await deps.log.summary(`${report}\n`);
  deps.log.info(
    drifted
      ? `Drift: ${differ(plan.counts.changes)} from the manifest, ${plural(plan.errors.length, 'plan error')}.`
      : 'No drift.',
  );
  if (deps.inputs.driftIssue) await keepIssue(deps, plan, drifted, report, outputs);
  return { outputs, ...driftFailure(deps, plan, drifted) };
}

function driftHeading(plan: Plan, drifted: boolean): string {
  if (!drifted) return `gc-timeouts: no drift in ${plan.region}`;
  if (plan.counts.changes > 0)
    return `gc-timeouts: drift in ${plan.region} (${differ(plan.counts.changes)} from ${plan.manifest})`;
  return `gc-timeouts: drift in ${plan.region} (${plan.manifest} no longer matches the org: ${plural(plan.errors.length, 'error')})`;
}

async function keepIssue(
  deps: ModeDeps,
  plan: Plan,
  drifted: boolean,
  report: string,
  outputs: Partial<Outputs>,
): Promise<void> {
  if (deps.github === undefined) {
    deps.log.warning('drift-issue is true but there is no github-token; no issue was written.');
    return;
  }
  const body = `${report}\n\nFound by [this run](${deps.ctx.runUrl}). Apply the manifest (merge a change, or run apply) or update it to accept the live values; this issue closes itself when the drift is gone.`;
  try {
    const issue = await deps.github.syncDriftIssue({
      label: deps.inputs.label,
      region: plan.region,
      drifted,
      fingerprint: driftFingerprint(plan),
      title: `gc-timeouts: drift in ${plan.region} (${plan.label})`,
      body,
      now: new Date(deps.now()),
    });
    if (issue.url !== undefined) outputs.commentUrl = issue.url;
    deps.log.info(`Drift issue: ${issue.action}${issue.url ? ` ${issue.url}` : ''}`);
  } catch (error) {
    // The drift result stands (outputs, summary, fail-on-drift); only its issue could not be kept.
    deps.log.warning(
      `Could not update the drift issue (does the workflow have issues: write?): ${getErrorMessage(error)}`,
    );
  }
}

function driftFailure(deps: ModeDeps, plan: Plan, drifted: boolean): { failure?: GcTimeoutsError } {
  if (plan.errors.length > 0) {
    return {
      failure: new GcTimeoutsError(
        'plan-errors',
        `the drift check found ${plural(plan.errors.length, 'manifest error')} against the org`,
      ),
    };
  }
  if (drifted && deps.inputs.failOnDrift) {
    return {
      failure: new GcTimeoutsError(
        'drift',
        `${differ(plan.counts.changes)} in ${plan.region} from ${plan.manifest}`,
      ),
    };
  }
  return {};
}

/** Changes the issue when either the changes or the problems change, not on every run. */
function driftFingerprint(plan: Plan): string {
  if (plan.errors.length === 0) return plan.fingerprint;
  const problems = plan.errors.map((e) => e.message).sort();
  return createHash('sha256')
    .update(JSON.stringify([plan.fingerprint, problems]))
    .digest('hex');
}

/** "1 timeout differs", "3 timeouts differ". */
function differ(n: number): string {
  return n === 1 ? '1 timeout differs' : `${n} timeouts differ`;
}
