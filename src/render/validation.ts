import type { ValidationResult } from '../manifest/validate.js';
import {
  countDiagnostics,
  describeCounts,
  diagnosticsTable,
  formatDiagnostic,
} from './diagnostics.js';
import type { Diagnostic } from '../manifest/types.js';
import { plural } from '../util/plural.js';
import { escapeMarkdown } from './escape.js';
import { clamp } from './format.js';
import { DEFAULT_MAX_LENGTH } from './markdown.js';

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

export interface ValidationMarkdownOptions {
  /** Hard limit on the result's length; GitHub refuses comments over 65,536 characters. */
  maxLength?: number;
}

/**
 * The validation result as markdown: a verdict line and, when there are findings, their table.
 * Never longer than `maxLength` (default: what a PR comment can carry): past it, detail is dropped
 * in steps, so the reviewer always gets a comment: the first findings in full (errors first) with
 * a count per rule, then the counts per rule only, then the counts only.
 */
export function renderValidationMarkdown(
  manifest: string,
  result: ValidationResult,
  options: ValidationMarkdownOptions = {},
): string {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const entries = result.manifest ? `, ${result.manifest.actions.length} entries` : '';
  const head = [
    `### gc-timeouts: ${escapeMarkdown(verdict(manifest, result))}`,
    '',
    `${describeCounts(result.diagnostics)}${entries}.`,
  ].join('\n');
  const { diagnostics } = result;
  if (diagnostics.length === 0) return fitted(head, max);
  const full = `${head}\n\n${diagnosticsTable(diagnostics)}`;
  if (full.length <= max) return full;
  const rules = ruleTable(diagnostics);
  return (
    firstFindings(head, rules, diagnostics, max) ??
    fitted(`${head}\n\n${SHORTENED_RULES}\n\n${rules}`, max, head)
  );
}

const SHORTENED_SOME =
  '_Shortened to fit the size limit: the first findings, errors first, and a count per rule._';
const SHORTENED_RULES =
  '_Shortened to fit the size limit: findings are counted per rule, not listed._';
/** A finding's message in a shortened table: enough to find it, not a whole pasted file. */
const MESSAGE_MAX = 500;

/** Errors first, each row's message clamped, as many rows as fit above the count per rule. */
function firstFindings(
  head: string,
  rules: string,
  diagnostics: readonly Diagnostic[],
  max: number,
): string | undefined {
  const ordered = [
    ...diagnostics.filter((d) => d.severity === 'error'),
    ...diagnostics.filter((d) => d.severity !== 'error'),
  ].map((d) => ({ ...d, message: clamp(d.message, MESSAGE_MAX) }));
  const rows = diagnosticsTable(ordered).split('\n');
  const top = `${head}\n\n${SHORTENED_SOME}\n\n`;
  const tail = (omitted: number): string =>
    `\n\n… and ${plural(omitted, 'more finding')}, not listed (the annotations and \`gc-timeouts validate\` list every one).\n\n#### Findings per rule\n\n${rules}`;
  let used = top.length + rows[0]!.length + 1 + rows[1]!.length + tail(diagnostics.length).length;
  let taken = 0;
  for (const row of rows.slice(2)) {
    if (used + 1 + row.length > max) break;
    used += 1 + row.length;
    taken++;
  }
  if (taken === 0) return undefined;
  return `${top}${rows.slice(0, 2 + taken).join('\n')}${tail(diagnostics.length - taken)}`;
}

/** `| Rule | Errors | Warnings |`, the rules with most findings first. */
function ruleTable(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const c = counts.get(d.rule) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(d.rule, c);
  }
  const rows = [...counts]
    .sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || a.localeCompare(b))
    .map(([rule, c]) => `| ${escapeMarkdown(clamp(rule, 100))} | ${c.errors} | ${c.warnings} |`);
  return ['| Rule | Errors | Warnings |', '| --- | ---: | ---: |', ...rows].join('\n');
}

/** `text` when it fits, else `fallback` (the counts), else as much of the fallback as fits. */
function fitted(text: string, max: number, fallback = text): string {
  if (text.length <= max) return text;
  if (fallback.length <= max) return fallback;
  // Cut in UTF-16 units, the unit of the limit, never between the halves of a pair.
  const cut = fallback.slice(0, Math.max(0, max));
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
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
