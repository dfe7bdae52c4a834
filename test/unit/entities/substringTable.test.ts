import * as assert from 'assert';
import * as fc from 'fast-check';
import { familyValues, visitFamilyValues, describeWord } from '../../../src/core/analysis/entities/features';
import { hashOfRange, SubstringTable } from '../../../src/core/analysis/entities/substringTable';

/** Short strings over a small alphabet, so keys collide in part and queries often hit. */
const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ß', 'X', '-', '𝔸'), maxLength: 6 });

describe('SubstringTable', () => {
  it('finds a piece of a longer string without cutting it out', () => {
    const table = new SubstringTable();
    table.add('ung', 0);
    table.add('Haus', 9);
    assert.strictEqual(table.get('Zeitung', 4, 7), 0);
    assert.strictEqual(table.get('Rathaus', 3, 7), -1, 'case matters');
    assert.strictEqual(table.get('Haus'), 9);
    assert.strictEqual(table.get('Haus', 0, 3), -1, 'a prefix of a key is not the key');
    assert.strictEqual(table.get('', 0, 0), -1);
  });

  it('tells apart two keys of the same hash', () => {
    // Found by a search over random eight-letter strings.
    const [first, second] = ['qzgqwjae', 'kjggzbvy'];
    assert.strictEqual(hashOfRange(first, 0, 8), hashOfRange(second, 0, 8));
    const table = new SubstringTable();
    table.add(first, 1);
    assert.strictEqual(table.get(second), -1);
    table.add(second, 2);
    assert.deepStrictEqual([table.get(first), table.get(`(${second})`, 1, 9)], [1, 2]);
  });

  it('keeps the first value a key was added with', () => {
    const table = new SubstringTable();
    assert.strictEqual(table.add('x', 3), 3);
    assert.strictEqual(table.add('x', 7), 3);
    assert.strictEqual(table.size, 1);
    assert.throws(() => table.add('y', -1), RangeError);
  });

  it('answers every range as a Map of the sliced strings does, through growth', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), fc.array(fc.tuple(piece, fc.nat(), fc.nat()), { maxLength: 50 }),
      (keys, queries) => {
        const table = new SubstringTable();
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
          assert.strictEqual(table.get(text, from, to), map.get(text.slice(from, to)) ?? -1);
        }
      }));
  });
});

describe('family values as ranges', () => {
  it('are the values familyValues lists', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'ß', 'İ', '-', 's', '1'), maxLength: 9 }), word => {
      const info = { ...describeWord(word), noun: word.length % 2 ? 'head' : '', clusters: word.length % 3 ? ['1', '10'] : [] };
      const ranges: [string, string][] = [];
      visitFamilyValues(info, (family, text, from, to) => ranges.push([family, text.slice(from, to)]));
      const expected: [string, string][] = [
        ['l', info.lower], ['sh', info.shape], ['s3', info.lower.slice(-3)], ['w', word], ['s2', info.lower.slice(-2)],
        ['s4', info.lower.slice(-4)], ['p3', info.lower.slice(0, 3)], ['s5', info.lower.slice(-5)], ['p4', info.lower.slice(0, 4)],
      ];
      if (info.noun) expected.push(['N', info.noun], ['N|sh', `${info.noun}|${info.shape}`]);
      for (const c of info.clusters) expected.push(['c', c]);
      if (info.clusters.length) expected.push(['c0', info.clusters[0]]);
      const hyphen = word.lastIndexOf('-');
      if (hyphen > 0 && hyphen < word.length - 1) expected.push(['hl', info.lower.slice(hyphen + 1)], ['hf', word.slice(0, word.indexOf('-'))]);
      if (word.length > 3 && word.endsWith('s')) expected.push(['gen', word.slice(0, -1)]);
      assert.deepStrictEqual(ranges, expected);
      assert.deepStrictEqual(familyValues(info), expected);
    }));
  });
});
