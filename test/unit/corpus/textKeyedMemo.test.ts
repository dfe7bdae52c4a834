import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextKeyedMemo } from '../../../src/core/corpus/textKeyedMemo';

describe('text-keyed memo', () => {
  it('answers like a Map keyed by the stretch of text, through growth and clearing', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), fc.integer({ min: 1, max: 5000 }), (words, limit) => {
      const memo = new TextKeyedMemo<string>(limit);
      const text = ` ${words.join(' ')} `;
      let at = 1;
      let computed = 0;
      for (const word of words) {
        const value = memo.get(text, at, at + word.length, key => { computed++; return `<${key}>`; });
        assert.strictEqual(value, `<${word}>`);
        at += word.length + 1;
      }
      assert.ok(computed <= words.length);
    }), { numRuns: 60 });
  });

  it('computes each key once while under its limit', () => {
    const memo = new TextKeyedMemo<number>(100_000);
    let computed = 0;
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i % 7000}`).join(' ');
    for (const match of text.matchAll(/\S+/g)) memo.get(text, match.index ?? 0, (match.index ?? 0) + match[0].length, () => ++computed);
    assert.strictEqual(computed, 7000);
  });
});
