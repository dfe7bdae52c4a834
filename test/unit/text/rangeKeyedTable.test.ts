import * as assert from 'assert';
import * as fc from 'fast-check';
import { RangeKeyedTable } from '../../../src/core/text/rangeKeyedTable';
import { hashOfRange } from '../../../src/core/text/stringHash';

/** Short strings over a small alphabet, so keys collide in part and queries often hit. */
const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'X', '-', '𝔸'), maxLength: 6 });
/** Also pieces long enough to be compared as slices (sentences), sharing long beginnings. */
const shortOrLong = fc.oneof(piece, fc.tuple(fc.constantFrom('', 'Ein gemeinsamer Anfang: ', 'Ein gemeinsamer Anfang; '), piece, piece).map(parts => parts.join('')));

describe('RangeKeyedTable', () => {
  it('finds a piece of a longer string without cutting it out', () => {
    const table = new RangeKeyedTable<number>();
    table.add('ung', 0);
    table.add('Haus', 9);
    assert.strictEqual(table.get('Zeitung', 4, 7), 0);
    assert.strictEqual(table.get('Rathaus', 3, 7), undefined, 'case matters');
    assert.strictEqual(table.get('Haus'), 9);
    assert.strictEqual(table.get('Haus', 0, 3), undefined, 'a prefix of a key is not the key');
    assert.strictEqual(table.get('', 0, 0), undefined);
  });

  it('tells apart two keys of the same hash', () => {
    // Found by a search over random eight-letter strings.
    const [first, second] = ['qzgqwjae', 'kjggzbvy'];
    assert.strictEqual(hashOfRange(first, 0, 8), hashOfRange(second, 0, 8));
    const table = new RangeKeyedTable<number>();
    table.add(first, 1);
    assert.strictEqual(table.get(second), undefined);
    table.add(second, 2);
    assert.deepStrictEqual([table.get(first), table.get(`(${second})`, 1, 9)], [1, 2]);
    // Extended on the left alike, they still share a hash: long keys (compared as slices) too.
    const opening = 'Ein Satz, der mit ';
    assert.strictEqual(hashOfRange(opening + first), hashOfRange(opening + second));
    table.add(opening + first, 3);
    assert.strictEqual(table.get(`(${opening}${second})`, 1, opening.length + 9), undefined);
    table.add(opening + second, 4);
    assert.deepStrictEqual([table.get(`(${opening}${first})`, 1, opening.length + 9), table.get(opening + second)], [3, 4]);
  });

  it('keeps the first value a key was added with', () => {
    const table = new RangeKeyedTable<number>();
    assert.strictEqual(table.add('x', 3), 3);
    assert.strictEqual(table.add('x', 7), 3);
    assert.strictEqual(table.size, 1);
    table.clear();
    assert.deepStrictEqual([table.size, table.get('x')], [0, undefined]);
  });

  it('answers every range as a Map of the sliced strings does, through growth', () => {
    fc.assert(fc.property(fc.array(shortOrLong, { maxLength: 200 }), fc.array(fc.tuple(shortOrLong, fc.nat(), fc.nat()), { maxLength: 50 }),
      (keys, queries) => {
        const table = new RangeKeyedTable<number>();
        const map = new Map<string, number>();
        keys.forEach((key, i) => {
          if (!map.has(key)) map.set(key, i);
          assert.strictEqual(table.add(key, i), map.get(key));
        });
        assert.strictEqual(table.size, map.size);
        for (const key of map.keys()) assert.strictEqual(table.get(`<${key}>`, 1, key.length + 1), map.get(key));
        for (const [text, a, b] of queries) {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          assert.strictEqual(table.get(text, from, to), map.get(text.slice(from, to)));
        }
      }));
  });
});
