import * as assert from 'assert';
import { stopwordsOf } from '../../../src/core/text/stopwords';

describe('stopwordsOf', () => {
  it('gives the function words of each language, lower case, and no content words', () => {
    for (const word of ['man', 'sind', 'und', 'unser']) assert.ok(stopwordsOf('de').has(word), word);
    for (const word of ['the', 'is', 'and']) assert.ok(stopwordsOf('en').has(word), word);
    for (const word of ['regierung', 'Man', 'frist']) assert.ok(!stopwordsOf('de').has(word), word);
    assert.ok(!stopwordsOf('en').has('government'));
  });

  it('makes each set once', () => {
    assert.strictEqual(stopwordsOf('de'), stopwordsOf('de'));
  });
});
