// Date and time expressions: chrono-node's German and English parsers, cloned and extended with
// our parsers and refiners (see chronoSetup.ts), resolved to TIMEX3-style values.
//
// Rules, kept simple on purpose:
// - Values are given at the granularity written: "13.9." → "2020-09-13", "im August" → "2020-08",
//   "Mitte November" → "2020-11" with mod MID, "diese Woche" → "2020-W38", "vor zwei Jahren" →
//   "2018", "seit fast einem Jahr" → DURATION "P1Y" mod APPROX, "1990er" → "199X".
// - Relative expressions resolve against the reference date (the article's publication date).
//   With only "YYYY-MM" known, parts finer than the month become X ("gestern" → "2020-09-XX",
//   "diese Woche" → "2020-WXX"); with no reference, every part the text does not state is X
//   ("13.9." → "XXXX-09-13", "vergangenen Monat" → "XXXX-XX").
// - A weekday without a date ("am Sonntag") is the most recent such day on or before the
//   reference, or the next one on or after it when the tense says future: "ab" right before it,
//   or a future marker ("wird", "soll", "beginnt", "will") nearer to it in its clause than any
//   past marker ("war", "hatte", "sagte"). "seit" makes it past. Without a day-precise reference
//   it stays "XXXX-WXX-7". A month or day-month without a year follows the same tense rule and,
//   when the tense is unknown, takes the year that puts it closest to the reference.
// - A clock time takes the date before it in its sentence, else the reference date.
// - "am Vortag", "im Jahr zuvor" count back from the last date named before them, and a clock time or part of a day
//   alone in its sentence takes the day named shortly before it (see anaphoricDates.ts).
// - Spans leave out prepositions and articles but keep words that change the value ("bis zum
//   20. September" → "20. September"; "vor zwei Jahren", "Anfang September", "fast einem Jahr"
//   stay whole). A range becomes two expressions ("14." and "20. September"). See trimSpan.
import type { Chrono } from 'chrono-node';
import { firstAtOrAfter } from '../../text/sortedSearch';
import { keyHash } from '../../text/rangeKeyedTable';
import { RecurringTextMemos } from '../../text/textKeyedMemo';
import { keptMention, placedMention, type KeptMention } from '../keptMentions';
import { splitSentences } from '../sentences';
import type { DateMention, Language, Span } from '../types';
import { withAnaphoricDates } from './anaphoricDates';
import { buildChrono } from './chronoSetup';
import type { YMD } from './calendar';
import type { NewsParsingOption, ParseState } from './parseState';
import { toTimexMentions, type ReferencePrecision } from './timex';

/** Words that may belong to a date; together with DATE_DIGITS a cheap test of which sentences chrono sees. */
const MAY_HOLD_DATE: Record<Language, RegExp> = {
  de: /jan|jän|feb|mär|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez|tag|tägig|woch|wöchig|monat|jahr|stunde|stündig|minute|minütig|sekunde|sekündig|nacht|abend|mittag|morgen|morgig|früh|heute|heutig|gestern|gestrig|uhr|quartal|halbjahr|semester|frühling|sommer|herbst|winter|heuer|täglich|wöchentlich|monatlich|jährlich|diesjährig|letztjährig|vorjährig|nächstjährig|heurig|stündlich|chr\.|zeitrechnung|u\. ?z\.|silvester|ostern|pfingst|himmelfahrt|fronleichnam|allerheiligen|allerseelen|halloween/i,
  en: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight|weekend|tomorrow|week|month|year|night|morning|noon|evening|afternoon|decade|centur|hour|minute|spring|summer|autumn|fall|winter|quarter|daily|weekly|monthly|annually|hourly|christmas|easter|halloween|thanksgiving|\d\s?(?:bce?|b\.c\.|ad|a\.d\.|ce)\b/i,
};

/**
 * Digits that may belong to a date: an ordinal or numeric date ("13.", "13.9."), a clock time
 * ("14:30"), a slash or ISO date, a year, "3 p.m.", a decade ("1990er", "1990s"). Amounts of
 * time ("drei Jahre", "24 Stunden") are caught by their unit word in MAY_HOLD_DATE.
 */
const DATE_DIGITS = /\d[.:/]\d|\d\.(?!\d)|\b(?:1\d|20)\d{2}\b|\d\s?[ap]\.?m\b|\d0(?:ern?|'?s)\b/i;

/** Whether a sentence may hold a date expression; those that may not are not given to chrono. */
export function mayHoldDate(sentence: string, language: Language): boolean {
  return DATE_DIGITS.test(sentence) || MAY_HOLD_DATE[language].test(sentence);
}

const parsers: Partial<Record<Language, Chrono>> = {};

function parserFor(language: Language): Chrono {
  return (parsers[language] ??= buildChrono(language));
}

export interface FindDatesOptions {
  /** Skip sentences without a date word or digit (default). Off only to measure what the filter saves. */
  prefilter?: boolean;
  /** The sentences of `range`, when the caller has split them already (the pipeline has). */
  sentences?: Span[];
}

export function findDates(
  text: string, language: Language, referenceDate: string | null,
  range: Span = { start: 0, end: text.length }, options: FindDatesOptions = {},
): DateMention[] {
  const sentences = options.sentences ?? splitSentences(text, language, range);
  const prefilter = options.prefilter ?? true;
  const candidates = prefilter ? sentences.filter(s => mayHoldDate(text.slice(s.start, s.end), language)) : sentences;
  if (candidates.length === 0) return [];
  const reference = referenceDate ?? '';
  const memo = rememberedDates.of(language);
  const recalled: DateMention[] = [];
  const unread: Span[] = [];
  const toKeep: Span[] = [];
  for (const sentence of candidates) {
    const hash = keyHash(text, sentence.start, sentence.end);
    const remembered = memo.recall(text, sentence.start, sentence.end, hash);
    if (remembered?.reference === reference) {
      for (const found of remembered.mentions) recalled.push(placedMention(found, sentence.start, text));
      continue;
    }
    unread.push(sentence);
    if (!remembered && memo.keeps(text, sentence.start, sentence.end, hash)) toKeep.push(sentence);
  }
  const parsed = unread.length > 0 ? parseSentences(text, language, referenceDate, unread) : [];
  for (const sentence of toKeep) {
    const within = parsed.filter(m => m.start < sentence.end && m.end > sentence.start);
    memo.remember(text, sentence.start, sentence.end, { reference, mentions: within.map(m => keptMention(m, sentence.start)) });
  }
  const all = recalled.length === 0 ? parsed : [...recalled, ...parsed].sort((a, b) => a.start - b.start);
  const { anchor, precision } = readReference(referenceDate);
  return withAnaphoricDates(all, precision === 'day' ? anchor : undefined);
}

/**
 * The dates of sentences met before, kept with the reference date they were resolved against (offsets from
 * the sentence's start, no text): agencies' reports run word for word in many papers, mostly on the same
 * day, and an edited article keeps most of its sentences. Kept from a sentence's second sight (its first
 * where most text recurs), as the tagger keeps its taggings (see german.ts).
 */
interface RememberedDates {
  reference: string;
  mentions: readonly KeptMention<DateMention>[];
}
/**
 * Only sentences that may hold a date are asked about. About 460 bytes a sentence with its key (6.5 MB for the
 * 14,000 of 10kGNAD), so some 7.5 MB of a thread's heap when full.
 */
const REMEMBERED_LIMIT = 16_384;
const rememberedDates = new RecurringTextMemos<Language, RememberedDates>(REMEMBERED_LIMIT, 'dates');

/** Forgets the dates of sentences met before: for benchmarks that time the parser itself, and for tests. */
export function forgetRememberedDates(): void {
  rememberedDates.forget();
}

/** The dates of the given sentences, read by chrono in one call. */
function parseSentences(text: string, language: Language, referenceDate: string | null, candidates: Span[]): DateMention[] {
  const { anchor, precision } = readReference(referenceDate);
  const { masked, starts, shifts } = maskedText(text, candidates);
  const state: ParseState = {
    language,
    reference: anchor,
    sentenceStarts: starts,
    infoBySpan: new Map(),
    own: new Set(),
    sheltered: [],
  };
  const option: NewsParsingOption = { news: state };
  const results = parserFor(language).parse(masked, new Date(anchor.year, anchor.month - 1, anchor.day, 12), option);
  const mentions: DateMention[] = [];
  for (const result of results) {
    for (const found of toTimexMentions(result, state, precision, masked)) {
      // The last sentence starting at or before the date's start; a sentence ends before its separator, so the
      // date's end lies in it too.
      const shift = shifts[firstAtOrAfter(starts, found.start + 1) - 1];
      const start = found.start + shift;
      const end = found.end + shift;
      const mention: DateMention = { start, end, text: text.slice(start, end), kind: found.kind, value: found.value };
      if (found.mod) mention.mod = found.mod;
      mentions.push(mention);
    }
  }
  return withoutOverlaps(mentions);
}

/** A fixed anchor stands in for a missing reference; every part it would supply is masked anyway. */
function readReference(referenceDate: string | null): { anchor: YMD; precision: ReferencePrecision } {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate ?? '');
  if (day) return { anchor: { year: +day[1], month: +day[2], day: +day[3] }, precision: 'day' };
  const month = /^(\d{4})-(\d{2})$/.exec(referenceDate ?? '');
  if (month) return { anchor: { year: +month[1], month: +month[2], day: 15 }, precision: 'month' };
  return { anchor: { year: 2000, month: 6, day: 15 }, precision: 'none' };
}

/**
 * The text chrono parses: the candidate sentences, one chrono call for them all (which costs far less than
 * one per sentence), with a run of NULs between two of them: what stood between them blanked out, or one
 * NUL where nothing did. No pattern, refiner or look around reads past a NUL (see textBefore), so a
 * sentence's dates depend on its own words alone, as they would read alone: what lets them be remembered.
 */
interface MaskedText {
  masked: string;
  /** Where each sentence starts in `masked`. */
  starts: number[];
  /** Each sentence's offset in the text minus its offset in `masked`. */
  shifts: number[];
}

let filler = '\u0000'.repeat(1024);

/** A run of NUL characters: not whitespace (chrono's patterns scan runs of spaces slowly) and not a word. */
function fill(length: number): string {
  while (filler.length < length) filler += filler;
  return filler.slice(0, length);
}

function maskedText(text: string, candidates: Span[]): MaskedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const shifts: number[] = [];
  let length = 0;
  candidates.forEach((sentence, i) => {
    if (i > 0) {
      const blank = fill(Math.max(1, sentence.start - candidates[i - 1].end));
      pieces.push(blank);
      length += blank.length;
    }
    starts.push(length);
    shifts.push(sentence.start - length);
    pieces.push(text.slice(sentence.start, sentence.end));
    length += sentence.end - sentence.start;
  });
  return { masked: pieces.join(''), starts, shifts };
}

function withoutOverlaps(mentions: DateMention[]): DateMention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    if (mention.end <= mention.start) continue;
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}
