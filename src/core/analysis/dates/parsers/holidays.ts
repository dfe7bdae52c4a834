// Feast days and holidays named instead of a date: "zu Weihnachten", "an Silvester", "Ostermontag", "Christmas Eve",
// "Thanksgiving". TIMEX3 gives each the day it falls on, as TimeML's annotators do ("Christmas" is XXXX-12-25); the
// year follows the tense as for a day named without one. The movable feasts hang on Easter Sunday.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { Language } from '../../types';
import { addDays, compareYmd, easterSunday, weekdayOf, type YMD } from '../calendar';
import { referenceOf, textAfter, textBefore, type MentionInfo } from '../parseState';
import type { PartOfDay } from '../vocabulary';
import { ENGLISH_DIRECTION, GERMAN_DIRECTION, NewsParser, YEAR, dateResult, datedTense, directionOf, goalTense, wordsBefore, yearForDay } from './common';

/** Where a holiday falls in a given year. */
type DayOfYear = (year: number) => YMD;

interface Holiday {
  /** Its names, as regex alternatives. */
  names: string;
  day: DayOfYear;
  /** The part of the day a compound names ("Silvesternacht"): the expression is then a time. */
  part?: PartOfDay;
}

const fixed = (month: number, day: number): DayOfYear => year => ({ year, month, day });
const fromEaster = (days: number): DayOfYear => year => addDays(easterSunday(year), days);
/** The nth given weekday (0 = Sunday) of a month: Thanksgiving is the fourth Thursday of November. */
const nthWeekday = (month: number, weekday: number, nth: number): DayOfYear => year => {
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
};

const GERMAN_HOLIDAYS: Holiday[] = [
  { names: 'Heiligabends?|Heilige[nr]? Abends?|Weihnachtsabends?', day: fixed(12, 24) },
  { names: 'Weihnachten|Christtags?', day: fixed(12, 25) },
  { names: 'Stefanitags?|Stephanstags?', day: fixed(12, 26) },
  { names: 'Silvesternacht', day: fixed(12, 31), part: 'NI' },
  { names: 'Silvesterabends?', day: fixed(12, 31), part: 'EV' },
  { names: 'Silvesters?', day: fixed(12, 31) },
  // The night to New Year's Day is the last of the old year, as "die Nacht zum Montag" is Sunday's.
  { names: 'Neujahrsnacht', day: year => fixed(12, 31)(year - 1), part: 'NI' },
  { names: 'Neujahrsmorgens?', day: fixed(1, 1), part: 'MO' },
  { names: 'Neujahrstag(?:e?s)?|Neujahrs?', day: fixed(1, 1) },
  { names: 'Dreikönigstag(?:e?s)?', day: fixed(1, 6) },
  { names: 'Valentinstag(?:e?s)?', day: fixed(2, 14) },
  { names: 'Tag(?:e?s)? der Arbeit', day: fixed(5, 1) },
  { names: 'Tag(?:e?s)? der Deutschen Einheit', day: fixed(10, 3) },
  { names: 'Halloween', day: fixed(10, 31) },
  { names: 'Allerheiligen', day: fixed(11, 1) },
  { names: 'Allerseelen', day: fixed(11, 2) },
  { names: 'Nikolaustag(?:e?s)?', day: fixed(12, 6) },
  { names: 'Rosenmontag(?:e?s)?', day: fromEaster(-48) },
  { names: '(?:Faschings|Fastnachts|Veilchen)dienstag(?:e?s)?', day: fromEaster(-47) },
  { names: 'Aschermittwochs?', day: fromEaster(-46) },
  { names: 'Palmsonntag(?:e?s)?', day: fromEaster(-7) },
  { names: 'Gründonnerstag(?:e?s)?', day: fromEaster(-3) },
  { names: 'Karfreitag(?:e?s)?', day: fromEaster(-2) },
  { names: 'Karsamstag(?:e?s)?', day: fromEaster(-1) },
  { names: 'Osternacht', day: fromEaster(-1), part: 'NI' },
  { names: 'Ostersonntag(?:e?s)?|Ostern', day: fromEaster(0) },
  { names: 'Ostermontag(?:e?s)?', day: fromEaster(1) },
  { names: 'Christi Himmelfahrt', day: fromEaster(39) },
  { names: 'Pfingstsonntag(?:e?s)?|Pfingsten', day: fromEaster(49) },
  { names: 'Pfingstmontag(?:e?s)?', day: fromEaster(50) },
  { names: 'Fronleichnams?', day: fromEaster(60) },
];

const ENGLISH_HOLIDAYS: Holiday[] = [
  { names: 'Christmas Eve', day: fixed(12, 24) },
  { names: 'Christmas(?: Day)?', day: fixed(12, 25) },
  { names: 'Boxing Day', day: fixed(12, 26) },
  { names: 'New Year[\'’]s Eve', day: fixed(12, 31) },
  { names: 'New Year[\'’]s Day', day: fixed(1, 1) },
  { names: 'Valentine[\'’]s Day', day: fixed(2, 14) },
  { names: 'Halloween', day: fixed(10, 31) },
  { names: 'Thanksgiving(?: Day)?', day: nthWeekday(11, 4, 4) },
  { names: 'Ash Wednesday', day: fromEaster(-46) },
  { names: 'Good Friday', day: fromEaster(-2) },
  { names: 'Easter(?: Sunday)?', day: fromEaster(0) },
  { names: 'Easter Monday', day: fromEaster(1) },
];

const HOLIDAYS: Record<Language, Holiday[]> = { de: GERMAN_HOLIDAYS, en: ENGLISH_HOLIDAYS };

const DIRECTION_LEAD: Record<Language, RegExp> = {
  de: new RegExp(String.raw`(?<![\p{L}])(${GERMAN_DIRECTION})\s+$`, 'u'),
  en: new RegExp(String.raw`(?<![\p{L}])(${ENGLISH_DIRECTION})\s+$`, 'u'),
};

/** "Silvester Stallone": a name that is also a holiday's, with the surname after it. */
const NAMED_PERSON = /^\s+\p{Lu}\p{Ll}+(?:\s|[.,;:!?]|$)/u;
/** Before these, a holiday's name followed by a capitalised word is still the holiday ("an Silvester Raketen zünden"). */
const TIME_PREPOSITION = /(?<![\p{L}])(?:zu|an|am|vor|nach|seit|bis|über|um|zwischen|on|at|before|after|since|until|over|by)\s+$/iu;

export class HolidayParser extends NewsParser {
  private readonly holidays: Holiday[];

  constructor(private readonly language: Language) {
    const holidays = HOLIDAYS[language];
    // Each name in a group of its own, so that the group that matched tells the holiday; a year may follow.
    super(new RegExp(String.raw`(?:${holidays.map(h => `(${h.names})`).join('|')})(?:\s+(${YEAR}))?(?![\p{L}\p{N}])`, 'u'));
    this.holidays = holidays;
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const at = this.holidays.findIndex((_, i) => match[i + 1] !== undefined);
    const holiday = this.holidays[at];
    const yearText = match[this.holidays.length + 1];
    if (!holiday) return null;
    if (!yearText && /^Silvester/.test(match[at + 1]) && NAMED_PERSON.test(textAfter(context, index + match[0].length))
      && !TIME_PREPOSITION.test(textBefore(context, index, 12))) return null;
    const { start, words } = wordsBefore(context, index, DIRECTION_LEAD[this.language]);
    const day = yearText ? holiday.day(Number(yearText)) : this.dayMeant(context, start, holiday, directionOf(words?.[1]));
    const info: MentionInfo = holiday.part ? { grain: 'day', kind: 'TIME', part: holiday.part } : { grain: 'day' };
    const text = context.text.slice(start, index + match[0].length);
    return dateResult(context, start, text, day, yearText ? ['year', 'month', 'day'] : ['month', 'day'], info);
  }

  /**
   * The holiday's day in the year meant: the last one before the reference for "letzte", the next for "nächste",
   * this year's for "diese", else by the tense as for a day named without a year (yearForDay).
   */
  private dayMeant(context: ParsingContext, start: number, holiday: Holiday, direction: -1 | 0 | 1 | undefined): YMD {
    const reference = referenceOf(context);
    const thisYear = holiday.day(reference.year);
    if (direction === 0) return thisYear;
    if (direction === -1) return compareYmd(thisYear, reference) < 0 ? thisYear : holiday.day(reference.year - 1);
    if (direction === 1) return compareYmd(thisYear, reference) > 0 ? thisYear : holiday.day(reference.year + 1);
    const tense = goalTense(context, start, datedTense(context, start));
    // The year the chosen day falls in, turned back into the holiday's own year (they differ for "Neujahrsnacht").
    return holiday.day(yearForDay(reference, thisYear.month, thisYear.day, tense) + reference.year - thisYear.year);
  }
}
