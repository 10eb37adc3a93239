import type { CompareResult, CompareRow, CompareStatus, CompareValue } from '../plan/compare.js';
import { escapeMarkdown } from './escape.js';
import { clamp, flatten } from './format.js';
import { formatTimeout } from '../plan/timeout-value.js';

/** The result of `compare` three ways from the same data: terminal text, GitHub markdown, JSON. */

const NAME_MAX = 80;

function statusText(status: CompareStatus, result: CompareResult): string {
  switch (status) {
    case 'same':
      return 'same';
    case 'differ':
      return 'differ';
    case 'only-a':
      return `only in ${result.a}`;
    case 'only-b':
      return `only in ${result.b}`;
    case 'ambiguous':
      return 'ambiguous';
  }
}

function timeouts(value: CompareValue | null): string {
  if (value === null) return 'absent';
  const fn = value.functionTimeoutSeconds;
  return fn === null
    ? formatTimeout(value.timeoutSeconds)
    : `${formatTimeout(value.timeoutSeconds)}, function ${formatTimeout(fn)}`;
}

function manifestNote(row: CompareRow, result: CompareResult): string {
  const parts: string[] = [];
  if (row.a !== null) parts.push(`${result.a} ${row.a.manifest}`);
  if (row.b !== null) parts.push(`${result.b} ${row.b.manifest}`);
  if (row.status === 'ambiguous')
    parts.push(`${row.count.a} in ${result.a}, ${row.count.b} in ${result.b} with this name`);
  return parts.join(', ');
}

/** "2 same, 1 differ, 1 only in dev": the counts that are not zero, same first. */
export function compareSummary(result: CompareResult): string {
  const order: CompareStatus[] = ['same', 'differ', 'only-a', 'only-b', 'ambiguous'];
  const parts = order
    .filter((s) => result.counts[s] > 0)
    .map((s) => `${result.counts[s]} ${statusText(s, result)}`);
  return parts.length > 0 ? parts.join(', ') : 'no actions to compare';
}

function heading(result: CompareResult): string {
  const scope = result.scope === 'all' ? 'every action' : 'the managed actions';
  const verdict = result.differ ? 'the orgs differ' : 'the orgs agree';
  return `${result.a} and ${result.b}, ${scope}: ${verdict}`;
}

export function renderCompareText(result: CompareResult): string {
  const lines = [`gc-timeouts compare: ${heading(result)}`, ''];
  for (const row of result.rows) {
    const name = clamp(flatten(`${row.integrationName} / ${row.name}`), NAME_MAX);
    lines.push(`  ${statusText(row.status, result).padEnd(14)} ${name}`);
    if (row.status !== 'ambiguous')
      lines.push(`      ${result.a}: ${timeouts(row.a)}   ${result.b}: ${timeouts(row.b)}`);
    lines.push(`      manifest: ${manifestNote(row, result)}`);
  }
  if (result.rows.length > 0) lines.push('');
  lines.push(`${compareSummary(result)}.`);
  return `${lines.join('\n')}\n`;
}

export function renderCompareMarkdown(result: CompareResult): string {
  const a = escapeMarkdown(result.a);
  const b = escapeMarkdown(result.b);
  const lines = [`### gc-timeouts compare: ${escapeMarkdown(heading(result))}`, ''];
  lines.push(`${escapeMarkdown(compareSummary(result))}.`);
  if (result.rows.length === 0) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    `| | Integration | Action | ${a} | ${b} | Manifest |`,
    '|---|---|---|---|---|---|',
  );
  for (const row of result.rows) {
    const cells = [
      escapeMarkdown(statusText(row.status, result)),
      escapeMarkdown(row.integrationName),
      escapeMarkdown(row.name),
      row.status === 'ambiguous' ? '' : escapeMarkdown(timeouts(row.a)),
      row.status === 'ambiguous' ? '' : escapeMarkdown(timeouts(row.b)),
      escapeMarkdown(manifestNote(row, result)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Versioned, so scripts can rely on its shape; rows in the same order as the other two. */
export function renderCompareJson(result: CompareResult): string {
  return `${JSON.stringify({ format: 'gc-timeouts-compare', formatVersion: 1, ...result }, null, 2)}\n`;
}
