import { describe, expect, it } from 'vitest';
import { parseWithItems } from '../../src/genesys/json-items.js';

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
  ])('refuses %j with a SyntaxError, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(() => parseWithItems(text, 'results', () => undefined)).toThrow(SyntaxError);
  });
});
