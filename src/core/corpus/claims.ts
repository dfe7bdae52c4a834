// Claim candidates: the sentences of an article that state something checkable. What is left out
// is what news pages carry around the story: headings, bylines and author notes, photo credits,
// subscription and newsletter lines, greetings, questions and fragments too short to check.
import type { ArticleAnalysis, EntityMention, Language, Span } from '../analysis/types';
import { firstAtOrAfter, firstStartingAt } from '../text/sortedSearch';
import { RecurringTextMemos } from '../text/textKeyedMemo';
import { findAttribution, framesOf, movedAttribution, type Attribution } from './attribution';
import { claimTerms, extractTerms, mentionTerms, termKind, type MentionTerms } from './terms';
import { isSpace } from '../text/characters';
import { countWords, trimmed } from './words';
import { WordScreen } from './wordScreen';

export interface ClaimCandidate extends Span {
  attribution?: Attribution;
  /** Index terms of the claim without its reporting frame (see terms.ts); shared with the verdicts remembered. */
  terms: readonly string[];
}

const MIN_WORDS = 4;
const MIN_CONTENT_WORDS = 3;
/** A line without closing punctuation and at most this many words reads as a heading or label. */
const MAX_HEADING_WORDS = 16;

const CREDIT = /^[([]?\s*(?:fotos?|bilder?|bildquelle|foto-?credit|quelle|grafik|illustration|video|photos?|images?|pictures?|source|credit|graphic)\s*[:©/|]/iu;
const COPYRIGHT = /^\s*(?:©|\(c\)|copyright\b)/iu;
const BYLINE = /^[([]?\s*(?:von|by|text(?: und fotos?)?\s*:|autor(?:in)?\s*:|ein (?:beitrag|bericht|kommentar|gastbeitrag) von|reporting by|editing by|written by|additional reporting by)\s+\p{Lu}/iu;
const AUTHOR_NOTE = /\b(?:ist|sind|is|are|was)\s+(?:\p{L}+\s+){0,4}(?:redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|editor|correspondent|journalist(?:in)?|autor(?:in)?|volontär(?:in)?|columnist|kolumnist(?:in)?|writer)\b/iu;
const SUBSCRIPTION = /\b(?:abonnier\p{L}*|abonnement\p{L}*|abo\b|newsletter|e-paper|epaper|subscri\p{L}*|sign up|in your inbox|thanks for reading|danke fürs lesen|jetzt (?:lesen|registrieren|testen|anmelden|weiterlesen)|kostenlos testen|weiterlesen|read more|mehr zum thema|follow us|folgen sie uns)\b/iu;
const GREETING = /^(?:guten (?:morgen|tag|abend)|liebe (?:leserinnen|leser|abonnentinnen|abonnenten)|hallo\b|moin\b|servus\b|grüß gott|willkommen|herzlich willkommen|good (?:morning|afternoon|evening)|hello\b|hi\b|dear (?:readers?|subscribers?)|welcome\b)/iu;
const WISH = /\b(?:wir wünschen (?:ihnen|euch)|ich wünsche (?:ihnen|euch)|viel spaß beim|we wish you|have a (?:great|nice|good) (?:day|weekend)|enjoy (?:the|your) (?:read|weekend))\b/iu;
/** Each alternative of WISH has one of these words between two of its spaces (see wordScreen.ts). */
const WISH_SCREEN = new WordScreen(['wünschen', 'wünsche', 'spaß', 'wish', 'great', 'nice', 'good', 'the', 'your']);

/** The claim candidates of an analysed article, in text order. */
export function findClaims(text: string, analysis: ArticleAnalysis): ClaimCandidate[] {
  const claims: ClaimCandidate[] = [];
  const language = analysis.language;
  const persons = analysis.entities.filter(entity => entity.type === 'PER');
  const resolvePronoun = (_pronoun: string, offset: number) => {
    // The person last named before the pronoun; without one the pronoun stays as written.
    let name: string | undefined;
    for (const person of persons) {
      if (person.start >= offset) break;
      name = person.canonical || person.text;
    }
    return name;
  };
  const article: ArticleContext = {
    text, language, lines: new Lines(text), names: inTextOrder(analysis.entities), mentions: mentionTerms(analysis),
  };
  const memo = verdicts.of(language);
  for (const merged of mergeBrokenSentences(text, analysis.sentences)) {
    for (const piece of splitAtBlankLines(text, merged)) {
      let judged = false;
      let verdict = memo.get(text, piece.start, piece.end, (_words, kept) => {
        judged = true;
        // The context is worked out only for verdicts that are kept: most sentences come once.
        return judge(article, piece, kept ? contextOf(article, piece) : '');
      });
      // The same words in another setting (other names found in them, a date resolved otherwise): judged afresh.
      if (!judged && verdict.context !== contextOf(article, piece)) verdict = judge(article, piece, '');
      if (!verdict.claim) continue;
      const { terms, attribution } = verdict.claim;
      claims.push(attribution
        ? { ...piece, attribution: movedAttribution(attribution, piece.start, language, resolvePronoun), terms }
        : { ...piece, terms });
    }
  }
  return claims;
}

/** The article around a sentence: what its verdict depends on besides its own words. */
interface ArticleContext {
  text: string;
  language: Language;
  lines: Lines;
  /** The analysis's entities, in text order. */
  names: readonly EntityMention[];
  /** Dates and amounts as terms, in text order (see mentionTerms). */
  mentions: readonly MentionTerms[];
}

/**
 * Whether a sentence is a claim, and if so its terms and who is said to state it, with offsets from the
 * sentence's start. Agencies' reports run word for word in many papers and an edited article keeps most of
 * its sentences, so verdicts are remembered for sentences that recur (as the tagger remembers their tagging).
 */
interface Verdict {
  /** See contextOf: a remembered verdict holds for a sentence in the same context only. */
  context: string;
  claim?: { terms: readonly string[]; attribution?: Attribution };
}

/**
 * As many sentences as the tagger remembers (see german.ts). About 700 bytes a sentence with its key and terms
 * (16 MB for 10kGNAD's 23,000), so some 22 MB of a thread's heap when full; worker threads fill it, the editor's
 * thread only with sentences it digests twice (edits of an open article).
 */
const VERDICT_LIMIT = 32_768;
const verdicts = new RecurringTextMemos<Language, Verdict>(VERDICT_LIMIT, 'claim verdicts');

/** Forgets every remembered verdict: for benchmarks that time claim finding itself, and for tests. */
export function forgetClaimVerdicts(): void {
  verdicts.forget();
}

function judge(article: ArticleContext, piece: Span, context: string): Verdict {
  const { text, language, lines, names, mentions } = article;
  if (!looksLikeStatement(text, piece, lines)) return { context };
  const attribution = findAttribution(text, piece, language);
  const terms = claimTerms(text, piece, language, framesOf(attribution), mentions, names);
  // Who said it is not what was said: an attributed claim needs a little less content of its own.
  if (contentTerms(terms) < (attribution ? MIN_CONTENT_WORDS - 1 : MIN_CONTENT_WORDS)) return { context };
  return { context, claim: attribution ? { terms, attribution: movedAttribution(attribution, -piece.start) } : { terms } };
}

/**
 * Everything besides a sentence's words that its verdict depends on, as a string: whether it is a line of
 * its own or a Markdown heading (headings are no claims), and where the analysis found names, dates and
 * amounts in it, with their types and value terms (claim terms mark or add them).
 */
function contextOf({ text, lines, names, mentions }: ArticleContext, piece: Span): string {
  const line = trimmed(text, lines.startOf(piece.start), lines.endOf(piece.end));
  let context = (line.start === piece.start && line.end === piece.end ? 'L' : '') + (isMarkdownHeading(text, line) ? 'H' : '');
  for (let i = firstStartingAt(names, piece.start); i < names.length && names[i].start < piece.end; i++) {
    const name = names[i];
    context += `|${name.start - piece.start},${name.end - piece.start}${name.type}`;
  }
  for (let i = firstStartingAt(mentions, piece.start); i < mentions.length && mentions[i].start < piece.end; i++) {
    const mention = mentions[i];
    context += `|${mention.start - piece.start},${mention.end - piece.start}${mention.terms.join(' ')}`;
  }
  return context;
}

/** The spans if sorted by start (as the analysis gives them), else a sorted copy. */
function inTextOrder<T extends Span>(spans: readonly T[]): readonly T[] {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  }
  return spans;
}

/** Whether a sentence (span) is a claim candidate, judged on its own. */
export function isClaim(text: string, span: Span, language: Language): boolean {
  return looksLikeStatement(text, span, new Lines(text)) && contentTerms(extractTerms(text, language, span.start, span.end)) >= MIN_CONTENT_WORDS;
}

/** Cheap tests first: questions, fragments, boilerplate and headings are not claims. */
function looksLikeStatement(text: string, span: Span, lines: Lines): boolean {
  const { start, end } = trimmed(text, span.start, span.end);
  if (end > start && text.charCodeAt(end - 1) === 0x3f /* ? */) return false;
  const wordCount = countWords(text, start, end);
  if (wordCount < MIN_WORDS) return false;
  return !isBoilerplate(text, { start, end }, wordCount) && !isHeading(text, span, { start, end }, wordCount, lines);
}

/** Stems, numbers and values: the words that carry content. */
function contentTerms(terms: readonly string[]): number {
  let count = 0;
  for (const term of terms) {
    const kind = termKind(term);
    if (kind === 'stem' || kind === 'number') count++;
  }
  return count;
}

function isBoilerplate(text: string, span: Span, wordCount: number): boolean {
  const sentence = text.slice(span.start, span.end);
  if (CREDIT.test(sentence) || COPYRIGHT.test(sentence)) return true;
  // The word limits are tested first: they are cheap and rule out most sentences.
  if (wordCount <= 10 && BYLINE.test(sentence)) return true;
  if (wordCount <= 20 && AUTHOR_NOTE.test(sentence)) return true;
  if (SUBSCRIPTION.test(sentence)) return true;
  if (GREETING.test(sentence)) return true;
  if (WISH_SCREEN.mayHold(text, span.start, span.end) && WISH.test(sentence)) return true;
  return false;
}

/**
 * A Markdown heading, or a short line of its own without closing punctuation (a title).
 * `sentence` is the span without surrounding whitespace.
 */
function isHeading(text: string, span: Span, sentence: Span, wordCount: number, lines: Lines): boolean {
  const line = trimmed(text, lines.startOf(span.start), lines.endOf(span.end));
  if (isMarkdownHeading(text, line)) return true;
  // The line holds the span, so their trimmed texts are equal exactly when their bounds are.
  if (line.start !== sentence.start || line.end !== sentence.end || wordCount > MAX_HEADING_WORDS) return false;
  return !CLOSING_PUNCTUATION.has(text.charCodeAt(sentence.end - 1));
}

/** `^#{1,6}\s` on the trimmed line. */
function isMarkdownHeading(text: string, line: Span): boolean {
  let hashes = 0;
  while (line.start + hashes < line.end && text.charCodeAt(line.start + hashes) === 0x23 /* # */) hashes++;
  return hashes >= 1 && hashes <= 6 && line.start + hashes < line.end && isSpace(text.charCodeAt(line.start + hashes));
}

const CLOSING_PUNCTUATION = new Set([...'.!?:;…"“”»«\')]'].map(char => char.charCodeAt(0)));

/**
 * Where the lines of a text begin and end. Articles may be one long line, so searching for the
 * newlines around each sentence would scan the text once per sentence; they are found once.
 */
export class Lines {
  private readonly newlines: number[] = [];

  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.newlines.push(at);
  }

  /** Where the line holding `at` begins: `text.lastIndexOf('\n', at - 1) + 1`. */
  startOf(at: number): number {
    // lastIndexOf reads a negative position as 0.
    const previous = this.firstNewlineFrom(Math.max(at - 1, 0) + 1) - 1;
    return previous >= 0 ? this.newlines[previous] + 1 : 0;
  }

  /** Where the line holding `at` ends: `text.indexOf('\n', at)`, or the text's end. */
  endOf(at: number): number {
    const next = this.firstNewlineFrom(at);
    return next < this.newlines.length ? this.newlines[next] : this.text.length;
  }

  /** The index of the first newline at or after `at`. */
  private firstNewlineFrom(at: number): number {
    return firstAtOrAfter(this.newlines, at);
  }
}

const MONTH_START = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b/iu;

/**
 * Rejoins sentences a splitter broke after an ordinal or date dot ("bis zum 15. | April …",
 * "am 3. | Oktober"): a break after a number's dot that continues in lower case or with a month.
 */
function mergeBrokenSentences(text: string, sentences: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous && /(?:^|[\s(])\d{1,2}\.$/.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end))) {
      const gap = text.slice(previous.end, sentence.start);
      const next = text.slice(sentence.start, sentence.start + 12);
      if (/^[ \t]+$/.test(gap) && (MONTH_START.test(next) || /^\p{Ll}/u.test(next))) {
        merged[merged.length - 1] = { start: previous.start, end: sentence.end };
        continue;
      }
    }
    merged.push({ start: sentence.start, end: sentence.end });
  }
  return merged;
}

/** Sentence splitters may run across paragraphs that lack closing punctuation; claims never do. */
function splitAtBlankLines(text: string, sentence: Span): Span[] {
  const pieces: Span[] = [];
  let from = sentence.start;
  for (let newline = text.indexOf('\n', from); newline !== -1 && newline < sentence.end; newline = text.indexOf('\n', newline + 1)) {
    const blankEnd = blankLineEnd(text, newline, sentence.end);
    if (blankEnd < 0) continue;
    pushTrimmed(text, from, newline, pieces);
    from = blankEnd;
    newline = blankEnd - 1;
  }
  pushTrimmed(text, from, sentence.end, pieces);
  return pieces;
}

/** Where a blank line (`\n[ \t]*\r?\n`) that starts at the newline `at` ends, or -1. */
function blankLineEnd(text: string, at: number, end: number): number {
  let i = at + 1;
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i < end && text.charCodeAt(i) === 0x0d) i++;
  return i < end && text.charCodeAt(i) === 0x0a ? i + 1 : -1;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  const piece = trimmed(text, start, end);
  if (piece.end > piece.start) into.push(piece);
}
