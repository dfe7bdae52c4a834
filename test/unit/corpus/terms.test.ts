import * as assert from 'assert';
import * as fc from 'fast-check';
import { claimTerms, extractTerms, normaliseNumber, termKind, withoutVerbEnding } from '../../../src/core/corpus/terms';

const shared = (a: string[], b: string[]) => a.filter(term => b.includes(term));

describe('index terms', () => {
  it('lets a hyphenated compound meet the closed compound and its parts', () => {
    const hyphenated = extractTerms('Der Technologie-Partner liefert.', 'de');
    const closed = extractTerms('Der Technologiepartner liefert.', 'de');
    const part = extractTerms('Der Partner liefert.', 'de');
    assert.ok(shared(hyphenated, closed).some(term => termKind(term) === 'stem' && term.startsWith('technologiepartn')));
    assert.ok(shared(hyphenated, part).some(term => termKind(term) === 'stem'));
  });

  it('lets a compound meet its head and modifier through edge grams', () => {
    const compound = extractTerms('Die Angebotsfrist läuft.', 'de');
    assert.ok(shared(compound, extractTerms('Die Frist läuft.', 'de')).includes('frist$'));
    assert.ok(shared(compound, extractTerms('Die Angebote kommen.', 'de')).includes('^angeb'));
  });

  it('stems inflected forms to one term and drops stopwords', () => {
    assert.deepStrictEqual(shared(extractTerms('Angebote', 'de'), extractTerms('Angebot', 'de')).filter(t => termKind(t) === 'stem'), ['angebot']);
    assert.deepStrictEqual(extractTerms('und der die das', 'de'), []);
    assert.deepStrictEqual(extractTerms('the and of', 'en'), []);
  });

  it('stems as the Snowball reference does', () => {
    const stem = (word: string, language: 'de' | 'en') => extractTerms(word, language).filter(t => termKind(t) === 'stem');
    // Nouns (capitalised) get the plain Snowball stem; examples from Snowball's German and English (Porter2) vocabularies.
    for (const [word, expected] of [['Häuser', 'haus'], ['Aufeinanderfolgenden', 'aufeinanderfolg'], ['Straßenbahnen', 'strassenbahn']]) {
      assert.deepStrictEqual(stem(word, 'de'), [expected], word);
    }
    for (const [word, expected] of [['running', 'run'], ['generously', 'generous'], ['happiness', 'happi']]) {
      assert.deepStrictEqual(stem(word, 'en'), [expected], word);
    }
  });

  it('gives a German verb\'s forms one stem, and leaves nouns\' stems and edge grams alone', () => {
    const stem = (text: string) => extractTerms(text, 'de').filter(t => termKind(t) === 'stem');
    for (const form of ['zahlt', 'zahlte', 'zahlten', 'zahlen']) assert.deepStrictEqual(stem(form), stem('zahlen'), form);
    for (const form of ['arbeitet', 'arbeiteten', 'arbeiten']) assert.deepStrictEqual(stem(form), stem('arbeiten'), form);
    assert.deepStrictEqual(stem('endet'), stem('enden'));
    assert.deepStrictEqual(stem('hält'), stem('halten'));
    assert.deepStrictEqual(stem('Angebot'), ['angebot']);
    assert.strictEqual(withoutVerbEnding('frist'), 'fris');
    assert.ok(extractTerms('Frist', 'de').includes('frist'));
  });

  it('counts what describes a name right before it (a title, a kind of company) as part of the name, not as content', () => {
    const text = 'Oberbürgermeisterin Helene Muster verteidigte den Verkauf.';
    const name = { start: text.indexOf('Helene'), end: text.indexOf(' verteidigte'), type: 'PER' };
    const terms = claimTerms(text, { start: 0, end: text.length }, 'de', [], [], [name]);
    assert.ok(terms.includes('=oberburgermeisterin') && terms.includes('=hel'), terms.join(' '));
    const place = { ...name, type: 'LOC' };
    assert.ok(!claimTerms(text, { start: 0, end: text.length }, 'de', [], [], [place]).includes('=oberburgermeisterin'));
    const company = 'Der dänische Verkehrskonzern Nordwerk zahlt die Summe.';
    const org = { start: company.indexOf('Nordwerk'), end: company.indexOf(' zahlt'), type: 'ORG' };
    const orgTerms = claimTerms(company, { start: 0, end: company.length }, 'de', [], [], [org]);
    assert.ok(orgTerms.includes('=verkehrskonz') && orgTerms.includes('=danisch') && !orgTerms.includes('=der'), orgTerms.join(' '));
  });

  it('reads figures by the language\'s separators', () => {
    assert.strictEqual(normaliseNumber('1.200', 'de'), '1200');
    assert.strictEqual(normaliseNumber('1,200', 'en'), '1200');
    assert.strictEqual(normaliseNumber('2,3', 'de'), '2.3');
    assert.strictEqual(normaliseNumber('2.3', 'en'), '2.3');
    assert.strictEqual(normaliseNumber('1200', 'de'), '1200');
    assert.deepStrictEqual(shared(extractTerms('rund 1.200 Beschäftigte', 'de'), extractTerms('about 1,200 employees', 'en')), ['#1200']);
  });

  it('leaves the reporting frame out of a claim\'s terms', () => {
    const text = 'Die Frist endet im April, sagte Marquardt.';
    const frame = { start: text.indexOf('sagte'), end: text.length - 1 };
    const terms = claimTerms(text, { start: 0, end: text.length }, 'de', [frame]);
    assert.ok(terms.includes('frist'));
    assert.ok(!terms.some(term => term.startsWith('marquardt')));
  });

  it('gives each term once, whatever the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('de' as const, 'en' as const), (text, language) => {
      const terms = extractTerms(text, language);
      assert.strictEqual(new Set(terms).size, terms.length);
      assert.deepStrictEqual(extractTerms(text, language), terms);
    }));
  });
});
