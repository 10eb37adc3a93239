import { CST, Lexer } from 'yaml';

/** A manifest is four levels deep (root, actions, entry, match); this much is never a real file. */
export const MAX_NESTING = 64;

/** Zero-width markers the lexer adds to its token stream; they take no room in the source. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);

/**
 * Offset of the first place nested deeper than MAX_NESTING, or undefined. Computed from the lexer's
 * flat token stream, because the composer recurses per level and a file of 100,000 `[` would
 * otherwise end in "maximum call stack size exceeded" instead of a clear error. Flow brackets are
 * counted exactly; block nesting by indentation (and `- ` entries), which can only undercount.
 */
export function tooDeepAt(text: string): number | undefined {
  let offset = 0;
  let flow = 0;
  let column = 0;
  let lineStart = true;
  let afterItem = false;
  const indents: number[] = [];
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    const type = CST.tokenType(token);
    const content = type !== 'space' && type !== 'newline' && type !== 'comment';
    if (content && flow === 0 && (lineStart || afterItem)) {
      while ((indents.at(-1) ?? -1) >= column) indents.pop();
      indents.push(column);
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    if (flow + indents.length > MAX_NESTING) return offset;
    if (content) lineStart = false;
    if (type !== 'space') afterItem = type === 'seq-item-ind';
    offset += token.length;
    const newline = token.lastIndexOf('\n');
    if (type === 'newline' || token.endsWith('\n')) lineStart = true;
    column = newline === -1 ? column + token.length : token.length - newline - 1;
  }
  return undefined;
}
