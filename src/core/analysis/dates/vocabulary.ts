// Calendar words of German and English news, as regex sources and lookup tables. Month and
// weekday names are matched case-sensitively: in both languages they are capitalised, which is
// what tells the month "Mai" from "mai" and the weekday "Sonntag" from running text.
import type { Language } from '../types';

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type Grain = 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day' | 'minute' | 'decade';

const GERMAN_MONTHS: Record<string, number> = {
  Januar: 1, 'Jänner': 1, Jan: 1, Februar: 2, Feber: 2, Feb: 2, 'März': 3, 'Mär': 3, Mrz: 3, April: 4, Apr: 4,
  Mai: 5, Juni: 6, Jun: 6, Juli: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9,
  Oktober: 10, Okt: 10, November: 11, Nov: 11, Dezember: 12, Dez: 12,
};

const ENGLISH_MONTHS: Record<string, number> = {
  January: 1, Jan: 1, February: 2, Feb: 2, March: 3, Mar: 3, April: 4, Apr: 4, May: 5, June: 6, Jun: 6,
  July: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9, October: 10, Oct: 10,
  November: 11, Nov: 11, December: 12, Dec: 12,
};

const FULL_MONTH_NAMES = new Set([
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember', 'January', 'February', 'March', 'May', 'June', 'July', 'October', 'December',
]);

const GERMAN_WEEKDAYS: Record<string, number> = {
  Sonntag: 0, Montag: 1, Dienstag: 2, Mittwoch: 3, Donnerstag: 4, Freitag: 5, Samstag: 6, Sonnabend: 6,
};

const ENGLISH_WEEKDAYS: Record<string, number> = {
  Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6,
};

const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morgen: 'MO', 'früh': 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI',
  morning: 'MO', noon: 'MI', midday: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI',
};

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Full month names, or abbreviations with their dot ("Sept.", "Okt."). */
function monthAlternation(table: Record<string, number>): string {
  const names = Object.keys(table);
  const full = names.filter(n => FULL_MONTH_NAMES.has(n));
  const abbreviations = names.filter(n => !full.includes(n)).map(n => `${n}.`);
  return alternation([...full, ...abbreviations]);
}

export const MONTH_PATTERN: Record<Language, string> = {
  de: monthAlternation(GERMAN_MONTHS),
  en: monthAlternation(ENGLISH_MONTHS),
};

export const WEEKDAY_PATTERN: Record<Language, string> = {
  de: alternation(Object.keys(GERMAN_WEEKDAYS)),
  en: alternation(Object.keys(ENGLISH_WEEKDAYS)),
};

export function monthNumber(word: string, language: Language): number | undefined {
  const table = language === 'de' ? GERMAN_MONTHS : ENGLISH_MONTHS;
  return table[word.replace(/\.$/, '')];
}

export function weekdayNumber(word: string, language: Language): number | undefined {
  return (language === 'de' ? GERMAN_WEEKDAYS : ENGLISH_WEEKDAYS)[word];
}

export function partOfDay(word: string): PartOfDay | undefined {
  return PARTS_OF_DAY[word.toLowerCase()];
}

export const GERMAN_PART_OF_DAY = '[Mm]orgen|[Ff]rüh|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht';
export const ENGLISH_PART_OF_DAY = 'morning|noon|midday|afternoon|evening|night';

/** A time unit word and what it measures. */
export interface UnitInfo {
  /** TIMEX3 duration designator: Y, M, W, D, H, MIN, S, DE (decade), CE (century). */
  designator: 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE';
  grain: Grain | 'time';
  /** How many of the designator's units one is, for a unit TIMEX3 has no letter for: a semester is six months. */
  scale?: number;
}

const GERMAN_UNITS: Array<[RegExp, UnitInfo]> = [
  [/^Jahrhundert/, { designator: 'CE', grain: 'decade' }],
  [/^Vierteljahrhundert/, { designator: 'Y', grain: 'year', scale: 25 }],
  [/^Jahrzehnt/, { designator: 'DE', grain: 'decade' }],
  [/^Jahr/, { designator: 'Y', grain: 'year' }],
  [/^Monat/, { designator: 'M', grain: 'month' }],
  [/^Woche/, { designator: 'W', grain: 'week' }],
  [/^Tag/, { designator: 'D', grain: 'day' }],
  [/^Semester/, { designator: 'M', grain: 'month', scale: 6 }],
  [/^Stunde/, { designator: 'H', grain: 'time' }],
  [/^Viertelstunde/, { designator: 'MIN', grain: 'time', scale: 15 }],
  [/^Dreiviertelstunde/, { designator: 'MIN', grain: 'time', scale: 45 }],
  [/^Minute/, { designator: 'MIN', grain: 'time' }],
  [/^Sekunde/, { designator: 'S', grain: 'time' }],
];

const ENGLISH_UNITS: Array<[RegExp, UnitInfo]> = [
  [/^centur/i, { designator: 'CE', grain: 'decade' }],
  [/^decade/i, { designator: 'DE', grain: 'decade' }],
  [/^year/i, { designator: 'Y', grain: 'year' }],
  [/^month/i, { designator: 'M', grain: 'month' }],
  [/^week/i, { designator: 'W', grain: 'week' }],
  [/^day/i, { designator: 'D', grain: 'day' }],
  [/^hour/i, { designator: 'H', grain: 'time' }],
  [/^minute/i, { designator: 'MIN', grain: 'time' }],
  [/^second/i, { designator: 'S', grain: 'time' }],
];

export const UNIT_PATTERN: Record<Language, string> = {
  de: 'Jahrhunderte[n]?|Jahrhunderts?|Vierteljahrhunderts?|Jahrzehnte[n]?|Jahrzehnts?|Jahre[ns]?|Jahr|Monate[n]?|Monats?|Wochen?|Tage[ns]?|Tag|Semestern?|Semesters|Stunden?|Viertelstunden?|Dreiviertelstunden?|Minuten?|Sekunden?',
  en: 'centuries|century|decades?|years?|months?|weeks?|days?|hours?|minutes?|seconds?',
};

export function unitInfo(word: string, language: Language): UnitInfo | undefined {
  for (const [pattern, info] of language === 'de' ? GERMAN_UNITS : ENGLISH_UNITS) {
    if (pattern.test(word)) return info;
  }
  return undefined;
}

/** Words that make an amount approximate ("fast einem Jahr", "nearly a year", "gegen 14 Uhr"). */
export const APPROX_PATTERN: Record<Language, string> = {
  de: '[Nn]icht ganz|[Ff]ast|[Kk]napp|[Ee]twa|[Rr]und|[Gg]ut|[Uu]ngefähr|[Cc]irca|[Cc]a\\.|[Bb]einahe|[Nn]ahezu|[Aa]nnähernd|[Mm]ehr als|[Ww]eniger als|[Üü]ber|[Gg]egen',
  en: '[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Rr]oughly|[Aa]pproximately|[Ss]ome|[Mm]ore than|[Ll]ess than|[Oo]ver|[Jj]ust over|[Jj]ust under',
};

/**
 * Words that bound or estimate an amount ("mehr als 2000", "rund 40", "bis zu 5", "at least 300"): the number after
 * them is an amount, never a year. The quantity reader takes them as making it approximate.
 */
export const AMOUNT_QUALIFIERS = [
  '[Nn]icht mehr als', '[Nn]icht weniger als', '[Nn]icht ganz', '[Uu]m die', '[Mm]ehr als', '[Ww]eniger als', '[Rr]und', '[Ee]twa', '[Cc]a\\.', '[Cc]irca', '[Kk]napp', '[Ff]ast', '[Aa]nnähernd', '[Uu]ngefähr',
  '[Nn]ahezu', '[Bb]einahe', '[Bb]is zu', '[Mm]aximal', '[Hh]öchstens', '[Mm]indestens', '[Ww]enigstens', '[Aa]bout', '[Nn]early',
  '[Aa]lmost', '[Rr]oughly', '[Aa]pproximately', '[Mm]ore than', '[Ll]ess than', '[Ff]ewer than', '[Uu]p to', '[Aa]t least', '[Aa]t most',
].join('|');

/** Exact comparisons, not approximations: they keep the TIMEX3 value but carry no APPROX mod. */
export function isApproxWord(word: string): boolean {
  return !/^((?:nicht )?mehr als|(?:nicht )?weniger als|über|more than|less than|over|just over|just under)$/i.test(word.trim());
}

/**
 * Words that locate an expression (prepositions, articles) rather than change its value; a
 * mention's span never starts with them. "vor" (ago), "letzten", "Anfang", "fast" are kept.
 */
export const LEADING_SIGNALS = new Set([
  'am', 'an', 'im', 'in', 'um', 'bis', 'zum', 'zur', 'seit', 'ab', 'vom', 'von', 'auf', 'für', 'während', 'binnen',
  'innerhalb', 'der', 'die', 'das', 'dem', 'den', 'des', 'und', 'oder',
  'on', 'at', 'by', 'since', 'until', 'till', 'from', 'to', 'during', 'for', 'of', 'the', 'within', 'throughout',
  'and', 'or', 'as',
]);

/**
 * Future markers: auxiliaries and modals of the future, and verbs that announce a scheduled
 * event in the present tense ("Am Dienstag beginnt der Prozess"). A modal before a perfect infinitive reports a past
 * ("Die Tat soll am Freitag geschehen sein", "will ihn gesehen haben"), which PAST_MARKERS finds.
 */
export const FUTURE_MARKERS: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:wird|werden|werde|wirst|werdet|(?:soll|sollen|will|wollen|dürfte|dürften)(?![\p{L}])(?![^.!?,;:]{0,80}?\s\p{Ll}*ge\p{Ll}{2,}(?:t|en)\s+(?:sein|haben)(?![\p{L}]))|plant|planen|geplant|vorgesehen|angesetzt|terminiert|anberaumt|demnächst|künftig|voraussichtlich|bevorstehende[nmrs]?|anstehende[nmrs]?|beginnt|beginnen|startet|starten|tagt|tagen|trifft sich|treffen sich|wählt|wählen|(?:findet|finden)(?=[^.!?]*\bstatt\b)|(?:tritt|treten)(?=[^.!?]*\bin Kraft\b))(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:will|shall|'ll|going to|plans?|planned|scheduled|upcoming|is due|are due|is set to|are set to|expected|starts|begins|opens|meets|takes place)(?![\p{L}])/iu,
};

/**
 * The past stems of German strong and irregular verbs ("verlief", "erhielt", "trafen"), with any prefix: their
 * past has no "-te" to find it by.
 */
const STRONG_PAST_STEMS = [
  'band', 'befahl', 'begann', 'biss', 'blieb', 'bog', 'bot', 'brach', 'briet', 'entließ', 'erhob', 'erlag', 'fand', 'fiel', 'fing', 'flog',
  'floh', 'floss', 'fraß', 'fror', 'fuhr', 'gab', 'galt', 'gelang', 'genoss', 'geschah', 'gewann', 'ging', 'goss', 'griff',
  'half', 'hielt', 'hieß', 'hing', 'hinterließ', 'kam', 'klang', 'lief', 'lieh', 'litt', 'lud', 'maß', 'mied', 'nahm', 'pfiff', 'rang',
  'rannte', 'riet', 'rief', 'riss', 'roch', 'sah', 'sang', 'sank', 'saß', 'schien', 'schlief', 'schloss', 'schlug',
  'schmolz', 'schnitt', 'schob', 'schoss', 'schrie', 'schrieb', 'schritt', 'schwamm', 'schwieg', 'schwor', 'sprach', 'sprang', 'stach',
  'stahl', 'stand', 'starb', 'stieg', 'stieß', 'strich', 'stritt', 'traf', 'trank', 'trat', 'trieb', 'trug', 'überließ', 'unterlag',
  'unterließ', 'verdarb', 'vergaß', 'verließ', 'verlor', 'verschwand', 'wandte', 'warb', 'warf', 'wich', 'wies', 'wog', 'wuchs',
  'wusch', 'zog', 'zwang',
];
/**
 * Past stems that end present forms too when a prefix comes before them ("schließen", "klagen", "tritt", "blasen"), or
 * adjectives in -lich ("möglich", "täglich", "menschlich"): whole words only, with the prefixes they take.
 */
const BARE_PAST_STEMS = ['aß', 'bat', 'hob', 'lag', 'las', 'ließ', 'ritt', 'tat', 'glich', 'verglich', 'beglich', 'schlich', 'erschlich', 'beschlich'];
const PAST_STEMS = [...STRONG_PAST_STEMS, ...BARE_PAST_STEMS].join('|');

/**
 * Words after which a word in -te/-ten before a capitalised one is an adjective before its noun ("die geplante
 * Reform", "mit verletzten Fahrgästen"); elsewhere it is a verb before its subject ("Am Dienstag präsentierte
 * Varnik …").
 */
const ADJECTIVE_LEADS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner',
  'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'unseren', 'unserem', 'unserer',
  'dieser', 'diese', 'diesen', 'diesem', 'dieses', 'jene', 'jenen', 'jenem', 'jener', 'welche', 'welchen', 'welchem', 'welcher', 'alle',
  'allen', 'viele', 'vielen', 'einige', 'einigen', 'mehrere', 'mehreren', 'beide', 'beiden', 'zwei', 'drei', 'vier', 'fünf', 'zum', 'zur',
  'im', 'am', 'vom', 'beim', 'ins', 'mit', 'von', 'vor', 'nach', 'bei', 'aus', 'für', 'gegen', 'ohne', 'durch', 'über', 'unter', 'zu',
  'in', 'an', 'auf', 'um', 'wegen', 'trotz', 'seit', 'bis', 'und', 'oder', 'sowie', 'als', 'wie', 'sehr', 'besonders', 'so',
].join('|');

/**
 * The perfect's participle ends its clause, however long the clause ("hat die Partei am Montag Gespräche mit … über
 * eine Regierung aufgenommen."), farther than PAST_MARKERS looks: spans from an auxiliary (AUXILIARY) to a
 * participle before a punctuation mark up to 240 characters on, in the same sentence. A point after a digit does not
 * end it: it is part of a date ("hat am 10. Februar … beschlossen."). Not an infinitive with "zu" ("haben die Chance,
 * … zu gewinnen."); with "hat"/"haben" also a participle without "ge-" in -t ("hat … die Regeln verschärft."): one in
 * "-en" would be an infinitive. Found from the auxiliary by plain scanning: as alternatives of PAST_MARKERS these
 * made the date stage a sixth slower.
 */
export function clauseFinalPerfects(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  AUXILIARY.lastIndex = 0;
  for (let aux = AUXILIARY.exec(text); aux; aux = AUXILIARY.exec(text)) {
    const limit = Math.min(text.length, aux.index + aux[0].length + PERFECT_REACH);
    const withHave = aux[0].startsWith('ha');
    for (let at = aux.index + aux[0].length; at < limit; at++) {
      const mark = text[at];
      if (!CLAUSE_MARKS.has(mark)) continue;
      if (mark === '.' && /\d/.test(text[at - 1] ?? '')) continue;
      const word = /(?<![\p{L}])(\p{Ll}+)$/u.exec(text.slice(Math.max(0, at - 40), at));
      if (word && isPerfectParticiple(word[1], withHave) && !/(?<![\p{L}])zu\s+\p{Ll}+$/u.test(text.slice(Math.max(0, at - 44), at))) {
        spans.push([aux.index, at]);
        break;
      }
      if (mark === '.' || mark === '!' || mark === '?') break;
    }
  }
  return spans;
}

/** The perfect's auxiliaries, with the subjunctive of reported speech ("Er habe … gefragt", "sei … gekommen"). */
const AUXILIARY = /(?<![\p{L}])(?:hat|haben|habe|ist|sind|sei|seien)(?![\p{L}])/gu;
const PERFECT_REACH = 240;
const CLAUSE_MARKS = new Set(['.', ',', ';', ':', '!', '?']);
const SCHEDULED = /^(?:geplant|vorgesehen|angesetzt|terminiert|anberaumt)$/u;

function isPerfectParticiple(word: string, withHave: boolean): boolean {
  if (SCHEDULED.test(word)) return false;
  if (/^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$/u.test(word)) return true;
  return withHave && /^(?:be|ver|er|ent|zer|über)\p{Ll}{2,}t$/u.test(word);
}

/**
 * Past markers: the commonest past-tense forms; a perfect ("hat … angekündigt", "ist …
 * gestorben", and in reported speech "habe … gefragt", "sei … gekommen"), also with the auxiliary last, as a subordinate
 * clause has it ("…, den er am Montag angekündigt hat", "dass es gelungen sei"; found from the auxiliary, which all
 * perfects share, so that the regex engine starts there: an alternative of its own made the date stage a seventh
 * slower), but not a schedule ("ist für November geplant", "vorgesehen", "angesetzt"); a lower-case word in
 * -te/-ten that no capitalised word follows, which is a weak verb's past ("untersagte er", "meldeten am Montag")
 * rather than an adjective before its noun ("die geplante Reform"), superlatives, ordinals and a few adverbs aside;
 * a strong verb's past (STRONG_PAST_STEMS); and the reporting formula "…, so die Polizei". Each kind is a pattern
 * scanned on its own: as alternatives of one pattern they took the regex engine half as long again.
 */
export const PAST_MARKERS: Record<Language, RegExp[]> = {
  de: [
    // A weak verb's past: the ending first and then a look back at the word, so that the engine works only where "te" is.
    new RegExp(String.raw`ten?(?![\p{L}])(?<!sten?)(?<=(?<![\p{L}])\p{Ll}{2,}ten?)(?<!(?<![\p{L}])(?:heu|bit|un|hin|mit|sel|soll|zwei|drit|vier|fünf|sechs|sieb|ach|neun|zehn|elf|zwölf)ten?)(?:(?!\s+\p{Lu})|(?<!(?<![\p{L}])(?:${ADJECTIVE_LEADS})\s+\p{Ll}{2,}ten?))`, 'u'),
    // The commonest past forms.
    new RegExp(String.raw`(?<![\p{L}])(?:war|waren|wurde|wurden|worden|hatte|hatten|sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|meldete|meldeten|kam|kamen|gab|ging|gingen|starb|starben|fand|fanden|stand|standen|sprach|nahm|nahmen|traf|trafen|fiel|fielen|lag|lagen|stieg|stiegen|sank|sanken|dauerte|dauerten|begann|begannen|endete|endeten|gewann|gewannen|geschahen|verlor|zeigte|zeigten|blieb|blieben|kündigte|forderte|forderten)(?![\p{L}])`, 'u'),
    // A perfect, its auxiliary first.
    new RegExp(String.raw`(?<![\p{L}])(?:hat|haben|habe|ist|sind|sei|seien|sein)(?![\p{L}])(?:(?:[^.!?]|(?<=\d)\.){0,80}?(?<![\p{L}])\p{Ll}*ge\p{Ll}{2,}(?:t|en)(?![\p{L}])(?<!(?<![\p{L}])(?:geplant|vorgesehen|angesetzt|terminiert|anberaumt))|(?<=(?<![\p{L}])(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer|über)\p{Ll}{2,}t(?=\s+ha))\s+\p{Ll}+))`, 'u'),
    // A perfect of a strong verb with an unstressed prefix, whose participle has no "ge" ("hat am Dienstag entschieden",
    // "haben … beschlossen"); "hat … zu entscheiden" is an infinitive, and a comma ends the reach.
    /(?<![\p{L}])(?:hat|haben|habe)(?![\p{L}])(?:[^.!?,;:]|(?<=\d)\.){0,80}?(?<![\p{L}])(?<!(?<![\p{L}])zu\s+)(?:be|ver|er|ent|zer|über|emp|miss)\p{Ll}{2,}en(?![\p{L}])/u,
    // The reporting formula without a verb: "…, so die Polizei am Samstag" (said).
    /(?<=,\s)so(?=\s+(?:die|der|das|ein|eine|\p{Lu}))/u,
    // A strong verb's past; not a participle in "ge…en" ("geschlossen"), which may describe a state. The stem is
    // found first and the word checked behind it: starting at every word's first letter took four times as long.
    new RegExp(String.raw`(?:${PAST_STEMS})(?:en|st|t)?(?![\p{L}])(?<=(?<![\p{L}])(?!ge\p{Ll}*en(?![\p{L}]))(?:\p{Ll}*(?:${STRONG_PAST_STEMS.join('|')})|${BARE_PAST_STEMS.join('|')})(?:en|st|t)?)`, 'u'),
  ],
  // "-ed" after "is"/"are"/"be" is a passive present ("are expected"), not a past.
  en: [/(?<![\p{L}])(?:was|were|had|did|said|went|came|took|made|began|fell|rose|won|lost|saw|told|gave|left)(?![\p{L}])|(?<!(?:is|are|be|being|been)\s+)(?<![\p{L}])\p{Ll}{3,}ed(?![\p{L}])/u],
};
