import * as assert from 'assert';
import * as fc from 'fast-check';
import { ABSENT, SpanKeyedTable } from '../../../src/core/text/spanKeyedTable';
import { hashOfRange } from '../../../src/core/text/stringHash';

/** Short strings over a small alphabet, so keys collide in part and queries often hit. */
const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'X', '-', '𝔸'), maxLength: 6 });

describe('SpanKeyedTable', () => {
  it('files stretches of its source and finds them in other strings', () => {
    const table = new SpanKeyedTable('Zeitung|Haus');
    assert.strictEqual(table.add(4, 7, 0), 0);
    assert.strictEqual(table.add(8, 12, 9), 9);
    assert.strictEqual(table.get('Rechnung', 5, 8), 0);
    assert.strictEqual(table.get('Haus'), 9);
    assert.strictEqual(table.get('Rathaus', 3, 7), ABSENT, 'case matters');
    assert.strictEqual(table.get('Haus', 0, 3), ABSENT, 'a prefix of a key is not the key');
    assert.strictEqual(table.add(8, 12, 5), 9, 'a key keeps its first value');
    assert.strictEqual(table.size, 2);
  });

  it('tells apart two keys of the same hash', () => {
    const [first, second] = ['qzgqwjae', 'kjggzbvy'];
    assert.strictEqual(hashOfRange(first), hashOfRange(second));
    const table = new SpanKeyedTable(`${first}|${second}`);
    table.add(0, 8, 1);
    assert.strictEqual(table.get(second), ABSENT);
    table.add(9, 17, 2);
    assert.deepStrictEqual([table.get(`(${first})`, 1, 9), table.get(second)], [1, 2]);
  });

  it('answers every range as a Map of the sliced keys does, through growth', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 300 }), fc.array(fc.tuple(piece, fc.nat(), fc.nat()), { maxLength: 50 }),
      (keys, queries) => {
        const source = keys.join('|');
        const table = new SpanKeyedTable(source);
        const map = new Map<string, number>();
        let start = 0;
        keys.forEach((key, i) => {
          if (!map.has(key)) map.set(key, i);
          assert.strictEqual(table.add(start, start + key.length, i), map.get(key));
          start += key.length + 1;
        });
        assert.strictEqual(table.size, map.size);
        for (const [key, value] of map) assert.strictEqual(table.get(`<${key}>`, 1, key.length + 1), value, key);
        for (const [text, a, b] of queries) {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          assert.strictEqual(table.get(text, from, to), map.get(text.slice(from, to)) ?? ABSENT);
        }
      }));
  });
});
