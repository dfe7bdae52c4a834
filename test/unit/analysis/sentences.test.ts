import * as assert from 'assert';
import * as fc from 'fast-check';
import { forgetRememberedParagraphs, segmentStarts, splitSentences } from '../../../src/core/analysis/sentences';
import { assertRecallEqualsFreshReading } from './memoCheck';
import type { Language, Span } from '../../../src/core/analysis/types';

const sentencesOf = (text: string, language: Language = 'de', range?: Span) =>
  splitSentences(text, language, range).map(s => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after an ordinal before a month or a lower-case word', () => {
    assert.deepStrictEqual(sentencesOf('Die Frist läuft bis zum 20. September. Dann ist Schluss.'), [
      'Die Frist läuft bis zum 20. September.', 'Dann ist Schluss.',
    ]);
    assert.deepStrictEqual(sentencesOf('Am 7. September war es kalt.'), ['Am 7. September war es kalt.']);
    assert.deepStrictEqual(sentencesOf('Bis zum 20. wurde verhandelt.'), ['Bis zum 20. wurde verhandelt.']);
    assert.deepStrictEqual(sentencesOf('Sie wurde beim 3. Versuch gewählt.'), ['Sie wurde beim 3. Versuch gewählt.']);
    assert.deepStrictEqual(sentencesOf('Das galt bis ins 18. Jahrhundert. Der Zug hält aufs 2. Gleis zu.'), [
      'Das galt bis ins 18. Jahrhundert.', 'Der Zug hält aufs 2. Gleis zu.',
    ], 'a preposition joined with "das"');
  });

  it('does not split inside a parenthesised date', () => {
    assert.deepStrictEqual(sentencesOf('Am Sonntag (13.9.) kamen viele. Am Montag wenige.'), [
      'Am Sonntag (13.9.) kamen viele.', 'Am Montag wenige.',
    ]);
    assert.deepStrictEqual(sentencesOf('Er kam (etwa am 13. Mai). Dann ging er.'), ['Er kam (etwa am 13. Mai).', 'Dann ging er.']);
  });

  it('does not split inside a date written with spaces ("8. 11. 1931"), but after a number before another', () => {
    assert.deepStrictEqual(sentencesOf('Erika Muster, 8. 11. 1931 – 29. 8. 2005. Sie lebte in Tarnfeld.'), [
      'Erika Muster, 8. 11. 1931 – 29. 8. 2005.', 'Sie lebte in Tarnfeld.',
    ]);
    assert.deepStrictEqual(sentencesOf('Sie wurde Achte. 11 Teams kamen.'), ['Sie wurde Achte.', '11 Teams kamen.']);
    assert.deepStrictEqual(sentencesOf('Er wurde 8. 11 Teams kamen.'), ['Er wurde 8.', '11 Teams kamen.'], 'no month and year after it');
  });

  it('does not split after abbreviations', () => {
    assert.deepStrictEqual(sentencesOf('Das sind z. B. Äpfel, u. a. Birnen. Dr. Müller zahlte ca. 5 Mio. Euro. Nr. 5 ist da.'), [
      'Das sind z. B. Äpfel, u. a. Birnen.', 'Dr. Müller zahlte ca. 5 Mio. Euro.', 'Nr. 5 ist da.',
    ]);
    assert.deepStrictEqual(sentencesOf('Die Kosten liegen bei 3 Mrd. Franken. Das ist viel.'), ['Die Kosten liegen bei 3 Mrd. Franken.', 'Das ist viel.']);
    assert.deepStrictEqual(sentencesOf('The U.S. economy grew. Mr. Smith left at 3 p.m. Sunday. He said etc. and left.', 'en'), [
      'The U.S. economy grew.', 'Mr. Smith left at 3 p.m. Sunday.', 'He said etc. and left.',
    ]);
    assert.deepStrictEqual(sentencesOf('Donald J. Miller kam.', 'en'), ['Donald J. Miller kam.']);
    assert.deepStrictEqual(sentencesOf('Die Stadt wurde 753 v. Chr. gegründet. Das Haus stammt aus 578 v. u. Z. und ist alt.'), [
      'Die Stadt wurde 753 v. Chr. gegründet.', 'Das Haus stammt aus 578 v. u. Z. und ist alt.',
    ]);
    // After a slash, as in a dateline of two places.
    assert.deepStrictEqual(sentencesOf('Der Streik endet. Tarnfeld/St. Varnik – Die Werke öffnen wieder.'), [
      'Der Streik endet.', 'Tarnfeld/St. Varnik – Die Werke öffnen wieder.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence when a typical sentence opener follows', () => {
    assert.deepStrictEqual(sentencesOf('Police arrived at 9:30 p.m. The road was closed.', 'en'), ['Police arrived at 9:30 p.m.', 'The road was closed.']);
    assert.deepStrictEqual(sentencesOf('The vote is at 3 p.m. Sunday in Ohio.', 'en'), ['The vote is at 3 p.m. Sunday in Ohio.']);
    assert.deepStrictEqual(sentencesOf('Die Siedlung entstand um 800 v. Chr. Die Burg kam später.'), ['Die Siedlung entstand um 800 v. Chr.', 'Die Burg kam später.']);
  });

  it('splits where a closing quote ends a sentence and where the space after the end is missing', () => {
    assert.deepStrictEqual(sentencesOf('Sie sagte: „Wir haben nichts erhalten.“ Allerdings kam es anders.'), [
      'Sie sagte: „Wir haben nichts erhalten.“', 'Allerdings kam es anders.',
    ]);
    assert.deepStrictEqual(sentencesOf('Das muss anders werden!Wenig später kam er.'), ['Das muss anders werden!', 'Wenig später kam er.']);
    assert.deepStrictEqual(sentencesOf('Das war gut.Der Rest nicht.'), ['Das war gut.', 'Der Rest nicht.']);
    assert.deepStrictEqual(sentencesOf('Mehr auf bild.de und www.example.org.'), ['Mehr auf bild.de und www.example.org.']);
  });

  it('splits before a number that opens the next sentence', () => {
    assert.deepStrictEqual(sentencesOf('Er kam am 3. Oktober. 2020 war ein schweres Jahr.'), ['Er kam am 3. Oktober.', '2020 war ein schweres Jahr.']);
  });

  it('splits at blank lines and after a headline line, but joins a wrapped line', () => {
    const text = 'Neue Regeln für Pendler\nDer Stadtrat hat entschieden. Die Regeln gelten\nab sofort.\n\nZweiter Absatz ohne Punkt\n\nLetzter Satz.';
    assert.deepStrictEqual(sentencesOf(text), [
      'Neue Regeln für Pendler', 'Der Stadtrat hat entschieden.', 'Die Regeln gelten\nab sofort.', 'Zweiter Absatz ohne Punkt', 'Letzter Satz.',
    ]);
  });

  it('handles CRLF line endings', () => {
    const text = 'Titel der Meldung\r\nErster Satz hier. Zweiter Satz.\r\n\r\nNeuer Absatz.';
    assert.deepStrictEqual(sentencesOf(text), ['Titel der Meldung', 'Erster Satz hier.', 'Zweiter Satz.', 'Neuer Absatz.']);
  });

  it('covers only the given range', () => {
    const text = 'Kopfzeile. Erster Satz. Zweiter Satz.';
    const spans = splitSentences(text, 'de', { start: 11, end: text.length });
    assert.deepStrictEqual(spans.map(s => text.slice(s.start, s.end)), ['Erster Satz.', 'Zweiter Satz.']);
    assert.ok(spans.every(s => s.start >= 11));
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepStrictEqual(splitSentences('', 'de'), []);
    assert.deepStrictEqual(splitSentences(' \n\r\n\t ', 'de'), []);
  });

  it('gives trimmed, sorted, non-empty, non-overlapping spans inside the range for any text (property)', () => {
    const pieces = fc.constantFrom('Satz', ' ', '.', '!', '?', '\n', '\r\n', '\n\n', '13.', '9.', '(', ')', 'z. B.', 'Dr.', '„', '“', 'am', 'September', 'x', '😀', 'U.S.');
    const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map(p => p.join('')));
    fc.assert(fc.property(texts, fc.nat(), fc.nat(), fc.constantFrom<Language>('de', 'en'), (text, a, b, language) => {
      const start = Math.min(a, b) % (text.length + 1);
      const end = Math.min(text.length, start + (Math.max(a, b) % (text.length + 1)));
      const spans = splitSentences(text, language, { start, end });
      let previousEnd = start;
      for (const span of spans) {
        assert.ok(span.start >= previousEnd && span.end > span.start && span.end <= end);
        const slice = text.slice(span.start, span.end);
        assert.strictEqual(slice, slice.trim());
        previousEnd = span.end;
      }
    }), { numRuns: 400 });
  });

  it('splits a paragraph met before as it did the first time, wherever it stands (property)', () => {
    const pieces = fc.constantFrom('Satz', ' ', '.', '!', '\n', '\n\n', '13.', '9.', '(', ')', 'z. B.', 'Dr.', '„', '“', 'am', 'September', 'x', 'U.S.');
    const paragraph = fc.array(pieces, { maxLength: 30 }).map(p => p.join(''));
    fc.assert(fc.property(paragraph, fc.array(paragraph, { minLength: 2, maxLength: 3 }), fc.constantFrom<Language>('de', 'en'), (shared, openings, language) => {
      // The shared paragraph follows a different opening in each text, and the last text is met a third time.
      const texts = openings.map(opening => `${opening}\n\n${shared}`);
      assertRecallEqualsFreshReading(texts, forgetRememberedParagraphs, text => splitSentences(text, language));
    }), { numRuns: 300 });
  });
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('segmentStarts', () => {
  /** Where Intl.Segmenter's sentence segments of the whole text start. */
  const icuStarts = (text: string, language: Language) =>
    [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)].map(segment => segment.index);

  it('starts segments where ICU does, given the whole text at once (property)', () => {
    const pieces = fc.constantFrom(
      'Satz', 'der', 'Äpfel', 'Ōtsu', 'ß', ' ', '  ', '\u00a0', '.', '!', '?', '…', '13.', '9.', '1.000', '(', ')', '„', '“', '”', '‚', '‘', '»', '«',
      '"', "'", ' – ', ',', ':', 'z. B.', 'Dr.', 'U.S.', 'é', 'É', '¡', '¿', '·', '\u2029', '\u0085', '\u2028', '。', '؟', '।', '‼', '\u00ad', '\u200b', '😀', 'Σ', 'ς',
    );
    const texts = fc.oneof(fc.string({ maxLength: 120 }), fc.array(pieces, { maxLength: 50 }).map(p => p.join('')));
    fc.assert(fc.property(texts, fc.constantFrom<Language>('de', 'en'), (text, language) => {
      assert.deepStrictEqual(segmentStarts(text, language), icuStarts(text, language));
    }), { numRuns: 2000 });
  });

  it('agrees with ICU about every character it may read on its own, before or after a sentence end', () => {
    // Latin letters and signs, general punctuation, currency and letter-like signs, arrows and mathematical
    // operators: what it reads itself (others go to ICU) and some more.
    const codes = [...range(0, 0x250), ...range(0x2000, 0x2300)];
    for (const code of codes) {
      const c = String.fromCharCode(code);
      for (const text of [`Ab${c} Cd. Ef${c}Gh. ${c}Ij.  ${c}Kl.`, `Ab.${c} Cd`]) {
        assert.deepStrictEqual(segmentStarts(text, 'de'), icuStarts(text, 'de'), `U+${code.toString(16)}`);
      }
    }
  });
});
