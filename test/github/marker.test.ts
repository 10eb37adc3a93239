import { describe, expect, it } from 'vitest';
import {
  hiddenMarker,
  MARKER_PREFIX,
  parseHiddenMarker,
  parsePlanMarker,
  planMarker,
  type PlanMarker,
} from '../../src/github/marker.js';

const fields: PlanMarker = {
  label: 'production',
  region: 'us-east-1',
  manifest: 'gc-timeouts.yaml',
  fingerprint: 'ab'.repeat(32),
  version: '0.1.0',
  changes: 4,
  errors: 0,
};

describe('plan marker', () => {
  it('is one HTML comment line starting with the prefix', () => {
    const marker = planMarker(fields);
    expect(marker).toMatchInlineSnapshot(
      `"<!-- gc-timeouts:plan {"label":"production","region":"us-east-1","manifest":"gc-timeouts.yaml","fingerprint":"abababababababababababababababababababababababababababababababab","version":"0.1.0","changes":4,"errors":0} -->"`,
    );
    expect(marker.startsWith(MARKER_PREFIX)).toBe(true);
  });

  it('reads back from a comment with other text around it', () => {
    const body = `Some text\r\n${planMarker(fields)}\n### gc-timeouts plan\n| a | b |`;
    expect(parsePlanMarker(body)).toEqual(fields);
  });

  it('carries hostile labels intact and cannot be closed early by them', () => {
    const hostile = {
      ...fields,
      label: 'a --> b --!> <!-- c -- \n <script>',
      manifest: '---.yaml',
    };
    const marker = planMarker(hostile);
    expect(marker.startsWith(MARKER_PREFIX) && marker.endsWith(' -->')).toBe(true);
    const json = marker.slice(MARKER_PREFIX.length, -' -->'.length);
    expect(json).not.toMatch(/[<>\n]|--/);
    expect(parsePlanMarker(marker)).toEqual(hostile);
  });

  it.each([
    ['no marker', 'just a comment'],
    ['a marker cut short', `${MARKER_PREFIX}{"label":"x"`],
    ['corrupt JSON', `${MARKER_PREFIX}{label: x} -->`],
    ['an array', `${MARKER_PREFIX}[1,2] -->`],
    ['a missing field', hiddenMarker('plan', { ...fields, fingerprint: undefined })],
    ['a field of the wrong type', hiddenMarker('plan', { ...fields, changes: '4' })],
    ['a negative count', hiddenMarker('plan', { ...fields, errors: -1 })],
    ['a marker of another kind', hiddenMarker('drift', fields)],
    ['a kind that only starts the same', `<!-- gc-timeouts:planned ${JSON.stringify(fields)} -->`],
    ['an empty body', ''],
  ])('gives undefined for %s', (_, body) => {
    expect(parsePlanMarker(body)).toBeUndefined();
  });

  it('skips a corrupt marker for a good one after it', () => {
    const body = `${MARKER_PREFIX}{oops} -->\n${planMarker(fields)}`;
    expect(parsePlanMarker(body)).toEqual(fields);
  });

  it('ignores fields it does not know, so newer comments still parse', () => {
    expect(parsePlanMarker(hiddenMarker('plan', { ...fields, newer: 'x' }))).toEqual(fields);
  });

  it('types the applied commit, and refuses a marker whose applied is not a commit', () => {
    const applied = planMarker({ ...fields, applied: 'abc123' });
    expect(parsePlanMarker(applied)).toEqual({ ...fields, applied: 'abc123' });
    expect(parsePlanMarker(hiddenMarker('plan', { ...fields, applied: true }))).toBeUndefined();
  });
});

describe('hidden markers of other kinds', () => {
  it('round-trips any JSON object, negative numbers included', () => {
    const drift = {
      label: 'prod',
      fingerprint: 'ff',
      count: -1,
      ratio: 1e-7,
      nested: { a: ['--'] },
    };
    const marker = hiddenMarker('drift', drift);
    expect(marker.startsWith('<!-- gc-timeouts:drift {')).toBe(true);
    expect(parseHiddenMarker('drift', `issue body\n\n${marker}\n`)).toEqual(drift);
    expect(parseHiddenMarker('plan', marker)).toBeUndefined();
  });

  it('refuses a kind that could break the comment, and never throws when parsing one', () => {
    for (const kind of ['', 'Plan', 'a--b', 'a b', 'x -->']) {
      expect(() => hiddenMarker(kind, {})).toThrow(TypeError);
      expect(parseHiddenMarker(kind, 'anything')).toBeUndefined();
    }
  });
});
