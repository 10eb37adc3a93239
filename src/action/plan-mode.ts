import * as core from '@actions/core';
import { GcTimeoutsError } from '../errors.js';
import { upsertPlanComment, type GitHub } from '../github/index.js';
import type { Inputs } from '../inputs.js';
import { countDiagnostics } from '../render/diagnostics.js';
import { renderMarkdown } from '../render/markdown.js';
import { hiddenMarker } from '../render/marker.js';
import { hasCredentials, planManifest } from '../session.js';
import { VERSION } from '../version.js';
import { connectionOf, githubFor, logProgress, maskSecret, whyNoComment } from './access.js';
import type { RunContext } from './context.js';
import type { Outputs } from './outputs.js';
import { savePlan, writeSummary } from './report.js';
import { invalidManifestError, validateAndAnnotate, validationMarkdown } from './validate.js';

/**
 * Pull-request review: validate, plan against the org, and keep one sticky comment per label up to
 * date with the latest plan. Without credentials (a fork), the offline validation still runs and
 * says why the live plan was skipped.
 */
export async function runPlanMode(
  inputs: Inputs,
  ctx: RunContext,
  outputs: Outputs,
): Promise<void> {
  const validation = await validateAndAnnotate(inputs);
  const pr = ctx.pullRequest;
  const skipComment = whyNoComment(inputs, ctx);
  if (skipComment !== undefined) core.info(`No plan comment: ${skipComment}.`);
  const gh = skipComment === undefined ? githubFor(inputs, ctx) : undefined;

  const publish = async (body: string): Promise<void> => {
    await writeSummary(`${body}\n`);
    if (gh !== undefined && pr !== undefined)
      await comment(gh, pr.number, inputs.label, body, outputs);
  };

  if (validation.manifest === undefined) {
    await publish(
      `${placeholderMarker(inputs, countDiagnostics(validation.diagnostics).errors)}\n${validationMarkdown(inputs.manifest, validation)}`,
    );
    throw invalidManifestError(inputs.manifest, validation.diagnostics);
  }

  const connection = connectionOf(inputs);
  if (!hasCredentials(connection)) {
    const why =
      pr?.isFork === true
        ? 'this pull request comes from a fork, and GitHub gives fork pull requests no secrets'
        : 'no Genesys Cloud credentials were given (client-id and client-secret inputs, or GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET)';
    core.notice(`Live plan skipped: ${why}. The manifest was validated offline.`);
    await publish(
      `${placeholderMarker(inputs, 0)}\n${validationMarkdown(inputs.manifest, validation)}\n\n> **Live plan skipped:** ${why}. The manifest was validated offline; the plan runs when the change is reviewed from a branch of this repository.`,
    );
    return;
  }

  const { plan, client } = await planManifest({
    manifestPath: inputs.manifest,
    label: inputs.label,
    connection,
    onSecret: maskSecret,
    onProgress: logProgress(),
    onEvent: (event) => core.debug(JSON.stringify(event)),
  });
  await client.close();
  await savePlan(outputs, plan);
  const links = {
    repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
    ref: pr?.headSha ?? ctx.sha,
  };
  await publish(renderMarkdown(plan, { links }));
  core.info(
    `Plan: ${plan.counts.changes} changes, ${plan.counts.errors} errors, fingerprint ${plan.fingerprint}`,
  );
  if (plan.errors.length > 0) {
    throw new GcTimeoutsError(
      'plan-errors',
      `the plan has ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}: ${plan.errors[0]?.message ?? ''}`,
    );
  }
}

/** A plan marker with no live plan behind it (empty fingerprint), so the sticky comment is still found. */
function placeholderMarker(inputs: Inputs, errors: number): string {
  return hiddenMarker('plan', {
    label: inputs.label,
    region: '',
    manifest: inputs.manifest,
    fingerprint: '',
    version: VERSION,
    changes: 0,
    errors,
  });
}

async function comment(
  gh: GitHub,
  number: number,
  label: string,
  body: string,
  outputs: Outputs,
): Promise<void> {
  try {
    const written = await upsertPlanComment(gh, number, label, body);
    outputs.commentUrl = written.url;
    core.info(`${written.created ? 'Created' : 'Updated'} the plan comment: ${written.url}`);
  } catch (error) {
    // A read-only token cannot comment; the job summary still has the plan.
    core.warning(
      `Could not write the plan comment: ${error instanceof Error ? error.message : String(error)}. The plan is in the job summary.`,
    );
  }
}
