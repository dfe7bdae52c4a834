import * as assert from 'assert';
import * as fc from 'fast-check';
import * as path from 'path';
import { TAGS } from '../../../src/core/analysis/entities/features';
import { labelledTokens, parseMarkedLine, readOwnSentences } from '../../../scripts/ner/ownSentences';

const tagsOf = (line: string) => labelledTokens(parseMarkedLine(line)).tags.map(t => TAGS[t]);

describe('own training sentences (bracket markup)', () => {
  it('turns bracketed names into the tagger\'s tokens with BIO tags', () => {
    const line = '[PER Erika Muster] sprach in [LOC St. Pölten] über „[MISC Der stille Berg]“.';
    const { words } = labelledTokens(parseMarkedLine(line));
    assert.deepStrictEqual(words, ['Erika', 'Muster', 'sprach', 'in', 'St.', 'Pölten', 'über', '„', 'Der', 'stille', 'Berg', '“', '.']);
    assert.deepStrictEqual(tagsOf(line), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O', 'O']);
  });

  it('keeps two names side by side apart', () => {
    assert.deepStrictEqual(tagsOf('[ORG Kovar] [ORG Brenntal AG]'), ['B-ORG', 'B-ORG', 'I-ORG']);
  });

  it('refuses a name that is only part of a token, and malformed brackets', () => {
    assert.throws(() => labelledTokens(parseMarkedLine('Der [ORG Kovar]-Chef kam.')), /token boundaries/);
    assert.throws(() => parseMarkedLine('[PER Erika Muster sprach.'), /not closed/);
    assert.throws(() => parseMarkedLine('[PERSON Erika] sprach.'), /PER, ORG, LOC or MISC/);
    assert.throws(() => parseMarkedLine('[PER [LOC Graz]]'), /inside another/);
    assert.throws(() => parseMarkedLine('Erika] sprach.'), /without "\["/);
    assert.throws(() => parseMarkedLine('[PER Erika ] sprach.'), /edge/);
  });

  it('gives back the text and the names it was marked from', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,8}$/);
    const type = fc.constantFrom('PER', 'ORG', 'LOC', 'MISC');
    const piece = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 3 }), type: fc.option(type) });
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), pieces => {
      let marked = '';
      let text = '';
      const names: { start: number; end: number; type: string }[] = [];
      for (const { words, type } of pieces) {
        if (text) {
          marked += ' ';
          text += ' ';
        }
        const plain = words.join(' ');
        if (type) names.push({ start: text.length, end: text.length + plain.length, type });
        marked += type ? `[${type} ${plain}]` : plain;
        text += plain;
      }
      assert.deepStrictEqual(parseMarkedLine(marked), { text, names });
    }));
  });

  it('reads every sentence of the shipped training files', () => {
    // The files ship with the repository; a reader that throws names the file and line to mend.
    const sentences = readOwnSentences(path.resolve(__dirname, '..', '..', '..', '..', 'data', 'ner-train-de'));
    assert.ok(sentences.length > 7000, `${sentences.length} sentences`);
  });
});
