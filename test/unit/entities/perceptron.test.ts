import * as assert from 'assert';
import * as fc from 'fast-check';
import { TAG_COUNT } from '../../../src/core/analysis/entities/features';
import { PerceptronTagger, viterbi, type WordEntry } from '../../../src/core/analysis/entities/perceptron';

const N = TAG_COUNT;
const OFFSETS = 5;

/** A word's cached sums as tagEntries reads them: five offsets' vectors, and its N × N weights after each previous tag. */
function entryOf(offsets: number[], transitions: number[], firstTransitions: number[]): WordEntry {
  return {
    offsets: Float32Array.from(offsets), base: 0, shape: 'Xx', lower: 'x',
    transitions: Float64Array.from(transitions), transitionAt: 0,
    firstTransitions: Float64Array.from(firstTransitions), firstTransitionAt: 0,
  };
}

// Whole numbers, as the model's weights are, in a narrow range so that ties are frequent.
const weights = (count: number) => fc.array(fc.integer({ min: -3, max: 3 }), { minLength: count, maxLength: count });
const entry = fc.tuple(weights(OFFSETS * N), weights(N * N), weights(N * N)).map(([o, t, f]) => entryOf(o, t, f));

describe('the tagger\'s decoder', () => {
  it('finds the tags viterbi() finds over the same sums, ties alike', () => {
    // No weights at all: the words before and after the sentence and the sentence's first word add nothing.
    const tagger = new PerceptronTagger(new Map());
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), words => {
      const n = words.length;
      const own = new Float64Array(n * N);
      const afterPrevious = new Float64Array(n * N * N);
      for (let i = 0; i < n; i++) {
        // Token i takes offset k's vector of the word k − 2 places from it.
        for (let k = 0; k < OFFSETS; k++) {
          const word = words[i + k - 2];
          if (word) for (let t = 0; t < N; t++) own[i * N + t] += word.offsets[k * N + t];
        }
        const block = i === 0 ? words[i].firstTransitions : words[i].transitions;
        afterPrevious.set(block, i * N * N);
      }
      const labels = words.map(() => []);
      assert.deepStrictEqual(tagger.tagEntries(words, labels), viterbi(n, own, afterPrevious));
    }), { numRuns: 2000 });
  });
});
