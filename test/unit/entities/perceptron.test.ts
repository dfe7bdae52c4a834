import * as assert from 'assert';
import * as fc from 'fast-check';
import { TAG_COUNT, TAGS } from '../../../src/core/analysis/entities/features';
import { PerceptronTagger, viterbi, type WordEntry } from '../../../src/core/analysis/entities/perceptron';

const N = TAG_COUNT;
const OFFSETS = 5;

/** A word's cached sums as tagEntries reads them: five offsets' vectors, and its N × N weights after each previous tag. */
function entryOf(offsets: number[], transitions: number[], firstTransitions: number[]): WordEntry {
  return {
    offsets: Float32Array.from(offsets), base: 0, shape: 'Xx', lower: 'x',
    transitions: Float64Array.from(transitions), transitionAt: 0,
    firstTransitions: Float64Array.from(firstTransitions), firstTransitionAt: 0, opening: undefined, attached: undefined, attachedBits: 0,
  };
}

// Whole numbers, as the model's weights are, in a narrow range so that ties are frequent.
const weights = (count: number) => fc.array(fc.integer({ min: -3, max: 3 }), { minLength: count, maxLength: count });
const entry = fc.tuple(weights(OFFSETS * N), weights(N * N), weights(N * N)).map(([o, t, f]) => entryOf(o, t, f));

/**
 * The scores of the words' own sums, as tagEntries reads them from their entries: token i takes offset k's vector
 * of the word k − 2 places from it, and its word's N × N block after each previous tag (the first block for the
 * sentence's first word).
 */
function sumsOfWords(words: readonly WordEntry[]): { own: Float64Array; afterPrevious: Float64Array } {
  const n = words.length;
  const own = new Float64Array(n * N);
  const afterPrevious = new Float64Array(n * N * N);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < OFFSETS; k++) {
      const word = words[i + k - 2];
      if (word) for (let t = 0; t < N; t++) own[i * N + t] += word.offsets[k * N + t];
    }
    afterPrevious.set(i === 0 ? words[i].firstTransitions : words[i].transitions, i * N * N);
  }
  return { own, afterPrevious };
}

describe('the tagger\'s decoder', () => {
  it('finds the tags viterbi() finds over the same sums, ties alike', () => {
    // No weights at all: the words before and after the sentence and the sentence's first word add nothing.
    const tagger = new PerceptronTagger(new Map());
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), words => {
      const { own, afterPrevious } = sumsOfWords(words);
      const labels = words.map(() => []);
      assert.deepStrictEqual(tagger.tagEntries(words, labels), viterbi(words.length, own, afterPrevious));
    }), { numRuns: 2000 });
  });

  it('adds the gazetteer labels\' weights as summing them feature by feature would', () => {
    // Label A has every kind of weight; B only its own and those after each previous tag; C none.
    const vector = () => Array.from({ length: N }, (_, t) => ((t * 7 + 3) % 5) - 2);
    const table = new Map<string, number[]>([['g-1=A', vector()], ['g0=A', vector().reverse()], ['g1=A', vector().map(w => -w)], ['g0=B', vector()]]);
    TAGS.forEach((previous, p) => {
      table.set(`gt1=A|${previous}`, vector().map(w => w + p));
      table.set(`gt1=B|${previous}`, vector().map(w => w * (p % 3)));
    });
    const tagger = new PerceptronTagger(table);
    const label = fc.constantFrom('A', 'B', 'C');
    const token = fc.tuple(entry, fc.array(label, { maxLength: 2 }));
    fc.assert(fc.property(fc.array(token, { minLength: 1, maxLength: 10 }), tokens => {
      const n = tokens.length;
      const words = tokens.map(([word]) => word);
      const labels = tokens.map(([, own]) => own);
      const { own, afterPrevious } = sumsOfWords(words);
      const add = (target: Float64Array, at: number, feature: string) => table.get(feature)?.forEach((w, t) => (target[at + t] += w));
      for (let i = 0; i < n; i++) {
        for (const name of labels[i - 1] ?? []) add(own, i * N, `g-1=${name}`);
        for (const name of labels[i]) add(own, i * N, `g0=${name}`);
        for (const name of labels[i + 1] ?? []) add(own, i * N, `g1=${name}`);
        for (const name of labels[i]) TAGS.forEach((previous, p) => add(afterPrevious, (i * N + p) * N, `gt1=${name}|${previous}`));
      }
      assert.deepStrictEqual(tagger.tagEntries(words, labels), viterbi(n, own, afterPrevious));
    }), { numRuns: 2000 });
  });

  it('adds the weights of the word opening the sentence, by its shape and lower-cased form, as summing them would', () => {
    const vector = (seed: number) => Array.from({ length: N }, (_, t) => ((t * seed + 3) % 7) - 3);
    const table = new Map<string, number[]>([
      ['first|Xx', vector(2)], ['first|X', vector(3)], ['first|kestrel', vector(5)], ['first|x', vector(4)],
    ]);
    const tagger = new PerceptronTagger(table);
    const opener = fc.tuple(entry, fc.constantFrom('Xx', 'X', 'd'), fc.constantFrom('kestrel', 'x', 'varnik'))
      .map(([word, shape, lower]) => ({ ...word, shape, lower }));
    fc.assert(fc.property(fc.array(opener, { minLength: 1, maxLength: 6 }), words => {
      const labels = words.map(() => []);
      const { own, afterPrevious } = sumsOfWords(words);
      for (const feature of [`first|${words[0].shape}`, `first|${words[0].lower}`]) table.get(feature)?.forEach((w, t) => (own[t] += w));
      const expected = viterbi(words.length, own, afterPrevious);
      assert.deepStrictEqual(tagger.tagEntries(words, labels), expected);
      // The opener's weights are summed once and kept with its entry: a second sentence it opens sums the same.
      assert.deepStrictEqual(tagger.tagEntries(words, labels), expected);
    }), { numRuns: 2000 });
  });
});
