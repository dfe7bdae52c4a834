// Language identification between German and English by function words. Each language's
// most frequent closed-class words are counted; words both languages use ("in", "so", "was",
// "will", "man", "also") are left out. A text with few such words, or no clear majority,
// gets the fallback. A curated list is used rather than stopwords-iso: its lists overlap
// heavily between the two languages, carry single letters and rare words, and would add
// 200 KB of JSON for all languages to the extension bundle.
import { classOf, LETTER, SURROGATE } from '../text/characters';
import type { Language } from './types';

const GERMAN = new Set([
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'für', 'auf', 'dem', 'des', 'ein', 'eine',
  'einen', 'einem', 'einer', 'eines', 'sich', 'auch', 'es', 'im', 'sie', 'er', 'wir', 'ich', 'wird', 'werden', 'wurde',
  'wurden', 'worden', 'haben', 'sind', 'nach', 'bei', 'aus', 'wie', 'noch', 'nur', 'oder', 'aber', 'dass', 'daß', 'als',
  'über', 'vor', 'zum', 'zur', 'durch', 'wenn', 'schon', 'kann', 'können', 'mehr', 'diese', 'dieser', 'diesem', 'sein',
  'seine', 'ihre', 'bis', 'gegen', 'unter', 'zwischen', 'sehr', 'jetzt', 'hier', 'dann', 'denn', 'doch', 'wieder',
  'müssen', 'soll', 'sollen', 'keine', 'kein', 'seit', 'laut', 'sowie', 'bereits', 'etwa', 'habe', 'hatte', 'waren',
]);

const ENGLISH = new Set([
  'the', 'and', 'is', 'not', 'with', 'of', 'to', 'for', 'on', 'that', 'were', 'are', 'be', 'been', 'has', 'have', 'had',
  'it', 'its', 'this', 'these', 'those', 'which', 'who', 'from', 'by', 'at', 'as', 'but', 'or', 'they', 'their', 'them',
  'he', 'she', 'his', 'her', 'we', 'our', 'you', 'would', 'could', 'should', 'there', 'what', 'when', 'where', 'after',
  'about', 'into', 'than', 'said', 'says', 'a', 'an', 'do', 'does', 'did', 'can', 'may', 'more', 'other', 'some', 'such',
  'how', 'why', 'if', 'all', 'one', 'over', 'out', 'up', 'just', 'because', 'while', 'against', 'between',
]);

/** Below this many function words the text is too short to tell. */
const MINIMUM_EVIDENCE = 3;
/** The winner needs at least this many times the loser's count; otherwise the text is mixed. */
const MAJORITY = 2;
/** Enough text to decide; scanning a whole long article adds nothing. */
const SAMPLE_LENGTH = 20_000;
/** Once this many function words agree this clearly, reading on cannot change the answer. */
const CLEAR_EVIDENCE = 40;
const CLEAR_MAJORITY = 4;

export function detectLanguage(text: string, fallback: Language): Language {
  let german = 0;
  let english = 0;
  const sample = typeof text === 'string' ? text.slice(0, SAMPLE_LENGTH) : '';
  for (let start = nextLetter(sample, 0); start < sample.length;) {
    const end = letterRunEnd(sample, start);
    const word = end - start > 8 ? '' : sample.slice(start, end).toLowerCase(); // function words are short
    start = nextLetter(sample, end);
    if (GERMAN.has(word)) german++;
    else if (ENGLISH.has(word)) english++;
    else continue;
    const total = german + english;
    if (total >= CLEAR_EVIDENCE && Math.max(german, english) >= CLEAR_MAJORITY * Math.min(german, english)) break;
  }
  if (german + english < MINIMUM_EVIDENCE) return fallback;
  if (german > english && german >= MAJORITY * english) return 'de';
  if (english > german && english >= MAJORITY * german) return 'en';
  return fallback;
}

// The words are the runs of letters (\p{L}+), found by scanning character codes: /\p{L}+/gu asked a Unicode
// table about every letter through a call out of its compiled code, and took about 2 % of an unseen article's
// analysis, twice what the scan takes.

/** Where the letter run at `at` ends. */
function letterRunEnd(text: string, at: number): number {
  let end = at;
  for (let width = letterWidth(text, end); width > 0; width = letterWidth(text, end)) end += width;
  return end;
}

/** The start of the first letter at or after `at`, or text.length. */
function nextLetter(text: string, at: number): number {
  while (at < text.length && letterWidth(text, at) === 0) at++;
  return at;
}

/** The code units of the letter at `at` (2 for a letter written as a surrogate pair), or 0 if none starts there. */
function letterWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const kind = classOf(text.charCodeAt(at));
  if (kind === LETTER) return 1;
  if (kind !== SURROGATE) return 0;
  const point = text.codePointAt(at)!;
  return point > 0xffff && ASTRAL_LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
}
const ASTRAL_LETTER = /^\p{L}$/u;
