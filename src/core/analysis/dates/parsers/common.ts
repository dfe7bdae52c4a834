// Building blocks of our chrono parsers: a base class that enforces word boundaries, and the
// resolution rules shared by German and English (direction words, weeks, seasons, quarters).
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { Language } from '../../types';
import { addDays, addMonths, closestYearForMonth, compareYmd, daysFrom, resolveWeekday, weekdayOf, type YMD } from '../calendar';
import { parseNumeral } from '../numberWords';
import { dateComponents, ownResult, referenceOf, startsWord, stateOf, tenseAt, textBefore, type MentionInfo, type Tense } from '../parseState';
import { APPROX_PATTERN, LEADING_SIGNALS, isApproxWord } from '../vocabulary';

export abstract class NewsParser implements Parser {
  /**
   * Whether the pattern matches from inside a word, after a part it looks back for ("wochen|lang"): `read` then
   * checks where the expression starts. Otherwise a match must start a word.
   */
  protected readonly matchesInsideWord: boolean = false;

  constructor(private readonly regex: RegExp) {}

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!this.matchesInsideWord && !startsWord(context, index)) return null;
    return this.read(context, match, index);
  }

  protected abstract read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null;
}

export const YEAR = String.raw`(?:1[0-9]|20)\d{2}`;

/**
 * Words right before the scanned core of an expression that belong to it ("letzten" before
 * "Freitag", "vor zwei" before "Jahren"). Our patterns start with the distinctive core and look
 * back only where it occurs: a pattern that starts with optional words makes the regex engine try
 * them at every position of the article, which was the larger part of the date stage's time.
 * `pattern` must end with `$`; the match, if any, starts where the expression now starts.
 */
export function wordsBefore(context: ParsingContext, index: number, pattern: RegExp): { start: number; words: RegExpExecArray | null } {
  const before = textBefore(context, index, 48);
  const words = pattern.exec(before);
  if (!words || words[0].length === 0) return { start: index, words: null };
  return { start: index - before.length + words.index, words };
}

/** -1 = last/past, 0 = this, +1 = next; undefined for other words. */
export function directionOf(word: string | undefined): -1 | 0 | 1 | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  if (/^(letzt|vergangen|vorig|vorherig|vorhergehend|vorausgegangen|last|past|previous)/.test(lower)) return -1;
  if (/^(nächst|kommend|next|coming)/.test(lower)) return 1;
  if (/^(dies|laufend|aktuell|heurig|this|current)/.test(lower)) return 0; // "heurig": Austrian and Bavarian for this year's
  return undefined;
}

export const GERMAN_DIRECTION = '[Ll]etzte[nmrs]?|[Vv]ergangene[nmrs]?|[Vv]orige[nmrs]?|[Vv]orherige[nmrs]?|[Vv]orhergehende[nmrs]?|[Vv]orausgegangene[nmrs]?|[Kk]ommende[nmrs]?|[Nn]ächste[nmrs]?|[Dd]iese[nmrs]?|[Ll]aufende[nmrs]?|[Aa]ktuelle[nmrs]?|[Hh]eurige[nmrs]?';
export const ENGLISH_DIRECTION = '[Ll]ast|[Pp]ast|[Pp]revious|[Nn]ext|[Cc]oming|[Tt]his|[Cc]urrent';

export function modOf(word: string | undefined): MentionInfo['mod'] {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  if (/^(anfang|beginn|früh|early|beginning|start)/.test(lower)) return 'START';
  if (/^(mitte|mid|middle)/.test(lower)) return 'MID';
  if (/^(ende|spät|late|end)/.test(lower)) return 'END';
  return undefined;
}

/**
 * A result for a calendar date whose `certain` parts are written and the rest implied.
 *
 * A relative period coarser than a day ("heuer", "vergangenen Monat", "im Sommer") gets a
 * certain year and second anyway, flagged `relative` for the output: with nothing certain,
 * chrono's date-time merging takes it for a clock time and joins it with the next date
 * ("heuer am 7. Juni" would become one expression worth "2016").
 */
export function dateResult(
  context: ParsingContext, index: number, text: string,
  date: YMD, certain: Array<keyof YMD>, info: MentionInfo,
): ParsingResult {
  const components = dateComponents(context, date, certain, referenceOf(context));
  if (certain.length === 0 && info.grain && info.grain !== 'day' && info.grain !== 'minute') {
    components.assign('year', date.year).assign('second', 0);
    return ownResult(context, index, text, components, { ...info, relative: true });
  }
  return ownResult(context, index, text, components, info);
}

/**
 * Whether a weekday or weekend without a direction word lies ahead: when its clause speaks of the future, and in
 * German also when it speaks in the present, which German uses for what is planned ("Am Sonntag trifft er auf
 * Varnik") while news tells what happened in the past tenses. English news reports in the present too ("says
 * on Monday"), so there only the future points ahead.
 */
function weekdayAhead(context: ParsingContext, index: number): boolean {
  // "die Wahl vom Sonntag", "Ergebnisse von Dienstag": a day named after "vom" or "von" is one that has been.
  if (languageOf(context) === 'de' && /(?<![\p{L}])vo[mn]\s+$/u.test(textBefore(context, index, 8))) return false;
  return datedTense(context, index) === 'future';
}

/**
 * The tense that picks the year of a day named without one, and the week of a weekday: the clause's tense, where
 * German present counts as future, as for weekdays (see weekdayAhead): "Am 18. Februar ist Varnik zu Gast".
 */
export function datedTense(context: ParsingContext, index: number): Tense {
  const tense = tenseAt(context, index);
  return tense === 'unknown' && languageOf(context) === 'de' ? 'future' : tense;
}

/** Before these a date is a goal: "bis zum 20. September", "bis Anfang Oktober", "für den Herbst", "auf März verschoben". */
export const GERMAN_TIME_GOAL = /(?:^|[^\p{L}])(?:[Bb]is|[Ff]ür|[Aa]uf)\s+(?:(?:zum|zur|den|das)\s+)?$/u;

/**
 * The tense that picks the year of a goal: a past tense before it tells when the goal was set, not when it falls
 * ("hatte bis September ein Sprechverbot verhängt", "wollte die Speicher bis Anfang Oktober füllen"), so the year is
 * the nearest one; a present one speaks of what is still to come ("Bis Ende Januar rechnet die Stadt mit dem Gutachten":
 * the next January, not the last); otherwise the tense as given. The end of a stretch ("von März bis September") is no goal.
 */
export function goalTense(context: ParsingContext, index: number, tense: Tense): Tense {
  if (tense === 'future' || languageOf(context) !== 'de') return tense;
  const before = textBefore(context, index);
  if (!GERMAN_TIME_GOAL.test(before) || RANGE_END.test(before)) return tense;
  return tense === 'past' ? 'unknown' : 'future';
}

/** "Von Jahresbeginn bis 31. August wurden …", "vom 10. September bis zum 29. Oktober": the end of a stretch, no goal. */
const RANGE_END = /(?:^|[^\p{L}])(?:[Vv]on|[Vv]om|[Ss]eit|[Aa]b|[Zz]wischen)\s+[^,;:!?]{1,30}?\s+bis\s+(?:zum\s+)?$/u;

/** A weekday without a date: as the direction word says, else the nearest one in the direction of its clause (see weekdayAhead). */
export function resolveBareWeekday(context: ParsingContext, index: number, weekday: number, direction: -1 | 0 | 1 | undefined): YMD {
  const reference = referenceOf(context);
  if (direction === -1) return resolveWeekday(reference, weekday, 'last');
  if (direction === 1) return resolveWeekday(reference, weekday, 'next');
  if (direction === 0) return resolveWeekday(reference, weekday, 'thisWeek');
  return resolveWeekday(reference, weekday, weekdayAhead(context, index) ? 'future' : 'past');
}

export function weekdayResult(context: ParsingContext, index: number, text: string, weekday: number, date: YMD, info: MentionInfo): ParsingResult {
  const components = dateComponents(context, date, [], referenceOf(context));
  components.assign('weekday', weekday);
  return ownResult(context, index, text, components, { grain: 'day', ...info });
}

/** The Saturday of the weekend meant: as the direction word says, else as for a weekday (see weekdayAhead). */
export function resolveWeekend(context: ParsingContext, index: number, direction: -1 | 0 | 1 | undefined): YMD {
  const reference = referenceOf(context);
  if (direction === 0) return resolveWeekday(reference, 6, 'thisWeek');
  if (direction === 1) return resolveWeekday(reference, 6, 'next');
  const future = direction === undefined && weekdayAhead(context, index);
  if (future) return resolveWeekday(reference, 6, 'future');
  // On a Sunday the weekend that just passed began yesterday.
  return weekdayOf(reference) === 0 ? addDays(reference, -1) : resolveWeekday(reference, 6, direction === -1 ? 'last' : 'past');
}

/** Shifts the reference by whole units of a period ("vergangenen Monat" = -1 month). */
export function shiftReference(reference: YMD, unit: 'year' | 'month' | 'week' | 'day' | 'quarter' | 'half', amount: number): YMD {
  switch (unit) {
    case 'year': return addMonths(reference, 12 * amount);
    case 'half': return addMonths(reference, 6 * amount);
    case 'quarter': return addMonths(reference, 3 * amount);
    case 'month': return addMonths(reference, amount);
    case 'week': return addDays(reference, 7 * amount);
    case 'day': return addDays(reference, amount);
  }
}

/**
 * Year of a month named without one: as a direction word says ("letzten Mai"), else by the
 * tense (the latest such month up to the reference's in the past, the next one from it in the
 * future), else the year that puts it closest to the reference.
 */
export function yearForMonth(reference: YMD, month: number, direction: -1 | 0 | 1 | undefined, tense: Tense = 'unknown'): number {
  if (direction === -1) return month < reference.month ? reference.year : reference.year - 1;
  if (direction === 1) return month > reference.month ? reference.year : reference.year + 1;
  if (direction === 0) return reference.year;
  if (Math.abs(month - reference.month) <= SAME_YEAR_WINDOW_MONTHS) return reference.year;
  if (tense === 'past') return month <= reference.month ? reference.year : reference.year - 1;
  if (tense === 'future') return month >= reference.month ? reference.year : reference.year + 1;
  return closestYearForMonth(reference, month);
}

/**
 * Near the reference a year-less date is taken in the reference's year whatever the tense: news
 * speaks of near deadlines and events in the past tense ("hatte eine Frist bis zum 20. September
 * gesetzt", "kündigte für Anfang November an"); only farther away does the tense pick the year.
 */
const SAME_YEAR_WINDOW_DAYS = 62;
const SAME_YEAR_WINDOW_MONTHS = 2;

/** Year of a day and month named without one, by the same rule as yearForMonth. */
export function yearForDay(reference: YMD, month: number, day: number, tense: Tense): number {
  const sameYear: YMD = { year: reference.year, month, day };
  if (Math.abs(daysFrom(reference, sameYear)) <= SAME_YEAR_WINDOW_DAYS) return reference.year;
  if (tense === 'past') return compareYmd(sameYear, reference) <= 0 ? reference.year : reference.year - 1;
  if (tense === 'future') return compareYmd(sameYear, reference) >= 0 ? reference.year : reference.year + 1;
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs((year - reference.year) * 372 + (month - reference.month) * 31 + (day - reference.day));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

const SEASON_START: Record<'SP' | 'SU' | 'FA' | 'WI', number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * TIMEX3 gives a winter the year of its December. Without a direction word the season is this year's, unless the
 * tense rules it out: a season that has not begun is last year's when spoken of in the past ("hatte im Sommer
 * gefordert" in May), one that is over next year's when spoken of in the future ("im Frühjahr soll" in October).
 */
export function yearForSeason(reference: YMD, season: 'SP' | 'SU' | 'FA' | 'WI', direction: -1 | 0 | 1 | undefined, tense: Tense = 'unknown'): number {
  const start = SEASON_START[season];
  const current = season === 'WI' && reference.month <= 2 ? reference.year - 1 : reference.year;
  if (direction === undefined && tense !== 'unknown') {
    // Months counted from January of the season's year: a winter runs from 12 to 14 (February).
    const monthIndex = reference.month + (current < reference.year ? 12 : 0);
    if (tense === 'past' && monthIndex < start) return current - 1;
    if (tense === 'future' && monthIndex > start + 2) return current + 1;
    return current;
  }
  if (direction === -1) {
    const endMonth = season === 'WI' ? 14 : start + 2; // winter ends in February of the next year
    const monthIndex = reference.month + (season === 'WI' && reference.month <= 2 ? 12 : 0);
    return monthIndex > endMonth ? current : current - 1;
  }
  if (direction === 1) return reference.month < start && season !== 'WI' ? reference.year : current + 1;
  return current;
}

export function seasonOf(word: string): 'SP' | 'SU' | 'FA' | 'WI' | undefined {
  const lower = word.toLowerCase();
  if (/^(frühjahr|frühling|spring)/.test(lower)) return 'SP';
  if (/^(sommer|summer)/.test(lower)) return 'SU';
  if (/^(herbst|autumn|fall)/.test(lower)) return 'FA';
  if (/^winter/.test(lower)) return 'WI';
  return undefined;
}

/**
 * A TIMEX3 duration such as "P2Y", "PT24H", "P18M". Decades and centuries are written in years
 * ("P20Y"), which every reader understands.
 */
export function durationValue(amount: number | 'X', designator: string): string {
  if (designator === 'DE' || designator === 'CE') {
    return amount === 'X' ? 'PXY' : durationValue(amount * (designator === 'DE' ? 10 : 100), 'Y');
  }
  // "P18M" and "PT30M" read better than "P1.5Y" and "PT0.5H"; other fractions stay decimal ("PT6.5H").
  if (amount !== 'X' && !Number.isInteger(amount)) {
    const smaller: Record<string, [number, string]> = { Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'H'], H: [60, 'MIN'] };
    const step = smaller[designator];
    if (step && Number.isInteger(amount * step[0]) && (designator === 'Y' || amount < 1)) return durationValue(amount * step[0], step[1]);
  }
  const time = designator === 'H' || designator === 'MIN' || designator === 'S';
  const letter = designator === 'MIN' ? 'M' : designator;
  return `P${time ? 'T' : ''}${amount}${letter}`;
}

export function numeralOf(raw: string, language: Language): number | null {
  return parseNumeral(raw, language);
}

export function languageOf(context: ParsingContext): Language {
  return stateOf(context).language;
}

const APPROX_LEAD: Record<Language, RegExp> = {
  de: new RegExp(String.raw`(?<![\p{L}])(${APPROX_PATTERN.de})\s+$`, 'u'),
  en: new RegExp(String.raw`(?<![\p{L}])(${APPROX_PATTERN.en})\s+$`, 'u'),
};

/**
 * A recurrence ("alle zehn Jahre", "every ten years") that starts at `index` and ends at `end`, with an
 * approximation word before it in its span ("etwa alle zehn Jahre" → SET P10Y, APPROX). The parsers match from
 * "alle"/"every" and look back for the word: a pattern that starts with optional words is tried everywhere.
 */
export function recurrenceResult(context: ParsingContext, index: number, end: number, amount: number | 'X', designator: string): ParsingResult {
  const { start, words } = wordsBefore(context, index, APPROX_LEAD[languageOf(context)]);
  const mod = words && isApproxWord(words[1]) ? 'APPROX' as const : undefined;
  return ownResult(context, start, context.text.slice(start, end), blockedComponents(context), { kind: 'SET', value: durationValue(amount, designator), mod });
}

/** A date some units away from the reference, at the granularity of the unit ("vor zwei Jahren" → "2018"). */
export function offsetResult(
  context: ParsingContext, index: number, text: string, amount: number, designator: string, info: MentionInfo,
): ParsingResult | null {
  const reference = referenceOf(context);
  const whole = (n: number) => Math.round(n);
  switch (designator) {
    case 'Y':
      if (!Number.isInteger(amount)) return dateResult(context, index, text, shiftReference(reference, 'month', whole(amount * 12)), [], { grain: 'month', ...info });
      return dateResult(context, index, text, shiftReference(reference, 'year', amount), [], { grain: 'year', ...info });
    case 'M': return dateResult(context, index, text, shiftReference(reference, 'month', whole(amount)), [], { grain: 'month', ...info });
    case 'W': return dateResult(context, index, text, shiftReference(reference, 'week', whole(amount)), [], { grain: 'week', ...info });
    case 'D': return dateResult(context, index, text, shiftReference(reference, 'day', whole(amount)), [], { grain: 'day', ...info });
    case 'DE': return dateResult(context, index, text, shiftReference(reference, 'year', whole(amount * 10)), [], { grain: 'year', ...info });
    default: return null; // "vor zwei Stunden" needs a clock time we do not know
  }
}


/**
 * Components for durations, sets and decades, which have no calendar date. One certain date
 * part and one certain time part keep chrono's refiners from merging them with a neighbouring
 * date or time as if they were one ("isOnlyDate"/"isOnlyTime" are both false).
 */
export function blockedComponents(context: ParsingContext): ParsingComponents {
  const reference = referenceOf(context);
  return context.createParsingComponents()
    .assign('year', reference.year).imply('month', reference.month).imply('day', reference.day)
    .assign('second', 0);
}

/** Capitalised words that may stand right before a weekday without making it part of a name. */
const WEEKDAY_COMPANIONS = new Set([
  'erst', 'schon', 'bereits', 'noch', 'auch', 'nur', 'spätestens', 'frühestens', 'ende', 'anfang', 'mitte', 'aber', 'doch',
  'jeden', 'jede', 'ab', 'but', 'also', 'only', 'late', 'early', 'every', 'each', 'last', 'next', 'this', 'since', 'until', 'by',
]);

/** A capitalised word right before a weekday makes it a name ("Jan Freitag", "Black Friday"), unless it is a preposition or adverb. */
export function followsName(context: ParsingContext, index: number): boolean {
  const previous = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(textBefore(context, index, 30));
  if (!previous) return false;
  const word = previous[1].toLowerCase();
  return !LEADING_SIGNALS.has(word) && !WEEKDAY_COMPANIONS.has(word);
}
