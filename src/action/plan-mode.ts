import { hasCredentials } from '../app/connection.js';
import { planManifest, type PlanResult } from '../app/plan.js';
import { GcTimeoutsError, getErrorMessage } from '../util/errors.js';
import { hiddenMarker } from '../github/marker.js';
import { InvalidManifestError } from '../manifest/validate.js';
import { countDiagnostics } from '../render/diagnostics.js';
import { DEFAULT_MAX_LENGTH, renderMarkdown } from '../render/markdown.js';
import { renderRecommendSection } from '../render/recommend.js';
import { renderValidationMarkdown } from '../render/validation.js';
import { plural } from '../util/plural.js';
import { VERSION } from '../version.js';
import { connectionOf, linksOf, whyNoComment } from './access.js';
import type { Outputs } from './outputs.js';
import { planErrorAnnotations } from './plan-annotations.js';
import type { ModeDeps, ModeResult } from './ports.js';
import { savePlan } from './report.js';
import { offlineFlowsMarkdown, validateAndAnnotate } from './validate-mode.js';

/**
 * Pull-request review: validate, plan against the org, and keep one sticky comment per label up to
 * date with the latest plan. Without credentials (a fork), the offline validation still runs and
 * says why the live plan was skipped.
 */
export async function runPlanMode(deps: ModeDeps): Promise<ModeResult> {
  const { inputs, log } = deps;
  const { result, valid } = await validateAndAnnotate(deps);
  const outputs: Partial<Outputs> = {};
  const publish = publisher(deps, outputs);
  // Fitted to a comment, leaving room for the marker and the skipped-plan note that go with it.
  const validation = renderValidationMarkdown(inputs.manifest, result, {
    maxLength: DEFAULT_MAX_LENGTH - placeholderMarker(deps, 0).length - 1_000,
  });
  if (valid === undefined) {
    const errors = countDiagnostics(result.diagnostics).errors;
    await publish(`${placeholderMarker(deps, errors)}\n${validation}`);
    return { outputs, failure: new InvalidManifestError(inputs.manifest, result.diagnostics) };
  }
  const connection = connectionOf(inputs);
  if (!hasCredentials(connection)) {
    const why = whyNoLivePlan(deps);
    log.notice(`Live plan skipped: ${why}. The manifest was validated offline.`);
    const flows = await offlineFlowsMarkdown(valid);
    await publish(
      `${placeholderMarker(deps, 0)}\n${validation}\n\n> **Live plan skipped:** ${why}. The manifest was validated offline; the plan runs when the change is reviewed from a branch of this repository.${flows}`,
    );
    return { outputs };
  }
  const planned = await planManifest(
    {
      valid,
      environment: inputs.environment,
      connection,
      label: inputs.label,
      recommend: inputs.recommend,
    },
    deps,
  );
  const { plan } = planned;
  Object.assign(outputs, await savePlan(deps, plan));
  await publish(planBody(deps, planned));
  log.info(
    `Plan: ${plan.counts.changes} changes, ${plan.counts.errors} errors, fingerprint ${plan.fingerprint}`,
  );
  deps.log.annotate(planErrorAnnotations(plan));
  if (plan.errors.length === 0) return { outputs };
  const failure = new GcTimeoutsError(
    'plan-errors',
    `the plan has ${plural(plan.errors.length, 'error')}: ${plan.errors[0]?.message ?? ''}`,
  );
  return { outputs, failure };
}

/** The plan, and with `recommend: true` the recommended timeouts collapsed below it, within the size limit. */
function planBody(deps: ModeDeps, { plan, recommendations }: PlanResult): string {
  const links = linksOf(deps.ctx, deps.ctx.pullRequest?.headSha ?? deps.ctx.sha);
  if (!deps.inputs.recommend) return renderMarkdown(plan, { links });
  const section = renderRecommendSection(recommendations);
  const room = DEFAULT_MAX_LENGTH - section.length - 2;
  return `${renderMarkdown(plan, { links, maxLength: Math.max(room, 1_000) })}\n\n${section}`;
}

function whyNoLivePlan(deps: ModeDeps): string {
  return deps.ctx.pullRequest?.isFork === true
    ? 'this pull request comes from a fork, and GitHub gives fork pull requests no secrets'
    : 'no Genesys Cloud credentials were given (client-id and client-secret inputs, or GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET)';
}

/** Writes a body to the job summary and, when this run may comment, to the sticky comment. */
function publisher(deps: ModeDeps, outputs: Partial<Outputs>): (body: string) => Promise<void> {
  const skip = whyNoComment(deps.inputs, deps.ctx);
  if (skip !== undefined) deps.log.info(`No plan comment: ${skip}.`);
  const pr = deps.ctx.pullRequest;
  const gh = skip === undefined ? deps.github : undefined;
  return async (body) => {
    await deps.log.summary(`${body}\n`);
    if (gh === undefined || pr === undefined) return;
    try {
      const written = await gh.upsertPlanComment(pr.number, deps.inputs.label, body);
      outputs.commentUrl = written.url;
      deps.log.info(`${written.created ? 'Created' : 'Updated'} the plan comment: ${written.url}`);
    } catch (error) {
      // A read-only token cannot comment; the job summary still has the plan.
      deps.log.warning(
        `Could not write the plan comment: ${getErrorMessage(error)}. The plan is in the job summary.`,
      );
    }
  };
}

/** A plan marker with no live plan behind it (empty fingerprint), so the sticky comment is still found. */
function placeholderMarker(deps: ModeDeps, errors: number): string {
  return hiddenMarker('plan', {
    label: deps.inputs.label,
    region: '',
    manifest: deps.inputs.manifest,
    ...(deps.inputs.environment === undefined ? {} : { environment: deps.inputs.environment }),
    fingerprint: '',
    version: VERSION,
    changes: 0,
    errors,
  });
}
