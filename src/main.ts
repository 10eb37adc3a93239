import * as core from '@actions/core';
import { runApplyMode } from './action/apply-mode.js';
import { readRunContext } from './action/context.js';
import { runDriftMode } from './action/drift-mode.js';
import { emptyOutputs, writeOutputs } from './action/outputs.js';
import { runPlanMode } from './action/plan-mode.js';
import { runValidate } from './action/validate.js';
import { getErrorMessage } from './errors.js';
import { failureReason } from './failure.js';
import { getInputs } from './inputs.js';
import { resolveMode } from './mode.js';
import { VERSION } from './version.js';

/** The Action's composition root and the one place that fails the step. */
export async function run(): Promise<void> {
  const outputs = emptyOutputs();
  try {
    const inputs = getInputs();
    const ctx = readRunContext();
    const mode = resolveMode(inputs.mode, ctx);
    core.info(
      `gc-timeouts ${VERSION}: ${mode} ${inputs.manifest} (event ${ctx.eventName}, mode input ${inputs.mode})`,
    );
    if (mode === 'validate') await runValidate(inputs);
    else if (mode === 'plan') await runPlanMode(inputs, ctx, outputs);
    else if (mode === 'apply') await runApplyMode(inputs, ctx, outputs);
    else await runDriftMode(inputs, ctx, outputs);
  } catch (error) {
    outputs.failureReason = failureReason(error) ?? '';
    core.setFailed(`gc-timeouts: ${getErrorMessage(error)}`);
  } finally {
    writeOutputs(outputs);
  }
}
