// Language identification between German and English by function words. Each language's
// most frequent closed-class words are counted; words both languages use ("in", "so", "was",
// "will", "man", "also") are left out. A text with few such words, or no clear majority,
// gets the fallback. A curated list is used rather than stopwords-iso: its lists overlap
// heavily between the two languages, carry single letters and rare words, and would add
// 200 KB of JSON for all languages to the extension bundle.
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
  const words = /\p{L}+/gu;
  let match: RegExpExecArray | null;
  while ((match = words.exec(sample)) !== null) {
    const word = match[0].length > 8 ? '' : match[0].toLowerCase(); // function words are short
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
