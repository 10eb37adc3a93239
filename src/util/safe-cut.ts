/**
 * Cutting server text to a length for a message. A cut that lands inside a credential leaves a
 * fragment no redactor recognises any more (the whole secret is what it knows), so text is
 * redacted before it is cut, and a cut never ends inside a long unbroken token: a run of
 * characters that credentials are made of is dropped whole rather than halved.
 */

/** Characters of tokens, secrets, base64 and JWTs. */
const TOKEN_CHAR = /[A-Za-z0-9._~+/=-]/;

/** A run this long of token characters may be a credential; shorter runs are words. */
export const MIN_TOKEN_RUN = 12;

/**
 * The first `max` code points of `text` (after `redact`), with `… (N characters)` when cut. When
 * the cut falls inside a run of token characters of at least MIN_TOKEN_RUN, the whole run goes.
 */
export function cutRedacted(
  text: string,
  max: number,
  redact: (text: string) => string = (t) => t,
): string {
  const clean = redact(text);
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  let end = max - 1;
  if (isToken(chars[end - 1]) && isToken(chars[end])) {
    let start = end;
    while (start > 0 && isToken(chars[start - 1])) start -= 1;
    let stop = end;
    while (stop < chars.length && isToken(chars[stop])) stop += 1;
    if (stop - start >= MIN_TOKEN_RUN) end = start;
  }
  return `${chars.slice(0, end).join('')}… (${chars.length} characters)`;
}

function isToken(ch: string | undefined): boolean {
  return ch !== undefined && TOKEN_CHAR.test(ch);
}
