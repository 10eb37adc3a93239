import * as core from '@actions/core';
import { runValidate } from './action/validate.js';
import { GcTimeoutsError, getErrorMessage } from './errors.js';
import { getInputs } from './inputs.js';

/** The Action's composition root and the one place that fails the step. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    // plan, apply and drift arrive with the engine; until then every event validates.
    if (inputs.mode !== 'auto' && inputs.mode !== 'validate') {
      throw new GcTimeoutsError(
        'usage',
        `mode ${inputs.mode} is not available in this version; use validate`,
      );
    }
    await runValidate(inputs);
  } catch (error) {
    if (error instanceof GcTimeoutsError) core.setOutput('failure-reason', error.reason);
    core.setFailed(`gc-timeouts: ${getErrorMessage(error)}`);
  }
}
