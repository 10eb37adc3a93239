import { describe, expect, it } from 'vitest';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { resolveAliases } from '../../src/manifest/anchors.js';
import type { PathSegment } from '../../src/manifest/paths.js';
import { ManifestSource } from '../../src/manifest/source.js';

/**
 * The source keeps only where each node starts (not yaml's tree, about 1 KB an entry); what it
 * answers must be what walking yaml's own tree answers. This is that walk, as the source did it.
 */
function reference(doc: Document, lines: LineCounter) {
  const aliases = resolveAliases(doc);
  const offsetOf = (node: unknown): number | undefined => (node as Node | null)?.range?.[0];
  const walk = (path: readonly PathSegment[], target: 'value' | 'key') => {
    let node: unknown = doc.contents;
    let best = offsetOf(node) ?? 0;
    let alias: Node | undefined;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) {
        alias ??= node;
        node = aliases.get(node);
      }
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && item.key.value === path[i],
        );
        if (pair !== undefined) {
          keyNode = pair.key;
          next = pair.value;
        }
      } else if (isSeq(node) && typeof path[i] === 'number') next = node.items[path[i] as number];
      if (i === path.length - 1 && target === 'key' && keyNode !== undefined)
        return { offset: offsetOf(keyNode) ?? best, alias };
      if (next === undefined || next === null)
        return { offset: keyNode !== undefined ? (offsetOf(keyNode) ?? best) : best, alias };
      best = offsetOf(next) ?? best;
      node = next;
    }
    if (isAlias(node)) alias ??= node;
    return { offset: best, alias };
  };
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return {
    locate: (path: readonly PathSegment[], target: 'value' | 'key') => {
      const w = walk(path, target);
      return position(offsetOf(w.alias) ?? w.offset);
    },
    anchorNote: (path: readonly PathSegment[]) => {
      const alias = walk(path, 'value').alias;
      if (alias === undefined || !isAlias(alias)) return undefined;
      const line = position(offsetOf(aliases.get(alias)) ?? 0).line;
      return `from the anchor &${alias.source} at line ${line}`;
    },
  };
}

/** Every path of the document's data, and one step past each (a key or item that is not there). */
function pathsOf(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  const here = [path, [...path, 'absent'], [...path, 7]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return here;
}

const DOCUMENTS = [
  'version: 1\nactions:\n  - name: A\n    timeoutSeconds: 15\n  - id: custom_-_x\n    timeoutSeconds: 20\n',
  'version: 1\nbase: &base { timeoutSeconds: 15, reason: shared }\nactions:\n  - <<: *base\n    name: A\n  - name: B\n    timeoutSeconds: *t\n',
  'version: 1\nt: &t 12\nactions:\n  - name: A\n    timeoutSeconds: *t\n  - &entry\n    name: B\n    timeoutSeconds: 9\n  - *entry\n',
  // An anchor on a key, used as a value; a key with no value; flow collections; nulls.
  'version: 1\n&k name: keyed\nactions:\n  - name: *k\n    timeoutSeconds:\n  - { name: "C", timeoutSeconds: 5, match: [a, ~, *k] }\n  -\n',
  'actions: *nowhere\n',
  '',
];

describe('the positions a manifest source keeps', () => {
  it('are those of walking yaml’s own tree, aliases, anchored keys and missing values included', () => {
    let compared = 0;
    for (const text of DOCUMENTS) {
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines, version: '1.2', uniqueKeys: true });
      const source = ManifestSource.of('gc.yaml', doc, lines);
      const ref = reference(doc, lines);
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch {
        // An alias to no anchor has no data: the paths a manifest has are asked instead.
        data = { version: 1, actions: [{ name: 'A', timeoutSeconds: 1 }, {}] };
      }
      for (const path of pathsOf(data)) {
        for (const target of ['value', 'key'] as const)
          expect(source.locate(path, target), `${JSON.stringify(path)} ${target}`).toEqual(
            ref.locate(path, target),
          );
        expect(source.anchorNote(path)).toBe(ref.anchorNote(path));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('names the anchor a value comes from, an anchored key included', () => {
    const text = 'version: 1\n&k name: keyed\nactions:\n  - name: *k\n    timeoutSeconds: 3\n';
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, version: '1.2' });
    const source = ManifestSource.of('gc.yaml', doc, lines);
    expect(source.locate(['actions', 0, 'name'])).toEqual({ line: 4, column: 11 });
    expect(source.anchorNote(['actions', 0, 'name'])).toBe('from the anchor &k at line 2');
  });
});
