// Finds an annotation's text again after the article changed.
//
// THE RULE (an annotation may be orphaned, it must never attach to the wrong text):
//   1. An annotation only ever lands on text that is EXACTLY its stored `exact` quote.
//      Fuzziness is allowed in the context (prefix/suffix) only, never in the quote itself.
//   2. Position first: if the quote is still at the stored position and the 32 units of
//      context on both sides are unchanged, that is the place (the sidecar is in sync).
//   3. Otherwise every occurrence of the quote is a candidate. Each is scored by the edit
//      distance of the stored prefix against the text ending there plus the stored suffix
//      against the text starting after it (Myers bit-parallel matching, see approxMatch.ts —
//      the "approximate prefix+quote+suffix" step of the Hypothesis approach, with the quote
//      part held exact). The best candidate wins only if
//        - its context holds: its context errors are at most a quarter of the context length,
//          and on each side at most a quarter of that side's length, and the side that fits
//          better has at most an eighth of its length in errors (after a single edit one side
//          is always intact);
//          or the quote stands alone: it occurs once in the text, and either it is at least
//          8 units long and one side of its context is intact, or it is at least as long as a
//          side (32 units). An updated article adds or rewrites whole sentences: one inserted
//          right before an annotated claim replaces all of its prefix, yet the claim is still
//          there, once;
//        - the runner-up is worse by a clear margin (else: ambiguous → orphan),
//        - no side of the context that counts as evidence fits (almost) as well anywhere else —
//          an intact side is strong evidence only if it points to one place (repeated passages:
//          ambiguous → orphan); when the quote stands alone, only its intact sides count, and
//        - the quote was not edited in place: if somewhere the stored prefix and suffix
//          frame some OTHER text better than they frame the winner (and, against a winner
//          whose context does not hold, within an eighth of the context's length), the
//          annotated words were changed there and the winner is merely a look-alike → orphan.
//   4. Otherwise the annotation is an orphan; its selectors are kept so an undo can bring it back.
//   A prefix (suffix) shorter than 32 units means the quote stood near the start (end) of the
//   article; a side shorter than 8 units (EVIDENCE_LENGTH) does not count as an intact side on its own.
//
// Offsets are UTF-16 code units.
import { distancesEndingAt, distancesStartingAt } from './approxMatch';
import { QUOTE_CONTEXT_LENGTH, type Span, type TextQuote } from './model';

export type OrphanReason = 'invalid-selector' | 'quote-not-found' | 'quote-edited' | 'ambiguous' | 'context-changed';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'context'; contextErrors: number }
  | { status: 'orphan'; reason: OrphanReason };

export interface Selectors {
  quote: TextQuote;
  position: Span;
}

/** A change of the article: the UTF-16 range [start, end) of the old text replaced by `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Where an annotation with these selectors belongs in `text`, or why it has no place there. */
export function anchor(text: string, selectors: Selectors): AnchorResult {
  const { exact } = selectors.quote;
  if (!exact) return { status: 'orphan', reason: 'invalid-selector' };
  if (isInSyncAt(text, selectors)) {
    return { status: 'anchored', start: selectors.position.start, end: selectors.position.end, method: 'position', contextErrors: 0 };
  }
  const candidates = occurrences(text, exact);
  if (candidates.length === 0) return { status: 'orphan', reason: 'quote-not-found' };
  return chooseCandidate(text, selectors.quote, candidates);
}

/**
 * Moves selectors through one edit without looking at the text (used while typing).
 * Returns null when the edit touches the annotated text itself: the quote no longer holds,
 * so the annotation becomes an orphan. Edits that only touch its boundaries (typing right
 * before or after it) leave the annotation as it is, not widened.
 */
export function shiftForEdit<T extends Selectors>(selectors: T, edit: TextEdit): T | null {
  const position = shiftSpan(selectors.position, edit);
  return position ? { ...selectors, position } : null;
}

export function shiftSpan(span: Span, edit: TextEdit): Span | null {
  const delta = edit.newText.length - (edit.end - edit.start);
  if (edit.end <= span.start && !(edit.start === edit.end && edit.start === span.start && span.start === span.end)) {
    return { start: span.start + delta, end: span.end + delta };
  }
  if (edit.start >= span.end) return { start: span.start, end: span.end };
  return null;
}

/** Applies an edit to a text (a helper for callers and tests that track both). */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function isInSyncAt(text: string, { quote, position }: Selectors): boolean {
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end - start !== quote.exact.length) return false;
  const prefixFits = quote.prefix.length < QUOTE_CONTEXT_LENGTH ? start === quote.prefix.length : true;
  const suffixFits = quote.suffix.length < QUOTE_CONTEXT_LENGTH ? text.length - end === quote.suffix.length : true;
  return prefixFits && suffixFits && text.startsWith(quote.exact, start)
    && text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix
    && text.slice(end, end + quote.suffix.length) === quote.suffix;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/**
 * Fewer units than this are too little evidence alone: a side of the context (the quote stood near the start or
 * end of the article), or a quote that occurs once (two letters occur once by chance as easily as by identity).
 */
const EVIDENCE_LENGTH = 8;

interface Scored {
  start: number;
  prefixErrors: number;
  suffixErrors: number;
  errors: number;
}

function chooseCandidate(text: string, quote: TextQuote, candidates: number[]): AnchorResult {
  const length = quote.exact.length;
  const contextLength = quote.prefix.length + quote.suffix.length;
  if (contextLength === 0) {
    // The quote was the whole article: it still is, or it is gone.
    return text === quote.exact ? anchored(0, length, 0) : { status: 'orphan', reason: 'context-changed' };
  }
  const cap = Math.floor(contextLength / 4);
  const prefixFit = distancesEndingAt(quote.prefix, text);
  const suffixFit = distancesStartingAt(quote.suffix, text);
  const scored: Scored[] = candidates.map(start => {
    const prefixErrors = prefixFit[start];
    const suffixErrors = suffixFit[start + length];
    return { start, prefixErrors, suffixErrors, errors: prefixErrors + suffixErrors };
  });
  scored.sort((a, b) => a.errors - b.errors || a.start - b.start);
  const [best, runnerUp] = scored;
  const contextHolds = best.errors <= cap && hasIntactSide(best, quote) && weakerSideAgrees(best, quote);
  const quoteStandsAlone = !contextHolds && candidates.length === 1
    && ((length >= EVIDENCE_LENGTH && hasIntactSide(best, quote)) || length >= QUOTE_CONTEXT_LENGTH);
  if (!contextHolds && !quoteStandsAlone) {
    return { status: 'orphan', reason: 'context-changed' };
  }
  if (runnerUp && runnerUp.errors - best.errors < Math.max(2, Math.ceil(contextLength / 8))) {
    return { status: 'orphan', reason: 'ambiguous' };
  }
  // A side counts as evidence only where it holds at the winner: when the quote stands alone, the side that
  // changed was mostly rewritten or pushed away (a sentence inserted before the quote leaves the old prefix
  // intact further up), and its fitting elsewhere says nothing about which occurrence is meant.
  const prefixIsEvidence = contextHolds || sideIsIntact(quote.prefix.length, best.prefixErrors);
  const suffixIsEvidence = contextHolds || sideIsIntact(quote.suffix.length, best.suffixErrors);
  if ((prefixIsEvidence && fitsElsewhereAsWell(prefixFit, best.start, best.prefixErrors, quote.prefix.length))
      || (suffixIsEvidence && fitsElsewhereAsWell(suffixFit, best.start + length, best.suffixErrors, quote.suffix.length))) {
    // E.g. a repeated sentence, one copy of it edited: both copies keep one side of the
    // original context, and which one held the annotated words cannot be told.
    return { status: 'orphan', reason: 'ambiguous' };
  }
  // Against a winner whose context changed much, only a frame that holds (errors within what an intact side
  // allows) shows the annotated words were edited in place: 64 units of prose fit loosely in many places.
  const frameToBeat = contextHolds ? best.errors : Math.min(best.errors, Math.floor(contextLength / 8) + 1);
  if (framesOtherTextBetter(text, quote, prefixFit, suffixFit, candidates, frameToBeat)) {
    return { status: 'orphan', reason: 'quote-edited' };
  }
  return anchored(best.start, length, best.errors);
}

/**
 * True when one side of the context also fits (almost) as well somewhere away from the winner,
 * so that side's evidence does not single the winner out. Sides too short to be evidence are skipped.
 */
function fitsElsewhereAsWell(fit: Int32Array, boundary: number, errors: number, sideLength: number): boolean {
  if (sideLength < 8) return false;
  const limit = Math.min(errors + 1, Math.floor(sideLength / 8));
  // Alignments shifted by a few units around the winner's own boundary are the same evidence.
  const radius = Math.floor(sideLength / 4);
  for (let i = 0; i < fit.length; i++) {
    if (Math.abs(i - boundary) > radius && fit[i] <= limit) return true;
  }
  return false;
}

/** The side that fits worse may differ in at most a quarter of its length. */
function weakerSideAgrees(candidate: Scored, quote: TextQuote): boolean {
  return candidate.prefixErrors <= Math.max(1, Math.floor(quote.prefix.length / 4))
    && candidate.suffixErrors <= Math.max(1, Math.floor(quote.suffix.length / 4));
}

/** After a single edit outside the quote, at least one side of the context is untouched. */
function hasIntactSide(candidate: Scored, quote: TextQuote): boolean {
  if (quote.prefix.length < EVIDENCE_LENGTH && quote.suffix.length < EVIDENCE_LENGTH) return candidate.errors === 0;
  return sideIsIntact(quote.prefix.length, candidate.prefixErrors) || sideIsIntact(quote.suffix.length, candidate.suffixErrors);
}

/** A side of the context long enough to be evidence, with at most an eighth of it in errors. */
function sideIsIntact(sideLength: number, errors: number): boolean {
  return sideLength >= EVIDENCE_LENGTH && errors <= Math.floor(sideLength / 8);
}

/**
 * True when the stored prefix and suffix enclose some text that does not overlap an occurrence
 * of the quote with fewer context errors than `bestErrors`: the annotated words were edited
 * where they stood, and the candidate is another occurrence.
 */
function framesOtherTextBetter(
  text: string, quote: TextQuote, prefixFit: Int32Array, suffixFit: Int32Array,
  candidates: readonly number[], bestErrors: number,
): boolean {
  const length = quote.exact.length;
  const maxGap = Math.max(2 * length, length + 32);
  let next = 0;
  for (let i = 0; i <= text.length; i++) {
    if (prefixFit[i] >= bestErrors) continue;
    while (next < candidates.length && candidates[next] < i) next++;
    // The enclosed text [i, j) must not overlap an occurrence of the quote: a frame that starts or ends inside
    // one is that occurrence's own context, fitted a few units off.
    if (next > 0 && i < candidates[next - 1] + length) continue;
    const limit = Math.min(text.length, i + maxGap, next < candidates.length ? candidates[next] : Infinity);
    for (let j = i; j <= limit; j++) {
      if (prefixFit[i] + suffixFit[j] < bestErrors) return true;
    }
  }
  return false;
}

function anchored(start: number, length: number, contextErrors: number): AnchorResult {
  return { status: 'anchored', start, end: start + length, method: 'context', contextErrors };
}
