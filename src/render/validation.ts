import type { ValidationResult } from '../manifest/validate.js';
import {
  countDiagnostics,
  describeCounts,
  diagnosticsTable,
  formatDiagnostic,
} from './diagnostics.js';
import { escapeMarkdown } from './escape.js';

/** `gc-timeouts.yaml is valid` / `… is invalid`: the verdict both faces give. */
function verdict(manifest: string, result: ValidationResult): string {
  return `${manifest} is ${countDiagnostics(result.diagnostics).errors === 0 ? 'valid' : 'invalid'}`;
}

/** Every finding as `file:line:column: message`, then the verdict with the counts. */
export function renderValidationText(manifest: string, result: ValidationResult): string {
  const entries = result.manifest ? ` (${result.manifest.actions.length} entries)` : '';
  const lines = result.diagnostics.map(formatDiagnostic);
  lines.push(`${verdict(manifest, result)}${entries}: ${describeCounts(result.diagnostics)}`);
  return `${lines.join('\n')}\n`;
}

/** The validation result as markdown: a verdict line and, when there are findings, their table. */
export function renderValidationMarkdown(manifest: string, result: ValidationResult): string {
  const entries = result.manifest ? `, ${result.manifest.actions.length} entries` : '';
  const lines = [
    `### gc-timeouts: ${escapeMarkdown(verdict(manifest, result))}`,
    '',
    `${describeCounts(result.diagnostics)}${entries}.`,
  ];
  if (result.diagnostics.length > 0) lines.push('', diagnosticsTable(result.diagnostics));
  return lines.join('\n');
}

/** `{valid, manifest, errors, warnings, diagnostics}` for scripts. */
export function renderValidationJson(manifest: string, result: ValidationResult): string {
  const { errors, warnings } = countDiagnostics(result.diagnostics);
  const report = {
    valid: errors === 0,
    manifest,
    errors,
    warnings,
    diagnostics: result.diagnostics,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
