import * as assert from 'assert';
import * as fc from 'fast-check';
import { detectLanguage } from '../../../src/core/analysis/language';

describe('detectLanguage', () => {
  it('recognises German and English news text', () => {
    assert.strictEqual(detectLanguage('Der Stadtrat hat am Montag beschlossen, dass die neue Brücke nicht vor dem Sommer gebaut wird.', 'en'), 'de');
    assert.strictEqual(detectLanguage('The city council decided on Monday that the new bridge will not be built before the summer.', 'de'), 'en');
  });

  it('is not fooled by words both languages share or by case', () => {
    assert.strictEqual(detectLanguage('DIE REGIERUNG WILL DAS GESETZ NOCH IN DIESEM JAHR ÄNDERN, SAGTE ER.', 'en'), 'de');
    assert.strictEqual(detectLanguage('So, man, was it all in vain? The answer is not clear.', 'de'), 'en');
  });

  it('falls back for very short, mixed or unknown text', () => {
    assert.strictEqual(detectLanguage('Berlin', 'en'), 'en');
    assert.strictEqual(detectLanguage('', 'de'), 'de');
    assert.strictEqual(detectLanguage('12.000 — 34 % / 2020', 'en'), 'en');
    assert.strictEqual(detectLanguage('Der Hund und die Katze. The dog and the cat.', 'en'), 'en');
    assert.strictEqual(detectLanguage('Der Hund und die Katze. The dog and the cat.', 'de'), 'de');
    assert.strictEqual(detectLanguage('Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'de'), 'de');
  });

  it('never throws and always answers de or en (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.constantFrom<'de' | 'en'>('de', 'en'), (text, fallback) => {
      const language = detectLanguage(text, fallback);
      assert.ok(language === 'de' || language === 'en');
    }));
  });

  it('reads words as the runs of letters a Unicode regex finds, whatever stands between them (property)', () => {
    // A function word glued to a digit, a mark, an emoji or a letter outside the BMP counts exactly when
    // /\p{L}+/gu cuts it out alone.
    const piece = fc.constantFrom('der', 'die', 'the', 'and', 'und', 'of', ' ', '1', '-', '\u0301', '😀', '𝐀', 'é', 'ß', '\ud800', 'ABC');
    const reference = (text: string, fallback: 'de' | 'en') => {
      const german = ['der', 'die', 'und'];
      const english = ['the', 'and', 'of'];
      let de = 0;
      let en = 0;
      for (const [word] of text.matchAll(/\p{L}+/gu)) {
        if (german.includes(word.toLowerCase())) de++;
        else if (english.includes(word.toLowerCase())) en++;
      }
      if (de + en < 3) return fallback;
      return de > en && de >= 2 * en ? 'de' : en > de && en >= 2 * de ? 'en' : fallback;
    };
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map(parts => parts.join('')), fc.constantFrom('de' as const, 'en' as const), (text, fallback) => {
      assert.strictEqual(detectLanguage(text, fallback), reference(text, fallback));
    }), { numRuns: 2000 });
  });
});
