// What several rooms of the name patterns use: quick tests of a word (a capital, a small ASCII letter, a digit,
// a listed place or town, a plain name word, a noun a number counts), putting a span in place of those it
// overlaps, a score among a sentence's tokens, and a sentence as the article-wide steps see it.
import { stopwordsOf } from '../../../text/stopwords';
import type { NerModel } from '../model';
import type { TokenSpan } from '../rules';

export const STARTS_CAPITALISED = /^\p{Lu}/u;

/**
 * A rule's trigger: whether a word is of a kind without which the rule changes nothing in a sentence. The German
 * tagger asks it once per new word and runs the rule only on the sentences where one of the words fired it, so
 * it must fire for every word the rule could act on (rules that look at every token are the costly ones).
 */
export type WordTrigger = (word: string, model: NerModel) => boolean;

/** A capital, then a small letter: a word written as names and nouns are ("Kestrel"), not an abbreviation ("KESTREL"). */
export const STARTS_CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

export const HAS_SMALL_LETTER = /\p{Ll}/u;

/** Most German words do: the rules that look for names and designations pass them over at once. */
export function startsWithSmallAscii(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The spans with `span` in place of those it overlaps, in order. */
export function withSpanInstead(spans: readonly TokenSpan[], span: TokenSpan): TokenSpan[] {
  return [...spans.filter(s => s.end <= span.start || s.start >= span.end), span].sort((x, y) => x.start - y.start);
}

/** Whether token i is free to become a one-word name: no span covers it, or only a one-word span of its own. */
export function isFreeOrAlone(spans: readonly TokenSpan[], i: number): boolean {
  const covering = spans.filter(s => s.start <= i && s.end > i);
  return covering.length === 0 || (covering.length === 1 && covering[0].start === i && covering[0].end === i + 1);
}

/** A listed country or place (not any town: many towns share a name with a firm or a paper). */
export function isListedPlace(word: string, model: NerModel): boolean {
  const kind = model.gazetteer.kindOf(word);
  return kind === 'CTRY' || kind === 'LOC';
}

/** A listed place or town, not a country (a country's team is named as the country); also in the genitive. */
export function isTownName(word: string, model: NerModel, genitive: boolean): boolean {
  if (word.length < 2 || !STARTS_CAPITALISED.test(word)) return false;
  const isTown = (name: string) => model.gazetteer.kindOf(name) === 'LOC' || model.gazetteer.isTown(name);
  return isTown(word) || (genitive && word.endsWith('s') && isTown(word.slice(0, -1)));
}

/** A listed given name, or one of listed given names joined by hyphens ("Ron-Robert"). */
export function isGivenName(word: string, model: NerModel): boolean {
  const { firstNames } = model.gazetteer;
  return firstNames.has(word) || (word.includes('-') && word.split('-').every(part => firstNames.has(part)));
}

export function isPlainNameWord(word: string, model: NerModel): boolean {
  return STARTS_CAPITALISED.test(word) && !/\d/.test(word) && !word.endsWith('.') && !stopwordsOf('de').has(word.toLowerCase()) &&
    model.gazetteer.nounClass(word) === '';
}

export const LIST_JOINERS = new Set([',', 'und', 'oder', 'sowie']);

/** Whether the word after a number is what it counts or a score's colon: "in Tarnfeld 80 Verletzte", "96 : 3". */
export function isCounted(word: string | undefined, model: NerModel): boolean {
  return word === ':' || isCountedNoun(word, model);
}

/**
 * Whether the word after a number is a common noun it counts ("Vento 5 Zoll", "Vento 5 Prozent"): then the
 * number is no model designation.
 */
export function isCountedNoun(word: string | undefined, model: NerModel): boolean {
  return word !== undefined && model.gazetteer.isCommonNounForm(word);
}

/** A sentence's tokens as the article-wide steps see them: their number and each one's word. */
export interface SentenceWords {
  readonly length: number;
  word(i: number): string;
}

/** A tagged sentence as the article-wide steps change it: its words and its spans. */
export interface TaggedWords {
  tokens: SentenceWords;
  spans: TokenSpan[];
}

export function wordsOf(tokens: SentenceWords, from: number, to: number): string {
  return Array.from({ length: to - from }, (_, k) => tokens.word(from + k)).join(' ');
}

/** A score among tokens [from, to): "3:0", "28:25", not a time of day ("20:15 Uhr", "um 9:30"). */
export function hasScore(tokens: SentenceWords, from = 0, to = tokens.length): boolean {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const word = tokens.word(i);
    // Every token of a sports check is asked: a digit first, and a colon second to fourth, before the pattern.
    if (!isAsciiDigit(word.charCodeAt(0)) || word.indexOf(':') < 1 || word.indexOf(':') > 3) continue;
    if (SCORE.test(word) && tokens.word(i + 1) !== 'Uhr' && !TIME_BEFORE.has(tokens.word(i - 1))) return true;
  }
  return false;
}
export const SCORE = /^\d{1,3}:\d{1,3}$/;
const TIME_BEFORE = new Set(['um', 'ab', 'bis', 'gegen', 'von']);
