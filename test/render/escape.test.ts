import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode } from '../../src/render/escape.js';

describe('markdown escaping of names from the org', () => {
  it.each([
    ['Get | Order', 'Get \\| Order'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a `tick`', 'a \\`tick\\`'],
    ['line\nbreak\r\nhere', 'line break here'],
    ['@support-team #42', '&#64;support-team &#35;42'],
    ['*bold* _it_ [link](x) ~s~', '\\*bold\\* \\_it\\_ \\[link\\](x) \\~s\\~'],
    ['AT&T', 'AT&amp;T'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('grows the code fence past any backtick run', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a ``b`` c')).toBe('```a ``b`` c```');
    expect(inlineCode('`edge`')).toBe('`` `edge` ``');
  });
});
