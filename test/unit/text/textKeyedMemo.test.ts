import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextKeyedMemo } from '../../../src/core/text/textKeyedMemo';
import { adoptOfferedEntries, startSharingMemos, stopSharingMemos, takeOfferedEntries } from '../../../src/core/text/memoSharing';
import { heapAfterCollection } from './heap';

describe('text-keyed memo', () => {
  it('answers like a Map keyed by the stretch of text, through growth and clearing, also with secondSight', () => {
    const wordLists = fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 });
    fc.assert(fc.property(wordLists, fc.integer({ min: 1, max: 5000 }), fc.boolean(), (words, limit, secondSight) => {
      const memo = new TextKeyedMemo<string>(limit, { secondSight });
      const text = ` ${words.join(' ')} `;
      let at = 1;
      let computed = 0;
      for (const word of words) {
        const value = memo.get(text, at, at + word.length, key => { computed++; return `<${key}>`; });
        assert.strictEqual(value, `<${word}>`);
        at += word.length + 1;
      }
      assert.ok(computed <= words.length);
    }), { numRuns: 60 });
  });

  it('computes each key once while under its limit', () => {
    const memo = new TextKeyedMemo<number>(100_000);
    let computed = 0;
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i % 7000}`).join(' ');
    for (const match of text.matchAll(/\S+/g)) memo.get(text, match.index ?? 0, (match.index ?? 0) + match[0].length, () => ++computed);
    assert.strictEqual(computed, 7000);
  });

  it('keeps its keys, not the texts they were cut from', () => {
    const memo = new TextKeyedMemo<number>(1000);
    const before = heapAfterCollection();
    for (let i = 0; i < 40; i++) {
      // A text of a million characters, made at run time so it is not a literal the program holds.
      const text = `${i} ${'Satz. '.repeat(170_000)}`;
      memo.get(text, 0, 120, key => key.length);
    }
    const grown = (heapAfterCollection() - before) / 1024 / 1024;
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(0)} MB: the memo keeps the 40 MB of texts`);
    assert.strictEqual(memo.get(`0 ${'Satz. '.repeat(20)}`, 0, 120, () => -1), 120);
  });

  it('with secondSight, keeps a value only from the second time its key is asked about', () => {
    const memo = new TextKeyedMemo<string>(100, { secondSight: true });
    const calls: string[] = [];
    const ask = (text: string, start: number, end: number) => memo.get(text, start, end, (key, kept) => {
      calls.push(`${key}${kept ? ' kept' : ''}`);
      return key.toUpperCase();
    });
    const sentence = 'Die Stadt prüft die Pläne noch bis zum Herbst.';
    assert.strictEqual(ask(`A. ${sentence}`, 3, 3 + sentence.length), sentence.toUpperCase());
    assert.strictEqual(ask(`${sentence} B.`, 0, sentence.length), sentence.toUpperCase());
    assert.strictEqual(ask(`C. ${sentence}`, 3, 3 + sentence.length), sentence.toUpperCase());
    assert.deepStrictEqual(calls, [sentence, `${sentence} kept`]);
  });

  it('with secondSight, keeps a new key at once while most keys asked about recur, and stops when they no longer do', () => {
    const memo = new TextKeyedMemo<number>(100_000, { secondSight: true });
    const keptAtFirstSight = (key: string) => {
      let kept: boolean | undefined;
      memo.get(key, 0, key.length, (_, keep) => { kept = keep; return 0; });
      return kept;
    };
    for (let i = 0; i < 2000; i++) keptAtFirstSight(`neu ${i}`);
    assert.strictEqual(keptAtFirstSight('ein neuer Satz'), false, 'a corpus of new text keeps a key from its second sight');
    // Agency copy: every sentence comes three times.
    for (let i = 0; i < 1000; i++) for (let sight = 0; sight < 3; sight++) keptAtFirstSight(`wieder ${i}`);
    assert.strictEqual(keptAtFirstSight('noch ein neuer Satz'), true, 'recurring text keeps a key from its first sight');
    for (let i = 0; i < 2000; i++) keptAtFirstSight(`anders ${i}`);
    assert.strictEqual(keptAtFirstSight('der letzte neue Satz'), false, 'new text again: back to the second sight');
  });

  describe('shared between threads', () => {
    afterEach(stopSharingMemos);

    it('offers what a memo with a shared name keeps, and nothing it computes without keeping', () => {
      startSharingMemos();
      const memo = new TextKeyedMemo<string>(100, { secondSight: true, sharedAs: 'test offers' });
      const text = 'eins zwei eins';
      memo.get(text, 0, 4, key => `<${key}>`);
      memo.get(text, 5, 9, key => `<${key}>`);
      assert.deepStrictEqual(takeOfferedEntries(), [], 'first sights are not kept');
      memo.get(text, 10, 14, key => `<${key}>`);
      memo.remember(text, 5, 9, '<zwei>');
      assert.deepStrictEqual(takeOfferedEntries(), ['test offers', 'eins', '<eins>', 'test offers', 'zwei', '<zwei>']);
      assert.deepStrictEqual(takeOfferedEntries(), [], 'each offer is taken once');
    });

    it('recalls what another thread offered under its name without computing it, and does not offer it again', () => {
      startSharingMemos();
      const memo = new TextKeyedMemo<string>(100, { sharedAs: 'test adoption' });
      adoptOfferedEntries(['test adoption', 'Satz', 'from elsewhere', 'no such memo', 'Satz', 'dropped']);
      assert.strictEqual(memo.get('Ein Satz', 4, 8, () => 'computed'), 'from elsewhere');
      assert.deepStrictEqual(takeOfferedEntries(), []);
      adoptOfferedEntries(['test adoption', 'Satz', 'second offer']);
      assert.strictEqual(memo.get('Satz', 0, 4, () => 'computed'), 'from elsewhere', 'a kept value stays');
    });

    it('offers nothing in a thread that did not start sharing', () => {
      const memo = new TextKeyedMemo<string>(100, { sharedAs: 'test silent' });
      memo.get('Wort', 0, 4, () => 'value');
      startSharingMemos();
      assert.deepStrictEqual(takeOfferedEntries(), []);
    });
  });
});

