import type { BodySink } from './transport.js';

/**
 * JSON.parse of one large answer, one array element at a time, as its text arrives. An analytics
 * answer over 100,000 actions is about 24 MB of text; read whole, it was held as bytes, as one
 * string, and parsed as some 60 MB of objects, only to be folded into one summary per action (a
 * reviver does not help: V8 builds the whole tree before it runs, and on Node 24 it also keeps each
 * value's source text). Here the top-level object is scanned as chunks come in, each element of the
 * array under `key` is parsed on its own and handed to `onItem`, every other key is parsed as usual,
 * and only the text not yet scanned is kept (an element's worth). What is accepted is exactly what
 * JSON.parse accepts: every value still goes through it, and the scan throws a SyntaxError on
 * anything else (a bare value, a missing comma, trailing text, an answer cut short).
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = new Set([123, 91]); // { [
const CLOSE = new Set([125, 93]); // } ]
/** What a scan returns when the value runs past the text received so far. */
const MORE = -1;

function fail(at: number): never {
  throw new SyntaxError(`unexpected JSON at position ${at}`);
}

/** The end (exclusive) of the string starting at the quote `at`, or MORE. */
function stringEnd(text: string, at: number): number {
  let quote = text.indexOf('"', at + 1);
  while (quote >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return MORE;
}

/**
 * The end (exclusive) of the value starting at `at`, or MORE; JSON.parse of the slice checks its
 * content. A bare value (number, literal) ends at a delimiter, or at the end of the whole text.
 */
function valueEnd(text: string, at: number, final: boolean): number {
  const first = text[at];
  if (first === '"') return stringEnd(text, at);
  if (first !== '{' && first !== '[') {
    let i = at;
    while (i < text.length && !',}] \t\n\r'.includes(text[i] ?? '')) i++;
    if (i === text.length && !final) return MORE;
    return i > at ? i : fail(at);
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end === MORE) return MORE;
      i = end - 1;
    } else if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return MORE;
}

type Stage =
  | 'open'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'value'
  | 'first-item'
  | 'item'
  | 'after-item'
  | 'next'
  | 'done';

/**
 * The scan of one answer: `write` each piece of text as it arrives, then `end`, which returns the
 * top-level object without `key` (whose array elements went to `onItem` in order). `key` holding
 * something other than an array is kept in the result like any other key.
 */
export class ItemScanner {
  private text = '';
  /** Where the scan is in `text`; `offset` is how much text came before it (for error positions). */
  private at = 0;
  private offset = 0;
  private stage: Stage = 'open';
  private name = '';
  private readonly rest: Record<string, unknown> = {};

  constructor(
    private readonly key: string,
    private readonly onItem: (item: unknown) => void,
  ) {}

  write(piece: string): void {
    // Only what is not yet scanned is kept: an element, or a piece of one.
    this.offset += this.at;
    this.text = this.text.slice(this.at) + piece;
    this.at = 0;
    this.scan(false);
  }

  end(): Record<string, unknown> {
    this.scan(true);
    if (this.stage !== 'done') fail(this.offset + this.text.length);
    return this.rest;
  }

  private scan(final: boolean): void {
    while (this.stage !== 'done' && this.step(final));
    if (this.stage === 'done' && this.skipSpace() < this.text.length) fail(this.offset + this.at);
  }

  /** One token further; false when the text so far ends before the token does. */
  private step(final: boolean): boolean {
    const i = this.skipSpace();
    if (i === this.text.length) return false;
    const c = this.text[i];
    switch (this.stage) {
      case 'open':
        return this.expect(i, c === '{', 'first-key');
      case 'first-key':
        if (c === '}') return this.to(i + 1, 'done');
        return this.readName(i);
      case 'key':
        return this.readName(i);
      case 'colon':
        return this.expect(i, c === ':', 'value');
      case 'value':
        if (this.name === this.key && c === '[') return this.to(i + 1, 'first-item');
        return this.readValue(i, final);
      case 'first-item':
        if (c === ']') return this.to(i + 1, 'next');
        return this.readItem(i, final);
      case 'item':
        return this.readItem(i, final);
      case 'after-item':
        if (c === ']') return this.to(i + 1, 'next');
        return this.expect(i, c === ',', 'item');
      default: // 'next': after a key's value
        if (c === '}') return this.to(i + 1, 'done');
        return this.expect(i, c === ',', 'key');
    }
  }

  private readName(i: number): boolean {
    if (this.text[i] !== '"') fail(this.offset + i);
    const end = stringEnd(this.text, i);
    if (end === MORE) return false;
    this.name = JSON.parse(this.text.slice(i, end)) as string;
    return this.to(end, 'colon');
  }

  private readValue(i: number, final: boolean): boolean {
    const end = valueEnd(this.text, i, final);
    if (end === MORE) return false;
    // As JSON.parse makes it: an own key, even one named __proto__.
    Object.defineProperty(this.rest, this.name, {
      value: this.parse(i, end),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return this.to(end, 'next');
  }

  private readItem(i: number, final: boolean): boolean {
    const end = valueEnd(this.text, i, final);
    if (end === MORE) return false;
    this.onItem(this.parse(i, end));
    return this.to(end, 'after-item');
  }

  private parse(from: number, to: number): unknown {
    try {
      return JSON.parse(this.text.slice(from, to)) as unknown;
    } catch {
      return fail(this.offset + from);
    }
  }

  private expect(i: number, ok: boolean, next: Stage): boolean {
    if (!ok) fail(this.offset + i);
    return this.to(i + 1, next);
  }

  private to(at: number, stage: Stage): boolean {
    this.at = at;
    this.stage = stage;
    return true;
  }

  private skipSpace(): number {
    let i = this.at;
    while (i < this.text.length && WHITESPACE.has(this.text[i] ?? '')) i++;
    this.at = i;
    return i;
  }
}

/** parseWithItems over a whole text: the scan of one piece. */
export function parseWithItems(
  text: string,
  key: string,
  onItem: (item: unknown) => void,
): Record<string, unknown> {
  const scanner = new ItemScanner(key, onItem);
  scanner.write(text);
  return scanner.end();
}

/** What is kept of a streamed body to quote in an error: its beginning. */
const HEAD_CHARS = 2_048;

/**
 * A body read through a sink (transport.ts) into an ItemScanner. An object is scanned as it comes;
 * anything else is kept whole, to be judged as JSON.parse judges it (a proxy's error page, `null`).
 * Never throws while written: the scan's verdict waits for `finish`.
 */
export class ItemsBody implements BodySink {
  /** The body's first characters, for an error that quotes it. */
  head = '';
  private mode: 'blank' | 'scan' | 'keep' = 'blank';
  private kept = '';
  private failure: Error | undefined;
  private readonly scanner: ItemScanner;

  constructor(key: string, onItem: (item: unknown) => void) {
    this.scanner = new ItemScanner(key, onItem);
  }

  write(piece: string): void {
    if (this.head.length < HEAD_CHARS) this.head += piece.slice(0, HEAD_CHARS - this.head.length);
    let text = piece;
    if (this.mode === 'blank') {
      text = piece.trimStart();
      if (text === '') return;
      this.mode = text.startsWith('{') ? 'scan' : 'keep';
    }
    if (this.mode === 'keep') this.kept += text;
    else if (this.failure === undefined) {
      try {
        this.scanner.write(text);
      } catch (error) {
        this.failure = error instanceof Error ? error : new SyntaxError(String(error));
      }
    }
  }

  /** Whitespace or nothing: an answer without a body. */
  get empty(): boolean {
    return this.mode === 'blank';
  }

  /**
   * The top-level object without the scanned key, or what a body that is not an object parses to;
   * throws the SyntaxError JSON.parse would.
   */
  finish(): { value: unknown; object: boolean } {
    if (this.mode === 'keep') return { value: JSON.parse(this.kept) as unknown, object: false };
    if (this.failure !== undefined) throw this.failure;
    return { value: this.scanner.end(), object: true };
  }
}
