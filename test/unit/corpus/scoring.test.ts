import * as assert from 'assert';
import * as fc from 'fast-check';
import { lexicalOverlap, OverlapProbe, TermCode } from '../../../src/core/corpus/scoring';

// Term ids below 300 with made-up weights and kinds: every third term a number, every fifth a gram.
const weight = (term: number) => 0.25 + (term % 7) * 0.5;
const code = (term: number) => (term % 3 === 0 ? TermCode.Number : term % 5 === 0 ? TermCode.Gram : TermCode.Stem);
const termList = fc.uniqueArray(fc.integer({ min: 0, max: 299 }), { maxLength: 40 }).map(terms => Int32Array.from(terms).sort());

describe('OverlapProbe', () => {
  it('gives exactly what lexicalOverlap gives, for one probe against many claims', () => {
    fc.assert(fc.property(termList, fc.array(termList, { minLength: 1, maxLength: 5 }), (a, others) => {
      const probe = new OverlapProbe(weight, code);
      probe.set(a);
      for (const b of others) {
        const expected = lexicalOverlap(a, b, weight, code);
        assert.deepStrictEqual({ ...probe.overlap(b) }, expected);
        assert.strictEqual(probe.similarity(b, probe.totalWeight(b)), expected.similarity);
      }
    }));
  });

  it('forgets the previous probe when given a new one', () => {
    const probe = new OverlapProbe(weight, code);
    probe.set(Int32Array.from([1, 2, 4]));
    probe.set(Int32Array.from([7, 8]));
    assert.strictEqual(probe.has(1), false);
    assert.strictEqual(probe.has(8), true);
    assert.strictEqual(probe.overlap(Int32Array.from([1, 2, 4])).similarity, 0);
  });

  it('grows for term ids beyond its table', () => {
    const probe = new OverlapProbe(weight, code);
    probe.set(Int32Array.from([5, 100_001]));
    assert.strictEqual(probe.has(100_001), true);
    assert.strictEqual(probe.overlap(Int32Array.from([100_001])).sharedAnchors, 1);
  });
});
