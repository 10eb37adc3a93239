import {
  InvalidManifestError,
  validateManifestFile,
  validOf,
  type ValidationResult,
  type ValidManifest,
} from '../manifest/validate.js';
import { countDiagnostics, describeCounts, diagnosticsTable } from '../render/diagnostics.js';
import { escapeMarkdown } from '../render/escape.js';
import type { ModeDeps, ModeResult } from './ports.js';

/** The one validation of a run: every finding becomes an annotation on its line. */
export async function validateAndAnnotate(
  deps: Pick<ModeDeps, 'inputs' | 'log'>,
): Promise<{ result: ValidationResult; valid: ValidManifest | undefined }> {
  const result = await validateManifestFile(deps.inputs.manifest);
  deps.log.annotate(result.diagnostics);
  return { result, valid: validOf(deps.inputs.manifest, result) };
}

/** The validation result as markdown: a verdict line and, when there are findings, their table. */
export function validationMarkdown(manifest: string, result: ValidationResult): string {
  const { errors } = countDiagnostics(result.diagnostics);
  const lines = [
    `### gc-timeouts: ${escapeMarkdown(manifest)} is ${errors === 0 ? 'valid' : 'invalid'}`,
    '',
    `${describeCounts(result.diagnostics)}${result.manifest ? `, ${result.manifest.actions.length} entries` : ''}.`,
  ];
  if (result.diagnostics.length > 0) lines.push('', diagnosticsTable(result.diagnostics));
  return lines.join('\n');
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
  await deps.log.summary(`${validationMarkdown(deps.inputs.manifest, result)}\n`);
  return new InvalidManifestError(deps.inputs.manifest, result.diagnostics);
}

/** The validate mode: annotations on the manifest, one summary table, one failure if invalid. */
export async function runValidateMode(deps: ModeDeps): Promise<ModeResult> {
  const { result, valid } = await validateAndAnnotate(deps);
  await deps.log.summary(`${validationMarkdown(deps.inputs.manifest, result)}\n`);
  return valid !== undefined
    ? { outputs: {} }
    : { outputs: {}, failure: new InvalidManifestError(deps.inputs.manifest, result.diagnostics) };
}
