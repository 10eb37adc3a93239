import { applyManifest, type Approval } from '../app/apply.js';
import { GcTimeoutsError, getErrorMessage } from '../util/errors.js';
import type { ApplyReport, Plan } from '../plan/types.js';
import { renderApplyReportJson } from '../render/apply-report-json.js';
import {
  renderAppliedMarkdown,
  renderNothingToApplyMarkdown,
  renderPlanChangedMarkdown,
} from '../render/apply-report.js';
import { renderMarkdown } from '../render/markdown.js';
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
  let outputs: Partial<Outputs> = {};
  let changed: string | undefined;
  const outcome = await applyManifest(
    {
      valid,
      environment: deps.inputs.environment,
      connection: connectionOf(deps.inputs),
      label: deps.inputs.label,
      onPlanned: async (plan) => {
        outputs = await savePlan(deps, plan);
        deps.log.annotate(planErrorAnnotations(plan));
      },
      approve: (plan): Approval => {
        changed = planChange(reviewed, plan);
        if (changed !== undefined && deps.inputs.onPlanChange === 'fail')
          return { apply: false, reason: changed };
        if (changed !== undefined)
          deps.log.warning(`${changed} Applying the current plan because on-plan-change is apply.`);
        return { apply: true };
      },
    },
    deps,
  );
  const { plan } = outcome;
  switch (outcome.status) {
    case 'plan-errors':
      await deps.log.summary(`${renderMarkdown(plan)}\n`);
      return { outputs, failure: outcome.failure };
    case 'refused':
      return { outputs, failure: await refuseChangedPlan(deps, plan, outcome.reason) };
    case 'nothing-to-apply':
      await nothingToApply(deps, reviewed, plan);
      return { outputs: { ...outputs, ...(await saveApplyReport(deps, plan, outcome.report)) } };
    case 'applied': {
      const saved = await saveApplyReport(deps, plan, outcome.report);
      await reportApply(deps, reviewed, plan, outcome.report, changed);
      const all = { ...outputs, ...applyOutputs(outcome.report), ...saved };
      return outcome.failure === undefined
        ? { outputs: all }
        : { outputs: all, failure: outcome.failure };
    }
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
  await deps.log.summary(`${renderNothingToApplyMarkdown(plan, done)}\n`);
  const gh = openReview(deps.github, reviewed);
  if (gh !== undefined && reviewed !== undefined)
    await markApplied(gh, deps, reviewed, plan, undefined);
}

async function refuseChangedPlan(
  deps: ModeDeps,
  plan: Plan,
  changed: string,
): Promise<GcTimeoutsError> {
  await deps.log.summary(`${renderPlanChangedMarkdown(plan, changed)}\n`);
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
  await deps.log.summary(`${renderAppliedMarkdown(plan, report, changed)}\n`);
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
