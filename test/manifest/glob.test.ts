import { describe, expect, it } from 'vitest';
import { compileGlob, Glob, globMatch } from '../../src/manifest/glob.js';

function glob(pattern: string): Glob {
  const compiled = compileGlob(pattern);
  if (!(compiled instanceof Glob)) throw new Error(`${pattern}: ${compiled.message}`);
  return compiled;
}

describe('globs mean what the README says', () => {
  it.each([
    ['Lookup *', 'Lookup Account', true],
    ['Lookup *', 'lookup Account', false],
    ['*', 'a/b/c', true],
    ['Get */Put', 'Get a/b/Put', true],
    ['Score ?', 'Score A', true],
    ['Score ?', 'Score AB', false],
    ['Score ?', 'Score 😀', true],
    ['Lookup [AC]*', 'Lookup Contact', true],
    ['Lookup [AC]*', 'Lookup Lead', false],
    ['v[0-9]', 'v7', true],
    ['v[!0-9]', 'v7', false],
    ['v[!0-9]', 'vx', true],
    ['[]]x', ']x', true],
    ['Lookup {Account,Contact}', 'Lookup Contact', true],
    ['Lookup {Account,Contact}', 'Lookup Lead', false],
    ['{a,b{c,d}}e', 'bde', true],
    ['x{,y}', 'x', true],
    ['\\*literal', '*literal', true],
    ['\\*literal', 'aliteral', false],
  ])('%j against %j is %s', (pattern, name, expected) => {
    expect(globMatch(pattern, name)).toBe(expected);
  });

  it.each([
    ['Tokenize Card *(PCI)', 'Tokenize Card v2 (PCI)', true],
    ['Tokenize Card *(PCI)', 'Tokenize Card v2 PCI', false],
    ['Lookup !(Account)*', 'Lookup Contact', false],
    ['Lookup !(Account)*', 'Lookup !(Account) v2', true],
    ['+(a)', 'a', false],
    ['+(a)', '+(a)', true],
    ['@(x|y)', '@(x|y)', true],
    ['@(x|y)', 'x', false],
    ['a.b', 'aXb', false],
    ['^a$', '^a$', true],
  ])('every other character is literal: %j against %j is %s', (pattern, name, expected) => {
    expect(globMatch(pattern, name)).toBe(expected);
  });

  it('says where an unclosed bracket or brace opens', () => {
    expect(compileGlob('Lookup [Account')).toEqual({
      message: '`[` at character 8 is never closed by `]`',
      index: 7,
    });
    expect(compileGlob('{ERP,CRM')).toMatchObject({ index: 0 });
    expect(compileGlob('a{b,[c}')).toMatchObject({ index: 4 });
  });

  it('matches in steps linear in the name, with no backtracking', () => {
    const pattern = `${'*a'.repeat(20)}*b`;
    const compiled = glob(pattern);
    const stepsFor = (length: number): number => {
      compiled.matches('a'.repeat(length));
      return compiled.steps;
    };
    // A backtracking matcher needs about n^20 steps here; the state set needs at most (n+1) × states.
    for (const length of [16, 64, 256, 1024]) {
      expect(stepsFor(length)).toBeLessThanOrEqual((length + 1) * compiled.size);
    }
    const ratio = stepsFor(1024) / stepsFor(256);
    expect(ratio).toBeLessThan(4.5);
    expect(compiled.matches(`${'a'.repeat(255)}b`)).toBe(true);
    expect(compiled.matches('a'.repeat(256))).toBe(false);
  });

  it('keeps the state count linear in the pattern, braces included', () => {
    const small = glob('{a,b}'.repeat(10));
    const large = glob('{a,b}'.repeat(40));
    expect(large.size / small.size).toBeLessThanOrEqual(4.1);
  });
});
