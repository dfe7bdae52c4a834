import * as assert from 'assert';
import * as fc from 'fast-check';
import { findEntities, forgetTaggedSentences } from '../../../src/core/analysis/entities';
import { splitSentences } from '../../../src/core/analysis/sentences';

// Sentences of our own: full names and their short forms, which the article-wide steps join up
// ("Kowalski" after "Erika Kowalski"), and nouns that are also surnames ("Fischer").
const SENTENCES = [
  'Die Ministerin Erika Kowalski besuchte am Montag das Werk von Nordwerk in Kiel.',
  'Kowalski sagte, die Stadt werde die Pläne prüfen.',
  'Fischer aus Husum klagen über die neuen Fangquoten der EU.',
  'Der Vorstandschef Jonas Fischer kündigte in Hamburg 300 neue Stellen an.',
  'Fischer erklärte, die Zahlen seien besser als erwartet.',
  'Laut Reuters verhandeln Microsoft und die Regierung in Washington noch.',
  'In Brüssel lehnte die Kommission den Vorschlag ab.',
  'Die Ärztin Anna Ünal leitet seit Mai die Klinik in Lübeck.',
  'Da lacht Ünal.',
];

function entitiesOf(text: string): string[] {
  return findEntities(text, splitSentences(text, 'de'), 'de').map(m => `${m.start}-${m.end} ${m.type} ${m.text} = ${m.canonical}`);
}

describe('remembered sentence tagging', () => {
  afterEach(() => forgetTaggedSentences());

  it('gives every article the entities it has when analysed first, whatever sentences were met before', () => {
    const article = fc.array(fc.nat({ max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 5 })
      .map(picks => picks.map(i => SENTENCES[i]).join(' '));
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('', 'Kiel. ', '\n\n'), article), { minLength: 1, maxLength: 6 }), articles => {
      const texts = articles.map(([lead, body]) => lead + body);
      const afterOthers = texts.map(entitiesOf);
      texts.forEach((text, i) => {
        forgetTaggedSentences();
        assert.deepStrictEqual(afterOthers[i], entitiesOf(text), text);
      });
    }), { numRuns: 40 });
  });

  it('lets the article-wide steps of one article leave the remembered sentence as it was', () => {
    const alone = entitiesOf(SENTENCES[1]);
    const named = entitiesOf(`${SENTENCES[0]} ${SENTENCES[1]}`);
    assert.ok(named.some(e => / PER Kowalski = Erika Kowalski$/.test(e)), named.join('; '));
    assert.deepStrictEqual(entitiesOf(SENTENCES[1]), alone);
  });

  it('finds a short form the tagger missed after the full name, also one starting beyond ASCII, remembered or not', () => {
    assert.deepStrictEqual(entitiesOf(SENTENCES[8]), [], 'the tagger alone misses it');
    const text = `${SENTENCES[7]} ${SENTENCES[8]}`;
    for (let sight = 1; sight <= 3; sight++) {
      assert.ok(entitiesOf(text).some(e => / PER Ünal = Anna Ünal$/.test(e)), `sight ${sight}: ${entitiesOf(text).join('; ')}`);
    }
  });
});
