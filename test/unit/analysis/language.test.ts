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
});
