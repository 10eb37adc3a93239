import { escapeInvisible } from '../util/text.js';
import { formatTimeout } from '../plan/timeout-value.js';
import { isChange, type PlanCounts, type PlanEntry } from '../plan/types.js';

/** An observed p99 as `11.2 s`; empty when there is none. */
export function formatLatency(latency: PlanEntry['latency']): string {
  return latency === null || latency.p99Ms === null ? '' : `${(latency.p99Ms / 1000).toFixed(1)} s`;
}

/** `15 s → default` for a change; the value alone for rows that keep it. */
export function formatChange(entry: PlanEntry): string {
  return isChange(entry.op)
    ? `${formatTimeout(entry.from)} → ${formatTimeout(entry.to)}`
    : formatTimeout(entry.from);
}

/**
 * Names come from the org: whatever they contain, they stay on one line and cannot restyle it.
 * Controls (ESC starts a terminal escape sequence), bidi overrides and zero-width characters are
 * shown escaped (`\u202E`), so two names that look alike are told apart and nothing reads backwards.
 */
export function flatten(text: string): string {
  return escapeInvisible(text.replace(/\r\n?|\n|\t/g, ' '));
}

/** At most `max` code points, the last one an ellipsis when anything was cut; never splits a pair. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return max <= 0 ? '' : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Columns a string takes in a monospace font, counting code points (wide CJK glyphs count one), as
 * Array.from would count them but without making an array: a text plan measures every cell of
 * 100,000 rows.
 */
export function width(text: string): number {
  let points = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) continue;
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      points -= 1;
      i += 1;
    }
  }
  return points;
}

/** Enough of the fingerprint to compare two plans by eye, as Git does with commits. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 12);
}

export interface EntryGroups {
  changes: PlanEntry[];
  unchanged: PlanEntry[];
  unmanaged: PlanEntry[];
}

export function groupEntries(entries: readonly PlanEntry[]): EntryGroups {
  const groups: EntryGroups = { changes: [], unchanged: [], unmanaged: [] };
  for (const entry of entries) {
    if (isChange(entry.op)) groups.changes.push(entry);
    else if (entry.op === 'unchanged') groups.unchanged.push(entry);
    else groups.unmanaged.push(entry);
  }
  return groups;
}

/**
 * `2 to set, 3 to update, 1 to reset, 14 unchanged`, in Terraform's words; `strong` marks the
 * counts of changes (bold in markdown).
 */
export function countPhrases(counts: PlanCounts, strong: (n: number) => string = String): string[] {
  const phrases = [
    `${strong(counts.set)} to set`,
    `${strong(counts.update)} to update`,
    `${strong(counts.reset)} to reset`,
    `${counts.unchanged} unchanged`,
  ];
  if (counts.unmanaged > 0) phrases.push(`${counts.unmanaged} unmanaged`);
  return phrases;
}
