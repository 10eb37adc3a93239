import type { ApplyReport, ApplyResult, Plan } from '../plan/types.js';
import { escapeMarkdown } from './escape.js';
import { clamp, flatten } from './format.js';
import { formatTimeout } from '../plan/timeout-value.js';
import { renderMarkdown } from './markdown.js';

const STATUS_TEXT: Record<ApplyResult['status'], string> = {
  applied: 'applied',
  'already-applied': 'already set',
  failed: 'FAILED',
};

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
    const what = `${oneLine(r.actionName, 60)} (${oneLine(r.integrationName, 40)}) ${r.field} ${formatTimeout(r.from)} → ${formatTimeout(r.to)}`;
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
    return `| ${status} | ${escapeMarkdown(oneLine(r.actionName, 200))} | ${escapeMarkdown(oneLine(r.integrationName, 100))} | ${r.field} | ${formatTimeout(r.from)} | ${formatTimeout(r.to)} | ${note} |`;
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

/** The job summary of an apply: the results, and how the applied plan differs from the reviewed one. */
export function renderAppliedMarkdown(plan: Plan, report: ApplyReport, changed?: string): string {
  const note =
    changed === undefined
      ? ''
      : `\n\n> The applied plan differs from the reviewed one: ${escapeMarkdown(changed)}`;
  return `### gc-timeouts: applied ${escapeMarkdown(plan.label)}\n\n${renderApplyMarkdown(report)}${note}`;
}

/** The job summary of an apply refused because the plan changed since review, with the plan now. */
export function renderPlanChangedMarkdown(plan: Plan, changed: string): string {
  return `### gc-timeouts: the plan changed since review\n\n${escapeMarkdown(changed)} Nothing was applied. This is what would be applied now:\n\n${renderMarkdown(plan, { heading: 'Plan now' })}`;
}

/** The job summary when the org already matches: the plan, with who applied it if anyone did. */
export function renderNothingToApplyMarkdown(plan: Plan, note: string): string {
  return renderMarkdown(plan, { heading: `gc-timeouts: nothing to apply for ${plan.label}`, note });
}
