import * as assert from 'assert';
import * as fc from 'fast-check';
import { ListedWords } from '../../../src/core/analysis/entities/listedWords';
import { layOutTable } from '../../../src/core/text/laidOutTable';

const word = fc.string({ unit: fc.constantFrom('a', 'ä', 'K', 'e', 'ß', '-'), maxLength: 4 });

describe('ListedWords', () => {
  it('answers each list as a Set of its words does, asked once or again, for any lists', () => {
    fc.assert(fc.property(fc.array(fc.uniqueArray(word, { maxLength: 40 }), { minLength: 1, maxLength: 4 }), fc.array(word, { maxLength: 60 }),
      (lists, asked) => {
        const listed = new ListedWords(lists.map(words => layOutTable(words).layout));
        const views = lists.map((_, i) => listed.list(i));
        views.forEach((view, i) => assert.strictEqual(view.size, lists[i].length));
        for (const w of [...asked, ...asked, ...lists.flat()]) {
          views.forEach((view, i) => assert.strictEqual(view.has(w), lists[i].includes(w), `${JSON.stringify(w)} in list ${i}`));
        }
      }));
  });

  it('keeps apart a word listed in one list from the same word in another case or list', () => {
    const listed = new ListedWords([layOutTable(['Erika', 'Kestrel']).layout, layOutTable(['Kestrel', 'Muster']).layout]);
    const [given, surnames] = [listed.list(0), listed.list(1)];
    assert.deepStrictEqual(['Erika', 'Kestrel', 'Muster', 'erika'].map(w => [given.has(w), surnames.has(w)]),
      [[true, false], [true, true], [false, true], [false, false]]);
  });
});
