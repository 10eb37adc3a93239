import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import type { PathSegment } from './paths.js';
import type { SourcePosition } from './types.js';

/**
 * Maps document paths back to line and column in the YAML text, so every finding points at the
 * exact key or value it is about.
 */
export class ManifestSource {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position of the value at `path`; `key` points at the key of the last segment instead. */
  locate(path: readonly PathSegment[], target: 'value' | 'key' = 'value'): SourcePosition {
    let node: unknown = this.doc.contents;
    let best = this.offsetOf(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isAlias(node)) node = node.resolve(this.doc);
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
        return this.toPosition(this.offsetOf(keyNode) ?? best);
      if (next === undefined || next === null) {
        // `key:` with no value has no value node; the key is the best place to point at.
        if (keyNode !== undefined) return this.toPosition(this.offsetOf(keyNode) ?? best);
        break;
      }
      best = this.offsetOf(next) ?? best;
      node = next;
    }
    return this.toPosition(best);
  }

  /** Line of the value at `path` (1-based). */
  lineOf(path: readonly PathSegment[]): number {
    return this.locate(path).line;
  }

  positionOfOffset(offset: number): SourcePosition {
    return this.toPosition(offset);
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
