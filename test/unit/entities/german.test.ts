import * as assert from 'assert';
import { findEntities } from '../../../src/core/analysis/entities';
import { isOrganisationDescriptor } from '../../../src/core/analysis/entities/rules';
import type { EntityMention, Language } from '../../../src/core/analysis/types';

/** Entities of a text treated as one sentence per line, as "TYPE:text" strings. */
export function entities(text: string, language: Language = 'de'): string[] {
  return analyse(text, language).map(m => `${m.type}:${m.text}`);
}

export function analyse(text: string, language: Language = 'de'): EntityMention[] {
  const sentences = [];
  let start = 0;
  for (const line of text.split('\n')) {
    sentences.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return findEntities(text, sentences, language);
}

describe('German entities', () => {
  it('finds persons, places and organisations in plain news sentences', () => {
    assert.deepStrictEqual(entities('Friedrich Merz traf am Montag in Paris den Präsidenten Emmanuel Macron.'),
      ['PER:Friedrich Merz', 'LOC:Paris', 'PER:Emmanuel Macron']);
    assert.deepStrictEqual(entities('Der Autobauer Volkswagen baut in Wolfsburg ein neues Werk.'), ['ORG:Volkswagen', 'LOC:Wolfsburg']);
    assert.deepStrictEqual(entities('Der Bundestag in Berlin lehnte den Vorschlag der Europäischen Kommission ab.'),
      ['ORG:Bundestag', 'LOC:Berlin', 'ORG:Europäischen Kommission']);
  });

  it('leaves a describing compound of common nouns out of the name it describes, but keeps hyphenated names', () => {
    const spans = entities('Der Software-Konzern Nordwerk legt zu, die US-Behörde FTC ermittelt.');
    assert.ok(!spans.some(s => /Software-Konzern|US-Behörde/.test(s)), spans.join(', '));
    assert.ok(spans.some(s => s.endsWith(':FTC')), spans.join(', '));
    assert.ok(entities('Coca-Cola Company meldet Gewinne.').some(s => s.includes('Coca-Cola')));
  });

  it('takes a name right after an organisation noun for an organisation', () => {
    assert.ok(isOrganisationDescriptor('Verkehrskonzern') && isOrganisationDescriptor('Softwarekonzerns') && isOrganisationDescriptor('Gewerkschaft'));
    assert.ok(!isOrganisationDescriptor('Präsident') && !isOrganisationDescriptor('konzern') && !isOrganisationDescriptor('Investor'));
    const found = analyse('Der dänische Verkehrskonzern Nordline Mobility zahlt viel.');
    assert.ok(found.every(m => m.type === 'ORG'), found.map(m => `${m.type}:${m.text}`).join(', '));
  });

  it('never takes a capitalised pronoun for a name', () => {
    assert.deepStrictEqual(entities('Hast Du das gesehen, Ihr Lieben?'), []);
  });

  it('leaves titles and roles out of a person', () => {
    assert.deepStrictEqual(entities('Kanzlerin Angela Merkel sprach lange mit ihren Ministern.'), ['PER:Angela Merkel']);
    assert.deepStrictEqual(entities('Das sagte US-Präsident Joe Biden am Abend in Washington.'), ['PER:Joe Biden', 'LOC:Washington']);
    assert.deepStrictEqual(entities('Der Siemens-Chef Roland Busch will weiter wachsen.'), ['PER:Roland Busch']);
  });

  it('does not run a name on over an article or cut off a surname that is also a noun', () => {
    assert.deepStrictEqual(entities('Damals betrat Neil Armstrong den Mond.'), ['PER:Neil Armstrong']);
    assert.deepStrictEqual(entities('Das sagte Renate Schmidt der Zeitung.'), ['PER:Renate Schmidt']);
    assert.deepStrictEqual(entities('Heiner Brand lobte die Mannschaft.'), ['PER:Heiner Brand']);
    assert.deepStrictEqual(entities('Man muss das nicht glauben.'), []);
    assert.deepStrictEqual(entities('Karl Richter dirigierte das Orchester.'), ['PER:Karl Richter']);
  });

  it('does not take a listed place for a demonym of a shorter one', () => {
    assert.deepStrictEqual(entities('In Bayern regnet es.'), ['LOC:Bayern']);
  });

  it('does not take adjectives and demonyms for entities', () => {
    assert.deepStrictEqual(entities('Die chinesische Regierung und die amerikanischen Behörden stritten über deutsche Autos.'), []);
  });

  it('recognises listed country names in any of their forms', () => {
    assert.deepStrictEqual(entities('Die USA und die Vereinigten Staaten sind dasselbe Land.'), ['LOC:USA', 'LOC:Vereinigten Staaten']);
  });

  it('keeps every mention a slice of the text, sorted and apart', () => {
    const text = 'Angela Merkel besuchte Wien.\r\nDort traf sie Olaf Scholz 😀 und die Siemens AG.';
    const mentions = analyse(text);
    assert.ok(mentions.length >= 3);
    let last = 0;
    for (const m of mentions) {
      assert.strictEqual(text.slice(m.start, m.end), m.text);
      assert.ok(m.start >= last);
      last = m.end;
    }
  });
});
