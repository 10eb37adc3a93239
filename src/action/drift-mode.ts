import { checkDrift, driftFailure, type DriftResult } from '../app/drift.js';
import type { Plan } from '../plan/types.js';
import { getErrorMessage } from '../util/errors.js';
import { driftHeading, driftLogLine } from '../render/drift.js';
import { renderMarkdown } from '../render/markdown.js';
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
  const drift = await checkDrift(
    {
      valid,
      environment: deps.inputs.environment,
      connection: connectionOf(deps.inputs),
      label: deps.inputs.label,
    },
    deps,
  );
  const { plan, drifted } = drift;
  const outputs: Partial<Outputs> = { ...(await savePlan(deps, plan)), drift: drifted };
  const report = renderMarkdown(plan, {
    heading: driftHeading(plan, drifted),
    links: linksOf(deps.ctx, deps.ctx.sha),
  });
  deps.log.annotate(planErrorAnnotations(plan));
  await deps.log.summary(`${report}\n`);
  deps.log.info(driftLogLine(plan, drifted));
  if (deps.inputs.driftIssue) await keepIssue(deps, drift, report, outputs);
  if (drift.failure !== undefined) return { outputs, failure: drift.failure };
  if (drifted && deps.inputs.failOnDrift) return { outputs, failure: driftFailure(drift) };
  return { outputs };
}

/** One issue per environment: its title names the environment first, where a list shows it. */
export function driftIssueTitle(plan: Plan): string {
  const where = plan.environment === undefined ? '' : `${plan.environment}: `;
  return `gc-timeouts: ${where}drift in ${plan.region} (${plan.label})`;
}

async function keepIssue(
  deps: ModeDeps,
  { plan, drifted, fingerprint }: DriftResult,
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
      ...(plan.environment === undefined ? {} : { environment: plan.environment }),
      region: plan.region,
      drifted,
      fingerprint,
      title: driftIssueTitle(plan),
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
