import * as core from '@actions/core';
import { coreLog, coreOrg, gitHubHost, runnerArtifacts } from './action/adapters.js';
import { runApplyMode } from './action/apply-mode.js';
import { readRunContext } from './action/context.js';
import { runDoctorMode } from './action/doctor-mode.js';
import { runDriftMode } from './action/drift-mode.js';
import { emptyOutputs, writeOutputs, type Outputs } from './action/outputs.js';
import { runPlanMode } from './action/plan-mode.js';
import type { ModeDeps, ModeResult } from './action/ports.js';
import { runValidateMode } from './action/validate-mode.js';
import { getErrorMessage } from './errors.js';
import { failureReason } from './failure.js';
import { getInputs } from './inputs.js';
import { InvalidManifestError } from './manifest/validate.js';
import { resolveMode, type Mode } from './mode.js';
import { VERSION } from './version.js';

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
  try {
    const inputs = getInputs();
    const ctx = readRunContext();
    const mode = resolveMode(inputs.mode, ctx);
    core.info(
      `gc-timeouts ${VERSION}: ${mode} ${inputs.manifest} (event ${ctx.eventName}, mode input ${inputs.mode})`,
    );
    const deps: ModeDeps = {
      inputs,
      ctx,
      github: gitHubHost(inputs, ctx),
      openOrg: coreOrg(),
      artifacts: runnerArtifacts(),
      log: coreLog(),
      now: Date.now,
    };
    const result = await MODES[mode](deps);
    outputs = { ...outputs, ...result.outputs };
    if (result.failure !== undefined) fail(outputs, result.failure);
  } catch (error) {
    fail(outputs, error);
  } finally {
    writeOutputs(outputs);
  }
}

function fail(outputs: Outputs, error: unknown): void {
  outputs.failureReason = failureReason(error) ?? '';
  const hint = error instanceof InvalidManifestError ? ' (see the annotations)' : '';
  core.setFailed(`gc-timeouts: ${getErrorMessage(error)}${hint}`);
}
