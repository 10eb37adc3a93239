import {
  isAlias,
  type Alias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import { resolveAliases } from './anchors.js';
import type { PathSegment } from './paths.js';
import type { SourcePosition } from './types.js';

/**
 * Maps document paths back to line and column in the YAML text, so every finding points at the
 * exact key or value it is about.
 */
export class ManifestSource {
  private aliases: Map<Alias, Node> | undefined;

  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** How a path of the manifest in use maps to a path of the file (an environment's view). */
    private readonly mapPath: (path: readonly PathSegment[]) => readonly PathSegment[] = (p) => p,
  ) {}

  /** The same file seen through `map`: findings about a derived manifest point at the file's lines. */
  mapped(map: (path: readonly PathSegment[]) => readonly PathSegment[]): ManifestSource {
    return new ManifestSource(this.file, this.doc, this.lines, (p) => this.mapPath(map(p)));
  }

  /**
   * Position of the value at `path`; `key` points at the key of the last segment instead. A path
   * that runs through an alias (`*base`) is placed at the alias: that is where the value is used,
   * and an anchor shared by two entries would otherwise point both findings at one place.
   */
  locate(path: readonly PathSegment[], target: 'value' | 'key' = 'value'): SourcePosition {
    const walk = this.walk(this.mapPath(path), target);
    return this.toPosition(walk.alias?.range?.[0] ?? walk.offset);
  }

  /** "from the anchor &base at line 3" when `path` runs through an alias, for the message. */
  anchorNote(path: readonly PathSegment[]): string | undefined {
    const alias = this.walk(this.mapPath(path), 'value').alias;
    if (alias === undefined) return undefined;
    const anchor = this.resolve(alias);
    const line = this.toPosition(this.offsetOf(anchor) ?? 0).line;
    return `from the anchor &${alias.source} at line ${line}`;
  }

  private walk(
    path: readonly PathSegment[],
    target: 'value' | 'key',
  ): { offset: number; alias: Alias | undefined } {
    let node: unknown = this.doc.contents;
    let best = this.offsetOf(node) ?? 0;
    let alias: Alias | undefined;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isAlias(node)) {
        alias ??= node;
        node = this.resolve(node);
      }
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && scalarValue(item.key) === segment);
        if (pair !== undefined) {
          keyNode = pair.key;
          next = pair.value;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const last = i === path.length - 1;
      if (last && target === 'key' && keyNode !== undefined)
        return { offset: this.offsetOf(keyNode) ?? best, alias };
      if (next === undefined || next === null) {
        // `key:` with no value has no value node; the key is the best place to point at.
        return { offset: keyNode !== undefined ? (this.offsetOf(keyNode) ?? best) : best, alias };
      }
      best = this.offsetOf(next) ?? best;
      node = next;
    }
    if (isAlias(node)) alias ??= node;
    return { offset: best, alias };
  }

  /** The message, with where an aliased value comes from. */
  withAnchorNote(message: string, path: readonly PathSegment[]): string {
    const note = this.anchorNote(path);
    return note === undefined ? message : `${message} (${note})`;
  }

  /** Line of the value at `path` (1-based). */
  lineOf(path: readonly PathSegment[]): number {
    return this.locate(path).line;
  }

  positionOfOffset(offset: number): SourcePosition {
    return this.toPosition(offset);
  }

  /** What `alias` stands for: indexed once per document (anchors.ts), not walked per finding. */
  private resolve(alias: Alias): Node | undefined {
    this.aliases ??= resolveAliases(this.doc);
    return this.aliases.get(alias);
  }

  private offsetOf(node: unknown): number | undefined {
    const range = (node as Node | undefined)?.range;
    return range ? range[0] : undefined;
  }

  private toPosition(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}
