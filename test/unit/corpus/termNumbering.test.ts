import * as assert from 'assert';
import * as fc from 'fast-check';
import { TermNumbering, WorkerVocabulary } from '../../../src/core/corpus/termNumbering';

describe('term numbering', () => {
  it('gives a term the same number each time, counting from 0', () => {
    const numbering = new TermNumbering();
    assert.deepStrictEqual(['frist', 'tiktok', 'frist', '=tiktok'].map(term => numbering.numberOf(term)), [0, 1, 0, 2]);
    assert.deepStrictEqual(numbering.terms, ['frist', 'tiktok', '=tiktok']);
  });

  it('lets the other side read every number from the terms sent so far, through restarts', () => {
    // Claims' term lists (the claim finder hands out the same list for a sentence met again), numbered by a
    // worker whose table holds few terms; answers go out between articles.
    const term = fc.constantFrom('frist', 'september', 'tiktok', 'oracle', '¤usd', '#100', 'nutzer', 'vertrag');
    const lists = fc.array(fc.array(term, { maxLength: 6 }), { minLength: 1, maxLength: 8 });
    const articles = fc.array(fc.record({ list: fc.nat(), answer: fc.boolean() }), { maxLength: 40 });
    fc.assert(fc.property(lists, articles, fc.integer({ min: 1, max: 8 }), (termLists, sequence, limit) => {
      const numbering = new TermNumbering({ limit, rememberLists: true });
      let vocabulary = new WorkerVocabulary();
      let unanswered: Array<{ terms: readonly string[]; numbers: readonly number[] }> = [];
      const answer = () => {
        vocabulary = vocabulary.learn(numbering.takeNew());
        for (const { numbers, terms } of unanswered) assert.deepStrictEqual(numbers.map(number => vocabulary.terms[number]).sort(), [...terms].sort());
        unanswered = [];
      };
      for (const { list, answer: answerNow } of sequence) {
        const terms = termLists[list % termLists.length];
        const numbers = numbering.sortedNumbersOf(terms);
        assert.ok(numbers.every((number, i) => i === 0 || numbers[i - 1] <= number), 'ascending');
        unanswered.push({ terms, numbers });
        if (answerNow) answer();
      }
      answer();
      assert.ok(numbering.terms.length <= limit + 6, 'the table starts again once past its limit');
    }));
  });
});
