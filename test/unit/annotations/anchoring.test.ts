import * as assert from 'assert';
import * as fc from 'fast-check';
import { anchor, applyTextEdit, shiftForEdit, type AnchorResult, type Selectors } from '../../../src/core/annotations/anchoring';
import { distancesEndingAt, distancesEndingAtNaive, distancesStartingAt } from '../../../src/core/annotations/approxMatch';
import { quoteAt, type Span } from '../../../src/core/annotations/model';
import { article, articleWithoutRepeatedPassages, editFor, editSeeds, editSeedsWithoutCopies, placesAfterEdit, spanSeeds, spansFor, WORDS } from './anchoringArbitraries';

function selectorsAt(text: string, span: Span): Selectors {
  return { quote: quoteAt(text, span), position: { ...span } };
}

type Outcome = 'exact' | 'identical-copy' | 'orphan' | 'other-occurrence' | 'wrong-text';

/**
 * Judges a re-anchoring against the truth (the places the annotated characters may have moved to,
 * none when an edit changed them; see placesAfterEdit). Landing elsewhere counts as `identical-copy` when the text there
 * reproduces the stored quote AND its full stored context (no selector-based method can tell such
 * a copy from the original), as `other-occurrence` when only the quote is the same (possible only
 * when passages repeat and the original place was edited), and as `wrong-text` otherwise.
 */
function judge(text: string, selectors: Selectors, truths: readonly Span[], result: AnchorResult): Outcome {
  if (result.status === 'orphan') return 'orphan';
  if (truths.some(truth => result.start === truth.start && result.end === truth.end)) return 'exact';
  const { exact, prefix, suffix } = selectors.quote;
  const copy = text.slice(result.start, result.end) === exact
    && text.slice(Math.max(0, result.start - prefix.length), result.start) === prefix
    && text.slice(result.end, result.end + suffix.length) === suffix;
  if (copy) return 'identical-copy';
  return text.slice(result.start, result.end) === exact ? 'other-occurrence' : 'wrong-text';
}

describe('anchoring', () => {
  describe('approximate matching (Myers)', () => {
    it('agrees with the plain dynamic programme', () => {
      const short = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', '\n'), maxLength: 32 });
      fc.assert(fc.property(short, fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', '\n'), maxLength: 80 }), (pattern, text) => {
        assert.deepStrictEqual(Array.from(distancesEndingAt(pattern, text)), Array.from(distancesEndingAtNaive(pattern, text)));
      }), { numRuns: 300 });
    });

    it('measures how well a suffix fits from each position', () => {
      const fit = distancesStartingAt('abc', 'xxabcxx');
      assert.strictEqual(fit[2], 0);
      assert.strictEqual(fit[3], 1);
      assert.strictEqual(fit[7], 3);
    });
  });

  describe('anchor', () => {
    const text = 'Maria Schmidt sagte am Montag in Berlin, dass Berlin mehr Geld braucht.';
    const second = { start: text.lastIndexOf('Berlin'), end: text.lastIndexOf('Berlin') + 6 };

    it('keeps the stored position when the text is unchanged', () => {
      const result = anchor(text, selectorsAt(text, second));
      assert.deepStrictEqual(result, { status: 'anchored', ...second, method: 'position', contextErrors: 0 });
    });

    it('follows the quote when text is inserted before it', () => {
      const edited = 'Heute: ' + text;
      const result = anchor(edited, selectorsAt(text, second));
      assert.strictEqual(result.status, 'anchored');
      assert.strictEqual(result.status === 'anchored' && result.start, second.start + 7);
    });

    it('tells two occurrences apart by their context when the position no longer fits', () => {
      const edited = text.replace('am Montag', 'am Dienstag');
      const result = anchor(edited, selectorsAt(text, second));
      assert.ok(result.status === 'anchored');
      assert.strictEqual(result.start, edited.lastIndexOf('Berlin'));
    });

    it('orphans an annotation whose words were edited instead of jumping to another occurrence', () => {
      const edited = text.slice(0, second.start) + 'Hamburg' + text.slice(second.end);
      const withCopy = edited + ' Berlin';
      assert.strictEqual(anchor(edited, selectorsAt(text, second)).status, 'orphan');
      assert.strictEqual(anchor(withCopy, selectorsAt(text, second)).status, 'orphan');
    });

    it('orphans when occurrences cannot be told apart', () => {
      const repeated = 'ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja ja';
      const selectors = selectorsAt(repeated, { start: 30, end: 32 });
      assert.deepStrictEqual(anchor('nein ' + repeated, selectors), { status: 'orphan', reason: 'ambiguous' });
    });

    it('never lands on text that differs from the quote', () => {
      const result = anchor('Maria Schmid sagte', selectorsAt('Maria Schmidt sagte', { start: 6, end: 13 }));
      assert.deepStrictEqual(result, { status: 'orphan', reason: 'quote-not-found' });
    });
  });

  describe('anchor, in an updated article (sentences added or rewritten around the annotation)', () => {
    const article = 'Die Stadt Tarnfeld plant eine neue Brücke über die Varnik. Bürgermeisterin Erika Muster sagte am Montag, '
      + 'der Bau solle im Frühjahr beginnen. Die Kosten liegen bei 30 Millionen Euro. Muster rechnet mit Zuschüssen.';
    const claim = 'der Bau solle im Frühjahr beginnen.';
    const sentence = 'Bürgermeisterin Erika Muster sagte am Montag, ' + claim;
    const name = 'Erika Muster';
    const spanOf = (quote: string) => ({ start: article.indexOf(quote), end: article.indexOf(quote) + quote.length });
    const landsOn = (edited: string, quote: string) => {
      const result = anchor(edited, selectorsAt(article, spanOf(quote)));
      assert.strictEqual(result.status, 'anchored', `${JSON.stringify(quote)}: ${JSON.stringify(result)}`);
      assert.strictEqual(result.start, edited.indexOf(quote));
    };
    const before = article.replace('Varnik. ', 'Varnik. Der Stadtrat hatte lange über die Pläne gestritten. ');
    const after = article.replace('beginnen. ', 'beginnen. Gegner kündigten Widerstand an. ');

    it('finds a quoted sentence after a sentence was inserted right before it', () => landsOn(before, sentence));
    it('finds a quoted sentence after a sentence was inserted right after it', () => landsOn(after, sentence));
    it('finds a quoted sentence whose neighbours were both changed, when it is long and occurs once', () => {
      landsOn(before.replace('beginnen. ', 'beginnen. Gegner kündigten Widerstand an. '), sentence);
    });
    it('finds a name that occurs once when the clause before it was rewritten', () => {
      landsOn(article.replace('Die Stadt Tarnfeld plant eine neue Brücke über die Varnik. Bürgermeisterin', 'Tarnfeld will über die Varnik eine zweite Brücke bauen. Die Rathauschefin'), 'Erika Muster sagte');
    });
    it('finds the quote of a claim whose clause was rewritten in front of it', () => {
      landsOn(article.replace('Bürgermeisterin Erika Muster sagte am Montag, ', 'Wie die Rathauschefin am Montag ankündigte, '), claim);
    });

    it('still orphans a quote of a few letters whose context changed on one side, though it occurs once', () => {
      const company = 'Die Firma Vento liefert die Stahlträger aus ihrem Werk.';
      const vento = { start: company.indexOf('Vento'), end: company.indexOf('Vento') + 5 };
      const edited = company.replace('Die Firma Vento', 'Den Zuschlag bekam überraschend Vento');
      assert.strictEqual(edited.indexOf('Vento'), edited.lastIndexOf('Vento'));
      assert.deepStrictEqual(anchor(edited, selectorsAt(company, vento)), { status: 'orphan', reason: 'context-changed' });
    });
    it('still orphans a short quote whose context changed on both sides', () => {
      const edited = before.replace(' sagte am Montag, der Bau', ' kündigte an, die Arbeiten');
      assert.deepStrictEqual(anchor(edited, selectorsAt(article, spanOf(name))), { status: 'orphan', reason: 'context-changed' });
    });
    it('still orphans a name edited in place rather than moving it to another mention that keeps one side of its context', () => {
      const edited = article.replace('Bürgermeisterin Erika Muster', 'Bürgermeisterin E. Muster')
        .replace('Muster rechnet', 'Laut Erika Muster sagte am Montag, der Bau solle bald beginnen');
      assert.strictEqual(anchor(edited, selectorsAt(article, spanOf(name))).status, 'orphan');
    });
    it('still orphans a name with a changed side when it occurs more than once (its own mention may be the one deleted)', () => {
      const mentioned = 'Tarnfeld baut eine Brücke. Erika Muster sagte am Montag, der Bau beginne bald. Die Kosten steigen. '
        + 'Später hieß es, Erika Muster sagte am Montag, der Bau beginne bald. Erika Muster ist seit 2019 im Amt.';
      const first = { start: mentioned.indexOf(name), end: mentioned.indexOf(name) + name.length };
      const edited = mentioned.replace('Erika Muster sagte am Montag, der Bau beginne bald. Die', 'Die Opposition protestierte. Die');
      assert.deepStrictEqual(anchor(edited, selectorsAt(mentioned, first)), { status: 'orphan', reason: 'context-changed' });
    });
    it('still orphans a name whose only mention left keeps a side of the context that also stands where the annotated one was', () => {
      const repeated = 'Die Brücke über die Varnik wird teurer. Erika Muster sagte am Montag, der Bau beginne bald. Im Rathaus. '
        + 'Laut Erika Muster sagte am Montag, der Bau beginne bald. Dann schwieg sie. Erika Muster sagte am Montag, es gebe Streit.';
      const first = { start: repeated.indexOf(name), end: repeated.indexOf(name) + name.length };
      const rewrittenBefore = repeated.replace('wird teurer. Erika Muster sagte', 'wird teurer. Die Stadträtin sagte')
        .replace('Dann schwieg sie. Erika Muster', 'Dann schwieg sie. Sie');
      assert.deepStrictEqual(anchor(rewrittenBefore, selectorsAt(repeated, first)), { status: 'orphan', reason: 'ambiguous' });
      const sameBefore = 'Im Rathaus sagte die Bürgermeisterin Erika Muster, der Bau beginne bald. '
        + 'Später, im Rathaus sagte die Bürgermeisterin Erika Muster, es gebe Streit.';
      const rewrittenAfter = sameBefore.replace('Erika Muster, der Bau beginne bald.', 'Kolb, und schwieg lange dazu.');
      const firstOfTwo = { start: sameBefore.indexOf(name), end: sameBefore.indexOf(name) + name.length };
      assert.deepStrictEqual(anchor(rewrittenAfter, selectorsAt(sameBefore, firstOfTwo)), { status: 'orphan', reason: 'ambiguous' });
    });
    it('still orphans a sentence-long quote that occurs twice when neither copy keeps its context', () => {
      const twice = `${sentence} Zuvor hieß es: ${sentence}`;
      const edited = before.replace(sentence, `Am Abend. ${twice} Gegner kündigten Widerstand an.`);
      assert.strictEqual(anchor(edited, selectorsAt(article, spanOf(sentence))).status, 'orphan');
    });
  });

  describe('shiftForEdit', () => {
    const selectors = selectorsAt('abc Maria def', { start: 4, end: 9 });

    it('moves an annotation by the length change of an edit before it', () => {
      assert.deepStrictEqual(shiftForEdit(selectors, { start: 0, end: 3, newText: 'ABCDE' })?.position, { start: 6, end: 11 });
    });

    it('does not widen the annotation when typing right at its edges', () => {
      assert.deepStrictEqual(shiftForEdit(selectors, { start: 4, end: 4, newText: 'X' })?.position, { start: 5, end: 10 });
      assert.deepStrictEqual(shiftForEdit(selectors, { start: 9, end: 9, newText: 'X' })?.position, { start: 4, end: 9 });
    });

    it('orphans the annotation when its own text is edited', () => {
      assert.strictEqual(shiftForEdit(selectors, { start: 5, end: 5, newText: 'X' }), null);
      assert.strictEqual(shiftForEdit(selectors, { start: 2, end: 6, newText: '' }), null);
    });

    it('keeps the quote on the annotated text through random edits (property)', () => {
      fc.assert(fc.property(article, spanSeeds, editSeeds, (text, seeds, edits) => {
        for (const span of spansFor(text, seeds)) {
          let current = text;
          let selectors: Selectors | null = selectorsAt(text, span);
          for (const seed of edits) {
            const edit = editFor(current, seed);
            current = applyTextEdit(current, edit);
            selectors = selectors && shiftForEdit(selectors, edit);
          }
          if (selectors) assert.strictEqual(current.slice(selectors.position.start, selectors.position.end), selectors.quote.exact);
        }
      }), { numRuns: 300 });
    });
  });

  describe('re-anchoring after random edits (property)', () => {
    type Tally = Record<Outcome, number> & { survived: number; survivedOrphaned: number };
    const emptyTally = (): Tally => ({ exact: 0, 'identical-copy': 0, orphan: 0, 'other-occurrence': 0, 'wrong-text': 0, survived: 0, survivedOrphaned: 0 });
    const tallies = new Map<string, Tally>();

    after(() => {
      for (const [name, t] of tallies) {
        const total = t.exact + t['identical-copy'] + t.orphan + t['other-occurrence'] + t['wrong-text'];
        const pct = (n: number, of = total) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
        console.log(`      anchoring, ${name}: ${total} annotations; re-anchored on their own text ${pct(t.exact)}, ` +
          `on an identical copy ${pct(t['identical-copy'])}, on another occurrence of the quote ${pct(t['other-occurrence'])}, ` +
          `orphaned ${pct(t.orphan)} (${pct(t.survivedOrphaned, t.survived)} of those whose text survived), on other text ${t['wrong-text']}`);
      }
    });

    it('judges by the characters an edit changes (the truth the properties compare with)', () => {
      const text = 'Maria Schmidt sagt all das.';
      const name = { start: 6, end: 13 };
      // Replacing "Schmidt sagt" by "Schmidt meint" re-types the annotated name.
      assert.deepStrictEqual(placesAfterEdit(text, name, { start: 6, end: 18, newText: 'Schmidt meint' }), [name]);
      assert.deepStrictEqual(placesAfterEdit(text, name, { start: 6, end: 18, newText: 'Schmid meint' }), []);
      // Replacing it by "Herr Schmidt meint" takes the name away and types it again further on.
      assert.deepStrictEqual(placesAfterEdit(text, name, { start: 6, end: 18, newText: 'Herr Schmidt meint' }), [{ start: 11, end: 18 }]);
      // An "l" inserted into "all" at 20, 21 or 22 gives the same text; a span on "al" survives the one at 21.
      assert.deepStrictEqual(placesAfterEdit(text, { start: 19, end: 21 }, { start: 20, end: 20, newText: 'l' }), [{ start: 19, end: 21 }]);
      assert.deepStrictEqual(placesAfterEdit(text, name, { start: 9, end: 9, newText: '' }), [name]);
      assert.deepStrictEqual(placesAfterEdit(text, name, { start: 0, end: 6, newText: '' }), [{ start: 0, end: 7 }]);
    });

    function check(name: string, articles: fc.Arbitrary<string>, edits: typeof editSeeds, allowOtherOccurrence: boolean) {
      const tally = emptyTally();
      tallies.set(name, tally);
      fc.assert(fc.property(articles, spanSeeds, edits, (text, seeds, editList) => {
        const spans = spansFor(text, seeds);
        let current = text;
        let truths: Span[][] = spans.map(span => [{ ...span }]);
        for (const seed of editList) {
          const edit = editFor(current, seed);
          truths = truths.map(places => places.flatMap(place => placesAfterEdit(current, place, edit)));
          current = applyTextEdit(current, edit);
        }
        spans.forEach((span, i) => {
          const selectors = selectorsAt(text, span);
          const result = anchor(current, selectors);
          const outcome = judge(current, selectors, truths[i], result);
          tally[outcome]++;
          if (truths[i].length > 0) tally.survived++;
          if (truths[i].length > 0 && outcome === 'orphan') tally.survivedOrphaned++;
          const where = `${JSON.stringify(result)} for ${JSON.stringify(selectors)} (truths ${JSON.stringify(truths[i])}) in ${JSON.stringify(current)}`;
          assert.notStrictEqual(outcome, 'wrong-text', `landed on other text: ${where}`);
          if (!allowOtherOccurrence) assert.notStrictEqual(outcome, 'other-occurrence', `landed on another occurrence: ${where}`);
        });
      // Seeded: the truth judges each edit alone and misses text that two edits retype together: one types
      // "Schmidt" before the annotated "schmidt", a later one deletes "schm" of the old; or one splits the
      // annotated text, a later one makes it again. Anchoring rightly lands there; with those, about 1 in 2
      // million annotations land on "another occurrence" (random seeds, 2026-11-25), which must not make CI flaky.
      }), { numRuns: 1500, seed: allowOtherOccurrence ? undefined : 20240601 });
    }

    it('lands every annotation on its own text or orphans it, when no passage repeats (edits insert, delete, replace)', () => {
      check('no repeated passages', articleWithoutRepeatedPassages, editSeedsWithoutCopies, false);
    });

    it('never lands on text other than the quote, even with repeated passages, pasted copies and a tiny vocabulary', () => {
      check('repeated passages and pasted copies, tiny vocabulary', article, editSeeds, true);
    });
  });

  it('uses the vocabulary with astral and combining characters (guard for the generator)', () => {
    assert.ok(WORDS.some(w => /\p{M}/u.test(w)) && WORDS.some(w => /[\u{10000}-\u{10FFFF}]/u.test(w)) && WORDS.includes('\r\n'));
  });
});
