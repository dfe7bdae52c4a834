import * as assert from 'assert';
import { linkEntitiesAcrossCorpus } from '../../../src/core/analysis/entities';
import { harmoniseTypesByCanonical, linkWithinArticle } from '../../../src/core/analysis/entities/linking';
import type { TypeStance } from '../../../src/core/analysis/entities/rules';
import { getModel } from '../../../src/core/analysis/entities/model';
import type { EntityMention } from '../../../src/core/analysis/types';
import { analyse } from './german.test';

const canonicals = (mentions: EntityMention[]) => mentions.map(m => `${m.text}→${m.canonical}`);

/** Makes mentions of an article one after another, each its own canonical name until linked. */
function mentionMaker(): (text: string, type: EntityMention['type']) => EntityMention {
  let at = 0;
  return (text, type) => {
    at += 100;
    return { start: at, end: at + text.length, text, type, canonical: text };
  };
}

describe('canonical names within an article', () => {
  it('links a surname and its genitive to the full name', () => {
    const mentions = analyse('Kanzlerin Angela Merkel reiste nach Rom.\nMerkels Sprecher bestätigte die Reise.\nMerkel kehrt am Abend zurück.');
    assert.deepStrictEqual(canonicals(mentions.filter(m => m.type === 'PER')),
      ['Angela Merkel→Angela Merkel', 'Merkels→Angela Merkel', 'Merkel→Angela Merkel']);
  });

  it('gives country aliases one name', () => {
    const mentions = analyse('Die USA verhängen Zölle.\nDie Vereinigten Staaten hatten das angekündigt.\nIn den US ist das umstritten.');
    assert.deepStrictEqual(new Set(mentions.map(m => m.canonical)), new Set(['Vereinigte Staaten']));
  });

  it('takes the first word of one organisation\'s name for that organisation, unless the lists know the word', () => {
    const mention = mentionMaker();
    const mentions = [
      mention('Brandwerk Systems', 'ORG'), mention('Brandwerk', 'PER'),
      mention('Berlin Partner', 'ORG'), mention('Berlin', 'LOC'),
      mention('Nordhafen Logistik', 'ORG'), mention('Nordhafen Energie', 'ORG'), mention('Nordhafen', 'LOC'),
    ];
    linkWithinArticle(mentions, 'de', getModel().gazetteer);
    assert.deepStrictEqual(mentions.map(m => `${m.type}:${m.text}→${m.canonical}`), [
      'ORG:Brandwerk Systems→Brandwerk Systems', 'ORG:Brandwerk→Brandwerk Systems',
      'ORG:Berlin Partner→Berlin Partner', 'LOC:Berlin→Berlin',
      'ORG:Nordhafen Logistik→Nordhafen Logistik', 'ORG:Nordhafen Energie→Nordhafen Energie', 'LOC:Nordhafen→Nordhafen',
    ]);
  });

  it('makes a one-word name of another type the person whose full name ends with it, unless the lists know it', () => {
    const mention = mentionMaker();
    const mentions = [
      mention('Strobelt', 'MISC'), mention('Erika Strobelt', 'PER'), mention('Strobelts', 'LOC'),
      mention('Wien', 'LOC'), mention('Paula Wien', 'PER'),
      mention('Kalvana', 'ORG'), mention('Tore Kalvana', 'PER'), mention('Anne Kalvana', 'PER'),
      mention('Hexfeld', 'ORG'), mention('Dreiwerk Hexfeld', 'PER'),
    ];
    linkWithinArticle(mentions, 'de', getModel().gazetteer);
    assert.deepStrictEqual(mentions.map(m => `${m.type}:${m.text}→${m.canonical}`), [
      'PER:Strobelt→Erika Strobelt', 'PER:Erika Strobelt→Erika Strobelt', 'PER:Strobelts→Erika Strobelt',
      'LOC:Wien→Wien', 'PER:Paula Wien→Paula Wien',
      'ORG:Kalvana→Kalvana', 'PER:Tore Kalvana→Tore Kalvana', 'PER:Anne Kalvana→Anne Kalvana',
      'ORG:Hexfeld→Hexfeld', 'PER:Dreiwerk Hexfeld→Dreiwerk Hexfeld',
    ]);
  });

  it('gives spelling variants and the genitive of an organisation one form', () => {
    const mentions = analyse('Der Konzern Sony meldet Gewinne.\nSonys Chef ist zufrieden.\nAuch SONY selbst ist zufrieden.');
    assert.deepStrictEqual([...new Set(mentions.filter(m => m.type === 'ORG').map(m => m.canonical))], ['Sony']);
  });
});

describe('linkEntitiesAcrossCorpus', () => {
  const mention = (text: string, type: EntityMention['type'] = 'PER'): EntityMention =>
    ({ start: 0, end: text.length, text, type, canonical: text });

  it('gives a surname the full name another article uses', () => {
    const first = [mention('Merkel')];
    const second = [mention('Angela Merkel'), mention('Merkel')];
    second[1].canonical = 'Angela Merkel';
    linkEntitiesAcrossCorpus([first, second]);
    assert.deepStrictEqual([first[0].canonical, second[0].canonical, second[1].canonical], ['Angela Merkel', 'Angela Merkel', 'Angela Merkel']);
  });

  it('merges spelling variants and a country written in two languages', () => {
    const a = [mention('Youtube', 'ORG'), mention('Vereinigte Staaten', 'LOC')];
    const b = [mention('YouTube', 'ORG'), mention('United States', 'LOC')];
    const c = [mention('YouTube', 'ORG'), mention('United States', 'LOC')];
    linkEntitiesAcrossCorpus([a, b, c]);
    assert.deepStrictEqual([a, b, c].map(article => article.map(m => m.canonical)),
      [['YouTube', 'United States'], ['YouTube', 'United States'], ['YouTube', 'United States']]);
  });

  it('gives a name one spelling whatever type each article gave it', () => {
    const a = [mention('Bytefirma')];
    const b = [mention('ByteFirma', 'ORG')];
    const c = [mention('ByteFirma', 'ORG')];
    linkEntitiesAcrossCorpus([a, b, c]);
    assert.deepStrictEqual([a, b, c].map(article => article[0].canonical), ['ByteFirma', 'ByteFirma', 'ByteFirma']);
  });

  it('leaves different entities apart', () => {
    const a = [mention('Paris', 'LOC'), mention('Anna Weber')];
    const b = [mention('Paris Weber')];
    linkEntitiesAcrossCorpus([a, b]);
    assert.deepStrictEqual([a[0].canonical, a[1].canonical, b[0].canonical], ['Paris', 'Anna Weber', 'Paris Weber']);
  });
});

describe('types by canonical name', () => {
  it('gives the mentions of one canonical name the type most of them have', () => {
    const mention = (text: string, type: EntityMention['type'], canonical: string): EntityMention => ({ start: 0, end: text.length, text, type, canonical });
    const mentions = [mention('Nordwerks', 'PER', 'Nordwerk'), mention('Nordwerk', 'ORG', 'Nordwerk'), mention('Nordwerk', 'ORG', 'Nordwerk'), mention('Erika Muster', 'PER', 'Erika Muster')];
    harmoniseTypesByCanonical(mentions);
    assert.deepStrictEqual(mentions.map(m => m.type), ['ORG', 'ORG', 'ORG', 'PER']);
  });

  it('gives them the first mention\'s type when no type has more mentions than the others', () => {
    const mention = (type: EntityMention['type']): EntityMention => ({ start: 0, end: 8, text: 'Nordwerk', type, canonical: 'Nordwerk' });
    const mentions = [mention('LOC'), mention('ORG'), mention('PER')];
    harmoniseTypesByCanonical(mentions);
    assert.deepStrictEqual(mentions.map(m => m.type), ['LOC', 'LOC', 'LOC']);
  });

  it('leaves a mention apart out of the vote and unchanged', () => {
    const mention = (type: EntityMention['type']): EntityMention => ({ start: 0, end: 8, text: 'Tarnfeld', type, canonical: 'Tarnfeld' });
    const mentions = [mention('LOC'), mention('ORG'), mention('ORG'), mention('LOC')];
    const place = mentions[0];
    harmoniseTypesByCanonical(mentions, m => (m === place ? 'apart' : undefined));
    assert.deepStrictEqual(mentions.map(m => m.type), ['LOC', 'ORG', 'ORG', 'ORG']);
  });

  it('counts the vote of a mention with a stated type and leaves its type as it is', () => {
    const mention = (type: EntityMention['type']): EntityMention => ({ start: 0, end: 6, text: 'Lumora', type, canonical: 'Lumora' });
    const mentions = [mention('ORG'), mention('MISC'), mention('MISC'), mention('ORG'), mention('ORG')];
    const [, app, game] = mentions;
    harmoniseTypesByCanonical(mentions, m => (m === app || m === game ? 'stated' : undefined));
    assert.deepStrictEqual(mentions.map(m => m.type), ['ORG', 'MISC', 'MISC', 'ORG', 'ORG']);
    const votes = [mention('PER'), mention('MISC'), mention('PER'), mention('MISC'), mention('MISC')];
    harmoniseTypesByCanonical(votes, m => (m === votes[1] ? 'stated' : undefined));
    assert.deepStrictEqual(votes.map(m => m.type), ['MISC', 'MISC', 'MISC', 'MISC', 'MISC']);
  });

  it('gives every mention the type of a defined one, however the others vote, but leaves stated and apart ones', () => {
    const mention = (type: EntityMention['type']): EntityMention => ({ start: 0, end: 5, text: 'Tabeg', type, canonical: 'Tabeg' });
    const mentions = [mention('PER'), mention('ORG'), mention('PER'), mention('PER'), mention('MISC'), mention('LOC')];
    const [, short, , , stated, apart] = mentions;
    const stances = new Map<EntityMention, TypeStance>([[short, 'defined'], [stated, 'stated'], [apart, 'apart']]);
    harmoniseTypesByCanonical(mentions, m => stances.get(m));
    assert.deepStrictEqual(mentions.map(m => m.type), ['ORG', 'ORG', 'ORG', 'ORG', 'MISC', 'LOC']);
  });
});
