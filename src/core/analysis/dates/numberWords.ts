// Numerals as news writes them: digits in German or English format ("1.000,5" / "1,000.5")
// and number words ("zwei", "eineinhalb", "twenty"). Shared by the date durations and the
// quantity finder, so both read "zwei Jahre" and "zwei Millionen" the same way.
import type { Language } from '../types';

/** "zweier" and "dreier" are the genitive and dative of zwei and drei ("wegen zweier Verträge", "innerhalb zweier Jahre"). */
const GERMAN_WORDS: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1,
  zwei: 2, zweier: 2, drei: 3, dreier: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, 'zwölf': 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19, zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50, sechzig: 60,
  siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, einhundert: 100, tausend: 1000, eintausend: 1000,
  anderthalb: 1.5,
};

/**
 * "eineinhalb", "zweieinhalb", "zwölfeinhalb": a number word and a half, read from the two parts. The patterns take the
 * ending as an option after any number word, rather than listing each whole word: the quantity finder scans every
 * paragraph for number words, and each alternative more is tried at every word.
 */
const GERMAN_HALF = 'einhalb';

const ENGLISH_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
};

/** Words that only count as a number before a unit or magnitude ("eine Milliarde", "a year"), never alone. */
export const ARTICLE_NUMBER_WORDS = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'a', 'an']);

/** Longest first, each word also capitalised (it may open a sentence). */
function alternation(words: string[]): string {
  return words.sort((a, b) => b.length - a.length).map(w => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}

const GERMAN_ALTERNATION = alternation(Object.keys(GERMAN_WORDS));
const ENGLISH_ALTERNATION = alternation(Object.keys(ENGLISH_WORDS));

/** Regex source matching one number word, lower-case or capitalised. */
export function numberWordPattern(language: Language): string {
  return language === 'de' ? `(?:${GERMAN_ALTERNATION})(?:${GERMAN_HALF})?` : ENGLISH_ALTERNATION;
}

/** The words longest first, each letter a class of its cases as the i flag (with or without u) matches them. */
export function caselessAlternation(words: string[], unicode: boolean): string {
  const letter = (c: string) => {
    // With the u flag, i folds cases as Unicode does: the long s and the Kelvin sign are an s and a k, and the
    // capital sharp s a ß. Without u, i pairs a letter with its one-character capital only.
    const cases = new Set([c, c.toUpperCase(), ...(unicode ? (UNICODE_FOLDS[c] ?? '') : '')].filter(x => x.length === 1));
    return cases.size > 1 ? `[${[...cases].join('')}]` : c;
  };
  return [...words].sort((a, b) => b.length - a.length).map(word => [...word].map(letter).join('')).join('|');
}
const UNICODE_FOLDS: Record<string, string> = { s: '\u017f', k: '\u212a', 'ß': '\u1e9e' };

/** Regex source matching one number word in any case (see caselessAlternation). */
export function caselessNumberWordPattern(language: Language, unicode: boolean): string {
  if (language === 'en') return caselessAlternation(Object.keys(ENGLISH_WORDS), unicode);
  return `(?:${caselessAlternation(Object.keys(GERMAN_WORDS), unicode)})(?:${caselessAlternation([GERMAN_HALF], unicode)})?`;
}

export function numberWordValue(word: string, language: Language): number | undefined {
  const lower = word.toLowerCase();
  if (language === 'en') return ENGLISH_WORDS[lower];
  const whole = GERMAN_WORDS[lower];
  if (whole !== undefined || !lower.endsWith(GERMAN_HALF)) return whole;
  const base = GERMAN_WORDS[lower.slice(0, -GERMAN_HALF.length)];
  return base === undefined ? undefined : base + 0.5;
}

/**
 * Reads a digit numeral. A separator followed by exactly three digits is a thousands separator
 * in the language that uses it that way ("1.500" in German, "1,500" in English); otherwise the
 * separator is a decimal mark, so "1,5" and "1.5" both read 1.5 whatever the language.
 */
export function parseDigitNumeral(raw: string, language: Language): number | null {
  let text = raw.replace(/[\u00a0\u202f'’ ]/g, '');
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    text = text.split(grouping).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    const grouped = /^\d{1,3}(?:,\d{3})+$/.test(text) && (language === 'en' || text.split(',').length > 2);
    text = grouped ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if (lastDot >= 0) {
    const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(text) && (language === 'de' || text.split('.').length > 2);
    text = grouped ? text.replace(/\./g, '') : text;
  }
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** Digits or a number word; null when neither. */
export function parseNumeral(raw: string, language: Language): number | null {
  const word = numberWordValue(raw, language);
  if (word !== undefined) return word;
  return parseDigitNumeral(raw, language);
}

/** Multiplies exactly in decimal (2.3 × 10⁹ = 2300000000, not 2299999999.9999995). */
export function scaleByPowerOfTen(value: number, exponent: number): number {
  if (exponent === 0) return value;
  const text = String(value);
  return text.includes('e') ? value * 10 ** exponent : Number(`${text}e${exponent}`);
}
