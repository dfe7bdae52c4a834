import * as assert from 'assert';
import * as fc from 'fast-check';
import { wordShape } from '../../../src/core/analysis/entities/features';

/** The shape by its definition: per code point, digits "d", capitals "X", small letters "x", the rest as is; runs collapsed; nine at most. */
function plainShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) shape += last = c;
    if (shape.length > 8) break;
  }
  return shape;
}

describe('wordShape', () => {
  it('writes digits, capitals and small letters as d, X and x, runs collapsed', () => {
    assert.deepStrictEqual(['Merkel', 'US-Präsident', 'G20', '1.200', 'ÄÖÜ', 'ß', '𝔸b', 'e.V.'].map(wordShape),
      ['Xx', 'X-Xx', 'Xd', 'd.d', 'X', 'x', '𝔸x', 'x.X.']);
  });

  it('answers as the definition does for any word (property)', () => {
    const unit = fc.constantFrom('a', 'Z', '7', '-', '.', 'ä', 'Ö', 'ß', 'ǅ', '٣', '𝔸', '😀', '\ud800', 'x', 'X');
    fc.assert(fc.property(fc.string({ unit, maxLength: 14 }), word => assert.strictEqual(wordShape(word), plainShape(word), word)), { numRuns: 1000 });
  });
});
