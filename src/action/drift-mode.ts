import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import type { Plan } from '../plan/types.js';
import { GcTimeoutsError } from '../errors.js';
import { syncDriftIssue } from '../github/index.js';
import type { Inputs } from '../inputs.js';
import { renderMarkdown } from '../render/markdown.js';
import { planManifest } from '../session.js';
import { connectionOf, githubFor, logProgress, maskSecret } from './access.js';
import type { RunContext } from './context.js';
import type { Outputs } from './outputs.js';
import { savePlan, writeSummary } from './report.js';
import { requireValidManifestOrReport } from './validate.js';

/** Scheduled check: the manifest of the default branch against the org, reported as drift. */
export async function runDriftMode(
  inputs: Inputs,
  ctx: RunContext,
  outputs: Outputs,
): Promise<void> {
  await requireValidManifestOrReport(inputs);
  const { plan, client } = await planManifest({
    manifestPath: inputs.manifest,
    label: inputs.label,
    connection: connectionOf(inputs),
    onSecret: maskSecret,
    onProgress: logProgress(),
  });
  await client.close();
  await savePlan(outputs, plan);
  // An action renamed or deleted in the admin UI no longer resolves: that is drift too, and the
  // issue must not be closed as if the org matched.
  const broken = plan.errors.length;
  const drifted = plan.counts.changes > 0 || broken > 0;
  outputs.drift = drifted;

  const heading = !drifted
    ? `gc-timeouts: no drift in ${plan.region}`
    : plan.counts.changes > 0
      ? `gc-timeouts: drift in ${plan.region} (${differ(plan.counts.changes)} from ${plan.manifest})`
      : `gc-timeouts: drift in ${plan.region} (${plan.manifest} no longer matches the org: ${broken} error${broken === 1 ? '' : 's'})`;
  const report = renderMarkdown(plan, {
    heading,
    links: { repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`, ref: ctx.sha },
  });
  await writeSummary(`${report}\n`);
  core.info(
    drifted
      ? `Drift: ${differ(plan.counts.changes)} from the manifest, ${broken} plan errors.`
      : 'No drift.',
  );

  if (inputs.driftIssue) {
    const gh = githubFor(inputs, ctx);
    if (gh === undefined)
      core.warning('drift-issue is true but there is no github-token; no issue was written.');
    else {
      const body = `${report}\n\nFound by [this run](${ctx.runUrl}). Apply the manifest (merge a change, or run apply) or update it to accept the live values; this issue closes itself when the drift is gone.`;
      try {
        const issue = await syncDriftIssue(gh, {
          label: inputs.label,
          region: plan.region,
          drifted,
          fingerprint: driftFingerprint(plan),
          title: `gc-timeouts: drift in ${plan.region} (${plan.label})`,
          body,
        });
        if (issue.url !== undefined) outputs.commentUrl = issue.url;
        core.info(`Drift issue: ${issue.action}${issue.url ? ` ${issue.url}` : ''}`);
      } catch (error) {
        // The drift result stands (outputs, summary, fail-on-drift); only its issue could not be kept.
        core.warning(
          `Could not update the drift issue (does the workflow have issues: write?): ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  if (plan.errors.length > 0)
    throw new GcTimeoutsError(
      'plan-errors',
      `the drift check found ${plan.errors.length} manifest error${plan.errors.length === 1 ? '' : 's'} against the org`,
    );
  if (drifted && inputs.failOnDrift)
    throw new GcTimeoutsError(
      'drift',
      `${differ(plan.counts.changes)} in ${plan.region} from ${plan.manifest}`,
    );
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
