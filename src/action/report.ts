import * as core from '@actions/core';
import type { Diagnostic } from '../manifest/types.js';

/** Each finding becomes an annotation on its manifest line, shown in the PR's files view. */
export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = {
      title: d.severity === 'error' ? 'gc-timeouts: invalid manifest' : 'gc-timeouts: warning',
      file: d.file,
      startLine: d.line,
      startColumn: d.column,
    };
    if (d.severity === 'error') core.error(d.message, properties);
    else core.warning(d.message, properties);
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  await core.summary.addRaw(markdown, true).write();
}
