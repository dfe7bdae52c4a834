import * as assert from 'assert';
import * as fc from 'fast-check';
import { Gazetteer, type GazetteerSources } from '../../../src/core/analysis/entities/gazetteer';
import { FILTER_BYTES, WordListFilter } from '../../../src/core/analysis/entities/wordListFilter';
import { hashOfRange } from '../../../src/core/text/stringHash';

const NOUNS = ['Höhle', 'Haus', 'Straße', 'Bahn', 'Ast', 'SSaft', 'Ende', 'Abend'];

function gazetteerWithNouns(nouns: readonly string[]): Gazetteer {
  const sources: GazetteerSources = {
    countries: '', locations: '', organisations: '', companies: '', firstNames: '', surnames: '', demonymsEn: '',
    nounsDe: nouns.join('\n'),
  };
  return new Gazetteer(sources);
}

/** The noun classes by their definition: every split point and ending asked of the list directly. */
function plainNounClass(word: string, nouns: ReadonlySet<string>): string {
  const endings = ['n', 'en', 's', 'es', 'e', 'er', 'ern', 'nen'];
  const isNounForm = (w: string) =>
    nouns.has(w) || endings.some(e => w.length > e.length + 2 && w.endsWith(e) && nouns.has(w.slice(0, -e.length)));
  if (nouns.has(word)) return 'lem';
  if (isNounForm(word)) return 'infl';
  const base = word.slice(word.lastIndexOf('-') + 1);
  for (let k = base === word ? 3 : 0; k <= base.length - 4; k++) {
    if (isNounForm(base.charAt(k).toUpperCase() + base.slice(k + 1))) return 'head';
  }
  return '';
}

describe('German noun classes', () => {
  const gazetteer = gazetteerWithNouns(NOUNS);

  it('tells listed nouns, their inflected forms and compounds ending in one from other words', () => {
    assert.strictEqual(gazetteer.nounClass('Haus'), 'lem');
    assert.strictEqual(gazetteer.nounClass('Hauses'), 'infl');
    assert.strictEqual(gazetteer.nounClass('Trollhöhle'), 'head');
    assert.strictEqual(gazetteer.nounClass('Trollhöhlen'), 'head');
    assert.strictEqual(gazetteer.nounClass('Nord-Bahnen'), 'head');
    assert.strictEqual(gazetteer.nounClass('Hauptstraße'), 'head');
    assert.strictEqual(gazetteer.nounClass('Quastenberg'), '');
    // A head needs four letters: "Ast" alone does not make a compound.
    assert.strictEqual(gazetteer.nounClass('Kontrast'), '');
  });

  it('counts plurals that double a final s as forms of their noun, beside the inflected forms', () => {
    const gazetteer = gazetteerWithNouns(['Bus', 'Ergebnis', 'Haus']);
    for (const word of ['Bus', 'Busse', 'Bussen', 'Ergebnisse', 'Hauses']) assert.ok(gazetteer.isCommonNounForm(word), word);
    for (const word of ['Busch', 'Russe', 'Masse']) assert.ok(!gazetteer.isCommonNounForm(word), word);
  });

  it('counts plurals that change the stem as forms of a noun, also as a compound\'s head, but leaves noun classes alone', () => {
    const gazetteer = new Gazetteer({
      countries: '', locations: '', organisations: '', companies: '', firstNames: '', surnames: '', demonymsEn: '',
      nounsDe: 'Plan\nVogel', nounPluralsDe: 'Pläne\nPlänen\nVögel',
    });
    for (const word of ['Pläne', 'Fahrplänen', 'Raubvögel']) assert.ok(gazetteer.isCommonNounForm(word), word);
    for (const word of ['Plän', 'Vögelsang', 'pläne', 'Xpläne']) assert.ok(!gazetteer.isCommonNounForm(word), word);
    // The tagger's features were trained without them.
    assert.strictEqual(gazetteer.nounClass('Pläne'), '');
  });

  it('capitalises a split point\'s letter as toUpperCase does, also "ß" to "SS"', () => {
    assert.strictEqual(gazetteer.nounClass('Großßaft'), 'head');
  });

  it('answers as the definition does for any word (property)', () => {
    const nouns = new Set(NOUNS);
    const letter = fc.constantFrom('a', 'b', 'e', 'h', 'l', 'n', 'ö', 's', 'ß', 't', 'A', 'H', 'S', '-');
    const piece = fc.oneof(fc.constantFrom(...NOUNS, ...NOUNS.map(n => n.toLowerCase())), fc.string({ unit: letter, maxLength: 3 }));
    const word = fc.array(piece, { maxLength: 4 }).map(parts => parts.join(''));
    const ending = fc.constantFrom('', 'n', 'en', 's', 'es', 'e', 'er', 'ern', 'nen');
    fc.assert(fc.property(word, ending, (w, e) => {
      const asked = w + e;
      // A fresh gazetteer per word: nounClass keeps its answers.
      assert.strictEqual(gazetteerWithNouns(NOUNS).nounClass(asked), plainNounClass(asked, nouns), asked);
    }), { numRuns: 500 });
  });
});

describe('German adjective forms', () => {
  const gazetteer = new Gazetteer({
    countries: '', locations: '', organisations: '', companies: '', firstNames: '', surnames: '', demonymsEn: '', nounsDe: '',
    adjectivesDe: ['dunkel', 'dunkl', 'klar', 'rot'].join('\n'),
  });

  it('knows a listed stem, written small or capitalised, alone or with an adjective ending', () => {
    for (const word of ['klar', 'Klar', 'Klares', 'Dunkel', 'Dunkler', 'dunklen', 'Roten', 'Rotem']) {
      assert.ok(gazetteer.isAdjectiveForm(word), word);
    }
    for (const word of ['Klarheit', 'Dunk', 'Rote-Liste', 'Roth', 'Rotes-', 'Klarn']) {
      assert.ok(!gazetteer.isAdjectiveForm(word), word);
    }
  });
});

describe('WordListFilter', () => {
  it('never says no to a listed word, and says no to most others', () => {
    const listed = Array.from({ length: 2000 }, (_, i) => `Wort${i}`);
    const filter = WordListFilter.of(listed);
    for (const w of listed) assert.ok(filter.mayHold(hashOfRange(w)), w);
    const others = Array.from({ length: 2000 }, (_, i) => `Anderes${i}`);
    const maybes = others.filter(w => filter.mayHold(hashOfRange(w))).length;
    assert.ok(maybes < others.length / 20, `${maybes} of ${others.length} absent words passed`);
  });

  it('answers alike when rebuilt from its bytes, as the model file keeps them, and refuses bytes of another size', () => {
    const filter = WordListFilter.of(['Höhle', 'Haus']);
    const copy = new WordListFilter(Uint8Array.from(filter.bytes));
    for (const w of ['Höhle', 'Haus', 'Straße', 'Bahn']) assert.strictEqual(copy.mayHold(hashOfRange(w)), filter.mayHold(hashOfRange(w)), w);
    assert.ok(copy.mayHold(hashOfRange('Haus')));
    assert.throws(() => new WordListFilter(new Uint8Array(FILTER_BYTES - 4)), /takes/);
  });
});

describe('Gazetteer lists', () => {
  const sources = (firstNames: string): GazetteerSources => ({
    countries: '', locations: '', organisations: '', companies: '', firstNames, surnames: '', demonymsEn: '', nounsDe: '',
  });

  it('reads one name a line, as the generator writes them or as a hand-edited list with blanks, padding and CRLF', () => {
    const names = ['Erika', 'Hanna Lena', 'Jörg'];
    for (const text of ['Erika\nHanna Lena\nJörg\n', 'Erika\nHanna Lena\nJörg', ' Erika\r\n\nHanna Lena \r\nJörg\t\n\n']) {
      const { firstNames } = new Gazetteer(sources(text));
      assert.deepStrictEqual([names.filter(name => firstNames.has(name)), firstNames.size], [names, names.length], JSON.stringify(text));
    }
    assert.strictEqual(new Gazetteer(sources('')).firstNames.size, 0);
    assert.strictEqual(new Gazetteer(sources('\n')).firstNames.size, 0);
  });
});
