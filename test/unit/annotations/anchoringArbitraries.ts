// Random articles, annotations and edits for the anchoring property tests and the benchmark.
import * as fc from 'fast-check';
import type { TextEdit } from '../../../src/core/annotations/anchoring';
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
