// Parsers that read the same in German and English news: a bare year, "2020-09", decades
// ("1990er Jahre", "the 1990s"), centuries ("19. Jahrhundert", "19th century") and midnight and noon.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { Language } from '../../types';
import { pad } from '../calendar';
import { dateComponents, ownResult, referenceOf, textAfter, textBefore } from '../parseState';
import { AMOUNT_QUALIFIERS } from '../vocabulary';
import { NewsParser, YEAR, blockedComponents, dateResult, languageOf, modOf, wordsBefore } from './common';

/** Prepositions and nouns after which a four-digit number is a year. */
const YEAR_SIGNAL: Record<Language, RegExp> = {
  de: /(?:^|[^\p{L}])(?:im|Im|in|In|seit|Seit|bis|Bis|ab|Ab|von|Von|vor|Vor|nach|Nach|zwischen|Zwischen|und|oder|um|Um|für|Für|Anfang|Mitte|Ende|Frühjahr|Frühling|Sommer|Herbst|Winter|Jahr|Jahres|Jahre|Saison|Spielzeit)\s+$|\d[-–]$/u,
  en: /(?:^|[^\p{L}])(?:in|In|since|Since|by|By|until|Until|till|from|From|of|during|During|before|Before|after|After|throughout|Throughout|between|and|or|to|early|Early|mid|late|Late|year|spring|summer|autumn|fall|winter|fiscal)\s+$|(?:mid-|\d[-–])$/u,
};

/** Words after a number that make it an amount ("2000 Euro", "2020 Menschen" is ruled out separately). */
const AMOUNT_AFTER = /^\s*(?:Euro|Dollar|US-Dollar|Franken|Pfund|Prozent|Mal|mal|Stück|Tonnen|Meter|Kilometer|Millionen|Milliarden|euros?|dollars?|pounds?|per\s?cent|percent|%|€|\$|times|people|million|billion)(?![\p{L}])/u;

/** "mehr als 2000 Vermummte" counts people, it names no year. */
const AMOUNT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${AMOUNT_QUALIFIERS})\s+$`, 'u');

/** "Jahr" before a year belongs to the expression ("im Jahr 2019" → "Jahr 2019"), as the news guidelines have it. */
const YEAR_NOUN_BEFORE = /(?<![\p{L}])(?:Jahr|Jahres|[Yy]ear)\s+$/u;

/** "2020", "im Jahr 2019", "seit 1990": a four-digit year where the context says it is one. */
export class YearParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?<![\p{N}])(${YEAR})(?![\p{L}\p{N}]|[.,]\d|[-/]\d{1,2}(?!\d))`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const digits = match[1];
    const language = languageOf(context);
    const year = Number(digits);
    const before = textBefore(context, index);
    const after = textAfter(context, index + match[0].length);
    if (/[.,:/]$/.test(before) || /[\p{L}][-–]$/u.test(before)) return null; // "1.2020", "Covid-2019"
    if (AMOUNT_AFTER.test(after) || AMOUNT_BEFORE.test(before)) return null;
    if (!YEAR_SIGNAL[language].test(before)) {
      if (year < 1900) return null;
      const endsClause = /^\s*(?:[.,;:!?)\]»«“"”']|$)/.test(after) || /^'s/.test(after) || /^[-–](?:1[0-9]|20)\d{2}(?!\d)/.test(after);
      const verbFollows = language === 'de' && /^\s+\p{Ll}/u.test(after);
      if (!endsClause && !verbFollows) return null;
    }
    const { start } = wordsBefore(context, index, YEAR_NOUN_BEFORE);
    const text = context.text.slice(start, index + match[0].length);
    return dateResult(context, start, text, { year, month: 1, day: 1 }, ['year'], { grain: 'year' });
  }
}

const BEFORE_COMMON_ERA = String.raw`v\.\s?Chr\.|vor Christus|v\.\s?u\.\s?Z\.|vor unserer Zeitrechnung|B\.C\.(?:E\.)?|BCE?`;
const COMMON_ERA = String.raw`n\.\s?Chr\.|nach Christus|n\.\s?u\.\s?Z\.|nach unserer Zeitrechnung|A\.D\.|AD|CE`;

/**
 * "753 v. Chr.", "im Jahr 79 n. Chr.", "300 BC": a year with its era, of any length. TIMEX3 writes a year
 * before the common era with "BC" and four digits ("BC0753").
 */
export class EraYearParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(\d{1,4})\s*(?:(${BEFORE_COMMON_ERA})|${COMMON_ERA})(?![\p{L}])`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    if (/[\p{N}.,:]$/u.test(textBefore(context, index, 1))) return null;
    const year = Number(match[1]);
    if (year === 0) return null;
    const { start } = wordsBefore(context, index, YEAR_NOUN_BEFORE);
    const text = context.text.slice(start, index + match[0].length);
    return ownResult(context, start, text, blockedComponents(context), {
      kind: 'DATE', value: `${match[2] ? 'BC' : ''}${pad(year, 4)}`, grain: 'year',
    });
  }
}

/** "2020-09" and "09/2020". */
export class IsoMonthParser extends NewsParser {
  constructor() {
    super(new RegExp(String.raw`(?<![\p{L}\p{N}.,:/-])(?:(${YEAR})-(0[1-9]|1[0-2])(?![\p{N}]|-\d)|(0?[1-9]|1[0-2])\/(${YEAR})(?![\p{N}]|\/\d))`, 'u'));
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const year = Number(match[1] ?? match[4]);
    const month = Number(match[2] ?? match[3]);
    return dateResult(context, index, match[0], { year, month, day: 1 }, ['year', 'month'], { grain: 'month' });
  }
}

/**
 * Decades and centuries with the unknown digits as X (the form src/core/text/timex.ts reads):
 * "1990er Jahre"/"the 1990s" → "199X", "19. Jahrhundert"/"19th century" → "18XX". A decade
 * without its century ("90er") is read as the 1900s, except "00er" and "10er" (2000s).
 */
export class DecadeParser extends NewsParser {
  private static readonly lead = /(?<![\p{L}])(?:(Anfang|Mitte|Ende)\s+der\s+|(frühen|späten)\s+|(?:[Tt]he\s+)?(early|mid|late)[\s-]+|([Tt]he)\s+)$/u;

  constructor() {
    super(/(?:(1[0-9]|20)?([0-9])0(?:er(?:n|(?:\s|-)?Jahren?)?|'?s)|'([0-9])0s)(?![\p{L}\p{N}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const [, century, decade, apostropheDecade] = match;
    const { start, words } = wordsBefore(context, index, DecadeParser.lead);
    const [germanMod, englishMod, article] = [words?.[1] ?? words?.[2], words?.[3], words?.[4]];
    const english = /s$/.test(match[0]);
    // "80s" without century, apostrophe or article is usually an age ("in their 80s").
    if (english && !century && !apostropheDecade && !article && !englishMod) return null;
    const digit = decade ?? apostropheDecade;
    const hundreds = century ?? (Number(digit) <= 1 ? '20' : '19');
    return ownResult(context, start, context.text.slice(start, index + match[0].length), blockedComponents(context), {
      kind: 'DATE', value: `${hundreds}${digit}X`, grain: 'decade', mod: modOf(germanMod ?? englishMod),
    });
  }
}

export class CenturyParser extends NewsParser {
  private static readonly lead = /(?<![\p{L}])(?:(Anfang|Mitte|Ende)\s+des\s+|(?:[Tt]he\s+)?(early|mid|late)[\s-]+)$/u;

  constructor() {
    super(/(\d{1,2})(?:\.\s+Jahrhunderts?|(?:st|nd|rd|th)\s+century)(?![\p{L}\p{N}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const number = Number(match[1]);
    if (number < 1 || number > 21) return null;
    const { start, words } = wordsBefore(context, index, CenturyParser.lead);
    return ownResult(context, start, context.text.slice(start, index + match[0].length), blockedComponents(context), {
      kind: 'DATE', value: `${pad(number - 1)}XX`, grain: 'decade', mod: modOf(words?.[1] ?? words?.[2]),
    });
  }
}

/**
 * "um Mitternacht", "gegen Mitternacht", "kurz vor Mitternacht", "at midnight", "by noon": clock times named by a
 * word. TIMEX3 writes midnight as the end of its day, "T24:00", and noon as "T12:00"; the day is the reference's, or
 * the one named just before (anaphoricDates.ts). German "Mittag" is left to the parts of the day: it is as often lunch as noon.
 */
export class ClockWordParser extends NewsParser {
  private static readonly approx = /(?<![\p{L}])([Gg]egen|[Kk]urz\s+(?:vor|nach)|[Aa]round|[Aa]bout|[Jj]ust\s+(?:before|after))\s+$/u;

  /** One language's words: each parser's pattern is run over every sentence, and a literal start is found fastest. */
  constructor(language: Language) {
    super(language === 'de' ? /(Mitternacht)(?![\p{L}])/u : /([Mm]idnight|noon)(?![\p{L}])/u);
  }

  protected read(context: ParsingContext, match: RegExpMatchArray, index: number): ParsingResult | null {
    const { start, words } = wordsBefore(context, index, ClockWordParser.approx);
    const noon = match[1] === 'noon';
    // A certain hour makes it a clock time to chrono, which joins it with a day next to it ("Freitag um Mitternacht").
    const components = dateComponents(context, {}, [], referenceOf(context)).assign('hour', noon ? 12 : 0).assign('minute', 0);
    return ownResult(context, start, context.text.slice(start, index + match[0].length), components, {
      grain: 'minute', kind: 'TIME', clock: noon ? undefined : '24:00', mod: words ? 'APPROX' : undefined,
    });
  }
}

export function sharedParsers(language: Language): NewsParser[] {
  return [new YearParser(), new EraYearParser(), new IsoMonthParser(), new DecadeParser(), new CenturyParser(), new ClockWordParser(language)];
}
