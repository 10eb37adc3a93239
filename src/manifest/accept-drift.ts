import type { ManifestSource } from './source.js';
import type { AcceptDrift, Diagnostic, Manifest } from './types.js';

/** Drift snoozes: `acceptDrift: {until, reason}` on an entry, read against an injected clock. */

/** The UTC day of `now`, as YYYY-MM-DD. */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Whether `day` (YYYY-MM-DD) is a real calendar date: the schema checks only its shape. */
export function isCalendarDate(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** Accepted through the `until` day (UTC); drift again from the day after, with nobody touching the file. */
export function isDriftAccepted(accept: AcceptDrift | undefined, now: number): boolean {
  return accept !== undefined && isCalendarDate(accept.until) && utcDay(now) <= accept.until;
}

/** Layer 3 for acceptDrift: an impossible date is an error, a date already past a warning. */
export function acceptDriftDiagnostics(
  manifest: Manifest,
  source: ManifestSource,
  now: number,
  skip: ReadonlySet<number> = new Set(),
): Diagnostic[] {
  const today = utcDay(now);
  // Runs beside schema errors, so an entry may be anything (null, a list): only a string is a date.
  const entries: unknown[] = Array.isArray(manifest.actions) ? manifest.actions : [];
  return entries.flatMap((entry, index): Diagnostic[] => {
    const until = (entry as { acceptDrift?: { until?: unknown } } | null)?.acceptDrift?.until;
    // An entry the schema rejected has its finding already; a second one would say it twice.
    if (typeof until !== 'string' || skip.has(index)) return [];
    const path = ['actions', index, 'acceptDrift', 'until'];
    const at = source.locate(path);
    const where = `actions[${index}].acceptDrift.until`;
    const base = { file: source.file, line: at.line, column: at.column, path: where };
    if (!isCalendarDate(until)) {
      const message = `${where} is ${JSON.stringify(until)}, which is not a calendar date`;
      return [{ ...base, severity: 'error', rule: 'accept-drift', message }];
    }
    if (until >= today) return [];
    const message = `${where} is ${until}, in the past: drift on this entry's actions is reported again; move the date or remove acceptDrift`;
    return [{ ...base, severity: 'warning', rule: 'accept-drift', message }];
  });
}
