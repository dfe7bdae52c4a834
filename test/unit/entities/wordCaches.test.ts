import * as assert from 'assert';
import { findEntities } from '../../../src/core/analysis/entities';
import { heapAfterCollection } from '../text/heap';

describe("the tagger's word caches", () => {
  it('keep the words they met, not the articles the words were cut from', () => {
    findEntities('Die Werft in Kiel baut.', [{ start: 0, end: 23 }], 'de'); // loads the model
    const before = heapAfterCollection();
    let found = 0;
    for (let i = 0; i < 40; i++) {
      // One short sentence with a new long word, then a million characters the tagger is not asked about: the
      // word's token is a view into the whole text, made at run time so it is no literal the program holds.
      const sentence = `Die Genossenschaft Wasserstoffspeicherverbund${i} baut in Kiel.`;
      const text = `${sentence} ${'Satz. '.repeat(170_000)}`;
      found += findEntities(text, [{ start: 0, end: sentence.length }], 'de').length;
    }
    const grown = (heapAfterCollection() - before) / 1024 / 1024;
    assert.ok(found > 0, 'the sentences were tagged');
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(0)} MB: a word cache keeps the 40 MB of texts`);
  });
});
