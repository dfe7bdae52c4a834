// The words of a stretch of text, as term extraction reads them. A word is what this regex
// matches (inner hyphens, dots, apostrophes and ampersands stay in the word: "Technologie-Partner",
// "AT&T"; numbers keep their separators: "1.200", "2,3"):
const WORD = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
// Term extraction reads every word of every claim, so the regex is spelt out as a scanner over
// character codes: no match objects, no sliced copies of the text. Characters outside the Basic
// Multilingual Plane (surrogate pairs) are rare in news text; where one turns up, the rest of the
// stretch is left to the regex itself, so both always find the same words. The same character
// classes serve claim screening: whitespace, word counts and trimming without slicing the text.

import { classOf, DIGIT, isSpace, isWordClass, LETTER, numberEnd, runEnd, SURROGATE } from '../text/characters';

/** The stretch without surrounding whitespace, as `String.prototype.trim` would leave it. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Whitespace-separated chunks with a letter or digit in them (punctuation alone is no word). */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let at = start;
  while (at < end) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    const chunkStart = at;
    while (at < end && !isSpace(text.charCodeAt(at))) at++;
    if (at > chunkStart && hasLetterOrDigit(text, chunkStart, at)) count++;
  }
  return count;
}

/**
 * Whether `text[from, to)` holds a letter or digit (`/[\p{L}\p{N}]/u`); characters beyond the BMP
 * are left to that regex.
 */
export function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === LETTER || kind === DIGIT) return true;
    if (kind === SURROGATE) return /[\p{L}\p{N}]/u.test(text.slice(from, to));
  }
  return false;
}

const isInnerWordMark = (code: number) =>
  code === 0x2d /* - */ || code === 0x27 /* ' */ || code === 0x2019 /* ’ */ || code === 0x2e /* . */ || code === 0x26 /* & */;

/**
 * Calls `visit(start, end)` for each word of `text[from, to)`, in text order, exactly as
 * `WORD` would match them in `text.slice(from, to)`.
 */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let at = from;
  while (at < to) {
    const kind = classOf(text.charCodeAt(at));
    if (kind === SURROGATE) break;
    if (!isWordClass(kind)) { at++; continue; }
    const end = kind === DIGIT ? numberEnd(text, at, to) : wordEnd(text, at, to);
    if (end < 0) break;
    visit(at, end);
    at = end;
  }
  if (at < to) forEachWordByRegex(text, at, to, visit);
}

/** The end of `[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*` from `at`, or -1 where it meets a surrogate. */
function wordEnd(text: string, at: number, to: number): number {
  let end = runEnd(text, at, to, false);
  while (end >= 0 && end + 1 < to && isInnerWordMark(text.charCodeAt(end))) {
    const next = classOf(text.charCodeAt(end + 1));
    if (next === SURROGATE) return -1;
    if (!isWordClass(next)) break;
    end = runEnd(text, end + 1, to, false);
  }
  return end;
}

function forEachWordByRegex(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match !== null; match = WORD.exec(slice)) {
    visit(from + match.index, from + match.index + match[0].length);
  }
}
