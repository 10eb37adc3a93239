import { GcTimeoutsError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import { validateManifestFile } from '../manifest/validate.js';
import { describeCounts, diagnosticsTable, countDiagnostics } from '../render/diagnostics.js';
import { escapeMarkdown } from '../render/escape.js';
import { annotate, writeSummary } from './report.js';

/** The validate mode: annotations on the manifest, one summary table, one failure if invalid. */
export async function runValidate(inputs: Inputs): Promise<void> {
  const result = await validateManifestFile(inputs.manifest);
  annotate(result.diagnostics);
  const { errors } = countDiagnostics(result.diagnostics);
  const title = errors === 0 ? 'valid' : 'invalid';
  const lines = [
    `## gc-timeouts: ${escapeMarkdown(inputs.manifest)} is ${title}`,
    '',
    `${describeCounts(result.diagnostics)}${result.manifest ? `, ${result.manifest.actions.length} entries` : ''}.`,
  ];
  if (result.diagnostics.length > 0) lines.push('', diagnosticsTable(result.diagnostics));
  await writeSummary(`${lines.join('\n')}\n`);
  if (errors > 0) {
    throw new GcTimeoutsError(
      'invalid-manifest',
      `${inputs.manifest} is invalid: ${describeCounts(result.diagnostics)} (see the annotations)`,
    );
  }
}
