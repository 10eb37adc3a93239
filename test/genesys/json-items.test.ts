import { describe, expect, it } from 'vitest';
import { ItemScanner, parseWithItems } from '../../src/genesys/json-items.js';

/** parseWithItems's answer put back together, to hold against JSON.parse of the same text. */
function whole(text: string, key: string): unknown {
  const items: unknown[] = [];
  const rest = parseWithItems(text, key, (item) => items.push(item));
  const parsed = JSON.parse(text) as Record<string, unknown>;
  return Array.isArray(parsed[key]) ? { ...rest, [key]: items } : rest;
}

/** A random JSON value: nesting, escapes, unicode and the characters the scan looks for. */
function randomValue(seed: { n: number }, depth: number): unknown {
  seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31;
  const pick = seed.n % (depth > 3 ? 4 : 7);
  const text = ['', 'a"b', 'x\\\\y', '{[,]}', 'é\u2028', ' ', '\\"'][seed.n % 7] ?? '';
  if (pick === 0) return text;
  if (pick === 1) return (seed.n % 2000) - 1000.5;
  if (pick === 2) return [true, false, null][seed.n % 3];
  if (pick === 3) return seed.n % 7;
  if (pick === 4 || pick === 5)
    return Array.from({ length: seed.n % 4 }, () => randomValue(seed, depth + 1));
  return Object.fromEntries(
    Array.from({ length: seed.n % 4 }, (_, i) => [`${text}${i}`, randomValue(seed, depth + 1)]),
  );
}

describe('an answer read one array element at a time', () => {
  it('gives back what JSON.parse gives, element by element, for 500 random answers', () => {
    const seed = { n: 7 };
    for (let i = 0; i < 500; i++) {
      const results = Array.from({ length: seed.n % 6 }, () => randomValue(seed, 0));
      const answer = { cursor: randomValue(seed, 2), results, other: randomValue(seed, 1) };
      for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
        expect(whole(text, 'results')).toEqual(JSON.parse(text));
      }
    }
  });

  it('keeps a key that is not an array, and an own __proto__, as JSON.parse does', () => {
    expect(whole('{"results": null, "a": 1}', 'results')).toEqual({ results: null, a: 1 });
    const rest = parseWithItems('{"__proto__": {"x": 1}}', 'results', () => undefined);
    expect(Object.getPrototypeOf(rest)).toBe(Object.prototype);
    expect(Object.keys(rest)).toEqual(['__proto__']);
  });

  it.each([
    '',
    '{"results": [1,]}',
    '{"results": [1 2]}',
    '{"results": [1], }',
    '{"results": [{"a": 1}]} x',
    '{"results": [{"a": tru}]}',
    '{"results": ["unterminated]}',
    '{"a" 1}',
    '{a: 1}',
    '{"results": [{"a": 1}',
    '{"a": 1,}',
    '{"results": 12',
  ])('refuses %j with a SyntaxError, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => parseWithItems(text, 'results', () => undefined)).toThrow(SyntaxError);
  });
});

/** The scan fed `text` in pieces cut at `cuts`, as a body arrives in chunks. */
function inPieces(text: string, key: string, cuts: number[]): { rest: unknown; items: unknown[] } {
  const items: unknown[] = [];
  const scanner = new ItemScanner(key, (item) => items.push(item));
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.write(text.slice(from, cut));
    from = cut;
  }
  scanner.write(text.slice(from));
  return { rest: scanner.end(), items };
}

describe('an answer scanned as its chunks arrive', () => {
  it('gives the same elements and rest wherever the chunks are cut', () => {
    const seed = { n: 11 };
    for (let i = 0; i < 300; i++) {
      const results = Array.from({ length: seed.n % 5 }, () => randomValue(seed, 0));
      const answer = { cursor: randomValue(seed, 2), results, total: (seed.n % 900) + 0.25 };
      const text = JSON.stringify(answer, null, i % 2 === 0 ? 2 : 0);
      const cuts = Array.from(
        { length: 1 + (seed.n % 6) },
        (_, k) => (seed.n * (k + 3)) % text.length,
      );
      const one = { rest: parseWithItems(text, 'results', () => undefined), items: results };
      expect(inPieces(text, 'results', cuts)).toEqual(JSON.parse(JSON.stringify(one)));
    }
  });

  it('cut at every position of a small answer, still the same', () => {
    const text = '{"a": 12, "results": [{"s": "x\\\\"}, 3.5e2, "q\\\\\\"r"], "b": [true]}';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(inPieces(text, 'results', [cut])).toEqual({
        rest: { a: 12, b: [true] },
        items: [{ s: 'x\\' }, 350, 'q\\"r'],
      });
    }
  });

  it('refuses an answer cut short, however it was chunked', () => {
    const text = '{"results": [{"a": 1}, {"a": 2}], "n": 10}';
    for (let cut = 1; cut < text.length; cut++) {
      const scanner = new ItemScanner('results', () => undefined);
      scanner.write(text.slice(0, cut));
      expect(() => scanner.end()).toThrow(SyntaxError);
    }
  });

  it('keeps only the text not yet scanned, not the whole answer', () => {
    const scanner = new ItemScanner('results', () => undefined);
    scanner.write('{"results": [');
    const item = JSON.stringify({ group: { actionId: 'a'.repeat(36) }, data: [] });
    for (let i = 0; i < 10_000; i++) scanner.write(`${i === 0 ? '' : ','}${item}`);
    scanner.write(']}');
    expect(scanner.end()).toEqual({});
    expect((scanner as unknown as { text: string }).text.length).toBeLessThan(item.length * 2);
  });
});
