import { getErrorMessage } from '../util/errors.js';
import { planMarker } from '../github/marker.js';
import { fingerprint } from '../plan/fingerprint.js';
import type { ApplyReport, Plan } from '../plan/types.js';
import { renderApplyMarkdown } from '../render/apply-report.js';
import { escapeMarkdown } from '../render/escape.js';
import { planMarkerFields } from '../render/plan-marker.js';
import type { ModeDeps, ReviewHost } from './ports.js';

/** The review of the merged pull request, as its plan comment's marker records it. */
export interface Reviewed {
  prNumber: number;
  /** Whether the pull request has a plan comment of this label (and environment) at all. */
  commented: boolean;
  fingerprint: string | undefined;
  appliedBy: string | undefined;
}

export async function findReview(
  gh: ReviewHost,
  deps: Pick<ModeDeps, 'ctx' | 'inputs'>,
): Promise<Reviewed | undefined> {
  const { ctx } = deps;
  if (ctx.defaultBranch === undefined) return undefined;
  const pr = await gh.findMergedPullRequest(ctx.sha, ctx.defaultBranch);
  if (pr === undefined) return undefined;
  const { label, environment } = deps.inputs;
  const marker = (await gh.findPlanComment(pr.number, label, environment))?.marker;
  return {
    prNumber: pr.number,
    commented: marker !== undefined,
    fingerprint: marker?.fingerprint === '' ? undefined : marker?.fingerprint,
    appliedBy: marker?.applied,
  };
}

/** Why the plan now is not the reviewed one, or undefined when it is. */
export function planChange(reviewed: Reviewed | undefined, plan: Plan): string | undefined {
  if (reviewed === undefined)
    return 'No reviewed plan was found: no merged pull request with a gc-timeouts plan comment for this commit.';
  if (reviewed.appliedBy !== undefined)
    return `The plan of pull request #${reviewed.prNumber} was already applied by ${reviewed.appliedBy}, and the org differs from the manifest again.`;
  if (!reviewed.commented)
    return `Pull request #${reviewed.prNumber} has no gc-timeouts plan comment to compare with: its plan job did not run, or did not comment (a plan comment is written only from a workflow run of this repository, with a token that may comment).`;
  if (reviewed.fingerprint === undefined)
    return `Pull request #${reviewed.prNumber} has no live plan to compare with (it was planned without credentials).`;
  if (reviewed.fingerprint !== plan.fingerprint) {
    return `The org or the manifest changed after pull request #${reviewed.prNumber} was reviewed: the reviewed plan had fingerprint ${reviewed.fingerprint.slice(0, 12)}, the plan now has ${plan.fingerprint.slice(0, 12)}.`;
  }
  return undefined;
}

/** The comment becomes the record of the apply: its marker says by which commit, so it is never edited again. */
export async function markApplied(
  gh: ReviewHost,
  deps: ModeDeps,
  reviewed: Reviewed,
  plan: Plan,
  report: ApplyReport | undefined,
): Promise<void> {
  const { ctx } = deps;
  const result =
    report === undefined
      ? 'The org already matched the manifest; nothing was changed.'
      : renderApplyMarkdown(report);
  const body = [
    planMarker({ ...planMarkerFields(plan), applied: ctx.sha }),
    `### ✅ gc-timeouts applied ${escapeMarkdown(plan.label)}`,
    '',
    `Applied by commit ${ctx.sha.slice(0, 12)} in [this run](${ctx.runUrl}) to ${escapeMarkdown(plan.region)}.`,
    '',
    result,
  ].join('\n');
  await rewrite(gh, deps, reviewed, plan, body, 'mark the plan comment applied');
}

/**
 * After a partial apply the comment stays open to a re-run: its fingerprint becomes that of the
 * changes still to make. A re-run whose fresh plan is exactly those (nothing else moved) applies
 * them; a value someone changed meanwhile makes the fingerprints differ, and review is needed.
 */
export async function markPartial(
  gh: ReviewHost,
  deps: ModeDeps,
  reviewed: Reviewed,
  plan: Plan,
  report: ApplyReport,
): Promise<void> {
  const { ctx } = deps;
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
  await rewrite(gh, deps, reviewed, plan, body, 'update the plan comment');
}

async function rewrite(
  gh: ReviewHost,
  deps: ModeDeps,
  reviewed: Reviewed,
  plan: Plan,
  body: string,
  what: string,
): Promise<void> {
  try {
    await gh.upsertPlanComment(reviewed.prNumber, plan.label, body);
  } catch (error) {
    deps.log.warning(`Could not ${what}: ${getErrorMessage(error)}`);
  }
}
