import type { Diagnostic } from '../manifest/types.js';
import { escapeInvisible } from '../util/text.js';
import { escapeMarkdown } from './escape.js';
import { plural } from '../util/plural.js';

/** `file:line:column: message`, the form editors and terminals make clickable. */
export function formatDiagnostic(d: Diagnostic): string {
  const message = escapeInvisible(d.message.replace(/\r\n?|\n/g, ' '));
  return `${escapeInvisible(d.file)}:${d.line}:${d.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${message}`;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): {
  errors: number;
  warnings: number;
} {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** "2 errors, 1 warning". */
export function describeCounts(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return [plural(errors, 'error'), plural(warnings, 'warning')].join(', ');
}

/** The job-summary table of findings. */
export function diagnosticsTable(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map(
    (d) =>
      `| ${d.severity === 'error' ? 'Error' : 'Warning'} | ${escapeMarkdown(d.file)}:${d.line}:${d.column} | ${escapeMarkdown(d.message)} |`,
  );
  return ['| Severity | Where | Problem |', '| --- | --- | --- |', ...rows].join('\n');
}
