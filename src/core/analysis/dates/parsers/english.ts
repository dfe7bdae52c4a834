// Parsers for English news dates that chrono's English locale lacks or resolves without the
// granularity we need: "in August", "mid-November", "late 2019", "Sunday night", weekdays
// resolved by tense, "this week", quarters, seasons, durations ("for nearly a year") and sets.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, type YMD } from '../calendar';
import { numberWordPattern } from '../numberWords';
import { ownResult, referenceOf, tenseAt, textAfter, textBefore, type MentionInfo } from '../parseState';
import {
  APPROX_PATTERN, ENGLISH_PART_OF_DAY, MONTH_PATTERN, UNIT_PATTERN, WEEKDAY_PATTERN,
  isApproxWord, monthNumber, partOfDay, unitInfo, weekdayNumber,
} from '../vocabulary';
import {
  ENGLISH_DIRECTION, NewsParser, YEAR, blockedComponents, followsName, dateResult, directionOf, durationValue, modOf, numeralOf, offsetResult,
  wordsBefore,
  recurrenceResult, resolveBareWeekday, resolveWeekend, seasonOf, shiftReference, weekdayResult, yearForMonth, yearForSeason,
} from './common';
import { HolidayParser } from './holidays';

const END = String.raw`(?![\p{L}\p{N}])`;
const MONTH = MONTH_PATTERN.en;
const WEEKDAY = WEEKDAY_PATTERN.en;

const MONTH_SIGNAL = /(?:^|[^\p{L}])(?:in|In|since|Since|by|By|until|Until|till|from|From|of|during|During|before|Before|after|After|through|between|and|or|to|early|mid|late)[\s-]+$/u;

/** "in August", "September 2020", "mid-November", "the end of March", "last May". */
export class EnglishMonthParser extends NewsParser {
  private static readonly lead = new RegExp(
    String.raw`(?<![\p{L}])(?:(${ENGLISH_DIRECTION})\s+)?(?:([Ee]arly|[Mm]id|[Ll]ate)[\s-]+|(?:[Tt]he\s+)?([Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\s+of\s+)?$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(${MONTH})(?:,?\s+(${YEAR})(?![\p{N}]))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, monthWord, yearText] = match;
    const before = textBefore(context, index);
    if (/\d\s*$/.test(before)) return null; // "13 September" belongs to chrono
    if (!yearText && /^\s+\d{1,2}(?!\d)/.test(textAfter(context, index + match[0].length))) return null; // "September 13"
    const { start, words } = wordsBefore(context, index, EnglishMonthParser.lead);
    const [directionWord, shortMod, longMod] = [words?.[1], words?.[2], words?.[3]];
    if (!directionWord && !shortMod && !longMod && !yearText && !MONTH_SIGNAL.test(before)) return null;
    const month = monthNumber(monthWord, 'en');
    if (!month) return null;
    const reference = referenceOf(context);
    const year = yearText ? Number(yearText) : yearForMonth(reference, month, directionOf(directionWord), tenseAt(context, start));
    const certain: Array<keyof YMD> = yearText ? ['year', 'month'] : ['month'];
    const text = context.text.slice(start, index + match[0].length);
    return dateResult(context, start, text, { year, month, day: 1 }, certain, { grain: 'month', mod: modOf(shortMod ?? longMod) });
  }
}

/** "late 2019", "mid-2020", "the end of the year", "early next year", "the start of last month". */
export class EnglishPeriodEdgeParser extends NewsParser {
  constructor() {
    super(new RegExp(
      String.raw`(?:([Ee]arly|[Mm]id|[Ll]ate)[\s-]+|(?:[Tt]he\s+)?([Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\s+of\s+(?:the\s+)?)` +
      String.raw`(?:(${ENGLISH_DIRECTION})\s+)?(?:(year|month|week)|(${YEAR}))(?![\p{L}\p{N}]|[.,]\d)`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, shortMod, longMod, directionWord, unitWord, yearText] = match;
    const mod = modOf(shortMod ?? longMod);
    if (yearText) return dateResult(context, index, match[0], { year: Number(yearText), month: 1, day: 1 }, ['year'], { grain: 'year', mod });
    const unit = unitWord === 'month' ? 'month' : unitWord === 'week' ? 'week' : 'year';
    const date = shiftReference(referenceOf(context), unit, directionOf(directionWord) ?? 0);
    return dateResult(context, index, match[0], date, [], { grain: unit, mod });
  }
}

/** "Sunday", "last Friday", "Monday morning", "Sunday night". Named days ("Black Friday") are left alone. */
export class EnglishWeekdayParser extends NewsParser {
  private static readonly lead = new RegExp(String.raw`(?<![\p{L}])(${ENGLISH_DIRECTION})\s+$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(${WEEKDAY})(?:\s+(${ENGLISH_PART_OF_DAY}))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, weekdayWord, partWord] = match;
    const { start, words } = wordsBefore(context, index, EnglishWeekdayParser.lead);
    const directionWord = words?.[1];
    if (!directionWord && followsName(context, index)) return null;
    const weekday = weekdayNumber(weekdayWord, 'en');
    if (weekday === undefined) return null;
    const part = partWord ? partOfDay(partWord) : undefined;
    const date = resolveBareWeekday(context, index, weekday, directionOf(directionWord));
    const text = context.text.slice(start, index + match[0].length);
    return weekdayResult(context, start, text, weekday, date, part ? { kind: 'TIME', part } : {});
  }
}

const CASUAL_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** "today", "yesterday afternoon", "tonight", "last night", "this morning". */
export class EnglishCasualDayParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?:([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?:\s+(${ENGLISH_PART_OF_DAY}))?|([Ll]ast)\s+night|([Tt]his)\s+(morning|afternoon|evening))${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, dayWord, partWord, last, , thisPart] = match;
    const reference = referenceOf(context);
    if (last) return dateResult(context, index, match[0], addDays(reference, -1), [], { grain: 'day', kind: 'TIME', part: 'NI' });
    if (thisPart) return dateResult(context, index, match[0], reference, [], { grain: 'day', kind: 'TIME', part: partOfDay(thisPart) });
    const lower = dayWord.toLowerCase();
    const part = lower === 'tonight' ? 'NI' : partWord ? partOfDay(partWord) : undefined;
    const info: MentionInfo = part ? { grain: 'day', kind: 'TIME', part } : { grain: 'day' };
    return dateResult(context, index, match[0], addDays(reference, CASUAL_OFFSETS[lower]), [], info);
  }
}

/** "this week", "last month", "next year", "this weekend", "over the weekend". */
export class EnglishRelativePeriodParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]revious|[Cc]urrent)\s+)?(week|month|year|weekend|quarter)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, directionWord, unitWord] = match;
    const direction = directionOf(directionWord);
    if (unitWord === 'weekend') {
      if (!directionWord && !/(?:over|at|on|during|for)\s+the\s+$/.test(textBefore(context, index))) return null;
      return dateResult(context, index, match[0], resolveWeekend(context, index, direction), [], { grain: 'weekend' });
    }
    if (direction === undefined) return null;
    const unit = unitWord as 'week' | 'month' | 'year' | 'quarter';
    const date = shiftReference(referenceOf(context), unit, direction);
    const info: MentionInfo = { grain: unit };
    if (unit === 'quarter') info.quarter = Math.ceil(date.month / 3);
    return dateResult(context, index, match[0], date, [], info);
  }
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** "the third quarter", "first half of 2020", "Q3 2019". */
export class EnglishQuarterParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)|Q([1-4])|H([12]))(?:\s*(?:of\s+|\/)?\s*(${YEAR}))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, ordinal, unitWord, qDigit, hDigit, yearText] = match;
    if (hDigit && !yearText) return null; // "H1" alone is too often something else
    const isHalf = unitWord === 'half' || Boolean(hDigit);
    const number = qDigit ? Number(qDigit) : hDigit ? Number(hDigit) : ORDINALS[ordinal];
    if (isHalf && number > 2) return null;
    const year = yearText ? Number(yearText) : referenceOf(context).year;
    const info: MentionInfo = isHalf ? { grain: 'half', half: number } : { grain: 'quarter', quarter: number };
    return dateResult(context, index, match[0], { year, month: 1, day: 1 }, yearText ? ['year'] : [], info);
  }
}

/** "this summer", "spring 2021", "in the fall", "last winter". */
export class EnglishSeasonParser extends NewsParser {
  private static readonly lead = new RegExp(String.raw`(?<![\p{L}])(${ENGLISH_DIRECTION})\s+$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\s+(?:of\s+)?(${YEAR})(?![\p{N}]))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, seasonWord, yearText] = match;
    const { start, words } = wordsBefore(context, index, EnglishSeasonParser.lead);
    const directionWord = words?.[1];
    if (!directionWord && !yearText && !/(?:^|[^\p{L}])(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Oo]ver|[Tt]hrough)\s+the\s+$/u.test(textBefore(context, index))) return null;
    const season = seasonOf(seasonWord);
    if (!season) return null;
    const tense = /(?:by|until|for)\s+the\s+$/.test(textBefore(context, start)) ? 'unknown' : tenseAt(context, start);
    const year = yearText ? Number(yearText) : yearForSeason(referenceOf(context), season, directionOf(directionWord), tense);
    const text = context.text.slice(start, index + match[0].length);
    return dateResult(context, start, text, { year, month: 1, day: 1 }, yearText ? ['year'] : [], { grain: 'season', season });
  }
}

/** "in the afternoon", "in the morning": a part of the reference day. */
export class EnglishPartOfDayParser extends NewsParser {
  constructor() {
    super(/(morning|afternoon|evening)(?![\p{L}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    if (!/(?:^|[^\p{L}])[Ii]n the\s+(?:(?:early|late)\s+)?$/u.test(textBefore(context, index))) return null;
    const part = partOfDay(match[1]);
    if (!part) return null;
    return dateResult(context, index, match[0], referenceOf(context), [], { grain: 'day', kind: 'TIME', part });
  }
}

const NUMBER = String.raw`\d+(?:\.\d+)?|${numberWordPattern('en')}`;

/** "two years ago" (a date), "in two weeks" (a date ahead), "for nearly a year" / "the past three months" (durations). */
export class EnglishDurationParser extends NewsParser {
  private static readonly lead = new RegExp(
    String.raw`(?<![\p{L}\p{N}.:])(?:([Ii]n|[Ww]ithin)\s+)?(?:(the)\s+)?(?:(${ENGLISH_DIRECTION}|first)\s+)?(?:(${APPROX_PATTERN.en})\s+)?(${NUMBER})\s+$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(${UNIT_PATTERN.en})(?:\s+(ago|earlier|later|before|after|from now))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, unitWord, relation] = match;
    const { start, words } = wordsBefore(context, index, EnglishDurationParser.lead);
    if (!words) return null;
    const [, lead, article, directionWord, approxWord, numberWord] = words;
    const amount = numeralOf(numberWord, 'en');
    const unit = unitInfo(unitWord, 'en');
    if (amount === null || !unit) return null;
    const articleNumber = /^an?$/i.test(numberWord);
    if (articleNumber && !approxWord && !directionWord && !relation && !lead
      && !/(?:for|over|about|nearly|almost|than)\s+$/.test(textBefore(context, start))) return null; // "twice a day", "$5 a year"
    const mod = approxWord && isApproxWord(approxWord) ? 'APPROX' as const : undefined;
    const fullEnd = index + match[0].length;
    if (relation === 'ago') return offsetResult(context, start, context.text.slice(start, fullEnd), -amount, unit.designator, { mod });
    // "two years later", "three days earlier": counted from the reference here, from the last date named in anaphoricDates.ts.
    if ((relation === 'later' || relation === 'earlier') && !lead && !article && !directionWord) {
      const counted = offsetResult(context, start, context.text.slice(start, fullEnd), relation === 'later' ? amount : -amount, unit.designator, { mod });
      if (counted) return counted;
    }
    const end = relation ? fullEnd - match[0].length + unitWord.length : fullEnd;
    const text = context.text.slice(start, end);
    if (lead && /^[Ii]n$/.test(lead) && !article && !directionWord && !relation) {
      const offset = offsetResult(context, start, text, amount, unit.designator, { mod, keepLeadingWord: true });
      if (offset) return offset; // "in 20 minutes" stays a duration: there is no clock time to count from
    }
    return ownResult(context, start, text, blockedComponents(context), { kind: 'DURATION', value: durationValue(amount, unit.designator), mod });
  }
}

/**
 * Time of unknown length: "for years", "in recent months", "the past few weeks" are durations ("PXY", "PXM"); "years
 * ago" and "a few days ago" point back by an unknown amount ("PAST_REF").
 */
export class EnglishVagueDurationParser extends NewsParser {
  private static readonly stretch = /(?<![\p{L}])(?:(?:[Ff]or|[Oo]ver)\s+|((?:recent|(?:past|last|next|coming|first)\s+(?:few|several))\s+))$/u;
  private static readonly fewBack = /(?<![\p{L}])(?:[Aa]\s+few|[Ss]everal|[Mm]any)\s+$/u;

  constructor() {
    super(new RegExp(String.raw`([Dd]ecades|[Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Hh]ours)(\s+ago)?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, unitWord, ago] = match;
    const unit = unitInfo(unitWord, 'en');
    if (!unit) return null;
    const end = index + match[0].length;
    if (ago) {
      const { start, words } = wordsBefore(context, index, EnglishVagueDurationParser.fewBack);
      const from = words ? start : index;
      return ownResult(context, from, context.text.slice(from, end), blockedComponents(context), { kind: 'DATE', value: 'PAST_REF', keepLeadingWord: true });
    }
    const { start, words } = wordsBefore(context, index, EnglishVagueDurationParser.stretch);
    if (!words) return null;
    const from = words[1] ? start : index;
    return ownResult(context, from, context.text.slice(from, end), blockedComponents(context), { kind: 'DURATION', value: durationValue('X', unit.designator) });
  }
}

const SET_ADVERBS: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H' };
const SET_UNITS: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', morning: 'XXXX-XX-XXTMO', evening: 'XXXX-XX-XXTEV', weekend: 'XXXX-WXX-WE' };

/** "daily", "every week", "each year", "every Monday", "on Sundays". */
export class EnglishSetParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?:(daily|weekly|monthly|annually|yearly|hourly)|(?:[Ee]very|[Ee]ach)\s+(day|week|month|year|morning|evening|weekend|${WEEKDAY})|(${WEEKDAY})s)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, adverb, unitWord, pluralWeekday] = match;
    if (pluralWeekday && !/(?:^|[^\p{L}])on\s+$/u.test(textBefore(context, index))) return null;
    const weekdayWord = pluralWeekday ?? unitWord;
    const weekday = weekdayWord ? weekdayNumber(weekdayWord, 'en') : undefined;
    const value = weekday !== undefined ? `XXXX-WXX-${weekday || 7}` : adverb ? SET_ADVERBS[adverb] : SET_UNITS[unitWord];
    if (!value) return null;
    return ownResult(context, index, match[0], blockedComponents(context), { kind: 'SET', value });
  }
}

const RECURRENCE_UNITS: Record<string, string> = { decades: 'DE', years: 'Y', months: 'M', weeks: 'W', days: 'D', hours: 'H', minutes: 'MIN' };

/** "every two years", "about every ten years", "every few weeks": recurring at a stretch (SET "P2Y", "PXW"). */
export class EnglishRecurrenceParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`[Ee]very\s+(?:(few)|(${NUMBER}))\s+(decades|years|months|weeks|days|hours|minutes)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, few, numberWord, unitWord] = match;
    const amount = few ? 'X' : numeralOf(numberWord, 'en');
    if (amount === null) return null;
    return recurrenceResult(context, index, index + match[0].length, amount, RECURRENCE_UNITS[unitWord]);
  }
}

export function englishParsers(): NewsParser[] {
  return [
    new EnglishMonthParser(), new EnglishPeriodEdgeParser(), new EnglishWeekdayParser(), new EnglishCasualDayParser(),
    new EnglishRelativePeriodParser(), new EnglishQuarterParser(), new EnglishSeasonParser(), new EnglishDurationParser(),
    new EnglishVagueDurationParser(), new EnglishSetParser(), new EnglishRecurrenceParser(), new EnglishPartOfDayParser(), new HolidayParser('en'),
  ];
}
