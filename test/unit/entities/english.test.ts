import * as assert from 'assert';
import { entities } from './german.test';

describe('English entities (rules and gazetteers)', () => {
  it('types names by lists, suffixes and given names', () => {
    assert.deepStrictEqual(entities('The European Commission fined Acme Widgets Inc. in Brussels on Monday.', 'en'),
      ['ORG:European Commission', 'ORG:Acme Widgets Inc', 'LOC:Brussels']);
    assert.deepStrictEqual(entities('Shares of Siemens rose after Jennifer Walsh joined the Ministry of Finance.', 'en'),
      ['ORG:Siemens', 'PER:Jennifer Walsh', 'ORG:Ministry of Finance']);
  });

  it('strips titles, including abbreviated ones, and marks the rest a person', () => {
    assert.deepStrictEqual(entities('Chancellor Olaf Scholz met President Emmanuel Macron.', 'en'), ['PER:Olaf Scholz', 'PER:Emmanuel Macron']);
    assert.deepStrictEqual(entities('Mr. Hollister declined to comment.', 'en'), ['PER:Hollister']);
  });

  it('does not take demonyms or sentence-initial words for names', () => {
    assert.deepStrictEqual(entities('American officials met Chinese diplomats in Geneva.', 'en'), ['LOC:Geneva']);
    assert.deepStrictEqual(entities('However, the plan failed.', 'en'), []);
  });

  it('gives a lone surname the type of the full name seen before', () => {
    assert.deepStrictEqual(entities('Jennifer Hollister spoke first.\nLater Hollister left.', 'en'),
      ['PER:Jennifer Hollister', 'PER:Hollister']);
  });

  it('takes a name after a noun saying what it is, or ending in a publication\'s head, for an organisation', () => {
    assert.deepStrictEqual(entities('The carrier Skyline Express cut prices.', 'en'), ['ORG:Skyline Express']);
    assert.deepStrictEqual(entities('The Danish transport group Nordwerk Mobility confirmed the talks.', 'en'), ['ORG:Nordwerk Mobility']);
    assert.deepStrictEqual(entities('He told Harbour Wire about it.', 'en'), ['ORG:Harbour Wire']);
    assert.deepStrictEqual(entities('The German business daily Morgenblatt Nord reported it.', 'en'), ['ORG:Morgenblatt Nord']);
    assert.deepStrictEqual(entities('Subscribe to get The Harbour Ledger every morning.', 'en'), ['ORG:Harbour Ledger']);
    assert.deepStrictEqual(entities('The deal gives Westbahn Logistics a free hand.', 'en'), ['ORG:Westbahn Logistics']);
  });

  it('leaves "of" and a listed place after a name out of it, but keeps names that open with their kind', () => {
    const found = entities('The city will sell its stake to Nordwerk Mobility of Copenhagen.', 'en');
    assert.deepStrictEqual(found, ['ORG:Nordwerk Mobility', 'LOC:Copenhagen']);
    assert.deepStrictEqual(entities('He spoke to the Bank of England on Monday.', 'en'), ['ORG:Bank of England']);
    assert.deepStrictEqual(entities('The United States of America signed it.', 'en'), ['LOC:United States of America']);
  });
});
