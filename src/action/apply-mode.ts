import { GcTimeoutsError, getErrorMessage } from '../util/errors.js';
import type { ValidManifest } from '../manifest/validate.js';
import { resolveRegion, type OrgSession } from '../org/session.js';
import type { ApplyReport, Plan } from '../plan/types.js';
import { renderApplyReportJson } from '../render/apply-report-json.js';
import { renderApplyMarkdown } from '../render/apply-report.js';
import { escapeMarkdown } from '../render/escape.js';
import { renderMarkdown } from '../render/markdown.js';
import { plural } from '../util/plural.js';
import { connectionOf } from './access.js';
import { findReview, markApplied, markPartial, planChange, type Reviewed } from './apply-review.js';
import { applyOutputs, type Outputs } from './outputs.js';
import { planErrorAnnotations } from './plan-annotations.js';
import type { ModeDeps, ModeResult, ReviewHost } from './ports.js';
import { APPLY_REPORT_FILE, savePlan } from './report.js';
import { requireValid } from './validate-mode.js';

/**
 * On merge: apply exactly the plan that was reviewed on the pull request. The org is planned again;
 * only when that plan's fingerprint equals the one in the PR's plan comment is it applied (unless
 * on-plan-change is apply). A complete apply marks the comment applied, never to be edited again;
 * a partial one leaves the fingerprint of what remains, so re-running the job finishes it.
 */
export async function runApplyMode(deps: ModeDeps): Promise<ModeResult> {
  const valid = await requireValid(deps);
  if (!('manifest' in valid)) return { outputs: {}, failure: valid };
  const reviewed = await readReview(deps);
  const connection = connectionOf(deps.inputs);
  const org = deps.openOrg(connection, resolveRegion(connection, valid.manifest));
  try {
    return await planAndApply(deps, org, valid, reviewed);
  } finally {
    await org.close();
  }
}

/** Without the review there is nothing to compare with; say why before on-plan-change decides. */
async function readReview(deps: ModeDeps): Promise<Reviewed | undefined> {
  if (deps.github === undefined) return undefined;
  try {
    return await findReview(deps.github, deps);
  } catch (error) {
    deps.log.warning(
      `Could not read the merged pull request's plan comment: ${getErrorMessage(error)}`,
    );
    return undefined;
  }
}

async function planAndApply(
  deps: ModeDeps,
  org: OrgSession,
  valid: ValidManifest,
  reviewed: Reviewed | undefined,
): Promise<ModeResult> {
  // Apply shows no latency evidence; it is the plan comment's job.
  const plan = await org.plan(valid, { label: deps.inputs.label });
  const outputs = await savePlan(deps, plan);
  deps.log.annotate(planErrorAnnotations(plan));
  if (plan.errors.length > 0) {
    await deps.log.summary(`${renderMarkdown(plan)}\n`);
    const failure = new GcTimeoutsError(
      'plan-errors',
      `the plan has ${plural(plan.errors.length, 'error')}; nothing was applied`,
    );
    return { outputs, failure };
  }
  if (plan.counts.changes === 0) {
    await nothingToApply(deps, reviewed, plan);
    const nothing = { fingerprint: plan.fingerprint, results: [], counts: NO_COUNTS };
    return { outputs: { ...outputs, ...(await saveApplyReport(deps, plan, nothing)) } };
  }
  const changed = planChange(reviewed, plan);
  if (changed !== undefined && deps.inputs.onPlanChange === 'fail') {
    return { outputs, failure: await refuseChangedPlan(deps, plan, changed) };
  }
  if (changed !== undefined)
    deps.log.warning(`${changed} Applying the current plan because on-plan-change is apply.`);
  const report = await org.apply(plan);
  const saved = await saveApplyReport(deps, plan, report);
  await reportApply(deps, reviewed, plan, report, changed);
  return finish({ ...outputs, ...applyOutputs(report), ...saved }, report);
}

const NO_COUNTS = { applied: 0, alreadyApplied: 0, failed: 0 };

/** The audit trail: every planned change's result as JSON in $RUNNER_TEMP, and its path as an output. */
async function saveApplyReport(
  deps: ModeDeps,
  plan: Plan,
  report: ApplyReport,
): Promise<Partial<Outputs>> {
  const json = renderApplyReportJson(plan, report, deps.now());
  const path = await deps.artifacts.save(APPLY_REPORT_FILE, json);
  return path === undefined ? {} : { applyReport: path };
}

async function nothingToApply(
  deps: ModeDeps,
  reviewed: Reviewed | undefined,
  plan: Plan,
): Promise<void> {
  const done =
    reviewed?.appliedBy === undefined
      ? 'The org already matches the manifest; nothing to apply.'
      : `Already applied by ${reviewed.appliedBy} (pull request #${reviewed.prNumber}); the org matches the manifest, nothing to do.`;
  deps.log.info(done);
  await deps.log.summary(
    `${renderMarkdown(plan, { heading: `gc-timeouts: nothing to apply for ${plan.label}`, note: done })}\n`,
  );
  const gh = openReview(deps.github, reviewed);
  if (gh !== undefined && reviewed !== undefined)
    await markApplied(gh, deps, reviewed, plan, undefined);
}

async function refuseChangedPlan(
  deps: ModeDeps,
  plan: Plan,
  changed: string,
): Promise<GcTimeoutsError> {
  await deps.log.summary(
    `### gc-timeouts: the plan changed since review\n\n${escapeMarkdown(changed)} Nothing was applied. This is what would be applied now:\n\n${renderMarkdown(plan, { heading: 'Plan now' })}\n`,
  );
  return new GcTimeoutsError(
    'plan-changed',
    `${changed} Nothing was applied. Review the current plan in a pull request, or run the apply workflow by hand with on-plan-change: apply.`,
  );
}

async function reportApply(
  deps: ModeDeps,
  reviewed: Reviewed | undefined,
  plan: Plan,
  report: ApplyReport,
  changed: string | undefined,
): Promise<void> {
  const note =
    changed === undefined
      ? ''
      : `\n\n> The applied plan differs from the reviewed one: ${escapeMarkdown(changed)}`;
  await deps.log.summary(
    `### gc-timeouts: applied ${escapeMarkdown(plan.label)}\n\n${renderApplyMarkdown(report)}${note}\n`,
  );
  const gh = openReview(deps.github, reviewed);
  if (gh === undefined || reviewed === undefined) return;
  if (report.counts.failed === 0) await markApplied(gh, deps, reviewed, plan, report);
  else await markPartial(gh, deps, reviewed, plan, report);
}

/** The comment to update: only a review not yet applied; an applied one is a record. */
function openReview(
  gh: ReviewHost | undefined,
  reviewed: Reviewed | undefined,
): ReviewHost | undefined {
  return reviewed !== undefined && reviewed.appliedBy === undefined ? gh : undefined;
}

function finish(outputs: Partial<Outputs>, report: ApplyReport): ModeResult {
  if (report.counts.failed === 0) return { outputs };
  const failed = report.results.filter((r) => r.status === 'failed');
  const reasons = new Set(failed.map((r) => r.reason));
  const reason = reasons.has('version-conflict')
    ? 'version-conflict'
    : reasons.has('rate-limited')
      ? 'rate-limited'
      : reasons.has('auth-failed')
        ? 'auth-failed'
        : 'apply-failed';
  const first = failed[0];
  const failure = new GcTimeoutsError(
    reason,
    `${failed.length} of ${report.results.length} changes failed${first ? `; first: ${first.actionName}: ${first.message ?? first.reason ?? ''}` : ''}`,
  );
  return { outputs, failure };
}
