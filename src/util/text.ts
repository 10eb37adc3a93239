/**
 * Text from a manifest or an org is untrusted on every screen it reaches. Bidi controls can make a
 * name read backwards (U+202E), zero-width characters make two different names look the same, and
 * a 100,000-character id would bury the message that quotes it.
 */

/** No message quotes more than this many characters of input. */
export const MAX_QUOTED = 80;

/**
 * Invisible and direction-changing code points, and control characters other than tab and
 * newline. Variation selectors are left alone: emoji need them and they change nothing's order.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|[\u{E0000}-\u{E007F}]|\u034F|\u17B4|\u17B5/gu;

/** Shows each invisible or bidi code point as `\u202E`, so it is seen instead of obeyed. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code > 0xffff
      ? `\\u{${code.toString(16).toUpperCase()}}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** The text, or its first characters and a count when it is longer than `max` code points. */
export function shorten(text: string, max = MAX_QUOTED): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}… (${chars.length} characters)`;
}

/** Input as a message quotes it: shortened, in double quotes, invisible characters escaped. */
export function quote(text: string, max = MAX_QUOTED): string {
  const chars = Array.from(text);
  if (chars.length <= max) return escapeInvisible(JSON.stringify(text));
  const head = JSON.stringify(chars.slice(0, max - 1).join(''));
  return `${escapeInvisible(head.slice(0, -1))}…" (${chars.length} characters)`;
}
