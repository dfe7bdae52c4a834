import * as assert from 'assert';
import * as fc from 'fast-check';
import { IdList, PostingLists, PostingsBuilder } from '../../../src/core/corpus/postings';

const sorted = (values: ArrayLike<number>) => Array.from(values).sort((a, b) => a - b);

describe('posting lists', () => {
  it('an id list holds what a multiset would, whatever is added and deleted (property)', () => {
    const operation = fc.oneof(fc.record({ add: fc.nat(20) }), fc.record({ remove: fc.nat(20) }));
    fc.assert(fc.property(fc.array(operation, { maxLength: 200 }), operations => {
      const list = new IdList();
      const model: number[] = [];
      for (const op of operations) {
        if ('add' in op) {
          list.add(op.add);
          model.push(op.add);
        } else {
          list.delete(op.remove);
          const at = model.indexOf(op.remove);
          if (at >= 0) model.splice(at, 1);
        }
      }
      assert.deepStrictEqual(sorted(list.values()), sorted(model));
    }));
  });

  it('builds lists at their final size, allocating each as its first posting comes', () => {
    const sizes = [2, 0, 1];
    const builder = new PostingsBuilder(sizes.length, term => sizes[term]);
    builder.fill(0, 7);
    builder.fill(2, 9);
    builder.fill(0, 8);
    builder.fill(0, 10); // past the size: ignored, the caller rebuilds
    builder.fill(1, 11); // a term of size 0 gets no list
    const postings = new PostingLists();
    builder.installInto(postings);
    const listOf = (term: number) => { const { list, length } = postings.get(term); return Array.from(list.subarray(0, length)); };
    assert.deepStrictEqual([listOf(0), listOf(1), listOf(2)], [[7, 8], [], [9]]);
    assert.strictEqual(postings.size, 3);
  });
});
