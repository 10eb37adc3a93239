/**
 * The manifest's globs, exactly as the README defines them: `*` (any run of characters, `/`
 * included), `?` (one character), `[abc]` / `[a-z]` / `[!abc]` (one character of a set, or not of
 * it), `{a,b}` (either alternative, nestable) and `\` (the next character literally). Every other
 * character is literal: no extglobs, no negation, no path semantics. Case-sensitive.
 *
 * A pattern compiles to a Thompson NFA that is run as a set of states, one character at a time, so
 * matching takes at most (name length + 1) × (states) steps whatever the pattern: a
 * `*a*a*a*a*b` against a long name cannot backtrack, because nothing does.
 */

/** Where a pattern does not compile; `index` is the 0-based character of the opening bracket. */
export interface GlobError {
  message: string;
  index: number;
}

type Node =
  | { kind: 'char'; test: (ch: string) => boolean }
  | { kind: 'star' }
  | { kind: 'alt'; branches: Node[][] };

type State =
  | { kind: 'char'; test: (ch: string) => boolean; out: number }
  | { kind: 'split'; out: number[] }
  | { kind: 'match' };

/** A compiled glob. `steps` counts the states visited by the last match, for the linearity test. */
export class Glob {
  steps = 0;
  /**
   * Reused by every match: matching 100,000 action names allocated three arrays per character
   * (the plan of a match-all entry made tens of megabytes of garbage). Matching is synchronous,
   * so one set per glob is never shared by two matches at once.
   */
  private readonly seen: Int32Array;
  private readonly lists: [Int32Array, Int32Array];
  private readonly stack: Int32Array;

  constructor(
    readonly pattern: string,
    private readonly states: readonly State[],
    private readonly start: number,
  ) {
    const n = states.length;
    const splits = states.reduce((sum, st) => sum + (st.kind === 'split' ? st.out.length : 0), 0);
    this.seen = new Int32Array(n);
    this.lists = [new Int32Array(n), new Int32Array(n)];
    // A closure starts from at most n states and pushes each split's targets once.
    this.stack = new Int32Array(2 * n + splits);
  }

  /** Number of NFA states; matching never visits more than (name length + 1) × this many. */
  get size(): number {
    return this.states.length;
  }

  matches(text: string): boolean {
    this.steps = 0;
    this.seen.fill(-1);
    let [current, next] = this.lists;
    this.stack[0] = this.start;
    let length = this.closure(1, current, 0);
    let generation = 0;
    for (const ch of text) {
      generation++;
      let pushed = 0;
      for (let i = 0; i < length; i++) {
        const state = this.states[current[i] ?? 0];
        if (state?.kind === 'char' && state.test(ch)) this.stack[pushed++] = state.out;
      }
      if (pushed === 0) return false;
      length = this.closure(pushed, next, generation);
      [current, next] = [next, current];
    }
    for (let i = 0; i < length; i++) {
      if (this.states[current[i] ?? 0]?.kind === 'match') return true;
    }
    return false;
  }

  /**
   * The states reachable without reading a character from the `pushed` states on the stack, each
   * once per generation, written to `out`; returns how many.
   */
  private closure(pushed: number, out: Int32Array, generation: number): number {
    let top = pushed;
    let length = 0;
    while (top > 0) {
      const index = this.stack[--top] ?? 0;
      if (this.seen[index] === generation) continue;
      this.seen[index] = generation;
      this.steps++;
      const state = this.states[index];
      if (state?.kind === 'split') for (const o of state.out) this.stack[top++] = o;
      else out[length++] = index;
    }
    return length;
  }
}

/** Compiles a pattern, or says where it is malformed (an unclosed `[` or `{`). */
export function compileGlob(pattern: string): Glob | GlobError {
  const chars = Array.from(pattern);
  const parsed = new Parser(chars).parse();
  if ('message' in parsed) return parsed;
  const states: State[] = [{ kind: 'match' }];
  const start = emitSequence(parsed, 0, states);
  return new Glob(pattern, states, start);
}

const cache = new Map<string, Glob | GlobError>();

/** Whether `text` matches `pattern`; a pattern that does not compile matches nothing. */
export function globMatch(pattern: string, text: string): boolean {
  let glob = cache.get(pattern);
  if (glob === undefined) {
    glob = compileGlob(pattern);
    cache.set(pattern, glob);
  }
  return glob instanceof Glob && glob.matches(text);
}

/** Builds the states of `nodes` back to front, each continuing at `next`; returns the entry state. */
function emitSequence(nodes: readonly Node[], next: number, states: State[]): number {
  let out = next;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node !== undefined) out = emit(node, out, states);
  }
  return out;
}

function emit(node: Node, next: number, states: State[]): number {
  switch (node.kind) {
    case 'char':
      return states.push({ kind: 'char', test: node.test, out: next }) - 1;
    case 'star': {
      const loop = states.push({ kind: 'split', out: [] }) - 1;
      const any = states.push({ kind: 'char', test: () => true, out: loop }) - 1;
      states[loop] = { kind: 'split', out: [any, next] };
      return loop;
    }
    case 'alt': {
      const starts = node.branches.map((branch) => emitSequence(branch, next, states));
      return states.push({ kind: 'split', out: starts }) - 1;
    }
  }
}

class Parser {
  private at = 0;

  constructor(private readonly chars: readonly string[]) {}

  parse(): Node[] | GlobError {
    const nodes = this.sequence(0);
    return 'message' in nodes ? nodes : nodes.nodes;
  }

  /** A run of nodes up to the end, or inside `depth` braces up to an unescaped `,` or `}`. */
  private sequence(depth: number): { nodes: Node[] } | GlobError {
    const nodes: Node[] = [];
    while (this.at < this.chars.length) {
      const ch = this.chars[this.at] ?? '';
      if (depth > 0 && (ch === ',' || ch === '}')) break;
      const node = this.node(ch, depth);
      if ('message' in node) return node;
      nodes.push(node);
    }
    return { nodes };
  }

  private node(ch: string, depth: number): Node | GlobError {
    const start = this.at++;
    switch (ch) {
      case '*':
        return { kind: 'star' };
      case '?':
        return { kind: 'char', test: () => true };
      case '[':
        return this.bracket(start);
      case '{':
        return this.braces(start, depth);
      case '\\': {
        const escaped = this.chars[this.at] ?? '\\';
        if (this.at < this.chars.length) this.at++;
        return literal(escaped);
      }
      default:
        return literal(ch);
    }
  }

  private braces(start: number, depth: number): Node | GlobError {
    const branches: Node[][] = [];
    for (;;) {
      const branch = this.sequence(depth + 1);
      if ('message' in branch) return branch;
      branches.push(branch.nodes);
      const stop = this.chars[this.at++];
      if (stop === '}') return { kind: 'alt', branches };
      if (stop !== ',') return unclosed('{', '}', start);
    }
  }

  /** `[abc]`, `[a-z]`, `[!abc]` / `[^abc]`; a `]` right after the opening (or `!`) is a member. */
  private bracket(start: number): Node | GlobError {
    const negated = this.chars[this.at] === '!' || this.chars[this.at] === '^';
    if (negated) this.at++;
    const ranges: [number, number][] = [];
    let first = true;
    for (;;) {
      let ch = this.chars[this.at++];
      if (ch === undefined) return unclosed('[', ']', start);
      if (ch === ']' && !first) break;
      first = false;
      if (ch === '\\') ch = this.chars[this.at++] ?? '\\';
      let end = ch;
      if (this.chars[this.at] === '-' && this.chars[this.at + 1] !== undefined) {
        const upper = this.chars[this.at + 1];
        if (upper !== ']') {
          this.at += 2;
          end = upper === '\\' ? (this.chars[this.at++] ?? '\\') : (upper ?? ch);
        }
      }
      ranges.push([ch.codePointAt(0) ?? 0, end.codePointAt(0) ?? 0]);
    }
    const test = (c: string): boolean => {
      const code = c.codePointAt(0) ?? -1;
      return ranges.some(([lo, hi]) => code >= lo && code <= hi) !== negated;
    };
    return { kind: 'char', test };
  }
}

function literal(expected: string): Node {
  return { kind: 'char', test: (ch) => ch === expected };
}

function unclosed(open: string, close: string, index: number): GlobError {
  return {
    message: `\`${open}\` at character ${index + 1} is never closed by \`${close}\``,
    index,
  };
}
