import * as assert from 'assert';
import * as fc from 'fast-check';
import { isAnchorCode, OverlapProbe, TermCode, type LexicalOverlap } from '../../../src/core/corpus/scoring';

// Term ids below 300 with made-up weights and kinds: every third term a number, every fifth a gram.
const weight = (term: number) => 0.25 + (term % 7) * 0.5;
const code = (term: number) => (term % 3 === 0 ? TermCode.Number : term % 5 === 0 ? TermCode.Gram : TermCode.Stem);
const termList = fc.uniqueArray(fc.integer({ min: 0, max: 299 }), { maxLength: 40 }).map(terms => Int32Array.from(terms).sort());

/** The overlap by its definition: a merge of two ascending term-id lists. */
function lexicalOverlap(
  a: ArrayLike<number>, b: ArrayLike<number>, weight: (term: number) => number, code: (term: number) => TermCode,
): LexicalOverlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  let sharedAnchors = 0;
  let sharedNumbers = 0;
  let numbersA = 0;
  let numbersB = 0;
  while (i < a.length || j < b.length) {
    const ta = i < a.length ? a[i] : Infinity;
    const tb = j < b.length ? b[j] : Infinity;
    if (ta === tb) {
      const w = weight(ta);
      shared += w;
      totalA += w;
      totalB += w;
      const kind = code(ta);
      if (isAnchorCode(kind)) sharedAnchors++;
      if (kind === TermCode.Number) {
        sharedNumbers++;
        numbersA++;
        numbersB++;
      }
      i++;
      j++;
    } else if (ta < tb) {
      totalA += weight(ta);
      if (code(ta) === TermCode.Number) numbersA++;
      i++;
    } else {
      totalB += weight(tb);
      if (code(tb) === TermCode.Number) numbersB++;
      j++;
    }
  }
  const similarity = totalA > 0 && totalB > 0 ? shared / Math.sqrt(totalA * totalB) : 0;
  return { similarity, sharedAnchors, sharedNumbers, numbersA, numbersB };
}

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
