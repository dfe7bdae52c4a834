// Parsers for German news dates that chrono's German locale lacks or gets wrong: "13.9.",
// "im August", "Anfang September", "Ende 2019", weekdays with their part of day
// ("Montagabend"), "in der Nacht zum Montag", "vor zwei Jahren", "seit fast einem Jahr",
// "diese Woche", quarters, seasons, "um 14 Uhr" and "täglich". Each matches case-sensitively
// where German capitalisation carries meaning ("morgen" is tomorrow, "Morgen" a morning).
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, isValidDay, type YMD } from '../calendar';
import { numberWordPattern } from '../numberWords';
import { ownResult, referenceOf, startsSentence, startsWord, tenseAt, textAfter, textBefore, type MentionInfo } from '../parseState';
import {
  APPROX_PATTERN, GERMAN_PART_OF_DAY, MONTH_PATTERN, UNIT_PATTERN, WEEKDAY_PATTERN,
  isApproxWord, monthNumber, partOfDay, unitInfo, weekdayNumber, type UnitInfo,
} from '../vocabulary';
import {
  GERMAN_DIRECTION, GERMAN_TIME_GOAL, NewsParser, YEAR, blockedComponents, followsName, dateResult, directionOf, durationValue, modOf, numeralOf, offsetResult,
  datedTense, goalTense, wordsBefore, yearForDay,
  recurrenceResult, resolveBareWeekday, resolveWeekend, seasonOf, shiftReference, weekdayResult, yearForMonth, yearForSeason,
} from './common';
import { HolidayParser } from './holidays';

const END = String.raw`(?![\p{L}\p{N}])`;
const MONTH = MONTH_PATTERN.de;
const WEEKDAY = WEEKDAY_PATTERN.de;

export function twoDigitYear(digits: string): number {
  const value = Number(digits);
  return value < 50 ? 2000 + value : 1900 + value;
}

/** "13.9.", "(11.9.)", "13.09.2020", "13. 9. 20". */
export class GermanNumericDateParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?<![\p{L}\p{N}.,:/])(\d{1,2})\.[ \u00a0]?(\d{1,2})\.(?:[ \u00a0]?(${YEAR})|(\d{2}))?(?![\p{N}]|\.\d)`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const reference = referenceOf(context);
    const writtenYear = match[3] ? Number(match[3]) : match[4] ? twoDigitYear(match[4]) : undefined;
    const year = writtenYear ?? yearForDay(reference, month, day, goalTense(context, index, datedTense(context, index)));
    if (!isValidDay(year, month, day)) return null;
    const certain: Array<keyof YMD> = writtenYear ? ['year', 'month', 'day'] : ['month', 'day'];
    return dateResult(context, index, match[0], { year, month, day }, certain, { grain: 'day' });
  }
}

const MONTH_SIGNAL = /(?:^|[^\p{L}])(?:im|Im|in|In|seit|Seit|bis|Bis|ab|Ab|vom|Vom|zum|von|Von|nach|Nach|vor|Vor|zwischen|Zwischen|für|Für|und|oder|Monat|Monats|Monaten|Anfang|Mitte|Ende)\s+$/u;

const YEAR_AFTER = new RegExp(String.raw`^\s+(?:des\s+)?(?:(Vorjahres)|(${GERMAN_DIRECTION})\s+Jahres)(?![\p{L}])`, 'u');

/** "Mai des Vorjahres", "im Sommer dieses Jahres": the year named after a month or season, and how long its words are. */
function yearNamedAfter(context: ParsingContext, end: number): { year: number; length: number } | null {
  const named = YEAR_AFTER.exec(textAfter(context, end));
  if (!named) return null;
  return { year: referenceOf(context).year + (named[1] ? -1 : directionOf(named[2]) ?? 0), length: named[0].length };
}

/** "im August", "September 2020", "Anfang September", "letzten Mai"; a bare name needs a preposition ("August" is also a first name). */
export class GermanMonthParser extends NewsParser {
  /** "vergangenen Dezember", "Ende Dezember", and both: "Ende vergangenen Dezember". */
  private static readonly lead = new RegExp(String.raw`(?<![\p{L}])(?:(${GERMAN_DIRECTION})\s+)?(?:(Anfang|Mitte|Ende|Beginn)\s+)?(?:(${GERMAN_DIRECTION})\s+)?$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(${MONTH})(?:\s+(${YEAR})(?![\p{N}]))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, monthWord, yearText] = match;
    const before = textBefore(context, index);
    if (/\d\.?\s*$/.test(before)) return null; // "13. September" belongs to chrono's day-month parser
    const { start, words } = wordsBefore(context, index, GermanMonthParser.lead);
    const [directionWord, modWord] = [words?.[1] ?? words?.[3], words?.[2]];
    if (!directionWord && !modWord && !yearText && !MONTH_SIGNAL.test(before)) return null;
    const month = monthNumber(monthWord, 'de');
    if (!month) return null;
    const reference = referenceOf(context);
    const ofYear = yearText ? null : yearNamedAfter(context, index + match[0].length);
    const year = yearText ? Number(yearText)
      : ofYear ? ofYear.year
      : yearForMonth(reference, month, directionOf(directionWord), goalTense(context, start, tenseAt(context, start)));
    const certain: Array<keyof YMD> = yearText ? ['year', 'month'] : ['month'];
    const text = context.text.slice(start, index + match[0].length + (ofYear?.length ?? 0));
    return dateResult(context, start, text, { year, month, day: 1 }, certain, { grain: 'month', mod: modOf(modWord) });
  }
}

/**
 * "seit Jahresbeginn", "bis Jahresende", "zu Jahresmitte 2015", "zum Monatsende": the edge of a year or month as one
 * word. A year without its number is the one the tense points to, as for a month ("die Zahlen vom Jahresende" in a
 * past clause in May is last year's), a goal ahead ("bis Jahresende").
 */
export class GermanEdgeCompoundParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(Jahres|Monats)(beginn|anfang|mitte|ende)s?(?:\s+(${YEAR})(?![\p{N}]))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, unit, edge, yearText] = match;
    const mod = edge === 'mitte' ? 'MID' : edge === 'ende' ? 'END' : 'START';
    const reference = referenceOf(context);
    if (unit === 'Monats') return dateResult(context, index, match[0], reference, [], { grain: 'month', mod });
    const month = mod === 'START' ? 1 : mod === 'MID' ? 6 : 12;
    // A goal ("bis Jahresende", "bis zum Jahresende") is this year's edge or the next, whatever the tense, as for seasons.
    const tense = GERMAN_TIME_GOAL.test(textBefore(context, index)) ? 'future' : tenseAt(context, index);
    const year = yearText ? Number(yearText) : yearForMonth(reference, month, undefined, tense);
    return dateResult(context, index, match[0], { year, month: 1, day: 1 }, yearText ? ['year'] : [], { grain: 'year', mod });
  }
}

/** "Ende 2019", "Anfang des Jahres", "Mitte nächster Woche", "Ende vergangenen Monats". */
export class GermanPeriodEdgeParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(Anfang|Mitte|Ende|Beginn)\s+(?:(?:des|der)\s+)?(?:(${GERMAN_DIRECTION})\s+)?(?:(Jahres|Jahrs|Monats|Woche)(?:\s+(${YEAR}))?|(${YEAR}))(?![\p{L}\p{N}]|[.,]\d)`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, modWord, directionWord, unitWord, unitYear, bareYear] = match;
    const mod = modOf(modWord);
    const reference = referenceOf(context);
    const writtenYear = unitYear ?? bareYear;
    if (writtenYear) {
      if (unitWord && unitWord !== 'Jahres' && unitWord !== 'Jahrs') return null;
      return dateResult(context, index, match[0], { year: Number(writtenYear), month: 1, day: 1 }, ['year'], { grain: 'year', mod });
    }
    const direction = directionOf(directionWord) ?? 0;
    const unit = unitWord === 'Monats' ? 'month' : unitWord === 'Woche' ? 'week' : 'year';
    const date = shiftReference(reference, unit, direction);
    return dateResult(context, index, match[0], date, [], { grain: unit, mod });
  }
}

/** "Montag", "am Sonntag", "letzten Freitag", "Montagmorgen", "Dienstagabend", "Sonntag Nacht". */
export class GermanWeekdayParser extends NewsParser {
  private static readonly lead = new RegExp(String.raw`(?<![\p{L}])(${GERMAN_DIRECTION})\s+$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(${WEEKDAY})(?:(morgen|früh|vormittag|mittag|nachmittag|abend|nacht)|(s))?(?:\s+(${GERMAN_PART_OF_DAY}))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, weekdayWord, compoundPart, genitive, separatePart] = match;
    // "im Laufe des Donnerstags" names the day; "Donnerstags" without "des" is the adverb "on Thursdays" (GermanSetParser).
    if (genitive && !/(?<![\p{L}])des\s+$/u.test(textBefore(context, index, 8))) return null;
    const { start, words } = wordsBefore(context, index, GermanWeekdayParser.lead);
    const directionWord = words?.[1];
    if (!directionWord && followsName(context, index)) return null;
    if (SUNDAY_PAPER.test(textBefore(context, index, 12)) && weekdayWord === 'Sonntag') return null;
    const weekday = weekdayNumber(weekdayWord, 'de');
    if (weekday === undefined) return null;
    const partWord = compoundPart ?? separatePart;
    const part = partWord ? partOfDay(partWord) : undefined;
    const date = resolveBareWeekday(context, index, weekday, directionOf(directionWord));
    const text = context.text.slice(start, index + match[0].length);
    return weekdayResult(context, start, text, weekday, date, part ? { kind: 'TIME', part } : {});
  }
}

/** The Sunday papers "Welt am Sonntag" and "Bild am Sonntag" name no day. */
const SUNDAY_PAPER = /(?<![\p{L}])(?:Welt|Bild)\s+am\s+$/u;

/** "Nacht zum Montag", "Nacht auf Sonntag", "Nacht von Samstag auf Sonntag": the night before that day. */
export class GermanNightParser extends NewsParser {
  constructor() {
    super(new RegExp(
      String.raw`[Nn]acht\s+(?:vo[nm]\s+(?:${WEEKDAY}|\d{1,2}\.)\s+)?(?:zum|zu|auf)\s+(?:den\s+)?` +
      String.raw`(?:(${WEEKDAY})|(\d{1,2})\.\s*(${MONTH})(?:\s+(${YEAR}))?)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    if (match[2]) return this.beforeDate(context, match, index);
    const weekday = weekdayNumber(match[1], 'de');
    if (weekday === undefined) return null;
    const morning = resolveBareWeekday(context, index, weekday, undefined);
    const night = addDays(morning, -1);
    return weekdayResult(context, index, match[0], (weekday + 6) % 7, night, { kind: 'TIME', part: 'NI' });
  }

  /** "in der Nacht auf den 3. November 2010", "Nacht vom 2. auf den 3. November": the night before that day. */
  private beforeDate(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, , dayText, monthWord, yearText] = match;
    const day = Number(dayText);
    const month = monthNumber(monthWord, 'de');
    if (!month) return null;
    const year = yearText ? Number(yearText) : yearForDay(referenceOf(context), month, day, goalTense(context, index, datedTense(context, index)));
    if (!isValidDay(year, month, day)) return null;
    const night = addDays({ year, month, day }, -1);
    return dateResult(context, index, match[0], night, yearText ? ['year', 'month', 'day'] : ['month', 'day'], { grain: 'day', kind: 'TIME', part: 'NI' });
  }
}

const CASUAL_OFFSETS: Record<string, number> = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, 'übermorgen': 2, heutig: 0, gestrig: -1, morgig: 1 };

/**
 * "heutige" is mostly "present-day" ("der heutige Präsident", "das heutige Syrien", "die heutige Welt"); it names today
 * only before a time or an event that takes place on a day: "die heutige Sitzung", "am heutigen Freitag", "das heutige
 * Auswärtsspiel" (not "der heutige Bundestag"). "gestrige" and "morgige" always name a day.
 */
const NOUN_AFTER_ADJECTIVE = /^\s+(?:\p{Ll}+(?:e|en|er|es|em)\s+)?(\p{Lu}\p{L}*)(?![\p{L}])/u;
const TODAYS_EVENT = new RegExp(String.raw`(?:^(?:tag|termin|datum)|${WEEKDAY_PATTERN.de}|${GERMAN_PART_OF_DAY}|sitzung|treffen|spiel|partie|` +
  String.raw`match|rennen|finale|gipfel|rede|debatte|abstimmung|wahl|konferenz|veranstaltung|ausgabe|sendung|auftritt|niederlage|sieg|` +
  String.raw`prognose|anhörung|verhandlung|gespräch|streik|demonstration|kundgebung)(?:e?[ns]|e)?$`, 'iu');

function namesTodaysEvent(after: string): boolean {
  const noun = NOUN_AFTER_ADJECTIVE.exec(after)?.[1];
  return noun !== undefined && TODAYS_EVENT.test(noun);
}

/**
 * "heute", "gestern Abend", "morgen früh", "vergangene Nacht", and the adjectives "die heutige Sitzung", "am gestrigen
 * Dienstag". Capitalised "Morgen" is tomorrow only at a sentence start.
 */
export class GermanCasualDayParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?:(heute|gestern|vorgestern|morgen|übermorgen|Heute|Gestern|Vorgestern|Morgen|Übermorgen)(?:\s+(${GERMAN_PART_OF_DAY}))?|([Ll]etzte|[Vv]ergangene)\s+Nacht|([Hh]eutig|[Gg]estrig|[Mm]orgig)e[nmrs]?)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, casualWord, partWord, lastNight, adjective] = match;
    const dayWord = casualWord ?? adjective;
    const reference = referenceOf(context);
    if (lastNight) {
      return dateResult(context, index, match[0], addDays(reference, -1), [], { grain: 'day', kind: 'TIME', part: 'NI' });
    }
    if (dayWord === 'Morgen' && !startsSentence(context, index)) return null;
    if (/^[Hh]eutig/u.test(dayWord) && !namesTodaysEvent(textAfter(context, index + match[0].length))) return null;
    // "die Heute-Plattformen": the word opens a compound, the name of a paper or a programme.
    if (/^-\p{L}/u.test(textAfter(context, index + match[0].length, 2))) return null;
    const offset = CASUAL_OFFSETS[dayWord.toLowerCase()];
    const part = partWord ? partOfDay(partWord) : undefined;
    const info: MentionInfo = part ? { grain: 'day', kind: 'TIME', part } : { grain: 'day' };
    return dateResult(context, index, match[0], addDays(reference, offset), [], info);
  }
}

/**
 * "diese Woche", "vergangenen Monat", "im vergangenen Jahr", "des Vorjahres", "heuer", "am Wochenende"; and, counted
 * back from the last date before them (see anaphoricDates.ts), "am Vortag", "im Jahr zuvor", "am Tag davor".
 */
export class GermanRelativePeriodParser extends NewsParser {
  private static readonly lead = new RegExp(String.raw`(?<![\p{L}])(${GERMAN_DIRECTION})\s+$`, 'u');
  private static readonly underWay = /(?<![\p{L}])[Ii]m\s+(?:Laufe?|Verlauf)\s+(?:der|des)\s+$/u;
  /** "im Jahr zuvor", "in der Woche davor", "am Tag zuvor": after an article, the unit and the adverb that looks back. */
  private static readonly articleBefore = /(?<![\p{L}])(?:[Ii]m|[Aa]m|[Vv]om|[Dd]em|[Dd]es|[Ii]n\s+der|[Dd]er)\s+$/u;
  private static readonly backAfter = /^\s+(?:zuvor|davor)(?![\p{L}])/u;
  /** "am gleichen Tag", "im selben Jahr": the unit of the last date named (anaphoricDates.ts finds it). */
  private static readonly same = /(?<![\p{L}])(?:[Aa]m|[Ii]m|[Ii]n\s+der|[Aa]n\s+dem|[Ii]n\s+dem)\s+(?:gleichen|selben|selbigen)\s+$/u;

  constructor() {
    // The unit first and the direction word read behind it (see wordsBefore): starting at the direction word
    // made this pattern the slowest of the parsers.
    super(new RegExp(String.raw`(Woche|Monats?|Jahr(?:es|s)?|Quartals?|Halbjahr(?:es|s)?|Wochenendes?|Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche|Vortag(?:es|s)?|Tag(?:es)?|heuer|Heuer)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const word = match[1];
    if (/^(?:Tag|Woche|Monat|Jahr)$/.test(word)) {
      const same = wordsBefore(context, index, GermanRelativePeriodParser.same);
      if (same.words) return GermanRelativePeriodParser.sameAsLast(context, same.start, index + match[0].length, word);
    }
    const back = GermanRelativePeriodParser.lookingBack(context, index, match[0].length, word);
    if (/^Tag/.test(word) && !back) return null;
    const standalone = /^(?:Vor|[Hh]euer)/.test(word);
    // "die Vorjahres-Siegerin": the first part of a compound, one word with its noun, names no time of its own.
    if (standalone && /^-\p{L}/u.test(textAfter(context, index + match[0].length, 2))) return null;
    const { start, words } = standalone || back ? { start: index, words: null } : wordsBefore(context, index, GermanRelativePeriodParser.lead);
    // "im Laufe der Woche", "im Verlauf des Jahres": the one under way.
    const underWay = !words && !standalone && !back && GermanRelativePeriodParser.underWay.test(textBefore(context, index, 24));
    if (!words && !standalone && !back && !underWay && word !== 'Wochenende') return null;
    const direction = standalone || back ? (/^[Hh]euer/.test(word) ? 0 : -1) : underWay ? 0 : directionOf(words?.[1]);
    const text = context.text.slice(start, index + match[0].length + (back?.[0].length ?? 0));
    if (/^Wochenende/.test(word)) return dateResult(context, start, text, resolveWeekend(context, start, direction), [], { grain: 'weekend' });
    const unit = /^(Woche|Vorwoche)/.test(word) ? 'week'
      : /^(Tag|Vortag)/.test(word) ? 'day'
      : /^(Monat|Vormonat)/.test(word) ? 'month'
      : /^Quartal/.test(word) ? 'quarter'
      : /^Halbjahr/.test(word) ? 'half'
      : 'year';
    const date = shiftReference(referenceOf(context), unit, direction ?? 0);
    const info: MentionInfo = { grain: unit };
    if (unit === 'quarter') info.quarter = Math.ceil(date.month / 3);
    if (unit === 'half') info.half = date.month <= 6 ? 1 : 2;
    return dateResult(context, start, text, date, [], info);
  }

  /** "am gleichen Tag": the reference's day, week, month or year here; the last date named's in anaphoricDates.ts. */
  private static sameAsLast(context: ParsingContext, start: number, end: number, unitWord: string): ParsingResult {
    const grain = unitWord === 'Tag' ? 'day' : unitWord === 'Woche' ? 'week' : unitWord === 'Monat' ? 'month' : 'year';
    return dateResult(context, start, context.text.slice(start, end), referenceOf(context), [], { grain });
  }

  /** "zuvor" or "davor" after "im Jahr", "am Tag", "in der Woche": the article before the unit keeps out "zwei Jahre zuvor". */
  private static lookingBack(context: ParsingContext, index: number, length: number, word: string): RegExpExecArray | null {
    if (!/^(?:Tag|Woche|Monat|Jahr)/.test(word) || !GermanRelativePeriodParser.articleBefore.test(textBefore(context, index, 12))) return null;
    return GermanRelativePeriodParser.backAfter.exec(textAfter(context, index + length, 12));
  }
}

/**
 * "die diesjährige Ausgabe", "die letztjährigen Chips", "der vorjährige Sieger", "der heurige Stresstest": an
 * adjective that names the year of its noun. Before a unit or season the period parsers read the whole
 * ("im heurigen Sommer"), and chrono keeps the longer result.
 */
export class GermanYearAdjectiveParser extends NewsParser {
  constructor() {
    super(/([Dd]iesjährig|[Hh]eurig|[Ll]etztjährig|[Vv]orjährig|[Nn]ächstjährig)e[nmrs]?(?![\p{L}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const stem = match[1].toLowerCase();
    const shift = stem === 'letztjährig' || stem === 'vorjährig' ? -1 : stem === 'nächstjährig' ? 1 : 0;
    const date = shiftReference(referenceOf(context), 'year', shift);
    return dateResult(context, index, match[0], date, [], { grain: 'year' });
  }
}

const ORDINALS: Record<string, number> = { ersten: 1, zweiten: 2, dritten: 3, vierten: 4, erste: 1, zweite: 2, dritte: 3, vierte: 4 };

/** "im dritten Quartal", "im ersten Halbjahr 2020", "Q3 2019". */
export class GermanQuarterParser extends NewsParser {
  private static readonly lead = /(?<![\p{L}\p{N}])(?:(ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte)|([1-4])\.)\s+$/u;

  constructor() {
    super(new RegExp(String.raw`(?:(Quartals?|Halbjahr(?:es|s)?|Jahreshälfte)|Q([1-4]))(?:\s*(?:\/|des\s+Jahres)?\s*(${YEAR}))?${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, unitWord, qDigit, yearText] = match;
    let start = index;
    let number = Number(qDigit);
    if (unitWord) {
      const { start: leadStart, words } = wordsBefore(context, index, GermanQuarterParser.lead);
      if (!words) return null;
      start = leadStart;
      number = words[1] ? ORDINALS[words[1]] : Number(words[2]);
    }
    const isHalf = unitWord !== undefined && !/^Quartal/.test(unitWord);
    if (isHalf && number > 2) return null;
    const year = yearText ? Number(yearText) : referenceOf(context).year;
    const info: MentionInfo = isHalf ? { grain: 'half', half: number } : { grain: 'quarter', quarter: number };
    const text = context.text.slice(start, index + match[0].length);
    return dateResult(context, start, text, { year, month: 1, day: 1 }, yearText ? ['year'] : [], info);
  }
}

const SEASON_SIGNAL = /(?:^|[^\p{L}])(?:im|Im|seit|Seit|bis|Bis|ab|Ab|zum|vom|Anfang|Mitte|Ende|Beginn|diesen|nächsten|letzten|vergangenen|kommenden|den|dem|des|der|das|Der|Das)\s+$/u;

/** "im Sommer", "Frühjahr 2021", "vergangenen Herbst". */
export class GermanSeasonParser extends NewsParser {
  private static readonly lead = new RegExp(String.raw`(?<![\p{L}])(${GERMAN_DIRECTION})\s+$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(Frühjahrs?|Frühlings?|Sommers?|Herbst(?:es|s)?|Winters?)(?:\s+(${YEAR})(?:\/(?:\d{4}|\d{2}))?(?![\p{N}]))?${END}(?!-)`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, seasonWord, yearText] = match;
    const { start, words } = wordsBefore(context, index, GermanSeasonParser.lead);
    const directionWord = words?.[1];
    if (!directionWord && !yearText && !SEASON_SIGNAL.test(textBefore(context, index))) return null;
    const season = seasonOf(seasonWord);
    if (!season) return null;
    const reference = referenceOf(context);
    // A season as a goal ("bis zum Sommer", "für den Herbst") is this year's or the next, whatever the tense.
    const tense = GERMAN_TIME_GOAL.test(textBefore(context, start)) ? 'unknown' : tenseAt(context, start);
    const ofYear = yearText ? null : yearNamedAfter(context, index + match[0].length);
    const year = yearText ? Number(yearText) : ofYear ? ofYear.year : yearForSeason(reference, season, directionOf(directionWord), tense);
    const text = context.text.slice(start, index + match[0].length + (ofYear?.length ?? 0));
    return dateResult(context, start, text, { year, month: 1, day: 1 }, yearText ? ['year'] : [], { grain: 'season', season });
  }
}

/**
 * "am Nachmittag", "am frühen Morgen", "in der Nacht": a part of the reference day (or of the
 * date that follows, "Nachmittag des 11. September", see PartOfDayOfDateRefiner).
 */
export class GermanPartOfDayParser extends NewsParser {
  constructor() {
    // Not "Nacht zum Montag" (GermanNightParser), nor a compound ("Nacht-U-Bahn"); "am Nachmittag zu Wort" is one.
    super(new RegExp(String.raw`(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![\p{L}-])(?!\s+(?:zum|zu|auf|von)\s+(?:den\s+)?(?:${WEEKDAY}|\d))`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const part = partOfDay(match[1]);
    if (!part) return null;
    const lead = match[1] === 'Nacht' ? /(?:^|[^\p{L}])[Ii]n der\s+$/u : /(?:^|[^\p{L}])[Aa]m\s+(?:(frühen|späten)\s+)?$/u;
    const before = lead.exec(textBefore(context, index));
    if (!before) return null;
    // "am frühen Morgen": the adjective says which part of the morning, so it belongs to the expression.
    const start = before[1] ? index - (before[0].length - before[0].indexOf(before[1])) : index;
    const info: MentionInfo = { grain: 'day', kind: 'TIME', part, mod: before[1] === 'frühen' ? 'START' : before[1] ? 'END' : undefined };
    return dateResult(context, start, context.text.slice(start, index + match[0].length), referenceOf(context), [], info);
  }
}

/** "1." in "zwischen dem 1. und 5. September": a day that takes its month from the date after it. */
export class GermanDanglingDayParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(\d{1,2})\.(?=\s*(?:und|oder|,|\/)\s*\d{1,2}\.\s*(${MONTH})(?:\s+(${YEAR}))?)`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const day = Number(match[1]);
    const month = monthNumber(match[2], 'de');
    if (!month || day < 1 || day > 31) return null;
    const year = match[3] ? Number(match[3]) : yearForDay(referenceOf(context), month, day, goalTense(context, index, datedTense(context, index)));
    if (!isValidDay(year, month, day)) return null;
    return dateResult(context, index, match[0], { year, month, day }, match[3] ? ['year', 'month', 'day'] : ['month', 'day'], { grain: 'day' });
  }
}

const NUMBER = String.raw`\d+(?:,\d+)?|${numberWordPattern('de')}`;

/** Words for an amount not given: "einigen", "mehrere", "vielen", "weniger", "ein paar". */
const VAGUE_AMOUNT = '[Ww]enige[nr]?|[Ee]inige[nr]?|[Mm]ehrere[nr]?|[Vv]iele[nr]?|[Ee]in paar';
const VAGUE_AMOUNT_START = new RegExp(`^(?:${VAGUE_AMOUNT})\\s`, 'u');
/** After an amount of time, the words that count it from the last date named ("zwei Tage später"); not "früher", which mostly compares. */
const RELATION_AFTER = /^\s+(später|danach|darauf|zuvor|davor|vorher)(?![\p{L}])/u;

/** An age is no amount of time: "im Alter von 79 Jahren", "ist 45 Jahre alt", "der 27 Jahre junge Bezirksrat". */
const AGE_BEFORE = /(?:^|[^\p{L}])Alter\s+von\s+$/u;
const AGE_AFTER = /^\s+(?:alt|jung)e?[nmrs]?(?![\p{L}])/u;
/**
 * "mit 83 Jahren gestorben", "mit 60 Jahren in Pension": "mit" and a number of years is an age, unless a noun follows
 * that the years measure ("mit zwei Jahren Verspätung").
 */
const AGE_WITH = /(?:^|[^\p{L}])[Mm]it\s+$/u;
const NOUN_NEXT = /^\s+\p{Lu}/u;

function isAge(context: ParsingContext, start: number, unitWord: string, end: number): boolean {
  const before = textBefore(context, start);
  const after = textAfter(context, end);
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return true;
  return unitWord === 'Jahren' && AGE_WITH.test(before) && !NOUN_NEXT.test(after);
}

/**
 * Amounts of time. "vor zwei Jahren" is a date (two years back), "in zwei Wochen" a date ahead,
 * anything else a duration ("seit fast einem Jahr" = P1Y, approximate). A range is one expression worth its upper end
 * ("in den letzten 20 bis 30 Jahren" = P30Y).
 */
export class GermanDurationParser extends NewsParser {
  private static readonly lead = new RegExp(
    String.raw`(?<![\p{L}\p{N}.:])(?:([Vv]or|[Ii]n)\s+)?(?:(den|die|der|des)\s+)?(?:(${GERMAN_DIRECTION}|ersten|ganzen|gesamten)\s+)?` +
    String.raw`(?:(${APPROX_PATTERN.de})\s+)?(?:(?:${NUMBER})\s+(?:bis|-|–)\s+)?(${NUMBER})(?:\s+(halbe[ns]?))?\s+$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(${UNIT_PATTERN.de})${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const unitWord = match[1];
    const { start, words } = wordsBefore(context, index, GermanDurationParser.lead);
    if (!words) return null;
    const [, lead, article, directionWord, approxWord, numberWord, halfWord] = words;
    // "eines Tages" is some day, unless a preposition makes it a length: "binnen eines Tages", "innerhalb eines Tages".
    if (/^eines$/i.test(numberWord) && /^Tages$/.test(unitWord) && !/(?<![\p{L}])(?:binnen|innerhalb)\s+$/u.test(textBefore(context, start, 12))) return null;
    if (isAge(context, start, unitWord, index + match[0].length)) return null;
    const written = numeralOf(numberWord, 'de');
    const unit = unitInfo(unitWord, 'de');
    if (written === null || !unit) return null;
    const { amount, designator } = inLettersUnits(halfWord ? (written === 1 ? 0.5 : written + 0.5) : written, unit);
    const mod = approxWord && isApproxWord(approxWord) ? 'APPROX' as const : undefined;
    const text = context.text.slice(start, index + match[0].length);
    // "zwölf Jahre später", "drei Tage zuvor": counted from the reference here, from the last date named in anaphoricDates.ts.
    const relation = lead || article || directionWord ? null : RELATION_AFTER.exec(textAfter(context, index + match[0].length));
    if (relation) {
      const sign = /^(?:später|danach|darauf)$/.test(relation[1]) ? 1 : -1;
      const counted = offsetResult(context, start, text + relation[0], sign * amount, designator, { mod });
      if (counted) return counted;
    }
    if (lead && !article && !directionWord) {
      const sign = /^[Vv]or$/.test(lead) ? -1 : 1;
      const offset = offsetResult(context, start, text, sign * amount, designator, { mod, keepLeadingWord: true });
      if (offset) return offset;
      // "in 20 Minuten": without a clock time to count from, say how long.
      if (sign < 0) return null;
    }
    return ownResult(context, start, text, blockedComponents(context), {
      kind: 'DURATION', value: durationValue(amount, designator), mod,
    });
  }
}

/** An amount of a unit TIMEX3 has no letter for in one it has: "sechs Semester" are three years, "einer Viertelstunde" 15 minutes. */
function inLettersUnits(amount: number, unit: UnitInfo): { amount: number; designator: UnitInfo['designator'] } {
  if (!unit.scale) return { amount, designator: unit.designator };
  const scaled = amount * unit.scale;
  return unit.designator === 'M' && scaled % 12 === 0 ? { amount: scaled / 12, designator: 'Y' } : { amount: scaled, designator: unit.designator };
}

/**
 * Time of unknown length, named by a plural unit without a number: "seit Jahren", "in den vergangenen Monaten",
 * "den wenigen Wochen", "seit einigen Jahren", "mehrere Tage" are durations (TIMEX3 "PXY", "PXM", "PXW"); "vor
 * Jahren", "vor wenigen Tagen" point back by an unknown amount ("PAST_REF"), "in wenigen Tagen" ahead ("FUTURE_REF"),
 * and "wenige Tage später" ahead of the last date named (see anaphoricDates.ts).
 */
export class GermanVagueDurationParser extends NewsParser {
  private static readonly back = /(?<![\p{L}])[Vv]or\s+(?:(?:so\s+)?(?:wenigen|einigen|mehreren|vielen|ein paar)\s+)?$/u;
  private static readonly ahead = /(?<![\p{L}])[Ii]n\s+(?:wenigen|einigen|ein paar)\s+$/u;
  /** "wie viele Tage" asks for a number. */
  private static readonly question = /(?<![\p{L}])[Ww]ie\s+(?:viele|wenige)n?\s+$/u;
  /** "seit Jahren" (the preposition left out of the span), "in den vergangenen Monaten", "seit einigen Jahren", "mehrere Wochen", "innerhalb weniger Tage" (the word kept). */
  private static readonly stretch = new RegExp(String.raw`(?<![\p{L}])(?:(?:[Ss]eit|[Ff]ür|[Üü]ber)\s+|((?:vergangenen|letzten|vorigen|zurückliegenden|kommenden|nächsten|folgenden|ersten|${VAGUE_AMOUNT})\s+))$`, 'u');

  constructor() {
    super(new RegExp(String.raw`(Jahrzehnten|Jahrzehnte|Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Stunden)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const unit = unitInfo(match[1], 'de');
    if (!unit) return null;
    const end = index + match[0].length;
    for (const [pattern, value] of [[GermanVagueDurationParser.back, 'PAST_REF'], [GermanVagueDurationParser.ahead, 'FUTURE_REF']] as const) {
      const { start, words } = wordsBefore(context, index, pattern);
      if (words) return ownResult(context, start, context.text.slice(start, end), blockedComponents(context), { kind: 'DATE', value, keepLeadingWord: true });
    }
    const { start, words } = wordsBefore(context, index, GermanVagueDurationParser.stretch);
    if (!words || GermanVagueDurationParser.question.test(textBefore(context, index, 24))) return null;
    const from = words[1] ? start : index; // "seit" is left out of the span, "vergangenen" kept
    // "wenige Tage später": some time after the last date named (anaphoricDates.ts says which).
    const relation = words[1] && VAGUE_AMOUNT_START.test(words[1]) ? RELATION_AFTER.exec(textAfter(context, end)) : null;
    if (relation) {
      const value = /^(?:später|danach|darauf)$/.test(relation[1]) ? 'FUTURE_REF' : 'PAST_REF';
      return ownResult(context, from, context.text.slice(from, end + relation[0].length), blockedComponents(context), { kind: 'DATE', value });
    }
    return ownResult(context, from, context.text.slice(from, end), blockedComponents(context), { kind: 'DURATION', value: durationValue('X', unit.designator) });
  }
}

/**
 * "jahrelang", "wochenlange Proteste", "des jahrzehntelangen Einsatzes": a stretch of unknown length ("PXY", "PXW").
 * The pattern finds "lang" and then looks back for the unit: starting with the units' first letters, which are
 * common ones, made its scan three times as slow.
 */
export class GermanLongStretchParser extends NewsParser {
  protected override readonly matchesInsideWord = true;

  constructor() {
    super(/lang(?:e[nmrs]?)?(?![\p{L}])(?<=([Jj]ahrzehnte|[Jj]ahre|[Mm]onate|[Ww]ochen|[Tt]age|[Ss]tunden|[Mm]inuten)lang(?:e[nmrs]?)?)/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const unitWord = match[1];
    const start = index - unitWord.length;
    if (!startsWord(context, start)) return null;
    const unit = unitInfo(unitWord[0].toUpperCase() + unitWord.slice(1), 'de');
    if (!unit) return null;
    const text = context.text.slice(start, index + match[0].length);
    return ownResult(context, start, text, blockedComponents(context), { kind: 'DURATION', value: durationValue('X', unit.designator) });
  }
}

const LENGTH_STEMS: Record<string, string> = { 'sekünd': 'S', 'minüt': 'MIN', 'stünd': 'H', 'täg': 'D', 'wöch': 'W', monat: 'M' };

/**
 * "23-sekündige", "zweitägigen", "dreimonatige": an adjective of length, a duration ("PT23S", "P2D", "P3M"). Ages
 * ("45-jährige") are not. As above, the pattern finds the ending "ig" and looks back for the stem and the number:
 * starting at the number tries every number word at every position of the text.
 */
export class GermanLengthAdjectiveParser extends NewsParser {
  private static readonly amountBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(\d+(?:,\d+)?)-|(${numberWordPattern('de')}))$`, 'u');

  protected override readonly matchesInsideWord = true;

  constructor() {
    super(/ig(?:e[nmrs]?)?(?![\p{L}])(?<=(sekünd|minüt|stünd|täg|wöch|monat)ig(?:e[nmrs]?)?)/u);
  }

  /** `amountBefore` checks where the word starts. */
  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const stemStart = index - match[1].length;
    const { start, words } = wordsBefore(context, stemStart, GermanLengthAdjectiveParser.amountBefore);
    if (!words) return null;
    const amount = numeralOf(words[1] ?? words[2], 'de');
    const designator = LENGTH_STEMS[match[1]];
    if (amount === null || !designator) return null;
    const text = context.text.slice(start, index + match[0].length);
    return ownResult(context, start, text, blockedComponents(context), { kind: 'DURATION', value: durationValue(amount, designator) });
  }
}

/** "nach 2:47 Stunden", "3:48 nervenaufreibenden Stunden": hours and minutes written as on a clock, a duration ("PT2H47M"). */
export class GermanClockDurationParser extends NewsParser {
  constructor() {
    super(/(\d{1,2}):([0-5]\d)\s+(?:\p{Ll}+e[nmrs]?\s+)?(Stunden|Minuten)(?![\p{L}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, larger, smaller, unitWord] = match;
    if (/\d[:.]$/.test(textBefore(context, index, 2))) return null; // the end of a race time, "9:02:17 Stunden"
    const [big, small] = unitWord === 'Stunden' ? ['H', 'M'] : ['M', 'S'];
    const parts = `${Number(larger) ? `${Number(larger)}${big}` : ''}${Number(smaller) ? `${Number(smaller)}${small}` : ''}`;
    return ownResult(context, index, match[0], blockedComponents(context), { kind: 'DURATION', value: `PT${parts || `0${big}`}` });
  }
}

/** "um 14 Uhr", "14:30 Uhr", "gegen 18.30 Uhr", "von 9 bis 17 Uhr", "um 14:30", "8 Uhr abends". */
export class GermanTimeParser extends NewsParser {
  private static readonly lead = /(?<![\p{L}])([Gg]egen|[Uu]m|[Aa]b|[Bb]is|[Ss]eit|[Vv]on|[Zz]wischen)\s+$/u;

  constructor() {
    super(new RegExp(
      String.raw`(\d{1,2})(?:[:.](\d{2}))?(?:\s*(?:bis|und|-|–)\s*(\d{1,2})(?:[:.](\d{2}))?)?` +
      String.raw`(?:\s*(Uhr)(?:\s+(morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?|(?<=:\d{2}))(?![\p{L}\p{N}])`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, hourText, minuteText, endHourText, endMinuteText, uhr, partWord] = match;
    const { start, words } = wordsBefore(context, index, GermanTimeParser.lead);
    const prefix = words?.[1];
    if (!uhr && !prefix) return null; // a bare "14:30" may be a score or a ratio
    // "um 14:30 Prozent", "von 7:57 Minuten": an amount or a stretch of time (GermanClockDurationParser), not a clock time.
    if (!uhr && /^\s*(?:Prozent|%|Euro|Dollar|(?:\p{Ll}+e[nmrs]?\s+)?(?:Stunden|Minuten)(?![\p{L}]))/u.test(textAfter(context, index + match[0].length))) return null;
    if (/[\p{N}.,:]$/u.test(textBefore(context, index, 1))) return null;
    const begin = clockTime(Number(hourText), minuteText, partWord);
    if (!begin) return null;
    const reference = referenceOf(context);
    const components = context.createParsingComponents();
    imply(components, reference);
    components.assign('hour', begin.hour).assign('minute', begin.minute);
    const text = context.text.slice(start, index + match[0].length);
    const result = ownResult(context, start, text, components, {
      kind: 'TIME', grain: 'minute', mod: prefix && /^[Gg]egen$/.test(prefix) ? 'APPROX' : undefined,
    });
    if (endHourText) {
      const end = clockTime(Number(endHourText), endMinuteText, partWord);
      if (!end) return null;
      const endComponents = context.createParsingComponents();
      imply(endComponents, reference);
      endComponents.assign('hour', end.hour).assign('minute', end.minute);
      result.end = endComponents;
    }
    return result;
  }
}

function imply(components: ReturnType<ParsingContext['createParsingComponents']>, date: YMD): void {
  components.imply('year', date.year).imply('month', date.month).imply('day', date.day);
}

function clockTime(hour: number, minuteText: string | undefined, partWord: string | undefined): { hour: number; minute: number } | null {
  const minute = minuteText ? Number(minuteText) : 0;
  if (hour > 24 || minute > 59) return null;
  let adjusted = hour;
  if (partWord && /nachmittags|abends/.test(partWord) && hour < 12) adjusted += 12;
  if (partWord === 'nachts' && hour >= 6 && hour < 12) adjusted += 12;
  return { hour: adjusted, minute };
}

const SET_ADVERBS: Record<string, string> = {
  'täglich': 'P1D', 'wöchentlich': 'P1W', monatlich: 'P1M', 'jährlich': 'P1Y', 'alljährlich': 'P1Y', 'halbjährlich': 'P6M', 'vierteljährlich': 'P3M',
  'stündlich': 'PT1H',
};
const SET_UNITS: Record<string, string> = {
  Tag: 'P1D', Woche: 'P1W', Monat: 'P1M', Quartal: 'P3M', Semester: 'P6M', Halbjahr: 'P6M', Jahr: 'P1Y', Studienjahr: 'P1Y', Schuljahr: 'P1Y',
  Stunde: 'PT1H', Morgen: 'XXXX-XX-XXTMO', Abend: 'XXXX-XX-XXTEV', Nacht: 'XXXX-XX-XXTNI', Wochenende: 'XXXX-WXX-WE',
};

/**
 * Recurring times: "täglich" (approximate after "fast": "fast täglich"), "alljährlich", the adjective "wöchentliche",
 * "jede Woche", "mit jedem Tag", "pro Jahr", "pro Semester", "jeden Montag", "sonntags", "an Sonntagen".
 */
export class GermanSetParser extends NewsParser {
  private static readonly approx = /(?<![\p{L}])([Ff]ast|[Nn]ahezu|[Bb]einahe)\s+$/u;
  /** "100 Millionen monatliche Nutzer": an adjective inside a count describes what is counted. */
  private static readonly inCount = /(?:\d|Tausend|Millionen?|Milliarden?|Mio\.|Mrd\.)\s+$/u;

  constructor() {
    super(new RegExp(
      String.raw`(?:(täglich|wöchentlich|monatlich|jährlich|alljährlich|halbjährlich|vierteljährlich|stündlich)(?:e[nmrs]?)?|` +
      String.raw`(?:[Jj]ede[nms]?|[Pp]ro)\s+(Tag|Woche|Monat|Quartal|Semester|Halbjahr|Jahr|Studienjahr|Schuljahr|Stunde|Morgen|Abend|Nacht|Wochenende|${WEEKDAY})|` +
      String.raw`(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags)|(${WEEKDAY})en)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, adverb, unitWord, weekdayAdverb, pluralWeekday] = match;
    if (adverb && match[0] !== adverb && GermanSetParser.inCount.test(textBefore(context, index, 16))) return null;
    if (pluralWeekday && !/(?:^|[^\p{L}])an\s+$/u.test(textBefore(context, index))) return null;
    let value = adverb ? SET_ADVERBS[adverb] : unitWord ? SET_UNITS[unitWord] : undefined;
    const weekdayWord = weekdayAdverb ? weekdayAdverb[0].toUpperCase() + weekdayAdverb.slice(1, -1) : pluralWeekday ?? unitWord;
    const weekday = weekdayWord ? weekdayNumber(weekdayWord, 'de') : undefined;
    if (weekday !== undefined) value = `XXXX-WXX-${weekday || 7}`;
    if (!value) return null;
    const { start, words } = adverb ? wordsBefore(context, index, GermanSetParser.approx) : { start: index, words: null };
    const text = context.text.slice(start, index + match[0].length);
    return ownResult(context, start, text, blockedComponents(context), { kind: 'SET', value, mod: words ? 'APPROX' : undefined });
  }
}

/** "sechs Millionen Euro im Monat", "6,5 Prozent im Jahr", "acht Stunden am Tag": a rate's period is a set, as "pro Monat" is. */
export class GermanRatePeriodParser extends NewsParser {
  private static readonly afterAmount = /(?:\d|Euro|Dollar|Franken|Pfund|Cent|Prozent|Tausend|Millionen?|Milliarden?|Mio\.|Mrd\.|Stunden)\s+((?:im|am|in\s+der)\s+)$/u;

  constructor() {
    super(new RegExp(String.raw`(Tag|Woche|Monat|Jahr)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const lead = GermanRatePeriodParser.afterAmount.exec(textBefore(context, index, 32));
    const value = SET_UNITS[match[1]];
    if (!lead || !value) return null;
    const start = index - lead[1].length; // the preposition belongs to the set, as "pro" does
    return ownResult(context, start, context.text.slice(start, index + match[0].length), blockedComponents(context), { kind: 'SET', value, keepLeadingWord: true });
  }
}

const WHOLE_PERIODS: Record<string, string> = { Jahr: 'P1Y', Jahres: 'P1Y', Monat: 'P1M', Monats: 'P1M', Woche: 'P1W', Tag: 'P1D', Tages: 'P1D' };

/** "des ganzen Jahres", "das ganze Jahr", "den ganzen Tag": the whole of one unit, a duration ("P1Y", "P1D"). */
export class GermanWholePeriodParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?:ganze[nms]?|gesamte[nms]?)\s+(Jahres|Jahr|Monats|Monat|Woche|Tages|Tag)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const value = WHOLE_PERIODS[match[1]];
    if (!value) return null;
    return ownResult(context, index, match[0], blockedComponents(context), { kind: 'DURATION', value });
  }
}

const RECURRENCE_UNITS: Record<string, string> = { Jahrzehnte: 'DE', Jahre: 'Y', Monate: 'M', Wochen: 'W', Tage: 'D', Stunden: 'H', Minuten: 'MIN' };

/** "alle zwei Jahre", "etwa alle zehn Jahre", "alle paar Wochen": recurring at a stretch (SET "P2Y", "PXW"). */
export class GermanRecurrenceParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`alle\s+(?:(paar)|(${NUMBER}))\s+(Jahrzehnte|Jahre|Monate|Wochen|Tage|Stunden|Minuten)${END}`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, few, numberWord, unitWord] = match;
    const amount = few ? 'X' : numeralOf(numberWord, 'de');
    if (amount === null) return null;
    return recurrenceResult(context, index, index + match[0].length, amount, RECURRENCE_UNITS[unitWord]);
  }
}

/** "um die Jahrtausendwende": the year 2000, the only turn of a millennium news speaks of without naming it. */
export class GermanMillenniumTurnParser extends NewsParser {
  constructor() {
    super(/Jahrtausendwende(?![\p{L}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    return ownResult(context, index, match[0], blockedComponents(context), { kind: 'DATE', value: '2000', grain: 'year' });
  }
}

/** The decade words up to their shared ending "iger": "Achtz|iger". */
const DECADE_WORDS: Record<string, number> = {
  Zwanz: 2, 'Dreiß': 3, Vierz: 4, 'Fünfz': 5, Sechz: 6, Siebz: 7, Achtz: 8, Neunz: 9,
};

/**
 * "in den Achtzigerjahren", "die Sechziger Jahre", "Anfang der Neunzigerjahre des letzten Jahrhunderts", "in den frühen
 * Siebzigerjahren" (mod START), and the first of a pair, cut short ("den Achtziger- und Neunzigerjahren"): a decade in
 * words (TIMEX3 "198X"), of the 20th century unless "dieses Jahrhunderts" follows. Without "Jahre" the word may be an
 * age ("in den Achtzigern"), so it must be there.
 */
export class GermanDecadeWordParser extends NewsParser {
  protected override readonly matchesInsideWord = true;
  private static readonly lead = /(?<![\p{L}])(?:(Anfang|Mitte|Ende)\s+der|(frühen|späten))\s+$/u;
  private static readonly century = /^\s+(?:des\s+(?:letzten|vorigen|vergangenen|20\.)|(dieses|des\s+21\.))\s+Jahrhunderts(?![\p{L}])/u;

  constructor() {
    // The ending first and the number read behind it (see GermanLongStretchParser): eight words with as many capitals
    // to start at made the pattern try most nouns.
    super(new RegExp(String.raw`iger(?<=(?<![\p{L}])(${Object.keys(DECADE_WORDS).join('|')})iger)` +
      String.raw`(?:(?:jahre|[\s-]Jahre)n?(?![\p{L}])|-(?=\s+(?:und|oder|bis)\s+\p{Lu}\p{Ll}+ziger[\s-]?[Jj]ahre))`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, at: number): ParsingResult | null {
    const digit = DECADE_WORDS[match[1]];
    if (digit === undefined) return null;
    const index = at - match[1].length;
    const { start, words } = wordsBefore(context, index, GermanDecadeWordParser.lead);
    const end = at + match[0].length;
    const century = match[0].endsWith('-') ? null : GermanDecadeWordParser.century.exec(textAfter(context, end, 40));
    const text = context.text.slice(start, end + (century?.[0].length ?? 0));
    return ownResult(context, start, text, blockedComponents(context), {
      kind: 'DATE', value: `${century?.[1] ? 20 : 19}${digit}X`, grain: 'decade', mod: modOf(words?.[1] ?? words?.[2]),
    });
  }
}

export function germanParsers(): NewsParser[] {
  return [
    new GermanNumericDateParser(), new GermanMonthParser(), new GermanPeriodEdgeParser(), new GermanEdgeCompoundParser(), new GermanWeekdayParser(),
    new GermanNightParser(), new GermanCasualDayParser(), new GermanRelativePeriodParser(), new GermanYearAdjectiveParser(), new GermanQuarterParser(),
    new GermanSeasonParser(), new GermanDurationParser(), new GermanVagueDurationParser(), new GermanLongStretchParser(),
    new GermanLengthAdjectiveParser(), new GermanClockDurationParser(), new GermanTimeParser(), new GermanSetParser(), new GermanRatePeriodParser(), new GermanRecurrenceParser(), new GermanWholePeriodParser(),
    new GermanPartOfDayParser(), new GermanDanglingDayParser(), new GermanMillenniumTurnParser(), new GermanDecadeWordParser(), new HolidayParser('de'),
  ];
}
