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
});
