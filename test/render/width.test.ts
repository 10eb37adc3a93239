import { describe, expect, it } from 'vitest';
import { width } from '../../src/render/format.js';

describe('width', () => {
  it('counts code points as Array.from does: pairs as one, lone halves as one each', () => {
    const texts = [
      '',
      'a',
      'Cancel Account 000451',
      '名前のアクション',
      '𝄞 clef',
      'x𝄞',
      '\ud834',
      '\udd1e',
      'a\ud834b',
      'a\udd1e\ud834',
      '\ud834\ud834\udd1e',
      'é\u0301 combining',
      '👩‍👩‍👧 family',
    ];
    for (const text of texts) expect([text, width(text)]).toEqual([text, Array.from(text).length]);
  });
});
