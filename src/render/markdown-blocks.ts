import type { PlanProblem } from '../plan/types.js';
import { plural } from '../util/plural.js';
import { escapeMarkdown } from './escape.js';
import { clamp, flatten } from './format.js';

/** Markdown building blocks: tables, lists, size-aware fitting, links to manifest lines. */

export const SEE_ALL = '(see the job summary / plan JSON)';
const MESSAGE_MAX = 1_000;

/**
 * Lines made when asked for, each time: the rows of a 100,000-row plan are never all rendered (some
 * 30 MB of markdown) to learn that a 60,000-character comment holds a few hundred of them.
 */
export interface Lines {
  readonly length: number;
  at(index: number): string;
}

export function linesOf<T>(items: readonly T[], render: (item: T) => string): Lines {
  return { length: items.length, at: (i) => render(items[i] as T) };
}

function firstLines(lines: Lines, count: number): Lines {
  return { length: Math.min(count, lines.length), at: (i) => lines.at(i) };
}

function allOf(lines: Lines): string[] {
  return Array.from({ length: lines.length }, (_, i) => lines.at(i));
}

/** Whether the lists, a line each, take more than `max` characters together; stops counting past it. */
export function longerThan(lists: readonly Lines[], max: number): boolean {
  let total = 0;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      total += list.at(i).length + 1;
      if (total > max) return true;
    }
  }
  return false;
}

export function table(header: readonly string[], rows: Lines): string {
  return rows.length === 0 ? '' : [...header, ...allOf(rows)].join('\n');
}

export function titled(title: string, block: string): string {
  return block === '' ? '' : `#### ${title}\n\n${block}`;
}

export function details(count: number, block: string): string {
  if (block === '') return '';
  return `<details><summary>${plural(count, 'unchanged row')}</summary>\n\n${block}\n\n</details>`;
}

export function problemList(icon: string, word: string, items: Lines): string {
  if (items.length === 0) return '';
  return `#### ${icon} ${plural(items.length, word)}\n\n${allOf(items).join('\n')}`;
}

/**
 * The table with as many rows as fit in `budget` (counting the blank line that joins it), and a
 * line saying how many were left out; undefined when not even that line fits.
 */
export function fit(
  header: readonly string[],
  rows: Lines,
  budget: number,
  noun: string,
): string | undefined {
  if (rows.length === 0) return '';
  if (!longerThan([rows], budget)) {
    const full = table(header, rows);
    if (SEPARATOR.length + full.length <= budget) return full;
  }
  // Reserve the longest "more" line this could need, then take rows while they fit.
  const reserve = SEPARATOR.length + moreLine(rows.length, 0, noun).length;
  let used = SEPARATOR.length + header.join('\n').length;
  let taken = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows.at(i);
    if (used + 1 + r.length + reserve > budget) break;
    used += 1 + r.length;
    taken++;
  }
  const more = moreLine(rows.length - taken, taken, noun);
  if (taken === 0) return reserve <= budget ? more : undefined;
  // A blank line ends the table; without it GitHub reads the next line as one more row.
  return `${table(header, firstLines(rows, taken))}\n\n${more}`;
}

export function fitList(
  icon: string,
  word: string,
  items: Lines,
  budget: number,
): string | undefined {
  if (items.length === 0) return '';
  if (!longerThan([items], budget)) {
    const full = problemList(icon, word, items);
    if (SEPARATOR.length + full.length <= budget) return full;
  }
  const title = `#### ${icon} ${plural(items.length, word)}\n\n`;
  const more = (n: number): string => `- … and ${plural(n, `more ${word}`)}`;
  let used = SEPARATOR.length + title.length + more(items.length).length;
  const taken: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items.at(i);
    if (used + item.length + 1 > budget) break;
    used += item.length + 1;
    taken.push(item);
  }
  if (used > budget) return undefined;
  return `${title}${[...taken, more(items.length - taken.length)].join('\n')}`;
}

export function moreLine(omitted: number, shown: number, noun: string): string {
  const what = plural(omitted, `${shown === 0 ? '' : 'more '}${noun}`);
  return shown === 0 ? `${what} not listed ${SEE_ALL}` : `… and ${what} ${SEE_ALL}`;
}

const SEPARATOR = '\n\n';

export function join(blocks: readonly string[]): string {
  return blocks.filter((b) => b !== '').join(SEPARATOR);
}

export function blockCost(block: string): number {
  return block === '' ? 0 : SEPARATOR.length + block.length;
}

export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function problemItem(p: PlanProblem, link: LineLinker): string {
  const where = p.line === null ? '' : `${lineRef(`line ${p.line}`, p.line, link)}: `;
  return `- ${where}${text(p.message, MESSAGE_MAX)}`;
}

export function lineCell(line: number | null, link: LineLinker): string {
  return line === null ? '' : lineRef(String(line), line, link);
}

export function lineRef(label: string, line: number, link: LineLinker): string {
  const url = link(line);
  return url === undefined ? label : `[${label}](${url})`;
}

/** Untrusted text for markdown: one line, at most `max` characters before escaping, escaped. */
export function text(value: string, max: number): string {
  return escapeMarkdown(clamp(flatten(value), max));
}

/** URL of a manifest line (or of the file, for null); undefined when there is nothing to link. */
export type LineLinker = (line: number | null) => string | undefined;

export function lineLinker(
  manifest: string,
  links: { repoUrl: string; ref: string } | undefined,
): LineLinker {
  if (links === undefined || !/^https?:\/\//i.test(links.repoUrl)) return () => undefined;
  let base: string;
  try {
    const repo = urlSafe(links.repoUrl.replace(/\/+$/, ''));
    base = `${repo}/blob/${segments(links.ref)}/${segments(manifest.replace(/^(?:\.\/)+/, ''))}`;
  } catch {
    // encodeURIComponent throws on a lone surrogate; such a path gets no link rather than an error.
    return () => undefined;
  }
  return (line) => (line === null ? base : `${base}#L${line}`);
}

export function segments(path: string): string {
  return path
    .split('/')
    .map((segment) => urlSafe(encodeURIComponent(segment)))
    .join('/');
}

// What would end a markdown link destination or split a table row; encodeURIComponent leaves
// the parentheses and the quote alone.
export function urlSafe(url: string): string {
  return url.replace(/[\s()<>|"'`\\\p{Cc}]/gu, (ch) =>
    ch.charCodeAt(0) < 0x80
      ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(ch),
  );
}
