import * as assert from 'assert';
import * as fc from 'fast-check';
import { describeWord, familyValues, visitFamilyValues } from '../../../src/core/analysis/entities/features';

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
