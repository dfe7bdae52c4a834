import * as assert from 'assert';
import * as fc from 'fast-check';
import { tokenize } from '../../../src/core/text/tokenize';

const texts = (text: string, start?: number, end?: number) => tokenize(text, start, end).map(t => t.text);

describe('tokenize', () => {
  it('keeps hyphenated compounds, inner apostrophes, abbreviations and numbers whole', () => {
    assert.deepStrictEqual(texts('US-Präsident O\'Brien sah 1.000,5 Euro in der U.S.-Zone.'),
      ['US-Präsident', "O'Brien", 'sah', '1.000,5', 'Euro', 'in', 'der', 'U.S', '.', '-', 'Zone', '.']);
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
});
