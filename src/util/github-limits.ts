/**
 * GitHub's limits on what a step writes, kept by design rather than met by luck: the step summary
 * is refused over 1 MiB (the whole summary of the step, not one write), a comment over 65,536
 * characters, and a run shows only the first annotations of a step. Every output is fitted here
 * before it is written, and says what it left out.
 */

/** GitHub's limit on a step summary: 1 MiB, in bytes of UTF-8. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Annotations per severity worth writing: GitHub shows 10 of each per step, 50 in all per job. */
export const MAX_ANNOTATIONS = 50;

/** An annotation or a failure line longer than this is shortened: nobody reads more in a log. */
export const MAX_LOG_LINE = 4000;

/** Room kept for the note that says what was cut. */
const NOTE_ROOM = 512;

/**
 * `markdown` fitted into what is left of the step summary after `used` bytes: whole when it fits,
 * else cut at a line boundary with a note. Nothing at all when not even the note fits.
 */
export function fitStepSummary(markdown: string, used: number): string {
  const left = STEP_SUMMARY_LIMIT_BYTES - used;
  if (Buffer.byteLength(markdown) <= left) return markdown;
  if (left < NOTE_ROOM) return '';
  const budget = left - NOTE_ROOM;
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  // A partial UTF-8 sequence decodes to U+FFFD; a cut at a line keeps tables and code whole.
  cut = cut.replace(/\uFFFD$/, '');
  const line = cut.lastIndexOf('\n');
  if (line > 0) cut = cut.slice(0, line);
  const total = Buffer.byteLength(markdown);
  return `${cut}\n\n> gc-timeouts cut this summary at ${Buffer.byteLength(cut)} of ${total} bytes: GitHub refuses a step summary over 1 MiB. The plan file (plan-json output) has everything.\n`;
}

/** The first `max` items, and how many were left out. */
export function limitCount<T>(
  items: readonly T[],
  max = MAX_ANNOTATIONS,
): { kept: T[]; omitted: number } {
  return { kept: items.slice(0, max), omitted: Math.max(0, items.length - max) };
}

/** One log line or annotation of at most `max` characters, with the count when shortened. */
export function shortenLine(text: string, max = MAX_LOG_LINE): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 40).join('')}… (${chars.length} characters, shortened)`;
}
