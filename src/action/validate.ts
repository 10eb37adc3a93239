import { GcTimeoutsError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import type { Diagnostic } from '../manifest/types.js';
import { validateManifestFile, type ValidationResult } from '../manifest/validate.js';
import { countDiagnostics, describeCounts, diagnosticsTable } from '../render/diagnostics.js';
import { escapeMarkdown } from '../render/escape.js';
import { annotate, writeSummary } from './report.js';

/** Validates the manifest and puts every finding on its line as an annotation. */
export async function validateAndAnnotate(inputs: Inputs): Promise<ValidationResult> {
  const result = await validateManifestFile(inputs.manifest);
  annotate(result.diagnostics);
  return result;
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

export function invalidManifestError(
  manifest: string,
  diagnostics: readonly Diagnostic[],
): GcTimeoutsError {
  return new GcTimeoutsError(
    'invalid-manifest',
    `${manifest} is invalid: ${describeCounts(diagnostics)} (see the annotations)`,
  );
}

/**
 * For the modes that need a valid manifest to go on: annotations, and when it is invalid, the
 * findings in the job summary and the failure.
 */
export async function requireValidManifestOrReport(inputs: Inputs): Promise<ValidationResult> {
  const result = await validateAndAnnotate(inputs);
  if (result.manifest === undefined) {
    await writeSummary(`${validationMarkdown(inputs.manifest, result)}\n`);
    throw invalidManifestError(inputs.manifest, result.diagnostics);
  }
  return result;
}

/** The validate mode: annotations on the manifest, one summary table, one failure if invalid. */
export async function runValidate(inputs: Inputs): Promise<void> {
  const result = await validateAndAnnotate(inputs);
  await writeSummary(`${validationMarkdown(inputs.manifest, result)}\n`);
  if (result.manifest === undefined)
    throw invalidManifestError(inputs.manifest, result.diagnostics);
}
