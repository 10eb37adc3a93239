import { offlineFlows, validateManifest, type Validation } from '../app/validate.js';
import { renderOfflineFlowsMarkdown } from '../render/offline-flows.js';
import { InvalidManifestError, type ValidManifest } from '../manifest/validate.js';
import { renderValidationMarkdown } from '../render/validation.js';
import type { ModeDeps, ModeResult } from './ports.js';

/** The one validation of a run: every finding becomes an annotation on its line. */
export async function validateAndAnnotate(
  deps: Pick<ModeDeps, 'inputs' | 'log'>,
): Promise<Validation> {
  const validation = await validateManifest(deps.inputs.manifest, undefined, {
    deadline: deps.inputs.deadline,
  });
  deps.log.annotate(validation.result.diagnostics);
  return validation;
}

/**
 * For the modes that need a valid manifest to go on: the manifest, or (when it is invalid) the
 * findings in the job summary and the failure to report.
 */
export async function requireValid(
  deps: Pick<ModeDeps, 'inputs' | 'log'>,
): Promise<ValidManifest | InvalidManifestError> {
  const { result, valid } = await validateAndAnnotate(deps);
  if (valid !== undefined) return valid;
  await deps.log.summary(`${renderValidationMarkdown(deps.inputs.manifest, result)}\n`);
  return new InvalidManifestError(deps.inputs.manifest, result.diagnostics);
}

/** The validate mode: annotations on the manifest, one summary table, one failure if invalid. */
export async function runValidateMode(deps: ModeDeps): Promise<ModeResult> {
  const { result, valid } = await validateAndAnnotate(deps);
  const flows = valid === undefined ? '' : await offlineFlowsMarkdown(valid);
  await deps.log.summary(`${renderValidationMarkdown(deps.inputs.manifest, result)}${flows}\n`);
  return valid !== undefined
    ? { outputs: {} }
    : { outputs: {}, failure: new InvalidManifestError(deps.inputs.manifest, result.diagnostics) };
}

/** The repository's flow files that call the managed actions, for a run that reads no org. */
export async function offlineFlowsMarkdown(valid: ValidManifest): Promise<string> {
  return renderOfflineFlowsMarkdown(await offlineFlows(valid));
}
