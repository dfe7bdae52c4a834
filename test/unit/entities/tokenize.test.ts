import * as assert from 'assert';
import * as fc from 'fast-check';
import { tokenize, tokenizeByRegexOnly } from '../../../src/core/text/tokenize';

const texts = (text: string, start?: number, end?: number) => tokenize(text, start, end).map(t => t.text);

describe('tokenize', () => {
  it('keeps hyphenated compounds, inner apostrophes, abbreviations and numbers whole', () => {
    assert.deepStrictEqual(texts('US-Präsident O\'Brien sah 1.000,5 Euro in der U.S.-Zone.'),
      ['US-Präsident', "O'Brien", 'sah', '1.000,5', 'Euro', 'in', 'der', 'U.S', '.', '-', 'Zone', '.']);
  });

  it('runs digits on into the letters right after them, but not into a capitalised word or after separators', () => {
    assert.deepStrictEqual(texts('Das Nexus 6P, die 20er Jahre, ein 3D-Drucker, Lindau 08Dienstag, 1.000Euro und 2:1-Sieg'),
      ['Das', 'Nexus', '6P', ',', 'die', '20er', 'Jahre', ',', 'ein', '3D-Drucker', ',', 'Lindau', '08', 'Dienstag', ',',
        '1.000', 'Euro', 'und', '2:1', '-', 'Sieg']);
  });

  it('splits an English possessive off the name', () => {
    assert.deepStrictEqual(texts("Sony's profit and Siemens’s plan"), ['Sony', "'", 's', 'profit', 'and', 'Siemens', '’', 's', 'plan']);
  });

  it('gives offsets into the whole text when tokenizing a range', () => {
    const text = 'Erst. Dann Berlin!';
    const tokens = tokenize(text, 6, text.length);
    assert.deepStrictEqual(tokens.map(t => [t.text, t.start, t.end]), [['Dann', 6, 10], ['Berlin', 11, 17], ['!', 17, 18]]);
  });

  it('returns tokens that are exact, ordered, non-overlapping slices without whitespace', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
      let last = 0;
      for (const t of tokenize(text)) {
        assert.strictEqual(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= last && t.end > t.start);
        assert.ok(!/\s/u.test(t.text));
        last = t.end;
      }
    }));
  });

  it('finds exactly the tokens its regex finds, on any text and stretch', () => {
    // Characters the scanner treats specially, among others: joiners, apostrophes, the possessive s,
    // digits, marks, letters of other scripts, whitespace and characters beyond the BMP.
    const tricky = fc.constantFrom(
      'a', 'Ä', 'Sony', 's', 'S', "'s", '’S', "'", '’', '1', '9', '1.000', '6P', '08Di', '.', ',', ':', '-', '&', ' ', '\n', '\u00a0', '\u0301', 'ж', '٣', '😀', '!',
    );
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 40, size: 'max' })
      .map(parts => parts.join(''));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
      const start = Math.min(a, b) % (value.length + 1);
      const end = start + (Math.max(a, b) % (value.length - start + 1));
      assert.deepStrictEqual(tokenize(value, start, end), tokenizeByRegexOnly(value, start, end));
    }), { numRuns: 2000 });
  });
});
