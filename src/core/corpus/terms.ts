// Index terms for claim matching. A sentence becomes a set of terms of these kinds:
//   stems    Snowball stems of content words ("angebot" for "Angebote"); stopwords dropped
//   numbers  "#1200" for "1.200", "1200" and (English) "1,200", so figures meet across spellings
//   grams    character 5-grams anchored at a stem's edges ("^angeb", "frist$"), so a compound meets
//            its parts ("Angebotsfrist" ~ "Angebote" + "Frist") without a compound dictionary
// and, where the analysis found them:
//   values   "@2026-04-19" for a date ("19. April" and "Sonntag (19.4.)" alike), "#175000000" for
//            a quantity ("175 Millionen Euro", "175 million euros"), with its unit as "¤eur"; the
//            mention's words stay terms and are marked as its unit too ("¤million", "¤april")
// (Entities are not terms: their words already are, and they weigh in when re-ranking.)
// Hyphenated words yield their joined form and their parts as partial terms ("^partn$"), so
// "Technologie-Partner" meets "Technologiepartner" exactly and "Partner" partially.
// Words inside an entity mention are also marked "=stem": sharing only names is not sharing a fact.
import type { ArticleAnalysis, Language, Span } from '../analysis/types';
import { TextKeyedMemo } from '../text/textKeyedMemo';
import { forEachWord } from './words';
import { stopwordsOf } from '../text/stopwords';
import { isOrganisationDescriptor, isRoleWord } from '../analysis/entities/rules';

// None of these packages ships type declarations; these are the parts used here. The Snowball
// stemmers of nlp.js give the same stems as the reference implementation and take about half a
// microsecond per word (snowball-stemmers, used before, took eight: most of a new article's digest).
// Only the stemmer files are imported, not the packages' sentiment lexicons.
interface Stemmer { stem(word: string): string }
interface SnowballStemmer { stemWord(word: string): string }
type StemmerClass = new () => SnowballStemmer;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const GermanStemmer: StemmerClass = require('@nlpjs/lang-de/src/stemmer-de');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const EnglishStemmer: StemmerClass = require('@nlpjs/lang-en-min/src/stemmer-en');

function snowballStemmer(language: Language): Stemmer {
  const stemmer = new (language === 'de' ? GermanStemmer : EnglishStemmer)();
  return { stem: word => stemmer.stemWord(word) };
}

export type TermKind = 'stem' | 'number' | 'gram' | 'unit' | 'name';

const EDGE_GRAM = 5;

export function termKind(term: string): TermKind {
  const first = term.charCodeAt(0);
  if (first === 0x23 /* # */ || first === 0x40 /* @ */) return 'number';
  if (first === 0xa4 /* ¤ */) return 'unit';
  if (first === 0x3d /* = */) return 'name';
  if (first === 0x5e /* ^ */ || term.charCodeAt(term.length - 1) === 0x24 /* $ */) return 'gram';
  return 'stem';
}

/** A stretch of text the analysis recognised, and the terms that stand for it. */
export interface MentionTerms extends Span {
  terms: readonly string[];
}

/** Dates and quantities as terms, in text order, without overlaps (the earlier wins). */
export function mentionTerms(analysis: Pick<ArticleAnalysis, 'dates' | 'quantities'>): MentionTerms[] {
  const all: MentionTerms[] = [];
  for (const date of analysis.dates) {
    if (date.kind === 'DATE' && /^\d{4}/.test(date.value)) all.push({ start: date.start, end: date.end, terms: [`@${date.value}`] });
  }
  for (const quantity of analysis.quantities) {
    if (!Number.isFinite(quantity.value)) continue;
    const terms = [`#${quantity.value}`];
    if (quantity.unit) terms.push(`¤${quantity.unit.toLowerCase()}`);
    all.push({ start: quantity.start, end: quantity.end, terms });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionTerms[] = [];
  for (const mention of all) if (kept.length === 0 || mention.start >= kept[kept.length - 1].end) kept.push(mention);
  return kept;
}

interface LanguageTools {
  /** The terms the token `text[start, end)` contributes (see `computeTokenTerms`), memoised. */
  termsAt(text: string, start: number, end: number): readonly string[];
}

const tools = new Map<Language, LanguageTools>();
const MEMO_LIMIT = 300_000;

function toolsFor(language: Language): LanguageTools {
  let found = tools.get(language);
  if (!found) {
    const stemmer = snowballStemmer(language);
    // German words written in lower case are verbs, adjectives and adverbs, whose stems lose a verb ending.
    const verbStemmer: Stemmer = language === 'de' ? { stem: word => withoutVerbEnding(stemmer.stem(word)) } : stemmer;
    const stopwords = stopwordsOf(language);
    const numbers = numberReader(language);
    // Stemming dominates term extraction, and the same few thousand tokens recur in every article:
    // each token's terms are remembered as written, which also saves lower-casing it again.
    const memo = new TextKeyedMemo<readonly string[]>(MEMO_LIMIT);
    const wordTerms = (word: string, lowerCase: boolean) => termsOfWord(word, stopwords, lowerCase ? verbStemmer : stemmer);
    const compute = (token: string) => computeTokenTerms(token, numbers, wordTerms);
    found = {
      termsAt: (text, start, end) => memo.get(text, start, end, compute),
    };
    tools.set(language, found);
  }
  return found;
}

/** A number's term ("#1200"), or a word's terms with an English possessive "'s" dropped. */
function computeTokenTerms(
  token: string, readNumber: (written: string) => string | null, wordTerms: (word: string, lowerCase: boolean) => string[],
): string[] {
  const first = token.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    const number = readNumber(token);
    return number === null ? [] : [`#${number}`];
  }
  const lower = token.toLowerCase();
  return wordTerms(lower.replace(/[’']s$/, ''), lower.charCodeAt(0) === first);
}

/** The terms of one lower-cased word: its stem and edge grams. */
function termsOfWord(word: string, stopwords: ReadonlySet<string>, stemmer: Stemmer): string[] {
  const parts = word.split(/[-.&'’]/).filter(part => part.length > 0);
  if (parts.length <= 1) return termsOfPart(word, stopwords, stemmer);
  // A hyphenated word is one word: its joined form is the term; its parts are partial
  // evidence like edge grams ("^partn$"), so one shared name does not count three times.
  const partial = parts.flatMap(part => termsOfPart(part, stopwords, stemmer))
    .map(term => termKind(term) === 'stem' ? `^${term}$` : term);
  return [...termsOfPart(parts.join(''), stopwords, stemmer), ...partial];
}

function termsOfPart(word: string, stopwords: ReadonlySet<string>, stemmer: Stemmer): string[] {
  if (word.length < 2 || stopwords.has(word)) return [];
  const stem = stemmer.stem(word);
  if (stem.length < 2) return [];
  return stem.length >= EDGE_GRAM ? [stem, `^${stem.slice(0, EDGE_GRAM)}`, `${stem.slice(-EDGE_GRAM)}$`] : [stem];
}

/**
 * German Snowball stems keep the verb endings "-t" and "-et" ("zahlt", "endet"; "zahlte" and
 * "zahlten" become "zahlt" too), so "Nordline zahlt" missed "soll Nordline zahlen" ("zahl"). Dropping
 * a final "t" (after "d" or "t", "et") from the stems of verbs makes their forms meet: "zahlt",
 * "zahlte", "zahlen" all give "zahl", "arbeitet" and "arbeiten" give "arbei". Only lower-case words
 * go through here: nouns keep their stems, and with them their edge grams ("Angebotsfrist" ~
 * "Frist"). Short stems keep their "t" ("hält", "halten": "halt").
 */
export function withoutVerbEnding(stem: string): string {
  const n = stem.length;
  if (n < 5 || stem.charCodeAt(n - 1) !== 0x74 /* t */) return stem;
  const before = stem.charCodeAt(n - 2);
  if (before === 0x65 /* e */ && (stem.charCodeAt(n - 3) === 0x74 || stem.charCodeAt(n - 3) === 0x64 /* d */)) {
    return withoutVerbEnding(stem.slice(0, n - 2));
  }
  return stem.slice(0, n - 1);
}

/** The distinct terms of `text[start, end)`, in first-seen order. */
export function extractTerms(text: string, language: Language, start = 0, end = text.length): string[] {
  const terms = new Set<string>();
  addTerms(text, language, start, end, terms);
  return [...terms];
}

/**
 * Adds the terms of `text[start, end)` to `into` in text order. Callers that gather terms from
 * several stretches add them straight into one set instead of building a list per stretch.
 */
function addTerms(text: string, language: Language, start: number, end: number, into: Set<string>): void {
  forEachToken(text, language, start, end, terms => {
    for (const term of terms) into.add(term);
  });
}

/** Calls `visit` with the terms of each word of `text[start, end)`, in text order. */
function forEachToken(
  text: string, language: Language, start: number, end: number, visit: (terms: readonly string[]) => void,
): void {
  const { termsAt } = toolsFor(language);
  forEachWord(text, start, end, (from, to) => visit(termsAt(text, from, to)));
}

/**
 * Reads a written number as its value, following the language's separators: German "1.200"
 * and English "1,200" are 1200, German "2,3" and English "2.3" are 2.3. Anything else that
 * starts with a digit (dates like "13.9", "3:1") is kept as written.
 */
export function normaliseNumber(written: string, language: Language): string | null {
  return (language === 'de' ? readGermanNumber : readEnglishNumber)(written);
}

const readGermanNumber = numberReader('de');
const readEnglishNumber = numberReader('en');

function numberReader(language: Language): (written: string) => string | null {
  const [thousands, decimal] = language === 'de' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^\\d{1,3}(?:\\${thousands}\\d{3})+(?:\\${decimal}\\d+)?$`);
  return written => {
    if (!/^\d/.test(written)) return null;
    let plain = written;
    if (grouped.test(written)) plain = written.split(thousands).join('');
    if (/^\d+(?:[.,]\d+)?$/.test(plain) && (plain.includes(decimal) || /^\d+$/.test(plain))) {
      return String(Number(plain.replace(decimal, '.')));
    }
    return written;
  };
}

/**
 * The terms of a claim without its reporting frame (who said it is not part of what was said);
 * recognised dates and quantities add their value terms.
 */
export function claimTerms(
  text: string, span: Span, language: Language, frames: readonly Span[] = [], mentions: readonly MentionTerms[] = [],
  names: ReadonlyArray<Span & { type?: string }> = [],
): string[] {
  const terms = new Set<string>();
  for (const name of names) {
    if (name.start < span.start || name.end > span.end || frames.some(frame => name.start >= frame.start && name.end <= frame.end)) continue;
    // What is said of a name right before it says who is meant, like the name: a title or role
    // ("US-Präsident Donald Trump", "Oberbürgermeisterin Marquardt"), what a company is ("der dänische
    // Verkehrskonzern Nordline"). It is no content of its own.
    const start = describerStart(text, name.start, span.start, name.type);
    forEachToken(text, language, start, name.end, tokenTerms => {
      for (const term of tokenTerms) if (termKind(term) === 'stem') terms.add(marked(NAME_MARK, term));
    });
  }
  for (const piece of outside(span, frames)) {
    let at = piece.start;
    for (const mention of mentions) {
      if (mention.end <= at || mention.start < piece.start) continue;
      if (mention.start >= piece.end) break;
      if (mention.end > piece.end) break;
      addTerms(text, language, at, mention.start, terms);
      // The words of a date or amount ("Millionen Euro", "April") stay terms and are marked as its
      // unit too, so two claims with different values can be compared on their other words.
      forEachToken(text, language, mention.start, mention.end, tokenTerms => {
        for (const term of tokenTerms) {
          terms.add(term);
          if (termKind(term) === 'stem') terms.add(marked(UNIT_MARK, term));
        }
      });
      for (const term of mention.terms) terms.add(term);
      at = mention.end;
    }
    addTerms(text, language, at, piece.end, terms);
  }
  return [...terms];
}

/**
 * Where the words that describe a name right before it begin: a person's title or role, an
 * organisation's kind ("Verkehrskonzern"), and adjectives of origin before either ("dänische").
 */
function describerStart(text: string, nameStart: number, limit: number, type: string | undefined): number {
  let start = nameStart;
  let nounTaken = false;
  for (;;) {
    let end = start;
    while (end > limit && text.charCodeAt(end - 1) === 0x20) end--;
    let from = end;
    while (from > limit && /[\p{L}-]/u.test(text[from - 1])) from--;
    if (from === end) return start;
    const word = text.slice(from, end);
    const describes = !nounTaken && /^\p{Lu}/u.test(word)
      ? (type === 'PER' && isRoleWord(word)) || (type === 'ORG' && isOrganisationDescriptor(word))
      : ORIGIN_ADJECTIVE.test(word);
    if (!describes) return start;
    if (/^\p{Lu}/u.test(word)) nounTaken = true;
    start = from;
  }
}
/** Adjectives of origin, lower-case before a noun ("dänische", "amerikanischen"). */
const ORIGIN_ADJECTIVE = /^\p{Ll}+isch(?:e|en|er|es|em)?$/u;

const NAME_MARK = '=';
const UNIT_MARK = '¤';
const markedTerms = { [NAME_MARK]: new Map<string, string>(), [UNIT_MARK]: new Map<string, string>() };

/** "=stem" or "¤stem", memoised like the stems themselves so each is built once. */
function marked(mark: typeof NAME_MARK | typeof UNIT_MARK, term: string): string {
  const memo = markedTerms[mark];
  let found = memo.get(term);
  if (found === undefined) {
    found = mark + term;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(term, found);
  }
  return found;
}

/** The parts of a span outside the given spans. */
export function outside(span: Span, holes: readonly Span[]): Span[] {
  let pieces: Span[] = [span];
  for (const hole of holes) {
    pieces = pieces.flatMap(piece => hole.end <= piece.start || hole.start >= piece.end ? [piece]
      : [{ start: piece.start, end: Math.max(piece.start, hole.start) }, { start: Math.min(piece.end, hole.end), end: piece.end }]
        .filter(part => part.end > part.start));
  }
  return pieces;
}
