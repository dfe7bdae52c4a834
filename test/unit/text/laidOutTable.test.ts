import * as assert from 'assert';
import * as fc from 'fast-check';
import { ABSENT, LaidOutTable, layOutTable } from '../../../src/core/text/laidOutTable';
import { keyHash } from '../../../src/core/text/rangeKeyedTable';
import { hashOfRange } from '../../../src/core/text/stringHash';

/** Short strings over a small alphabet, so keys collide in part and queries often hit. */
const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'X', '-', '𝔸'), maxLength: 6 });

function tableOf(keys: readonly string[]): LaidOutTable {
  return new LaidOutTable(layOutTable(keys).layout);
}

/** The key of each rank: the lines of the table's text. */
function keysByRank(keys: readonly string[]): string[] {
  const { text } = layOutTable(keys).layout;
  return keys.length === 0 ? [] : text.split('\n');
}

describe('LaidOutTable', () => {
  it('reads back the keys it was laid out with and finds them in other strings', () => {
    const { layout, order } = layOutTable(['Zeitung', 'Haus', 'ung']);
    const table = new LaidOutTable(layout);
    assert.strictEqual(table.size, 3);
    assert.deepStrictEqual([...order].sort(), [0, 1, 2]);
    const byRank = keysByRank(['Zeitung', 'Haus', 'ung']);
    assert.deepStrictEqual(byRank, order.map(index => ['Zeitung', 'Haus', 'ung'][index]));
    assert.strictEqual(byRank[table.rankOf('Rechnung', 5, 8)], 'ung');
    assert.strictEqual(byRank[table.rankOf('Haus')], 'Haus');
    assert.strictEqual(table.rankOf('Rathaus', 3, 7), ABSENT, 'case matters');
    assert.strictEqual(table.rankOf('Haus', 0, 3), ABSENT, 'a prefix of a key is not the key');
    assert.strictEqual(byRank[table.rankOf('Zeitung')], 'Zeitung');
    assert.strictEqual(tableOf([]).rankOf('Haus'), ABSENT);
  });

  it('tells apart two keys of the same hash', () => {
    const [first, second] = ['qzgqwjae', 'kjggzbvy'];
    assert.strictEqual(hashOfRange(first), hashOfRange(second));
    assert.strictEqual(tableOf([first]).rankOf(second), ABSENT);
    const table = tableOf([first, second]);
    const byRank = keysByRank([first, second]);
    assert.deepStrictEqual([byRank[table.rankOf(`(${first})`, 1, 9)], byRank[table.rankOf(second)]], [first, second]);
  });

  it('answers every range as a Set of the keys does, for any keys', () => {
    fc.assert(fc.property(fc.uniqueArray(piece, { maxLength: 300 }), fc.array(fc.tuple(piece, fc.nat(), fc.nat()), { maxLength: 50 }),
      (keys, queries) => {
        const table = tableOf(keys);
        assert.strictEqual(table.size, keys.length);
        const ranks = keys.map(key => table.rankOf(`<${key}>`, 1, key.length + 1));
        assert.deepStrictEqual([...ranks].sort((a, b) => a - b), keys.map((_, rank) => rank), 'each key has a rank of its own');
        const byRank = keysByRank(keys);
        ranks.forEach((rank, i) => assert.strictEqual(byRank[rank], keys[i]));
        const set = new Set(keys);
        for (const [text, a, b] of queries) {
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          assert.strictEqual(table.rankOf(text, from, to) !== ABSENT, set.has(text.slice(from, to)));
        }
      }));
  });

  it('finds a key given as a first character and a range of another string, as a Set finds it joined', () => {
    const table = tableOf(['Höhle', 'Haus', 'H']);
    const joinedHash = (first: string, text: string, from: number, to: number) => keyHash(first + text.slice(from, to));
    assert.ok(table.holdsJoined(0x48, 'Trollhöhle', 6, 10, joinedHash('H', 'Trollhöhle', 6, 10)), 'H + öhle');
    assert.ok(table.holdsJoined(0x48, 'x', 1, 1, joinedHash('H', 'x', 1, 1)), 'H + nothing');
    assert.ok(!table.holdsJoined(0x68, 'Trollhöhle', 6, 10, joinedHash('h', 'Trollhöhle', 6, 10)), 'h + öhle: case matters');
    assert.ok(!table.holdsJoined(0x48, 'Trollhöhle', 6, 9, joinedHash('H', 'Trollhöhle', 6, 9)), 'H + öhl: a prefix of a key');
    fc.assert(fc.property(fc.uniqueArray(piece, { maxLength: 300 }), fc.array(fc.tuple(piece, fc.nat(), fc.nat()), { maxLength: 50 }),
      (keys, queries) => {
        const table = tableOf(keys);
        const set = new Set(keys);
        const asked = queries.flatMap(([text, a, b]) => {
          if (text === '') return [];
          const from = 1 + (a % text.length);
          const to = from + (b % (text.length - from + 1));
          return [[text, from, to] as const];
        });
        for (const key of keys.filter(k => k.length > 0)) asked.push([`${key}!`, 1, key.length]);
        for (const [text, from, to] of asked) {
          const first = text.charCodeAt(0);
          const hash = joinedHash(text.charAt(0), text, from, to);
          assert.strictEqual(table.holdsJoined(first, text, from, to, hash), set.has(text.charAt(0) + text.slice(from, to)));
        }
      }));
  });

  it('keeps a value per key, its rank until it is given one', () => {
    const keys = ['Zeitung', 'Haus', 'ung'];
    const table = tableOf(keys);
    assert.deepStrictEqual(keys.map(key => table.valueOf(key)), keys.map(key => table.rankOf(key)));
    table.setValues(keys.map((_, rank) => 1000 + rank));
    assert.deepStrictEqual(keys.map(key => table.valueOf(key) - 1000), keys.map(key => table.rankOf(key)));
    assert.strictEqual(table.valueOf('Rechnung', 5, 8), 1000 + table.rankOf('ung'));
    assert.strictEqual(table.valueOf('Rathaus', 3, 7), ABSENT);
    assert.strictEqual(table.valueOf('Rathaus', 3, 7, -7), -7);
    assert.throws(() => table.setValues([1, 2]), /2 values for a table of 3 keys/);
  });

  it('counts a run of 255 or more empty slots over several bytes', () => {
    let key = '';
    for (let i = 0; (keyHash(key) & 511) !== 300; i++) key = `k${i}`;
    const table = new LaidOutTable({ text: key, gaps: Uint8Array.of(255, 45), slotCount: 512 });
    assert.strictEqual(table.size, 1);
    assert.strictEqual(table.rankOf(key), 0, 'found in slot 300, its home');
    const early = new LaidOutTable({ text: key, gaps: Uint8Array.of(45), slotCount: 512 });
    assert.strictEqual(early.rankOf(key), ABSENT, 'in slot 45 it is not where a lookup looks');
  });

  it('refuses keys it cannot lay out and layouts that do not add up', () => {
    assert.throws(() => layOutTable(['a\nb']), /line break/);
    assert.throws(() => layOutTable(['a', 'a']), /twice/);
    const { layout } = layOutTable(['a', 'b']);
    assert.throws(() => new LaidOutTable({ ...layout, slotCount: 15 }), /power of two/);
    assert.throws(() => new LaidOutTable({ ...layout, text: 'a' }), /fewer lines/);
    assert.throws(() => new LaidOutTable({ ...layout, text: 'a\nb\nc' }), /more lines/);
    assert.throws(() => new LaidOutTable({ ...layout, gaps: Uint8Array.of(255, 255, 0, 0) }), /past its slots/);
  });
});
