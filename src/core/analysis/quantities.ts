// Money, percentages and counts in German and English news.
//
// A number is reported when it carries something that makes it a quantity: a currency
// ("30 Milliarden Dollar" → 3e10 USD), a percent sign or word ("1,5 Prozent" → 1.5 %), a
// magnitude word ("100 Millionen" → 1e8), or a counted noun ("100 Millionen monatlichen Nutzer"
// → 1e8 "Nutzer"). Bare numbers are not reported, nor are years, dates, clock times, ordinals,
// amounts of time (the date finder reports those as durations) and numbers inside names
// ("Covid-19", "Windows 10", "Artikel 5"). The span runs from an approximation word ("rund",
// "about") or a currency sign to the last word of the quantity; approximation sets `approx`.
import {
  caselessNumberWordPattern, numberWordPattern, numberWordValue, parseDigitNumeral, scaleByPowerOfTen, ARTICLE_NUMBER_WORDS,
} from './dates/numberWords';
import { AMOUNT_QUALIFIERS, UNIT_PATTERN } from './dates/vocabulary';
import { RecurringTextMemos } from '../text/textKeyedMemo';
import { keptMention, placedMention, type KeptMention } from './keptMentions';
import type { Language, QuantityMention, Span } from './types';

const DIGITS = String.raw`\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

// Digits and number words are found by two plain scans: one pattern with both, and with Unicode
// word boundaries, made the scan five times slower. Boundaries are checked on the hits instead.
// The number words match in any case, spelt out as classes ("[Zz][Ww][Ee][Ii]"): the same matches as
// the i flag, which made this scan, run over every paragraph, take 1.7 times as long.
const DIGIT_SCAN = new RegExp(DIGITS, 'g');
const WORD_SCAN: Record<Language, RegExp> = {
  de: new RegExp(String.raw`\b(?:${caselessNumberWordPattern('de', true)})(?![\p{L}])`, 'gu'),
  en: new RegExp(String.raw`\b(?:${caselessNumberWordPattern('en', false)})\b`, 'g'),
};

interface NumberHit {
  start: number;
  raw: string;
  isWord: boolean;
}

/**
 * Magnitude words; capitalised "Billion" is German (10¹²), lower-case "billion" English (10⁹). Here and below up to
 * three spaces may stand between a number and its words: agency copy and pasted text carry doubled spaces.
 */
const MAGNITUDES: Array<[RegExp, number]> = [
  [/^\s{0,3}(?:Tausend|tausend|Tsd\.|thousand)(?![\p{L}])/u, 3],
  [/^\s{0,3}(?:Millionen|Million|Mio\.?|million|mn)(?![\p{L}])/u, 6],
  [/^\s{0,3}(?:Milliarden|Milliarde|Mrd\.?|billion|bn)(?![\p{L}])/u, 9],
  [/^\s{0,3}(?:Billionen|Billion|Bio\.|trillion|tn)(?![\p{L}])/u, 12],
];

/** Whether the word is a magnitude word as a whole ("Mio.", "Milliarden", "bn"): entity rules ask it before a currency. */
export function isMagnitudeWord(word: string): boolean {
  return MAGNITUDES.some(([pattern]) => pattern.exec(word)?.[0].length === word.length);
}

/** "$3m", "€100k": single-letter magnitudes only right after an amount with a currency sign. */
const ATTACHED_MAGNITUDES: Array<[RegExp, number]> = [[/^k(?![\p{L}])/u, 3], [/^m(?![\p{L}])/u, 6]];

const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(?:US-Dollar|US-\$|US\$|Dollar|USD|\$|dollars?)/u, 'USD'],
  [/^(?:Euro|EUR|€|euros?)/u, 'EUR'],
  [/^(?:britische[nm]? Pfund|Pfund Sterling|Pfund|GBP|£|pounds?(?: sterling)?)/u, 'GBP'],
  [/^(?:Schweizer Franken|Franken|CHF|Swiss francs?|francs?)/u, 'CHF'],
  [/^(?:Yuan|Renminbi|CNY|yuan)/u, 'CNY'],
  [/^(?:Yen|JPY|yen)/u, 'JPY'],
  [/^(?:Rubel|RUB|roubles?|rubles?)/u, 'RUB'],
];

const CURRENCY_CODES = new Set(CURRENCY_WORDS.map(([, code]) => code));

const CURRENCY_BEFORE: Array<[RegExp, string]> = [
  [/(?:US-?\$|\$|USD)\s?$/u, 'USD'],
  [/(?:€|EUR)\s?$/u, 'EUR'],
  [/(?:£|GBP)\s?$/u, 'GBP'],
  [/CHF\s?$/u, 'CHF'],
];

/** "mindestens ein Angreifer", "höchstens eine Stimme": a bound makes "ein" a count, not an article. */
const BOUND_BEFORE_ONE = /(?:^|[^\p{L}])(?:[Mm]indestens|[Ww]enigstens|[Hh]öchstens|[Mm]aximal|[Gg]enau)\s+$/u;

/** "zwei Dutzend", "ein gutes Dutzend", "ein halbes Dutzend": a dozen after a number multiplies it; "gut" and "knapp" make it inexact. */
const DOZEN = /^\s{1,3}(?:(gute[ns]?|knappe[ns]?|halbe[ns]?)\s+)?Dutzend(?![\p{L}])/u;
/** What the adjective makes of a dozen: "halbes" six, "gutes" and "knappes" about twelve. */
function dozenOf(adjective: string | undefined): { size: number; approx: boolean } {
  const half = adjective !== undefined && /^halb/u.test(adjective);
  return { size: half ? 6 : 12, approx: adjective !== undefined && !half };
}

/** "%", "Prozent", and the adjective "-prozentig" ("mit 90-prozentiger Wahrscheinlichkeit"). */
const PERCENT = /^\s{0,3}(?:%|Prozent|per ?cent|pct\.?)(?![\p{L}])|^-[Pp]rozentig(?:e[nmrs]?)?(?![\p{L}])/u;
const PERCENTAGE_POINTS = /^\s{0,3}(Prozentpunkte?n?|percentage points?)(?![\p{L}])/u;
/** A unit of measure, unlike a counted noun, has one name whatever its inflection ("einen Prozentpunkt", "um 2 Prozentpunkten"). */
const percentagePointsUnit = (written: string) => (written.startsWith('P') ? 'Prozentpunkte' : 'percentage points');

/**
 * Words before an amount that make it inexact: estimates ("rund", "about") and bounds ("mehr als", "bis zu",
 * "höchstens", "at least"), which say no more than an estimate does about the amount itself; and those that
 * may also stand before a year ("über", "gut", "around", "over", "some"), which only the date finder must tell apart.
 */
const APPROX_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:${AMOUNT_QUALIFIERS}|[Üü]ber|[Gg]ut|[Aa]round|[Oo]ver|[Ss]ome))\s+$`, 'u');

/** Nouns after a number that make it something other than a count. */
const NOT_COUNTED = /^(?:Jahr|Jahre|Jahren|Jahres|Monat|Monate|Monaten|Monats|Woche|Wochen|Tag|Tage|Tagen|Stunde|Stunden|Minute|Minuten|Sekunde|Sekunden|Jahrzehnt|Jahrzehnte|Jahrzehnten|Jahrhundert|Jahrhunderte|Uhr|Mal|Drittel|Viertel|Hälfte|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|times|o'clock|a\.m|p\.m|am|pm|percent)$/iu;

const ENGLISH_NON_NOUNS = new Set([
  'the', 'of', 'and', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'can', 'could', 'said', 'says', 'per', 'a', 'an', 'or', 'as', 'that', 'this', 'these',
  'those', 'than', 'more', 'less', 'out', 'up', 'down', 'who', 'which', 'into', 'over', 'under', 'after', 'before', 'it',
  'they', 'he', 'she', 'we', 'you', 'i', 'not', 'also', 'so', 'but', 'if', 'when', 'while', 'because', 'each', 'per',
  'million', 'billion', 'thousand', 'trillion', 'percent', 'other', 'others', 'last', 'next', 'this', 'that', 'every',
  'all', 'some', 'any', 'no', 'then', 'there', 'here', 'now', 'ago', 'later', 'earlier', 'year', 'years', 'since', 'until',
]);

/**
 * Physical units, after which a number is a measurement, not money, a count or a percentage: metric units with
 * their prefixes ("Kilometer", "Megawattstunden", "Quadratmeter"), other units of length, mass, volume, area,
 * temperature, energy and data, and their symbols ("km", "m²", "°C"). Matched on the lower-cased word.
 */
const METRIC_UNIT = String.raw`(?:quadrat|kubik)?(?:kilo|zenti|centi|milli|mikro|micro|nano|hekto|hecto|dezi|deci|mega|giga|tera)?` +
  String.raw`(?:meter|metre|gramm|gram|liter|litre|wattstunde|watt-hour|watt|volt|joule|hertz|byte|bit|pixel|kalorie|calorie)(?:n|s|en|e)?`;
const MEASUREMENT_WORD = new RegExp(String.raw`^(?:${METRIC_UNIT}|tonnen?|tons?|tonnes?|hektar|hectares?|acres?|grad|degrees?|kelvin|barrels?|` +
  String.raw`meilen?|seemeilen?|miles?|knoten|knots?|fuß|feet|foot|zoll|inch(?:es)?|yards?|unzen?|ounces?|gallonen?|gallons?|kilos?|dezibel|` +
  String.raw`decibels?|ps|horsepower|lichtjahre[n]?|light-years?)$`, 'u');
const MEASUREMENT_SYMBOL = /^\s{0,3}(?:km\/h|km²|m²|m³|qm|qkm|cbm|km|cm|mm|m|ha|hl|ml|l|kg|mg|g|t|kWh|MWh|GWh|TWh|kW|MW|GW|°C|°F|°|mph|GB|MB|TB|dB)(?![\p{L}\p{N}])/u;
const SQUARE_OR_CUBIC = /^(?:square|cubic)$/u;

/** Units of time right after an amount ("vor 4,6 Milliarden Jahren"): the date finder's durations, not quantities. */
const TIME_UNIT_AFTER: Record<Language, RegExp> = {
  de: new RegExp(String.raw`^\s{1,3}(?:${UNIT_PATTERN.de})(?![\p{L}])`, 'u'),
  en: new RegExp(String.raw`^\s{1,3}(?:${UNIT_PATTERN.en})(?![\p{L}])`, 'u'),
};

/** Whether `rest` starts with a unit of measurement or of time, by symbol or by word ("12.500 Kilometern", "5 Mrd. Jahre"). */
function startsWithUnit(rest: string, language: Language): boolean {
  if (MEASUREMENT_SYMBOL.test(rest) || TIME_UNIT_AFTER[language].test(rest)) return true;
  const word = /^\s{1,3}(\p{L}[\p{L}-]*)/u.exec(rest)?.[1];
  return word !== undefined && isMeasurementWord(word);
}

function isMeasurementWord(word: string): boolean {
  const lower = word.toLowerCase();
  return MEASUREMENT_WORD.test(lower) || SQUARE_OR_CUBIC.test(lower);
}

/** Points of a score or ranking ("mit 150 Punkten", "402 Zählern"): results, not counts of things. */
const SCORE_WORDS = /^(?:Punkte|Punkten|Zähler|Zählern|points)$/u;

/** Participles that make the number before them a year: "die 1964 geborene Autorin", "das 1998 gegründete Werk". */
const YEAR_PARTICIPLE = /^\s+(?:geboren|gegründet|gebaut|erbaut|errichtet|eröffnet|erschienen|gestorben|verstorben)(?:e[nmrs]?)?(?![\p{L}])/u;

/**
 * Any participle used as an adjective, in ge- or with an unstressed prefix (be-, ver-, er-, ent-, zer-), makes the
 * number before it a year too ("die 1945 befreiten Häftlinge", "der 1922 entdeckten Grabkammer"), unless a word
 * estimating an amount stands before the number ("rund 2000 geflüchtete Menschen").
 */
const ADJECTIVE_PARTICIPLE = /^\s+(?:\p{Ll}*ge\p{Ll}{2,}|(?:be|ver|er|ent|zer)\p{Ll}{2,})(?:t|en)e[nmrs]?(?![\p{L}])/u;

/**
 * A determiner after a four-digit number starts the phrase the year stands beside ("soll 1976 seiner Mutter
 * beigewohnt haben", "gab es 2013 keine Finanzbewegungen"); a count of one of several is written with a separator
 * ("2.000 seiner Fans").
 */
const YEAR_DETERMINER = /^\s+(?:mein|dein|sein|ihr|unser|eu?r|kein|dies|jen)(?:e|en|er|es|em)?\s/u;

/** After these words a four-digit number is a year ("im Jahr 2020 Menschen" is no count). */
const YEAR_SIGNAL = /(?:^|[^\p{L}])(?:im|Im|seit|Seit|bis|Bis|ab|Ab|von|vor|nach|Jahr|Jahres|Ende|Anfang|Mitte|in|In|since|by|until|from|of|during)\s+$/u;

/** The second year of a pair: "zwischen 2004 und 2006 Telefon- und Faxverkehre", "1998 bis 2003 Mitglieder". */
const YEAR_RANGE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:1\d|20)\d{2}\s*(?:und|bis|oder|-|–)\s*$/u;

interface Attachments {
  exponent: number;
  unit?: string;
  /** A measurement, an amount of time or a score ("12 Kilometer", "4 Milliarden Jahre", "150 Punkte"): not reported. */
  kind?: 'currency' | 'percent' | 'noun' | 'measure' | 'singular';
  end: number;
}

/**
 * The quantities of each paragraph (text between blank lines), each read as if it stood alone: an amount's
 * words do not run across a blank line, and a paragraph's quantities then depend on its text alone, so
 * they are remembered for paragraphs met again (agency copy recurs across papers).
 */
export function findQuantities(text: string, language: Language, range: Span = { start: 0, end: text.length }): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const memo = rememberedParagraphs.of(language);
  for (const paragraph of paragraphsOf(text, Math.max(0, range.start), Math.min(range.end, text.length))) {
    if (paragraph.end - paragraph.start > MAX_REMEMBERED_PARAGRAPH) {
      for (const found of quantitiesIn(text.slice(paragraph.start, paragraph.end), language)) mentions.push(placedMention(found, paragraph.start, text));
      continue;
    }
    const kept = memo.get(text, paragraph.start, paragraph.end, words => quantitiesIn(words, language));
    for (const found of kept) mentions.push(placedMention(found, paragraph.start, text));
  }
  return mentions;
}

/**
 * Keys as long as the sentence splitter's paragraphs, values a few numbers: like its memo, some 12 MB of a
 * thread's heap when full (estimated from its 720 bytes a paragraph). Longer paragraphs are read, not kept.
 */
const MAX_REMEMBERED_PARAGRAPH = 0xffff;
const REMEMBERED_LIMIT = 16_384;
const rememberedParagraphs = new RecurringTextMemos<Language, readonly KeptMention<QuantityMention>[]>(REMEMBERED_LIMIT, 'quantities');

/** Forgets the paragraphs met before: for benchmarks that time the quantity reader itself, and for tests. */
export function forgetRememberedQuantities(): void {
  rememberedParagraphs.forget();
}

/** The stretches of text between blank lines (lines of whitespace only) in [start, end). */
function paragraphsOf(text: string, start: number, end: number): Span[] {
  const paragraphs: Span[] = [];
  const blankLine = /\n[^\S\n]*\n/g;
  blankLine.lastIndex = start;
  let from = start;
  for (let match = blankLine.exec(text); match && match.index < end; match = blankLine.exec(text)) {
    if (match.index > from) paragraphs.push({ start: from, end: match.index });
    from = match.index + match[0].length;
    // "\n\n\n": the next blank line starts at this one's last newline.
    blankLine.lastIndex = from - 1;
  }
  if (end > from) paragraphs.push({ start: from, end });
  return paragraphs;
}

/** The quantities of one paragraph, in its own offsets. */
function quantitiesIn(paragraph: string, language: Language): KeptMention<QuantityMention>[] {
  const found: QuantityMention[] = [];
  let consumedUntil = 0;
  for (const hit of numberHits(paragraph, language, 0, paragraph.length)) {
    if (hit.start < consumedUntil) continue;
    const mention = readQuantity(paragraph, hit, language, paragraph.length, consumedUntil);
    if (!mention) continue;
    found.push(mention);
    consumedUntil = mention.end;
  }
  return withElidedCurrencies(found).map(mention => keptMention(mention, 0));
}

/**
 * Money talk leaves the currency out once it is clear: "… eine Bilanzsumme von 11,2 Mrd. Euro. Rund 8,6 Mrd. davon …",
 * and a headline's "4,2 Milliarden Verlust" before the body's "4,2 Milliarden Euro Verlust". An amount with a magnitude
 * word and nothing after it takes the currency of the amount next to it (the one before, else the one after) when that
 * is money and near: a count left bare ("stieg auf 1,2 Millionen") sits among counts, not among sums.
 */
function withElidedCurrencies(mentions: QuantityMention[]): QuantityMention[] {
  const isMoney = (other: QuantityMention | undefined) => other?.unit !== undefined && CURRENCY_CODES.has(other.unit);
  const near = (i: number, j: number) => Math.abs(mentions[i].start - mentions[j].start) <= ELIDED_CURRENCY_REACH;
  const currencies = mentions.map((mention, i) => {
    if (mention.unit !== undefined) return undefined;
    const neighbour = [i - 1, i + 1].find(j => mentions[j] && near(i, j));
    return neighbour !== undefined && isMoney(mentions[neighbour]) ? mentions[neighbour].unit : undefined;
  });
  // The two ends of a range share what they are: "zwischen drei und vier Millionen".
  mentions.forEach((mention, i) => {
    const partner = [i - 1, i + 1].find(j => mentions[j] && isRangePartner(mentions[Math.min(i, j)], mentions[Math.max(i, j)]));
    if (mention.unit === undefined && !currencies[i] && partner !== undefined) currencies[i] = currencies[partner];
  });
  return mentions.map((mention, i) => {
    const unit = currencies[i];
    if (!unit) return mention;
    const { start, end, text, value, approx } = mention;
    return approx ? { start, end, text, value, unit, approx } : { start, end, text, value, unit };
  });
}

/** Whether two bare amounts are the ends of a range: a conjunction or dash between them ("drei und vier Millionen"). */
function isRangePartner(first: QuantityMention, second: QuantityMention): boolean {
  return first.unit === undefined && second.unit === undefined && second.start - first.end <= 6;
}

/** About two sentences of news. */
const ELIDED_CURRENCY_REACH = 300;

/** Digits and number words between `from` and `limit`, in text order, not glued to other letters or digits. */
function numberHits(text: string, language: Language, from: number, limit: number): NumberHit[] {
  const hits: NumberHit[] = [];
  const collect = (pattern: RegExp, isWord: boolean) => {
    const scan = new RegExp(pattern.source, pattern.flags);
    scan.lastIndex = from;
    let match: RegExpExecArray | null;
    while ((match = scan.exec(text)) !== null && match.index < limit) {
      if (match.index > 0 && /[\p{L}\p{N}]/u.test(text[match.index - 1])) continue;
      hits.push({ start: match.index, raw: match[0], isWord });
    }
  };
  collect(DIGIT_SCAN, false);
  collect(WORD_SCAN[language], true);
  return hits.sort((a, b) => a.start - b.start);
}

/** Reads the quantity around one number; `floor` is where the previous quantity ended (no prefix may reach back past it). */
function readQuantity(text: string, hit: NumberHit, language: Language, limit: number, floor: number): QuantityMention | null {
  const numberStart = hit.start;
  const numberEnd = numberStart + hit.raw.length;
  if (numberEnd > limit) return null;
  const isWord = hit.isWord;
  const value = isWord ? numberWordValue(hit.raw, language) ?? null : parseDigitNumeral(hit.raw, language);
  if (value === null) return null;
  const before = text.slice(Math.max(0, numberStart - 40), numberStart);
  const compound = readCompound(text, numberEnd, limit, before, language);
  if (!compound && !isWord && isDateTimeOrCode(text, numberStart, numberEnd, before)) return null;
  const ownBefore = text.slice(Math.max(floor, numberStart - 40), numberStart);
  const currencyBefore = compound ? undefined : CURRENCY_BEFORE.find(([pattern]) => pattern.test(ownBefore));
  const dozen = compound || currencyBefore || language !== 'de' ? null : DOZEN.exec(text.slice(numberEnd, Math.min(limit, numberEnd + 30)));
  let attachments = compound ?? readAttachments(text, numberEnd + (dozen?.[0].length ?? 0), limit, Boolean(currencyBefore), language, value === 1 && !dozen);
  let ownEnd = attachments.end;
  if (!attachments.kind && attachments.exponent === 0) {
    // "20 bis 30 Prozent": the first number borrows the unit of the second.
    const borrowed = borrowFromRangePartner(text, hit.raw, numberEnd, limit, language);
    if (borrowed) {
      attachments = borrowed;
      ownEnd = numberEnd;
    }
  }
  if (!attachments.kind && attachments.exponent === 0 && language === 'de') {
    // "19 vertikale und 19 horizontale Linien": each number with its adjective counts the noun after the second.
    const shared = shareCoordinatedNoun(text, numberEnd, limit);
    if (shared) {
      attachments = shared;
      ownEnd = shared.end;
    }
  }
  if (attachments.kind === 'measure' || attachments.kind === 'singular') return null;
  let unit = attachments.unit;
  let kind = attachments.kind;
  if (currencyBefore && kind !== 'percent') {
    unit = currencyBefore[1];
    kind = 'currency';
  }
  if (!kind && attachments.exponent === 0) return null;
  // "ein Kind" is an article; "ein Prozent" and "einen Prozentpunkt" are amounts.
  const isPercentage = kind === 'percent' || (unit !== undefined && PERCENTAGE_POINTS.test(` ${unit}`));
  if (isWord && !dozen && (ARTICLE_NUMBER_WORDS.has(hit.raw.toLowerCase()) || value === 1) && attachments.exponent === 0 && !isPercentage
    && !BOUND_BEFORE_ONE.test(before)) return null;
  if (!isWord && isYear(hit.raw, attachments, before, text.slice(numberEnd, numberEnd + 20))) return null;
  if (!currencyBefore && attachments.exponent === 0 && kind !== 'percent' && kind !== 'currency' && isLabel(before, countsPlural(hit, value, unit, language))) return null;
  // "um 18.00 Nachrichten", "TLS 1.2 verschlüsselte Verbindungen": German writes decimals with a comma, so a point before one
  // or two digits makes a clock time or a version, unless money or a percentage follows.
  if (kind === 'noun' && language === 'de' && /\.\d{1,2}$/.test(hit.raw)) return null;

  let start = numberStart;
  // "ein gutes Dutzend": the article is no number of its own; the span starts where the amount is qualified.
  if (dozen?.[1] && isWord && ARTICLE_NUMBER_WORDS.has(hit.raw.toLowerCase())) start = numberEnd + dozen[0].indexOf(dozen[1]);
  if (currencyBefore) start -= currencyBefore[0].exec(ownBefore)?.[0].length ?? 0;
  const signMatch = /(?:^|[^\p{L}\p{N}])([Mm]inus\s+|[−-])$/u.exec(text.slice(Math.max(0, start - 8), start));
  const sign = signMatch && start - signMatch[1].length >= floor ? signMatch : null;
  if (sign) start -= sign[1].length;
  const windowStart = Math.max(floor, start - 30);
  const approx = APPROX_BEFORE.exec(text.slice(windowStart, start));
  // "über" is "more than" before figures ("über 200"), but a preposition before words ("verfügt über zwei"), unless a
  // magnitude or a half makes the word an amount ("über fünf Millionen Dollar", "über sechseinhalb Stellen").
  const wordPreposition = isWord && attachments.exponent === 0 && Number.isInteger(value);
  const approxHolds = approx && !(wordPreposition && /^[Üü]ber$/.test(approx[1]));
  if (approx && approxHolds) start = windowStart + (approx.index ?? 0) + approx[0].indexOf(approx[1]);
  const mention: QuantityMention = {
    start,
    end: ownEnd,
    text: text.slice(start, ownEnd),
    value: (sign ? -1 : 1) * scaleByPowerOfTen(dozen ? value * dozenOf(dozen[1]).size : value, attachments.exponent),
  };
  if (unit) mention.unit = unit;
  if (approxHolds || (dozen && dozenOf(dozen[1]).approx)) mention.approx = true;
  return mention;
}

/** "13.9.", "13.09.2020", "14:30", "14 Uhr", "9/11", "2020-09-13", "2:1", "1.2.3", ordinals ("20. September"), "5G", "45-Jährige". */
function isDateTimeOrCode(text: string, start: number, end: number, before: string): boolean {
  const after = text.slice(end, end + 12);
  if (/^\d{1,2}\.\d{1,2}\./.test(text.slice(start, start + 8))) return true;
  if (/^[.:/]\d/.test(after) || /\d[.:/]$/.test(before) || /[/#§]\s?$/.test(before)) return true;
  // A hyphen joins the parts of an ISO date ("2020-09-13") but also a range ("20-30 Prozent").
  if (/^-\d/.test(after) && (end - start === 4 || /\d-$/.test(before))) return true;
  if (/\d{4}-$/.test(before)) return true;
  if (/^[.,]?\s*Uhr(?![\p{L}])/u.test(after) || /^\s*(?:[ap]\.?m\.?|o'clock)(?![\p{L}])/iu.test(after)) return true;
  if (/^\.(?!\d)/.test(after)) return true; // an ordinal, or a bare number that ends a sentence
  if (/^\p{L}/u.test(after)) return !(/[$€£]\s?$/.test(before) && /^(?:k|m|bn|mn)(?![\p{L}])/u.test(after));
  if (/^-\p{L}/u.test(after)) return !PERCENT.test(after); // "45-Jährige", but "90-prozentige"
  return /\p{L}-$/u.test(before); // "Covid-19", "F-35"
}

/** `countsOne`: the number is 1, which names its noun in the singular ("1 Sprungdurchgang"). */
function readAttachments(text: string, from: number, limit: number, currencySign: boolean, language: Language, countsOne = false): Attachments {
  let position = from;
  let exponent = 0;
  const rest = () => text.slice(position, Math.min(limit, position + 60));
  if (currencySign) {
    for (const [pattern, power] of ATTACHED_MAGNITUDES) {
      const attached = pattern.exec(rest());
      if (attached) {
        exponent = power;
        position += attached[0].length;
      }
    }
  }
  if (exponent === 0) {
    for (const [pattern, power] of MAGNITUDES) {
      const magnitude = pattern.exec(rest());
      if (magnitude) {
        exponent = power;
        position += magnitude[0].length;
        break;
      }
    }
  }
  const percent = PERCENT.exec(rest());
  if (percent) return { exponent, unit: '%', kind: 'percent', end: position + percent[0].length };
  const points = PERCENTAGE_POINTS.exec(rest());
  if (points) return { exponent, unit: percentagePointsUnit(points[1]), kind: 'noun', end: position + points[0].length };
  const currency = readCurrency(rest());
  if (currency) return { exponent, unit: currency.code, kind: 'currency', end: position + currency.length };
  if (currencySign) return { exponent, end: position }; // "$3bn last year": the sign already says what is counted
  if (startsWithUnit(rest(), language)) return { exponent, kind: 'measure', end: position };
  const noun = readCountedNoun(rest(), language);
  if (noun && (isMeasurementWord(noun.noun) || SCORE_WORDS.test(noun.noun))) return { exponent, kind: 'measure', end: position + noun.length };
  // "7,9 Milliarden Verlust": after a magnitude word a singular noun is what the amount is of, not what it counts.
  if (noun && !countsOne && language === 'de' && isSingularGermanNoun(noun.noun)) return { exponent, kind: exponent > 0 ? undefined : 'singular', end: position };
  if (noun) return { exponent, unit: noun.noun, kind: 'noun', end: position + noun.length };
  return { exponent, end: position };
}

/**
 * Whether a German noun cannot be a plural, judged by its last part's ending. Plurals end in -e, -el, -er, -s, -en, -ln
 * or -rn (foreign ones in -a or -i); -nis, -us and -or end singulars ("Ergebnis", "Virus", "Professor": "Professoren"). A count above one names a
 * plural ("acht Stationen"), so a singular after the number says it is no count ("der letzten acht Endstation", "die
 * 2013 beschlossene Reform"). Abbreviations ("500 Pkw", "3 AKW") and the few nouns that count in the singular
 * ("100 Stück") are taken as they come.
 */
function isSingularGermanNoun(noun: string): boolean {
  const last = noun.slice(noun.lastIndexOf('-') + 1);
  if (last.length <= 3 || /\p{Lu}/u.test(last.slice(1)) || SINGULAR_COUNT_NOUNS.has(last)) return false;
  if (/(?:nis|us|or)$/u.test(last)) return true;
  return !/(?:[aeirs]|[elr]n|el)$/u.test(last);
}

/** Nouns that count in the singular: units of things, and currencies our currency list lacks ("50 Cent", "100 Schilling"). */
const SINGULAR_COUNT_NOUNS = new Set([
  'Stück', 'Dutzend', 'Mann', 'Glas', 'Fass', 'Sack', 'Blatt', 'Kopf',
  'Cent', 'Schilling', 'Forint', 'Zloty', 'Peso', 'Real', 'Rand', 'Won', 'Bitcoin',
]);

/**
 * A number as the first part of a hyphenated compound counts what the next part names: "100.000-Einwohner-Stadt"
 * (100,000 "Einwohner"), "500-Millionen-Dollar-Kredit" (5e8 USD), "Zwei-Prozent-Hürde" (2 %). Only where a further
 * part follows, as in a compound noun: "45-Jährige", "G-20" or "Covid-19" count nothing.
 */
const COMPOUND_PARTS = /^-(?:(Tausend|Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.)-)?(\p{Lu}\p{Ll}+)-\p{L}/u;

function readCompound(text: string, numberEnd: number, limit: number, before: string, language: Language): Attachments | null {
  if (language !== 'de' || /[\p{L}\p{N}]-$/u.test(before)) return null;
  const parts = COMPOUND_PARTS.exec(text.slice(numberEnd, Math.min(limit, numberEnd + 48)));
  if (!parts) return null;
  const [, magnitudeWord, word] = parts;
  const exponent = magnitudeWord ? MAGNITUDES.find(([pattern]) => pattern.test(magnitudeWord))?.[1] ?? 0 : 0;
  const end = numberEnd + 1 + (magnitudeWord ? magnitudeWord.length + 1 : 0) + word.length;
  if (PERCENT.test(word)) return { exponent, unit: '%', kind: 'percent', end };
  const currency = readCurrency(word);
  if (currency && currency.length === word.length) return { exponent, unit: currency.code, kind: 'currency', end };
  if (NOT_COUNTED.test(word) || isMeasurementWord(word) || /^(?:Jährig|Tages)/u.test(word)) return { exponent, kind: 'measure', end };
  return { exponent, unit: word, kind: 'noun', end };
}

function readCurrency(rest: string): { code: string; length: number } | null {
  const space = /^\s{0,3}/.exec(rest)?.[0].length ?? 0;
  const word = rest.slice(space);
  for (const [pattern, code] of CURRENCY_WORDS) {
    const found = pattern.exec(word);
    if (found && !/^\p{L}/u.test(word.slice(found[0].length))) return { code, length: space + found[0].length };
  }
  return null;
}

/**
 * The noun a number counts: German skips up to two inflected adjectives to a capitalised noun
 * ("monatlichen Nutzer"), and an adverb formed from an adjective before one ("drei staatlich geförderte
 * Projekte"), not articles, pronouns, prepositions, auxiliaries or adverbs that end as adjectives do
 * ("2018 wieder Autos"); English takes the next word after up to two adjective-like words.
 */
function readCountedNoun(rest: string, language: Language): { noun: string; length: number } | null {
  if (language === 'de') {
    const german = /^\s+((?:(?!(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen|sie|wir|ihre|seine|pro|je|aber|oder|unter|über|hinter|gegen|wegen|während|seit|bis|vor|wurde|wurden|würde|würden|hatte|hatten|hätte|hätten|konnte|konnten|könnte|könnten|sollte|sollten|wollte|wollten|musste|mussten|müsste|müssten|durfte|durften|dürfte|dürften|habe|werde|sowie|inklusive|exklusive|ohne|nahe|wieder|immer|weder|mehr|eher|sehr|später|früher|bisher|seither|daher|hier|außer|ferner|gerne|heute|morgen|vorher|nachher)\s)\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+|(?:meist|zumeist|überwiegend|vorwiegend|hauptsächlich|großteils|mehrheitlich|ausschließlich)\s+|\p{Ll}+(?:lich|ig|isch|bar|sam|haft|ell|iv)\s+(?=\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s)){0,2})(\p{Lu}\p{L}*(?:-\p{L}+)*)(?![\p{L}\p{N}])/u.exec(rest);
    if (!german || NOT_COUNTED.test(german[2])) return null;
    // "3.000 Kurz- und Mittelstreckenflüge": the first compound is cut short, the second names what is counted.
    const completed = TRUNCATED_COMPOUND.exec(rest.slice(german[0].length));
    if (completed) return { noun: completed[1], length: german[0].length + completed[0].length };
    // "4222 Userinnen und User": the feminine and the masculine plural together name who is counted.
    const pair = /innen$/u.test(german[2]) ? /^\s+(?:und|oder)\s+(\p{Lu}\p{L}*)(?![\p{L}\p{N}])/u.exec(rest.slice(german[0].length)) : null;
    if (pair && pair[1].startsWith(german[2].slice(0, -5))) {
      return { noun: `${german[2]}${pair[0].replace(/\s+/gu, ' ')}`, length: german[0].length + pair[0].length };
    }
    return { noun: german[2], length: german[0].length };
  }
  const english = /^\s+((?:[\p{L}-]+(?:ly|al|ive|ed|ing|ic|ous|ful|ent|ant|ary|ory|ian|ese|ish)\s+|(?:new|more|other|additional|extra|young|old|small|large|big|active)\s+){0,2})(\p{Ll}[\p{L}-]*)(?![\p{L}\p{N}])/u.exec(rest);
  if (!english || ENGLISH_NON_NOUNS.has(english[2]) || NOT_COUNTED.test(english[2])) return null;
  // "120 police officers": a singular word before a plural one is a modifier; the plural is counted.
  const head = /^\s+(\p{Ll}[\p{L}-]*s)(?![\p{L}\p{N}])/u.exec(rest.slice(english[0].length));
  if (head && !english[2].endsWith('s') && !ENGLISH_NON_NOUNS.has(head[1])) {
    return { noun: head[1], length: english[0].length + head[0].length };
  }
  return { noun: english[2], length: english[0].length };
}

const TRUNCATED_COMPOUND = /^-\s+(?:und|oder|bzw\.|sowie)\s+(\p{Lu}\p{L}*(?:-\p{L}+)*)(?![\p{L}\p{N}])/u;

/** A number's adjective, the conjunction and the second number: "19 [vertikale][ und ][19] horizontale Linien". */
const COORDINATED_ADJECTIVE = new RegExp(String.raw`^(\s+\p{Ll}+(?:e|en|er|es|em))(\s+(?:und|oder|sowie|bzw\.)\s+)(${DIGITS})(?![\p{L}\p{N}])`, 'u');

function shareCoordinatedNoun(text: string, from: number, limit: number): Attachments | null {
  const coordinated = COORDINATED_ADJECTIVE.exec(text.slice(from, Math.min(limit, from + 60)));
  if (!coordinated) return null;
  const [whole, adjective] = coordinated;
  const partnerEnd = from + whole.length;
  const attachments = readAttachments(text, partnerEnd, limit, false, 'de');
  if (attachments.kind !== 'noun' || attachments.exponent !== 0 || !/^\s+\p{Ll}/u.test(text.slice(partnerEnd, partnerEnd + 4))) return null;
  return { exponent: 0, unit: attachments.unit, kind: 'noun', end: from + adjective.length };
}

/**
 * "20 bis 30 Prozent", "zwischen 50 und 100 Flüchtlinge", "von vier auf sieben Verkäufe": the first number of a range
 * is what the second is. Not between two years ("zwischen 2004 und 2006 Telefonate"), which only money, a percentage or
 * a magnitude makes amounts.
 */
function borrowFromRangePartner(text: string, first: string, from: number, limit: number, language: Language): Attachments | null {
  const link = /^\s*(?:bis|-|–|und|oder|bzw\.|beziehungsweise|respektive|auf|to|or|and)\s*/u.exec(text.slice(from, from + 18));
  if (!link) return null;
  const partner = new RegExp(`^(?:${DIGITS}|${numberWordPattern(language)})(?![\\p{L}\\p{N}])`, 'u').exec(text.slice(from + link[0].length, from + link[0].length + 30));
  if (!partner) return null;
  const attachments = readAttachments(text, from + link[0].length + partner[0].length, limit, false, language);
  if (attachments.kind === 'measure') return attachments; // "30 bis 45 Millionen Tonnen": neither is a quantity
  if (attachments.kind === 'currency' || attachments.kind === 'percent' || attachments.exponent > 0) return attachments;
  return attachments.kind === 'noun' && !YEAR_LIKE.test(first) && !YEAR_LIKE.test(partner[0]) ? attachments : null;
}

const YEAR_LIKE = /^(?:1\d|20)\d{2}$/;

/**
 * A four-digit number from 1000 to 2099 without separators is a year unless money or a percentage follows, or a
 * noun does that no year word precedes and no participle of a year ("1964 geborene") sits between.
 */
function isYear(digits: string, attachments: Attachments, before: string, after: string): boolean {
  if (!YEAR_LIKE.test(digits)) return false;
  if (attachments.kind === 'currency' || attachments.kind === 'percent' || attachments.exponent > 0) return false;
  return attachments.kind !== 'noun' || YEAR_SIGNAL.test(before) || YEAR_RANGE_BEFORE.test(before) || YEAR_PARTICIPLE.test(after)
    || YEAR_DETERMINER.test(after) || (ADJECTIVE_PARTICIPLE.test(after) && !APPROX_BEFORE.test(before));
}

/**
 * A capitalised word right before the number, inside a sentence, names the number: "Windows 10",
 * "Artikel 5", "Platz 3", "Nr. 5". At a sentence start the word is just capitalised ("Insgesamt 500 …"),
 * and a capitalised word with a full stop other than a label's abbreviation ends the sentence before the
 * number ("Die Polizei sucht Zeugen. 200 Menschen …"). Nor is it a label when the number counts a plural
 * noun after it (see countsPlural).
 */
function isLabel(before: string, countsPlural: boolean): boolean {
  const previous = /(\p{Lu}[\p{L}-]*)(\.?)\s+$/u.exec(before);
  if (!previous) return LABEL_ABBREVIATION_BEFORE.test(before);
  if (previous[2] && !LABEL_ABBREVIATIONS.has(previous[1])) return false;
  if (countsPlural && !RANK_WORDS.has(previous[1])) return false;
  const leading = before.slice(0, before.length - previous[0].length);
  return !/(?:^|[.!?:]\s*|["„“»«(]\s*)$/u.test(leading);
}

/**
 * Whether the number counts a plural noun after it ("am Samstag 21 Pilger", "verletzten Unbekannte zwei Israelis"): then
 * the capitalised word before it is a German noun or a name the sentence goes on past, not a label, unless it names
 * a rank ("als Nummer zwei gesetzte Spieler"). Not for a number that may be a year ("im April 2010 seinen Vorgänger"),
 * nor for an abbreviation or a single letter after it ("Lumia 950 XL", "zwei F-22").
 */
function countsPlural(hit: NumberHit, value: number, unit: string | undefined, language: Language): boolean {
  if (language !== 'de' || unit === undefined || value === 1 || YEAR_LIKE.test(hit.raw)) return false;
  const last = unit.slice(unit.lastIndexOf('-') + 1);
  return last.length > 1 && !/\p{Lu}/u.test(last.slice(1)) && !isSingularGermanNoun(last);
}

/** Words that name a place in a ranking or sequence by the number after them. */
const RANK_WORDS = new Set(['Nummer', 'Platz', 'Rang', 'Runde', 'Position', 'Top', 'Stufe', 'Level', 'Phase', 'Folge', 'Staffel', 'Teil', 'Band', 'Kapitel', 'Artikel', 'Paragraf', 'Paragraph', 'Absatz', 'Seite', 'Gruppe', 'Liga', 'Klasse']);

/** Abbreviations of words that name a number after them: number, article, paragraph, volume, page, figure … */
const LABEL_ABBREVIATIONS = new Set(['Nr', 'No', 'Art', 'Abs', 'Bd', 'Kap', 'Ziff', 'Abb', 'Tab', 'S', 'Vol', 'Fig', 'Sec', 'Ch', 'Pt']);
/** One of them with its full stop right before the number, also without a space ("Nr.5", "S.12"). */
const LABEL_ABBREVIATION_BEFORE = new RegExp(`(?<!\\p{L})(?:${[...LABEL_ABBREVIATIONS].join('|')})\\.\\s*$`, 'u');
