// Splits text into word and punctuation tokens with their offsets. Words keep inner hyphens,
// apostrophes and dots ("US-Präsident", "O'Brien", "U.S"), numbers keep their separators
// ("1.000,5", "13.9"), so offsets map back to the text exactly. Digits run on into the letters
// right after them ("6P", "20er", "3D-Drucker"): model names, decades and compounds are one word
// in German news as in GermEval's tokens, and a lone "P" or "er" is nothing the tagger can read.
// Not into a capitalised word ("Lindau 08Dienstag"): that is two words whose space was lost.
// An English possessive "'s" is not part of the word ("Apple's" → "Apple", "'", "s"), so a name's
// span ends where the name does.
import { classOf, DIGIT, isSpace, isWordClass, LETTER, MARK, numberEnd, runEnd, SURROGATE } from './characters';

export interface Token {
  text: string;
  start: number;
  end: number;
}

// A token is what this regex matches. Every sentence of every article is tokenized, so `tokenize`
// spells it out as a scanner over character codes (no match objects); where a character beyond the
// Basic Multilingual Plane turns up, the rest of the stretch is left to the regex itself.
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)+|\p{N}+(?=\p{Lu}\p{Ll}|[^\p{L}\p{M}\p{N}]|$)|[\p{L}\p{M}\p{N}]+(?:(?:[-.&]|['’](?![sS](?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) { at++; continue; }
    const kind = classOf(code);
    if (kind === SURROGATE) break;
    const tokenEnd = kind === DIGIT ? numberOrWordEnd(text, at, end) : isWordClass(kind) ? wordEnd(text, at, end) : at + 1;
    if (tokenEnd < 0) break;
    tokens.push({ text: text.slice(at, tokenEnd), start: at, end: tokenEnd });
    at = tokenEnd;
  }
  if (at < end) tokenizeByRegex(text, at, end, tokens);
  return tokens;
}

/**
 * The end of a token that starts with a digit: a number with its separators, or a word where a plain
 * run of digits meets a letter or mark ("6P"), unless a capitalised word starts there; -1 where that
 * depends on a surrogate.
 */
function numberOrWordEnd(text: string, at: number, to: number): number {
  const end = numberEnd(text, at, to);
  if (end < 0 || end >= to || end !== runEnd(text, at, to, true)) return end;
  const next = classOf(text.charCodeAt(end));
  if (next === SURROGATE) return -1;
  if (next !== LETTER && next !== MARK) return end;
  const startsWord = startsCapitalisedWord(text, end, to);
  if (startsWord === undefined) return -1;
  return startsWord ? end : wordEnd(text, at, to);
}

/** Whether an upper-case letter and a lower-case one stand at `at`; undefined where one is a surrogate. */
function startsCapitalisedWord(text: string, at: number, to: number): boolean | undefined {
  if (at + 1 >= to) return false;
  if (classOf(text.charCodeAt(at + 1)) === SURROGATE) return undefined;
  return UPPER.test(text.charAt(at)) && LOWER.test(text.charAt(at + 1));
}
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const isJoiner = (code: number) => code === 0x2d /* - */ || code === 0x2e /* . */ || code === 0x26 /* & */;
const isApostrophe = (code: number) => code === 0x27 /* ' */ || code === 0x2019 /* ’ */;

/**
 * The end of a word from `at`: word characters joined by hyphens, dots, ampersands and apostrophes,
 * except the apostrophe of a final possessive "'s"; -1 where it meets a surrogate.
 */
function wordEnd(text: string, at: number, to: number): number {
  let end = runEnd(text, at, to, false);
  while (end >= 0 && end + 1 < to) {
    const mark = text.charCodeAt(end);
    if (isApostrophe(mark)) {
      const possessive = isPossessive(text, end + 1, to);
      if (possessive === undefined) return -1;
      if (possessive) break;
    } else if (!isJoiner(mark)) {
      break;
    }
    const next = classOf(text.charCodeAt(end + 1));
    if (next === SURROGATE) return -1;
    if (!isWordClass(next)) break;
    end = runEnd(text, end + 1, to, false);
  }
  return end;
}

/**
 * Whether `text[at]` is an "s" that ends the word (the lookahead `[sS](?![\p{L}\p{M}\p{N}])`);
 * undefined when a surrogate follows it (the regex decides).
 */
function isPossessive(text: string, at: number, to: number): boolean | undefined {
  const code = text.charCodeAt(at);
  if (code !== 0x73 && code !== 0x53) return false;
  if (at + 1 >= to) return true;
  const next = classOf(text.charCodeAt(at + 1));
  return next === SURROGATE ? undefined : !isWordClass(next);
}

function tokenizeByRegex(text: string, from: number, to: number, tokens: Token[]): void {
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match !== null; match = TOKEN.exec(slice)) {
    const start = from + match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
}

/** The regex reading of `tokenize`, for tests that check the scanner against it. */
export function tokenizeByRegexOnly(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  tokenizeByRegex(text, start, end, tokens);
  return tokens;
}
