import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import { resolveAliases } from './anchors.js';
import type { PathSegment } from './paths.js';
import type { SourcePosition } from './types.js';

/**
 * Where each node of the document starts, and how to reach it: all that positions need of the
 * YAML tree. The source outlives validation (a plan points its findings at their lines), and
 * yaml's own nodes cost about 1 KB an entry: a manifest of 16,000 entries held some 18 MB of
 * them through the whole run. A scalar is just its offset (NO_OFFSET when yaml gave none).
 */
type Place = number | MapPlace | SeqPlace | AliasPlace;

interface MapPlace {
  kind: 'map';
  at: number | undefined;
  /** Each pair's key as a scalar value (undefined for any other key), its offset and its value. */
  keys: unknown[];
  keyAt: (number | undefined)[];
  values: (Place | null)[];
}

interface SeqPlace {
  kind: 'seq';
  at: number | undefined;
  items: (Place | null)[];
}

interface AliasPlace {
  kind: 'alias';
  at: number | undefined;
  /** The anchor's name (`*base` → `base`). */
  name: string;
  /** The anchored node it stands for; undefined for an alias to no anchor. */
  target: Place | undefined;
}

const NO_OFFSET = -1;

/**
 * Maps document paths back to line and column in the YAML text, so every finding points at the
 * exact key or value it is about.
 */
export class ManifestSource {
  private constructor(
    readonly file: string,
    private readonly root: Place | null,
    private readonly lines: LineCounter,
    /** How a path of the manifest in use maps to a path of the file (an environment's view). */
    private readonly mapPath: (path: readonly PathSegment[]) => readonly PathSegment[] = (p) => p,
  ) {}

  /** The positions of `doc`, parsed with `lines` as its line counter; the document is not kept. */
  static of(file: string, doc: Document, lines: LineCounter): ManifestSource {
    return new ManifestSource(file, placesOf(doc), lines);
  }

  /** The same file seen through `map`: findings about a derived manifest point at the file's lines. */
  mapped(map: (path: readonly PathSegment[]) => readonly PathSegment[]): ManifestSource {
    return new ManifestSource(this.file, this.root, this.lines, (p) => this.mapPath(map(p)));
  }

  /**
   * Position of the value at `path`; `key` points at the key of the last segment instead. A path
   * that runs through an alias (`*base`) is placed at the alias: that is where the value is used,
   * and an anchor shared by two entries would otherwise point both findings at one place.
   */
  locate(path: readonly PathSegment[], target: 'value' | 'key' = 'value'): SourcePosition {
    const walk = this.walk(this.mapPath(path), target);
    return this.toPosition((walk.alias === undefined ? undefined : walk.alias.at) ?? walk.offset);
  }

  /** "from the anchor &base at line 3" when `path` runs through an alias, for the message. */
  anchorNote(path: readonly PathSegment[]): string | undefined {
    const alias = this.walk(this.mapPath(path), 'value').alias;
    if (alias === undefined) return undefined;
    const line = this.toPosition(offsetOf(alias.target) ?? 0).line;
    return `from the anchor &${alias.name} at line ${line}`;
  }

  private walk(
    path: readonly PathSegment[],
    target: 'value' | 'key',
  ): { offset: number; alias: AliasPlace | undefined } {
    let node: Place | null | undefined = this.root;
    let best = offsetOf(node) ?? 0;
    let alias: AliasPlace | undefined;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isAliasPlace(node)) {
        alias ??= node;
        node = node.target;
      }
      let next: Place | null | undefined;
      let keyAt: number | undefined;
      let hasKey = false;
      if (isMapPlace(node)) {
        const index = node.keys.indexOf(segment);
        if (index >= 0) {
          hasKey = true;
          keyAt = node.keyAt[index];
          next = node.values[index];
        }
      } else if (isSeqPlace(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      const last = i === path.length - 1;
      if (last && target === 'key' && hasKey) return { offset: keyAt ?? best, alias };
      if (next === undefined || next === null) {
        // `key:` with no value has no value node; the key is the best place to point at.
        return { offset: hasKey ? (keyAt ?? best) : best, alias };
      }
      best = offsetOf(next) ?? best;
      node = next;
    }
    if (isAliasPlace(node)) alias ??= node;
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

  private toPosition(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

/**
 * The document's places. Aliases are linked once every node is converted: each stands for the node
 * anchored with its name before it (anchors.ts, the rule of `Alias.resolve`), which may be a key.
 */
function placesOf(doc: Document): Place | null {
  // Only an anchored node can be an alias's target: the rest are not remembered.
  const anchoredPlaces = new Map<Node, Place>();
  const aliases: [AliasPlace, Alias][] = [];
  const place = (node: unknown): Place | null => {
    if (node === null || node === undefined) return null;
    const at = (node as Node).range?.[0];
    let out: Place;
    if (isAlias(node)) {
      const alias: AliasPlace = { kind: 'alias', at, name: node.source, target: undefined };
      aliases.push([alias, node]);
      out = alias;
    } else if (isMap(node)) {
      // Arrays made at their length: one grown by push holds room for 17 items, and a manifest of
      // 16,000 two-key entries kept some 7 MB of that empty room for the whole run.
      const pairs = node.items.filter(isPair);
      const keys = pairs.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
      const keyAt = pairs.map((pair) => (pair.key as Node | null)?.range?.[0]);
      const values = pairs.map((pair) => {
        place(pair.key);
        return place(pair.value);
      });
      out = { kind: 'map', at, keys, keyAt, values };
    } else if (isSeq(node)) {
      out = { kind: 'seq', at, items: node.items.map((item) => place(item)) };
    } else {
      out = at ?? NO_OFFSET;
    }
    if ((node as Node).anchor !== undefined) anchoredPlaces.set(node as Node, out);
    return out;
  };
  const root = place(doc.contents);
  const anchored = resolveAliases(doc);
  for (const [alias, node] of aliases) {
    const target = anchored.get(node);
    alias.target = target === undefined ? undefined : anchoredPlaces.get(target);
  }
  return root;
}

function offsetOf(place: Place | null | undefined): number | undefined {
  if (place === null || place === undefined) return undefined;
  if (typeof place === 'number') return place === NO_OFFSET ? undefined : place;
  return place.at;
}

function isMapPlace(place: Place | null | undefined): place is MapPlace {
  return typeof place === 'object' && place !== null && place.kind === 'map';
}

function isSeqPlace(place: Place | null | undefined): place is SeqPlace {
  return typeof place === 'object' && place !== null && place.kind === 'seq';
}

function isAliasPlace(place: Place | null | undefined): place is AliasPlace {
  return typeof place === 'object' && place !== null && place.kind === 'alias';
}
