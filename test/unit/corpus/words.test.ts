import * as assert from 'assert';
import * as fc from 'fast-check';
import { isSpace } from '../../../src/core/text/characters';
import { forEachWord, hasLetterOrDigit } from '../../../src/core/corpus/words';

// The scanner stands in for this regex (see words.ts); the two must always agree.
const WORD = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;

function byRegex(text: string, from: number, to: number): string[] {
  return [...text.slice(from, to).matchAll(WORD)].map(match => `${from + (match.index ?? 0)}:${match[0]}`);
}

function byScanner(text: string, from: number, to: number): string[] {
  const words: string[] = [];
  forEachWord(text, from, to, (start, end) => words.push(`${start}:${text.slice(start, end)}`));
  return words;
}

/** Characters that make the cases: separators, digits of other scripts, marks, letters beyond the BMP. */
const tricky = fc.constantFrom(
  'a', 'Z', 'ä', 'ß', '1', '٣', '½', 'Ⅻ', '\u0301', '.', ',', ':', '-', '\'', '’', '&', ' ', '\n', '?', '"',
  '𝐀', '😀', '\ud835', '\udc00', '\u00a0', '1.200', 'AT&T', 'U.S.',
);

describe('word scanner', () => {
  it('finds the words the regex finds', () => {
    assert.deepStrictEqual(byScanner('Der Technologie-Partner zahlt 1.200,50 Euro; AT&T’s Chef.', 0, 56),
      byRegex('Der Technologie-Partner zahlt 1.200,50 Euro; AT&T’s Chef.', 0, 56));
  });

  it('agrees with the regex on any text and stretch', () => {
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.array(tricky, { maxLength: 40 }).map(chars => chars.join('')),
      fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (sample, a, b) => {
      const from = sample.length ? a % (sample.length + 1) : 0;
      const to = from + (sample.length - from ? b % (sample.length - from + 1) : 0);
      assert.deepStrictEqual(byScanner(sample, from, to), byRegex(sample, from, to));
    }), { numRuns: 3000 });
  });

  it('reads whitespace, letters and digits as the regexes do, on every BMP character', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      assert.strictEqual(isSpace(code), /\s/.test(char), `isSpace U+${code.toString(16)}`);
      if (code < 0xd800 || code > 0xdfff) {
        assert.strictEqual(hasLetterOrDigit(char, 0, 1), /[\p{L}\p{N}]/u.test(char), `hasLetterOrDigit U+${code.toString(16)}`);
      }
    }
    for (const chunk of ['𝐀', '😀', '.𝐀', '\ud835', '-\udc00x']) {
      assert.strictEqual(hasLetterOrDigit(chunk, 0, chunk.length), /[\p{L}\p{N}]/u.test(chunk), chunk);
    }
  });
});
