import * as core from '@actions/core';
import { coreLog, coreOrgPorts, gitHubHost, runnerArtifacts } from './adapters.js';
import { maskingRedactor } from './mask.js';
import { runApplyMode } from './apply-mode.js';
import { readRunContext } from './context.js';
import { runDoctorMode } from './doctor-mode.js';
import { runDriftMode } from './drift-mode.js';
import { emptyOutputs, writeOutputs, type Outputs } from './outputs.js';
import { runPlanMode } from './plan-mode.js';
import type { ActionLog, ModeDeps, ModeResult } from './ports.js';
import { runValidateMode } from './validate-mode.js';
import { describeFailure, failureReason } from '../app/failure.js';
import { escapeMarkdown } from '../render/escape.js';
import { getInputs } from './inputs.js';
import { InvalidManifestError } from '../manifest/validate.js';
import { resolveMode, type Mode } from './mode.js';
import type { Redactor } from '../util/redact.js';
import { shortenLine } from '../util/github-limits.js';
import { VERSION } from '../version.js';

const MODES: Record<Mode, (deps: ModeDeps) => Promise<ModeResult>> = {
  validate: runValidateMode,
  plan: runPlanMode,
  apply: runApplyMode,
  drift: runDriftMode,
  doctor: runDoctorMode,
};

/** The Action's composition root and the one place that fails the step. */
export async function run(): Promise<void> {
  let outputs: Outputs = emptyOutputs();
  const redactor = maskingRedactor();
  const base = coreLog(redactor);
  let summarized = false;
  const log = {
    ...base,
    summary: async (markdown: string) => {
      summarized = true;
      await base.summary(markdown);
    },
  };
  try {
    const inputs = getInputs(process.env, redactor);
    const ctx = readRunContext();
    const mode = resolveMode(inputs.mode, ctx);
    log.info(
      `gc-timeouts ${VERSION}: ${mode} ${inputs.manifest} (event ${ctx.eventName}, mode input ${inputs.mode})`,
    );
    const deps: ModeDeps = {
      inputs,
      ctx,
      github: gitHubHost(inputs, ctx, redactor),
      ...coreOrgPorts(redactor, inputs),
      artifacts: runnerArtifacts(redactor),
      log,
      now: Date.now,
    };
    const result = await MODES[mode](deps);
    outputs = { ...outputs, ...result.outputs };
    if (result.failure !== undefined) fail(outputs, result.failure, redactor);
  } catch (error) {
    fail(outputs, error, redactor);
    // Every failure leaves a trace in the job summary, not only the ones a mode reported itself.
    if (!summarized) await failureSummary(log, error);
  } finally {
    writeOutputs(outputs, redactor);
  }
}

function fail(outputs: Outputs, error: unknown, redactor: Redactor): void {
  outputs.failureReason = failureReason(error) ?? 'internal-error';
  const hint = error instanceof InvalidManifestError ? ' (see the annotations)' : '';
  core.setFailed(shortenLine(redactor.redact(`gc-timeouts: ${describeFailure(error)}${hint}`)));
}

async function failureSummary(log: ActionLog, error: unknown): Promise<void> {
  const reason = failureReason(error) ?? 'internal-error';
  const markdown = `### gc-timeouts failed: ${reason}\n\n${escapeMarkdown(describeFailure(error))}\n`;
  try {
    await log.summary(markdown);
  } catch {
    // The summary is a courtesy; the failed step and its message already say what happened.
  }
}
