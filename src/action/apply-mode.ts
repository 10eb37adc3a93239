import * as core from '@actions/core';
import { GcTimeoutsError } from '../errors.js';
import {
  findMergedPullRequest,
  findPlanComment,
  upsertPlanComment,
  type GitHub,
} from '../github/index.js';
import type { Inputs } from '../inputs.js';
import { applyPlan, type ApplyReport } from '../plan/apply.js';
import { fingerprint } from '../plan/fingerprint.js';
import type { Plan } from '../plan/types.js';
import { renderApplyMarkdown } from '../render/apply-report.js';
import { escapeMarkdown } from '../render/escape.js';
import { renderMarkdown } from '../render/markdown.js';
import {
  hiddenMarker,
  parseHiddenMarker,
  parsePlanMarker,
  planMarker,
  planMarkerFields,
} from '../render/marker.js';
import { planManifest } from '../session.js';
import { connectionOf, githubFor, logProgress, maskSecret } from './access.js';
import type { RunContext } from './context.js';
import { recordApply, type Outputs } from './outputs.js';
import { savePlan, writeSummary } from './report.js';
import { requireValidManifestOrReport } from './validate.js';

interface Reviewed {
  prNumber: number;
  prUrl: string;
  fingerprint: string | undefined;
  appliedBy: string | undefined;
}

/**
 * On merge: apply exactly the plan that was reviewed on the pull request. The org is planned again;
 * only when that plan's fingerprint equals the one in the PR's plan comment is it applied (unless
 * on-plan-change is apply). A complete apply marks the comment applied, never to be edited again;
 * a partial one leaves the fingerprint of what remains, so re-running the job finishes it.
 */
export async function runApplyMode(
  inputs: Inputs,
  ctx: RunContext,
  outputs: Outputs,
): Promise<void> {
  await requireValidManifestOrReport(inputs);
  const gh = githubFor(inputs, ctx);
  const reviewed =
    gh === undefined
      ? undefined
      : await findReview(gh, ctx, inputs.label).catch((error: unknown) => {
          // Without the review there is nothing to compare with; say why before on-plan-change decides.
          core.warning(
            `Could not read the merged pull request's plan comment: ${error instanceof Error ? error.message : String(error)}`,
          );
          return undefined;
        });
  const { plan, client } = await planManifest({
    manifestPath: inputs.manifest,
    label: inputs.label,
    connection: connectionOf(inputs),
    onSecret: maskSecret,
    onProgress: logProgress(),
    // Apply shows no latency evidence; it is the plan comment's job.
    latency: false,
  });
  try {
    await savePlan(outputs, plan);
    if (plan.errors.length > 0) {
      await writeSummary(`${renderMarkdown(plan)}\n`);
      throw new GcTimeoutsError(
        'plan-errors',
        `the plan has ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}; nothing was applied`,
      );
    }
    if (plan.counts.changes === 0) {
      const done =
        reviewed?.appliedBy === undefined
          ? 'The org already matches the manifest; nothing to apply.'
          : `Already applied by ${reviewed.appliedBy} (pull request #${reviewed.prNumber}); the org matches the manifest, nothing to do.`;
      core.info(done);
      await writeSummary(
        `${renderMarkdown(plan, { heading: `gc-timeouts: nothing to apply for ${plan.label}`, note: done })}\n`,
      );
      if (gh !== undefined && reviewed !== undefined && reviewed.appliedBy === undefined)
        await markApplied(gh, reviewed, plan, ctx, undefined);
      return;
    }

    const changed = planChange(reviewed, plan);
    if (changed !== undefined) {
      if (inputs.onPlanChange === 'fail') {
        await writeSummary(
          `### gc-timeouts: the plan changed since review\n\n${escapeMarkdown(changed)} Nothing was applied. This is what would be applied now:\n\n${renderMarkdown(plan, { heading: 'Plan now' })}\n`,
        );
        throw new GcTimeoutsError(
          'plan-changed',
          `${changed} Nothing was applied. Review the current plan in a pull request, or run the apply workflow by hand with on-plan-change: apply.`,
        );
      }
      core.warning(`${changed} Applying the current plan because on-plan-change is apply.`);
    }

    const shown = logProgress();
    const report = await applyPlan(plan, client, {
      onProgress: (done, total) => shown('apply', done, total),
    });
    recordApply(outputs, report);
    const note =
      changed === undefined
        ? ''
        : `\n\n> The applied plan differs from the reviewed one: ${escapeMarkdown(changed)}`;
    await writeSummary(
      `### gc-timeouts: applied ${escapeMarkdown(plan.label)}\n\n${renderApplyMarkdown(report)}${note}\n`,
    );
    if (gh !== undefined && reviewed !== undefined && reviewed.appliedBy === undefined) {
      if (report.counts.failed === 0) await markApplied(gh, reviewed, plan, ctx, report);
      else await markPartial(gh, reviewed, plan, ctx, report);
    }
    if (report.counts.failed > 0) throw applyFailure(report);
  } finally {
    await client.close();
  }
}

/** Why the plan now is not the reviewed one, or undefined when it is. */
function planChange(reviewed: Reviewed | undefined, plan: Plan): string | undefined {
  if (reviewed === undefined)
    return 'No reviewed plan was found: no merged pull request with a gc-timeouts plan comment for this commit.';
  if (reviewed.appliedBy !== undefined)
    return `The plan of pull request #${reviewed.prNumber} was already applied by ${reviewed.appliedBy}, and the org differs from the manifest again.`;
  if (reviewed.fingerprint === undefined)
    return `Pull request #${reviewed.prNumber} has no live plan to compare with (it was planned without credentials).`;
  if (reviewed.fingerprint !== plan.fingerprint) {
    return `The org or the manifest changed after pull request #${reviewed.prNumber} was reviewed: the reviewed plan had fingerprint ${reviewed.fingerprint.slice(0, 12)}, the plan now has ${plan.fingerprint.slice(0, 12)}.`;
  }
  return undefined;
}

async function findReview(
  gh: GitHub,
  ctx: RunContext,
  label: string,
): Promise<Reviewed | undefined> {
  if (ctx.defaultBranch === undefined) return undefined;
  const pr = await findMergedPullRequest(gh, ctx.sha, ctx.defaultBranch);
  if (pr === undefined) return undefined;
  const found = await findPlanComment(gh, pr.number, label);
  const marker = found === undefined ? undefined : parsePlanMarker(found.body);
  const applied =
    found === undefined ? undefined : parseHiddenMarker('plan', found.body)?.['applied'];
  return {
    prNumber: pr.number,
    prUrl: pr.url,
    fingerprint: marker?.fingerprint === '' ? undefined : marker?.fingerprint,
    appliedBy: typeof applied === 'string' ? applied : undefined,
  };
}

async function markApplied(
  gh: GitHub,
  reviewed: Reviewed,
  plan: Plan,
  ctx: RunContext,
  report: ApplyReport | undefined,
): Promise<void> {
  const marker = hiddenMarker('plan', { ...planMarkerFields(plan), applied: ctx.sha });
  const result =
    report === undefined
      ? 'The org already matched the manifest; nothing was changed.'
      : renderApplyMarkdown(report);
  const body = [
    marker,
    `### ✅ gc-timeouts applied ${escapeMarkdown(plan.label)}`,
    '',
    `Applied by commit ${ctx.sha.slice(0, 12)} in [this run](${ctx.runUrl}) to ${escapeMarkdown(plan.region)}.`,
    '',
    result,
  ].join('\n');
  try {
    await upsertPlanComment(gh, reviewed.prNumber, plan.label, body);
  } catch (error) {
    core.warning(
      `Could not mark the plan comment applied: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * After a partial apply the comment stays open to a re-run: its fingerprint becomes that of the
 * changes still to make. A re-run whose fresh plan is exactly those (nothing else moved) applies
 * them; a value someone changed meanwhile makes the fingerprints differ, and review is needed.
 */
async function markPartial(
  gh: GitHub,
  reviewed: Reviewed,
  plan: Plan,
  ctx: RunContext,
  report: ApplyReport,
): Promise<void> {
  const failed = new Set(
    report.results.filter((r) => r.status === 'failed').map((r) => `${r.actionId}|${r.field}`),
  );
  const remaining = plan.entries.filter((e) => failed.has(`${e.actionId}|${e.field}`));
  const marker = planMarker({
    ...planMarkerFields(plan),
    fingerprint: fingerprint(remaining),
    changes: remaining.length,
  });
  const body = [
    marker,
    `### ⚠️ gc-timeouts partly applied ${escapeMarkdown(plan.label)}`,
    '',
    `Commit ${ctx.sha.slice(0, 12)} in [this run](${ctx.runUrl}) could not apply every change to ${escapeMarkdown(plan.region)}. ` +
      'Re-running the apply job applies the rest if nothing else has changed; otherwise it stops for a new review.',
    '',
    renderApplyMarkdown(report),
  ].join('\n');
  try {
    await upsertPlanComment(gh, reviewed.prNumber, plan.label, body);
  } catch (error) {
    core.warning(
      `Could not update the plan comment: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function applyFailure(report: ApplyReport): GcTimeoutsError {
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
  return new GcTimeoutsError(
    reason,
    `${failed.length} of ${report.results.length} changes failed${first ? `; first: ${first.actionName}: ${first.message ?? first.reason ?? ''}` : ''}`,
  );
}
