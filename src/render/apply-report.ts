import type { ApplyReport, ApplyResult } from '../plan/types.js';
import { escapeMarkdown } from './escape.js';
import { clamp, flatten, formatTimeout } from './format.js';

const STATUS_TEXT: Record<ApplyResult['status'], string> = {
  applied: 'applied',
  'already-applied': 'already set',
  failed: 'FAILED',
};

const show = formatTimeout;

function oneLine(text: string, max = 120): string {
  return clamp(flatten(text), max);
}

/** "Apply complete: 5 applied, 1 already set, 0 failed." */
export function applySummaryLine(report: ApplyReport): string {
  const { applied, alreadyApplied, failed } = report.counts;
  const verdict = failed > 0 ? 'Apply finished with failures' : 'Apply complete';
  return `${verdict}: ${applied} applied, ${alreadyApplied} already set, ${failed} failed.`;
}

export function renderApplyText(report: ApplyReport): string {
  const lines = report.results.map((r) => {
    const what = `${oneLine(r.actionName, 60)} (${oneLine(r.integrationName, 40)}) ${r.field} ${show(r.from)} → ${show(r.to)}`;
    const why =
      r.status === 'failed' ? `: ${r.reason ?? 'error'}: ${oneLine(r.message ?? '', 300)}` : '';
    return `  ${STATUS_TEXT[r.status].padEnd(11)} ${what}${why}`;
  });
  return `${[...lines, '', applySummaryLine(report)].join('\n')}\n`;
}

/** The per-action result table of the applied PR comment and the job summary. */
export function renderApplyMarkdown(report: ApplyReport, maxRows = 200): string {
  const rows = report.results.slice(0, maxRows).map((r) => {
    const status =
      r.status === 'failed'
        ? `❌ ${r.reason ?? 'failed'}`
        : r.status === 'applied'
          ? '✅ applied'
          : '☑️ already set';
    const note = r.message === null ? '' : escapeMarkdown(oneLine(r.message, 300));
    return `| ${status} | ${escapeMarkdown(oneLine(r.actionName, 200))} | ${escapeMarkdown(oneLine(r.integrationName, 100))} | ${r.field} | ${show(r.from)} | ${show(r.to)} | ${note} |`;
  });
  const more =
    report.results.length > maxRows
      ? [`\n… and ${report.results.length - maxRows} more results.`]
      : [];
  return [
    applySummaryLine(report),
    '',
    '| Result | Action | Integration | Field | From | To | Note |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...more,
  ].join('\n');
}
