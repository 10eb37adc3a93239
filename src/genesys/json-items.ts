/**
 * JSON.parse of one large answer, one array element at a time. An analytics answer over 100,000
 * actions is about 24 MB of text; parsed whole it is some 60 MB of objects held at once, only to be
 * folded into one summary per action (a reviver does not help: V8 builds the whole tree before it
 * runs, and on Node 24 it also keeps each value's source text, 230 MB over such an answer, against
 * 30 for the plain parse). Here the top-level object is scanned, each element of the
 * array under `key` is parsed on its own and handed to `onItem`, and every other key is parsed as
 * usual. What is accepted is exactly what JSON.parse accepts: every value still goes through it, and
 * the scan throws a SyntaxError on anything else (a bare value, a missing comma, trailing text).
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && WHITESPACE.has(text[i] ?? '')) i++;
  return i;
}

function fail(at: number): never {
  throw new SyntaxError(`unexpected JSON at position ${at}`);
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = new Set([123, 91]); // { [
const CLOSE = new Set([125, 93]); // } ]

/**
 * The end (exclusive) of the string starting at the quote `at`: the next quote not escaped, found
 * by indexOf (the scan is on the path of every analytics answer; a character loop doubled it).
 */
function stringEnd(text: string, at: number): number {
  let quote = text.indexOf('"', at + 1);
  while (quote >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return fail(at);
}

/** The end (exclusive) of the value starting at `at`; JSON.parse of the slice checks its content. */
function valueEnd(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first !== '{' && first !== '[') {
    let i = at;
    while (i < text.length && !',}] \t\n\r'.includes(text[i] ?? '')) i++;
    return i > at ? i : fail(at);
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = stringEnd(text, i) - 1;
    else if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return fail(at);
}

/** Each element of the array starting at `at`, parsed alone; returns the end of the array. */
function eachItem(text: string, at: number, onItem: (item: unknown) => void): number {
  let i = skipSpace(text, at + 1);
  if (text[i] === ']') return i + 1;
  for (;;) {
    const end = valueEnd(text, i);
    onItem(JSON.parse(text.slice(i, end)));
    i = skipSpace(text, end);
    if (text[i] === ']') return i + 1;
    if (text[i] !== ',') fail(i);
    i = skipSpace(text, i + 1);
  }
}

/**
 * The top-level object of `text` without `key`, whose array elements went to `onItem` in order.
 * `key` holding something other than an array is kept in the result like any other key.
 */
export function parseWithItems(
  text: string,
  key: string,
  onItem: (item: unknown) => void,
): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  let i = skipSpace(text, 0);
  if (text[i] !== '{') fail(i);
  i = skipSpace(text, i + 1);
  if (text[i] === '}') return end(text, i, rest);
  for (;;) {
    if (text[i] !== '"') fail(i);
    const nameEnd = stringEnd(text, i);
    const name = JSON.parse(text.slice(i, nameEnd)) as string;
    i = skipSpace(text, nameEnd);
    if (text[i] !== ':') fail(i);
    i = skipSpace(text, i + 1);
    if (name === key && text[i] === '[') i = eachItem(text, i, onItem);
    else {
      const stop = valueEnd(text, i);
      // As JSON.parse makes it: an own key, even one named __proto__.
      Object.defineProperty(rest, name, {
        value: JSON.parse(text.slice(i, stop)) as unknown,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      i = stop;
    }
    i = skipSpace(text, i);
    if (text[i] === '}') return end(text, i, rest);
    if (text[i] !== ',') fail(i);
    i = skipSpace(text, i + 1);
  }
}

/** Only whitespace may follow the closing brace at `at`. */
function end(text: string, at: number, rest: Record<string, unknown>): Record<string, unknown> {
  if (skipSpace(text, at + 1) !== text.length) fail(at + 1);
  return rest;
}
