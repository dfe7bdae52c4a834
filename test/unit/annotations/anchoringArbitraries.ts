// Random articles, annotations and edits for the anchoring property tests and the benchmark.
import * as fc from 'fast-check';
import { shiftSpan, type TextEdit } from '../../../src/core/annotations/anchoring';
import type { Span } from '../../../src/core/annotations/model';

/** Words with umlauts, combining marks, emoji (astral and ZWJ sequences) and both line-break styles. */
export const WORDS = [
  'Maria', 'Schmidt', 'Berlin', 'die', 'der', 'das', 'Regierung', 'hat', 'am', 'Montag', 'gesagt',
  'Öl', 'Straße', 'über', 'Bürgermeisterin', 'und', 'in', '2020', '13.', 'September', 'Kiel',
  'e\u0301té', 'Zoë', '🎉', '👩‍👩‍👧', '𝔘𝔫𝔦', 'the', 'minister', 'said', ',', '.', '"', '–',
  '\r\n', '\n', '\r\n\r\n',
];

/** A uniform fraction in [0, 1): fast-check's default bias towards 0 would put most spans and edits at the very start. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map(n => n / 1_000_000);

const word = fc.constantFrom(...WORDS);
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).map(words => words.join(' '));

/** An article of random words in which some passages are repeated, so quotes occur several times. */
export const article = fc
  .tuple(fc.array(phrase, { minLength: 3, maxLength: 25 }), fc.array(fc.nat(), { maxLength: 4 }))
  .map(([phrases, repeats]) => {
    const parts = [...phrases];
    for (const r of repeats) parts.splice(r % (parts.length + 1), 0, phrases[r % phrases.length]);
    return parts.join(' ');
  })
  .filter(text => text.length >= 2);

/** Spans as fractions of the text, turned into offsets once the text is known. */
export const spanSeeds = fc.array(fc.tuple(fraction, fc.noBias(fc.integer({ min: 1, max: 24 }))), { minLength: 1, maxLength: 6 });

export function spansFor(text: string, seeds: readonly [number, number][]): Span[] {
  return seeds.map(([where, length]) => {
    const start = Math.min(text.length - 1, Math.floor(where * text.length));
    return { start, end: Math.min(text.length, start + length) };
  });
}

/** Edit seeds: insert/delete/replace random words, or (`withCopies`) paste a copy of a passage of the text itself. */
export const editSeedsOf = (withCopies: boolean) => fc.array(
  fc.record({
    kind: withCopies ? fc.constantFrom('insert', 'delete', 'replace', 'paste-copy') : fc.constantFrom('insert', 'delete', 'replace'),
    where: fraction,
    length: fc.noBias(fc.integer({ min: 0, max: 40 })),
    from: fraction,
    words: phrase,
  }),
  { minLength: 1, maxLength: 3 },
);

export const editSeeds = editSeedsOf(true);
/** Edits that never copy text of the article (so they create no repeated passage). */
export const editSeedsWithoutCopies = editSeedsOf(false);

export type EditSeed = { kind: string; where: number; length: number; from: number; words: string };

export function editFor(text: string, seed: EditSeed): TextEdit {
  const start = Math.floor(seed.where * text.length);
  const end = Math.min(text.length, start + seed.length);
  switch (seed.kind) {
    case 'insert': return { start, end: start, newText: seed.words };
    case 'delete': return { start, end, newText: '' };
    case 'replace': return { start, end, newText: seed.words };
    default: {
      const from = Math.floor(seed.from * text.length);
      return { start, end: start, newText: text.slice(from, from + Math.max(1, seed.length * 3)) };
    }
  }
}

/** Word-like strings from syllables: a larger vocabulary, closer to real prose (quotes recur less). */
const SYLLABLES = ['ber', 'lin', 'ma', 'ri', 'a', 'schmidt', 'ge', 'sagt', 'über', 'stra', 'ße', 'ö', 'zo', 'ë', 'ten', 'und', 'ko', 'al', 'i', 'ti', 'on', 'mi', 'nis', 'ter'];
const realisticWord = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }).map(s => s.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
);
const realisticSentence = fc.array(realisticWord, { minLength: 4, maxLength: 16 }).map(w => w.join(' ') + '.');

/** Articles of 5–40 sentences of random words, occasionally with a repeated sentence. */
export const realisticArticle = fc
  .tuple(fc.array(realisticSentence, { minLength: 5, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 2 }))
  .map(([sentences, repeats]) => {
    const parts = [...sentences];
    for (const r of repeats) parts.splice(r % (parts.length + 1), 0, sentences[r % sentences.length]);
    return parts.join(' ');
  });

/** Like `realisticArticle` but no sentence is repeated (words and short phrases still recur). */
export const articleWithoutRepeatedPassages = fc
  .array(realisticSentence, { minLength: 5, maxLength: 40 })
  .map(sentences => sentences.join(' '));

/**
 * Where an annotation's characters may be after an edit: none when the edit changed them. An edit says less
 * than it seems: a replacement that types the same character again at either end keeps that character, and
 * inserting or deleting one of a run of equal characters ("ll" → "lll") may have happened at any place in the
 * run, so the span survives when any equivalent edit leaves it alone (and may then have two places). An edit
 * that takes the annotated characters away and makes them again ("20 der Bürgermeisterin" →
 * "Bürgermeisterin") has them where it made them.
 */
export function placesAfterEdit(text: string, span: Span, edit: TextEdit): Span[] {
  const reduced = withoutRetypedEnds(text, edit);
  if (reduced.start === reduced.end && reduced.newText === '') return [{ ...span }];
  const places: Span[] = [];
  const add = (place: Span) => {
    if (!places.some(p => p.start === place.start && p.end === place.end)) places.push(place);
  };
  for (const variant of equivalentEdits(text, reduced)) {
    const place = shiftSpan(span, variant);
    if (place) add(place);
  }
  if (places.length === 0) madeByEdit(text, text.slice(span.start, span.end), reduced).forEach(add);
  return places;
}

/**
 * Each occurrence of `quote` the edit made: one that takes in a character the edit typed, or that a deletion
 * closed up (it spans the place where the deleted text was).
 */
function madeByEdit(text: string, quote: string, { start, end, newText }: TextEdit): Span[] {
  if (quote === '') return [];
  const after = text.slice(0, start) + newText + text.slice(end);
  const newEnd = start + newText.length;
  const places: Span[] = [];
  // It ends after `start` and starts before `newEnd`, the end of the typed text (for a deletion, `start`).
  for (let at = after.indexOf(quote, Math.max(0, start - quote.length + 1)); at >= 0 && at < newEnd; at = after.indexOf(quote, at + 1)) {
    places.push({ start: at, end: at + quote.length });
  }
  return places;
}

/** The edit less the characters its new text repeats at either end of what it replaces. */
function withoutRetypedEnds(text: string, { start, end, newText }: TextEdit): TextEdit {
  let first = 0;
  while (start + first < end && first < newText.length && text[start + first] === newText[first]) first++;
  start += first;
  newText = newText.slice(first);
  let last = 0;
  while (end - last > start && last < newText.length && text[end - 1 - last] === newText[newText.length - 1 - last]) last++;
  return { start, end: end - last, newText: newText.slice(0, newText.length - last) };
}

/** An insertion or a deletion slid along the equal characters around it (the same text results); a replacement as it is. */
function equivalentEdits(text: string, edit: TextEdit): TextEdit[] {
  if (edit.start !== edit.end && edit.newText !== '') return [edit];
  const variants = [edit];
  for (const step of [1, -1] as const) {
    for (let variant = slid(text, edit, step); variant; variant = slid(text, variant, step)) variants.push(variant);
  }
  return variants;
}

/** The insertion or deletion one unit to the right (step 1) or left (-1) that leaves the same text, or null. */
function slid(text: string, { start, end, newText }: TextEdit, step: 1 | -1): TextEdit | null {
  if (newText === '') {
    // Deleting [start, end) equals deleting [start + 1, end + 1) when text[start] === text[end].
    const ok = step === 1 ? end < text.length && text[start] === text[end] : start > 0 && text[start - 1] === text[end - 1];
    return ok ? { start: start + step, end: end + step, newText } : null;
  }
  // Inserting s at p equals inserting s rotated by one at p + 1 when text[p] === s[0].
  if (step === 1) return start < text.length && text[start] === newText[0] ? { start: start + 1, end: start + 1, newText: newText.slice(1) + text[start] } : null;
  return start > 0 && text[start - 1] === newText[newText.length - 1] ? { start: start - 1, end: start - 1, newText: text[start - 1] + newText.slice(0, -1) } : null;
}
