// Who is said to state a claim: "laut Reuters", "Insidern zufolge", "nach Angaben der Stadt",
// "…, sagte der Minister im Fernsehen", "Die Stadt teilte mit, …", "according to …",
// "… said on Monday". Rules about German and English reporting syntax, no names.
import type { Language, Span } from '../analysis/types';
import { tokenize, type Token } from '../text/tokenize';
import { WordScreen } from './wordScreen';
import { GERMAN_DETERMINERS, hasAdjectiveEnding } from '../text/germanNounPhrases';
import { GERMAN_SAYING } from '../text/reportingVerbs';

export interface Attribution {
  /** The source's words as written ("das Wirtschaftsblatt Mitte", "Insidern"). */
  text: string;
  /** Where the source's words are. */
  source: Span;
  /**
   * The reporting frame ("sagte Marquardt am Montag", "laut Insidern") that is about who said it,
   * not about the fact itself; matching ignores its words and dates.
   */
  frame: Span;
  /** Further frames in the same sentence ("Laut Insidern …, berichtete das Blatt"), if any. */
  otherFrames?: Span[];
}

/** Every reporting frame of an attribution. */
export function framesOf(attribution: Attribution | undefined): Span[] {
  if (!attribution) return [];
  return attribution.otherFrames ? [attribution.frame, ...attribution.otherFrames] : [attribution.frame];
}

const MAX_SOURCE_TOKENS = 8;

/** Auxiliaries of the perfect and pluperfect, between a subject and its participle. */
const GERMAN_PERFECT_AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten']);
/** Personal pronouns that open a reported clause about its own speaker ("X bestätigte, dass er …"). */
const GERMAN_SUBJECT_PRONOUNS = new Set(['er', 'sie', 'es']);
/** Quotation marks around a name in a subject ('Das "Wall Street Journal" berichtete'). */
const QUOTE = /^["„“”»«‚‘’']$/;

// Plurals that are more often nouns ("reports", "claims", "notes") are left out.
const ENGLISH_SAYING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'announced', 'announces', 'stated',
  'added', 'confirmed', 'confirms', 'warned', 'warns', 'wrote', 'writes', 'claimed',
  'argued', 'argues', 'noted', 'explained', 'insisted', 'promised',
  'estimated', 'acknowledged', 'admitted', 'denied', 'denies', 'stressed', 'disclosed',
]);

/** After a noun, these articles open a genitive that still belongs to the source ("ein Sprecher der Stadt"). */
const GERMAN_GENITIVE = new Set(['des', 'der', 'eines', 'einer']);
const GERMAN_PRONOUNS = new Set(['sie', 'er', 'es', 'man']);
/** Sentence openers that are not the subject, so the source follows the verb ("Das berichtete …"). */
const GERMAN_NON_SUBJECT_OPENERS = new Set([
  'das', 'dies', 'dieses', 'dazu', 'darüber', 'davon', 'daraufhin', 'außerdem', 'zudem', 'auch',
  'am', 'im', 'in', 'an', 'auf', 'bei', 'nach', 'vor', 'seit', 'gegenüber', 'bereits', 'schon',
  'zuvor', 'später', 'dann', 'nun', 'jetzt', 'heute', 'gestern', 'demnach', 'so', 'deshalb',
  'allerdings', 'dabei', 'inzwischen', 'zuletzt', 'erst',
]);
const ENGLISH_STOP_BACKWARD = new Set(['that', 'and', 'but', 'which', 'who', 'while', 'as', 'because', 'although', 'when']);
const ENGLISH_AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'is', 'were', 'are', 'would', 'will', 'also', 'previously', 'reportedly', 'later', 'earlier', 'again', 'then', 'had', 'did']);
const ENGLISH_STOP_FORWARD = new Set(['that', 'on', 'in', 'at', 'last', 'this', 'earlier', 'who', 'which', 'when', 'after', 'before', 'during', 'late', 'early', 'yesterday', 'today', 'and', 'but']);
const ENGLISH_PRONOUNS = new Set(['she', 'he', 'it', 'they', 'we']);

const isPunctuation = (token: Token) => !/[\p{L}\p{N}]/u.test(token.text);
const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const lower = (token: Token) => token.text.toLowerCase();

/** Resolves a pronoun source ("sagte sie") to a name, given where it occurs; may return undefined. */
export type PronounResolver = (pronoun: string, offset: number) => string | undefined;

/**
 * A quick test for any reporting cue, so most sentences skip tokenising. The regex matches a cue
 * only as a whole run of letters, so the word screen (see wordScreen.ts) spares most sentences it.
 */
interface CueTest {
  regex: RegExp;
  screen: WordScreen;
}
const cueTest = (words: string[]): CueTest => ({
  regex: new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu'),
  screen: new WordScreen(words),
});
const GERMAN_CUES = cueTest([...GERMAN_SAYING, 'laut', 'gemäß', 'zufolge', 'nach']);
const ENGLISH_CUES = cueTest([...ENGLISH_SAYING, 'according', 'citing']);

export function findAttribution(
  text: string, sentence: Span, language: Language, resolvePronoun?: PronounResolver,
): Attribution | undefined {
  const cues = language === 'de' ? GERMAN_CUES : ENGLISH_CUES;
  if (!cues.screen.mayHold(text, sentence.start, sentence.end)) return undefined;
  if (!cues.regex.test(text.slice(sentence.start, sentence.end))) return undefined;
  const tokens = tokenize(text, sentence.start, sentence.end);
  const all = language === 'de' ? findGerman(tokens) : findEnglish(tokens);
  if (all.length === 0) return undefined;
  // Who reports it last ("…, berichtete das Blatt") is who the reader is told it comes from.
  const found = all.reduce((best, next) => next.rank < best.rank ? next : best);
  const { sourceFrom, sourceTo, frameFrom, frameTo } = found;
  const source = { start: tokens[sourceFrom].start, end: tokens[sourceTo - 1].end };
  const frame = { start: tokens[frameFrom].start, end: tokens[frameTo - 1].end };
  const otherFrames = all.filter(other => other !== found)
    .map(other => ({ start: tokens[other.frameFrom].start, end: tokens[other.frameTo - 1].end }));
  const words = resolvedSource(text.slice(source.start, source.end), source.start, language, resolvePronoun);
  return otherFrames.length > 0 ? { text: words, source, frame, otherFrames } : { text: words, source, frame };
}

/** A pronoun source ("sagte sie") as the name it stands for, where `resolvePronoun` knows one; other sources as written. */
function resolvedSource(words: string, start: number, language: Language, resolvePronoun: PronounResolver | undefined): string {
  const pronouns = language === 'de' ? GERMAN_PRONOUNS : ENGLISH_PRONOUNS;
  return (resolvePronoun && pronouns.has(words.toLowerCase()) && resolvePronoun(words, start)) || words;
}

/**
 * An attribution found without a pronoun resolver, its offsets moved by `shift` (attributions are kept relative
 * to their sentence, see claims.ts), and with its pronoun source resolved where `resolvePronoun` is given.
 */
export function movedAttribution(
  attribution: Attribution, shift: number, language?: Language, resolvePronoun?: PronounResolver,
): Attribution {
  const move = (span: Span): Span => ({ start: span.start + shift, end: span.end + shift });
  const source = move(attribution.source);
  const text = language ? resolvedSource(attribution.text, source.start, language, resolvePronoun) : attribution.text;
  const moved: Attribution = { text, source, frame: move(attribution.frame) };
  if (attribution.otherFrames) moved.otherFrames = attribution.otherFrames.map(move);
  return moved;
}

interface Found {
  sourceFrom: number;
  sourceTo: number;
  frameFrom: number;
  frameTo: number;
  /** 0 a trailing report ("…, sagte X"), 1 an explicit cue ("laut X"), 2 a subject that speaks. */
  rank?: number;
}
type Ranked = Found & { rank: number };

const TRAILING = 0;
const CUE = 1;
const SUBJECT = 2;

/** Collects frames left to right, skipping any that overlap one already found. */
function collector(): { found: Ranked[]; add(found: Found | undefined, rank: number): number | undefined } {
  const found: Ranked[] = [];
  return {
    found,
    add(next, rank) {
      if (!next) return undefined;
      if (found.some(f => next.frameFrom < f.frameTo && f.frameFrom < next.frameTo)) return undefined;
      found.push({ ...next, rank: next.rank ?? rank });
      return next.frameTo;
    },
  };
}

function findGerman(tokens: Token[]): Ranked[] {
  const { found, add } = collector();
  for (let i = 0; i < tokens.length; i++) {
    const word = lower(tokens[i]);
    let end: number | undefined;
    if (word === 'laut' || word === 'gemäß') {
      const to = germanSourceForward(tokens, i + 1);
      if (to > i + 1) end = add({ sourceFrom: i + 1, sourceTo: to, frameFrom: i, frameTo: to }, CUE);
    } else if (word === 'zufolge' && i > 0) {
      const from = germanSourceBackward(tokens, i);
      if (from < i) end = add({ sourceFrom: from, sourceTo: i, frameFrom: from, frameTo: i + 1 }, CUE);
    } else if (word === 'nach' && i + 2 < tokens.length && /^(Angaben|Informationen|Berechnungen|Schätzungen|Darstellung|Auskunft|Recherchen|Einschätzung|Aussagen)$/.test(tokens[i + 1].text)) {
      if (/^eigen/i.test(tokens[i + 2].text)) continue;
      const to = germanSourceForward(tokens, i + 2);
      if (to > i + 2) end = add({ sourceFrom: i + 2, sourceTo: to, frameFrom: i, frameTo: to }, CUE);
    } else if (word === 'wie' && i + 2 < tokens.length) {
      const to = germanSourceForward(tokens, i + 1);
      if (to > i + 1 && to < tokens.length && GERMAN_SAYING.has(lower(tokens[to]))) {
        end = add({ sourceFrom: i + 1, sourceTo: to, frameFrom: i, frameTo: to + 1 }, CUE);
      }
    } else if (GERMAN_SAYING.has(word)) {
      end = add(germanAroundVerb(tokens, i), SUBJECT);
    }
    if (end !== undefined) i = Math.max(i, end - 1);
  }
  return found;
}

function germanAroundVerb(tokens: Token[], verb: number): Found | undefined {
  const before = verb > 0 ? tokens[verb - 1] : undefined;
  const afterComma = before !== undefined && /^[,“”"»«–-]$/.test(before.text);
  const opener = verb === 1 && GERMAN_NON_SUBJECT_OPENERS.has(lower(tokens[0]));
  const prepositionalOpener = verb > 1 && GERMAN_NON_SUBJECT_OPENERS.has(lower(tokens[0])) && !GERMAN_DETERMINERS.has(lower(tokens[0]));
  if (afterComma || opener || prepositionalOpener) {
    // Inverted order: "…, sagte Marquardt am Montag." / "Das berichtete das Blatt."
    const end = germanSourceForward(tokens, verb + 1);
    if (end > verb + 1) {
      const frameEnd = afterComma ? clauseEnd(tokens, end) : end;
      return { sourceFrom: verb + 1, sourceTo: end, frameFrom: afterComma ? verb : 0, frameTo: frameEnd, rank: afterComma ? TRAILING : SUBJECT };
    }
    // A quotation mark before the verb may close a quoted name in the subject instead
    // ('Das "Wall Street Journal" berichtete, …').
    if (!(afterComma && QUOTE.test(before.text))) return undefined;
  }
  // Subject first: "Ein Sprecher der Stadt sagte, …" / "Die Gewerkschaft kündigte Widerstand an." /
  // "Die Stadt hat am Montag mitgeteilt, dass …".
  if (verb === 0 || verb > MAX_SOURCE_TOKENS + 6) return undefined;
  const subjectEnd = germanSubjectEnd(tokens, verb);
  if (subjectEnd === undefined || !looksLikeGermanSubject(tokens, 0, subjectEnd)) return undefined;
  const reported = reportedClauseStart(tokens, verb + 1);
  // Without a reported clause the subject is also the fact's actor ("Die Gewerkschaft kündigte
  // Widerstand an"), and so it is when the clause speaks of its speaker ("Oracle bestätigte, dass es
  // Partner wird"): only the verb of saying is frame.
  if (reported === undefined) return { sourceFrom: 0, sourceTo: subjectEnd, frameFrom: verb, frameTo: verb + 1 };
  if (reported < tokens.length && GERMAN_SUBJECT_PRONOUNS.has(lower(tokens[reported]))) {
    return { sourceFrom: 0, sourceTo: subjectEnd, frameFrom: subjectEnd, frameTo: reported };
  }
  return { sourceFrom: 0, sourceTo: subjectEnd, frameFrom: 0, frameTo: reported };
}

/**
 * Where the subject before a verb of saying ends: right before the verb, or before the auxiliary of
 * a perfect ("Die Stadt hat am Montag mitgeteilt"), with at most a few words between the two.
 */
function germanSubjectEnd(tokens: Token[], verb: number): number | undefined {
  for (let aux = verb - 1; aux > 0 && verb - aux <= 5; aux--) {
    if (isPunctuation(tokens[aux])) break;
    if (GERMAN_PERFECT_AUXILIARIES.has(lower(tokens[aux]))) return aux;
  }
  return verb <= MAX_SOURCE_TOKENS + 2 ? verb : undefined;
}

/** If what follows the verb is an adverbial and then ", dass …" or ", …", where the reported clause begins. */
function reportedClauseStart(tokens: Token[], from: number): number | undefined {
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    if (lower(tokens[i]) === 'dass') return i + 1;
    if (tokens[i].text === ',' || tokens[i].text === ':') return i + 1 < tokens.length && lower(tokens[i + 1]) === 'dass' ? i + 2 : i + 1;
  }
  return undefined;
}

function looksLikeGermanSubject(tokens: Token[], from: number, to: number): boolean {
  let depth = 0;
  let nouns = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token.text === '(') { depth++; continue; }
    if (token.text === ')') { depth--; continue; }
    if (depth > 0 || QUOTE.test(token.text)) continue;
    const word = lower(token);
    if (isPunctuation(token)) return false;
    // "Das" opens a subject too when a noun follows ("Das Wall Street Journal berichtete").
    if (i === from && GERMAN_NON_SUBJECT_OPENERS.has(word) && !(GERMAN_DETERMINERS.has(word) && to > from + 1)) return false;
    if (isCapitalised(token)) { if (!GERMAN_DETERMINERS.has(word) || i > from) nouns++; continue; }
    if (GERMAN_DETERMINERS.has(word) || word === 'und') continue;
    // Lower-case adjectives inside the noun phrase ("der dänische Konzern").
    if (i + 1 < to && hasAdjectiveEnding(token.text)) continue;
    return false;
  }
  return nouns > 0;
}

/** The end (exclusive) of a German source noun phrase starting at `from`. */
function germanSourceForward(tokens: Token[], from: number): number {
  let i = from;
  let sawNoun = false;
  while (i < tokens.length && i - from < MAX_SOURCE_TOKENS) {
    const token = tokens[i];
    const word = lower(token);
    if (isPunctuation(token)) break;
    if (i === from && GERMAN_PRONOUNS.has(word)) return i + 1;
    if (GERMAN_DETERMINERS.has(word) && !isCapitalised(token) || (i === from && GERMAN_DETERMINERS.has(word))) {
      if (sawNoun && !GERMAN_GENITIVE.has(word)) break;
      i++;
      continue;
    }
    if (isCapitalised(token) || /^\p{N}/u.test(token.text) && !sawNoun) {
      sawNoun = true;
      i++;
      continue;
    }
    if (word === 'und' && i + 1 < tokens.length && isCapitalised(tokens[i + 1]) && sawNoun) { i++; continue; }
    // An adjective between article and noun ("das dänische Unternehmen").
    if (!sawNoun && i + 1 < tokens.length && /^\p{Ll}+(e|en|er|es|em)$/u.test(token.text) && i > from) { i++; continue; }
    break;
  }
  // Trailing articles belong to what follows, not to the source.
  while (i > from && GERMAN_DETERMINERS.has(lower(tokens[i - 1]))) i--;
  return sawNoun ? i : from;
}

/** The start of a German source noun phrase that ends right before `end` ("Insidern zufolge"). */
function germanSourceBackward(tokens: Token[], end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_SOURCE_TOKENS) {
    const token = tokens[i - 1];
    if (isPunctuation(token)) break;
    const word = lower(token);
    if (isCapitalised(token) || GERMAN_DETERMINERS.has(word) || /^\p{Ll}+(e|en|er|es|em)$/u.test(token.text) && i < end) {
      i--;
      continue;
    }
    break;
  }
  while (i < end && !isCapitalised(tokens[i]) && !GERMAN_DETERMINERS.has(lower(tokens[i]))) i++;
  return i;
}

/** A reporting frame after a comma runs to the next comma or the sentence end. */
function clauseEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && !/^[,;:.!?]$/.test(tokens[i].text)) i++;
  return i;
}

function findEnglish(tokens: Token[]): Ranked[] {
  const { found, add } = collector();
  for (let i = 0; i < tokens.length; i++) {
    const word = lower(tokens[i]);
    let end: number | undefined;
    if (word === 'according' && lower(tokens[i + 1] ?? tokens[i]) === 'to') {
      const to = englishSourceForward(tokens, i + 2);
      if (to > i + 2) end = add({ sourceFrom: i + 2, sourceTo: to, frameFrom: i, frameTo: to }, CUE);
    } else if (word === 'citing') {
      const to = clauseEnd(tokens, i + 1);
      if (to > i + 1) end = add({ sourceFrom: i + 1, sourceTo: to, frameFrom: i > 0 && tokens[i - 1].text === ',' ? i - 1 : i, frameTo: to }, CUE);
    } else if (ENGLISH_SAYING.has(word)) {
      end = add(englishAroundVerb(tokens, i), SUBJECT);
    }
    if (end !== undefined) i = Math.max(i, end - 1);
  }
  return found;
}

function englishAroundVerb(tokens: Token[], verb: number): Found | undefined {
  const before = verb > 0 ? tokens[verb - 1] : undefined;
  if (before && /^[,“”"]$/.test(before.text)) {
    // '"…," said Holmberg.'
    const end = englishSourceForward(tokens, verb + 1);
    if (end > verb + 1) return { sourceFrom: verb + 1, sourceTo: end, frameFrom: verb, frameTo: clauseEnd(tokens, end), rank: TRAILING };
    return undefined;
  }
  let end = verb;
  while (end > 0 && ENGLISH_AUXILIARIES.has(lower(tokens[end - 1]))) end--;
  let from = end;
  while (from > 0 && end - from < MAX_SOURCE_TOKENS) {
    const token = tokens[from - 1];
    if (/^[,;:“”"()–]$/.test(token.text) || ENGLISH_STOP_BACKWARD.has(lower(token))) break;
    if (isPunctuation(token) && token.text !== '\'' && token.text !== '’') break;
    from--;
  }
  if (from === end) return undefined;
  // A reported clause after the verb ("said on Monday that …", "told reporters …") is the claim.
  const reported = englishReportedStart(tokens, verb + 1);
  const frameFrom = from;
  const frameTo = reported ?? (from > 0 ? clauseEnd(tokens, verb + 1) : verb + 1);
  // "…, chief executive Astrid Holmberg said." reports what came before.
  const trailing = from > 0 && /^[,“”"]$/.test(tokens[from - 1].text) && reported === undefined;
  return { sourceFrom: from, sourceTo: end, frameFrom, frameTo, rank: trailing ? TRAILING : SUBJECT };
}

function englishReportedStart(tokens: Token[], from: number): number | undefined {
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    if (tokens[i].text === ',' || lower(tokens[i]) === 'that') return i + 1;
  }
  return undefined;
}

function englishSourceForward(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_SOURCE_TOKENS) {
    const token = tokens[i];
    if (isPunctuation(token) && token.text !== '\'' && token.text !== '’') break;
    if (i > from && ENGLISH_STOP_FORWARD.has(lower(token))) break;
    i++;
  }
  return i;
}
