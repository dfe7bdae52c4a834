// Names of a kind ICU lists (Intl.DisplayNames): a language named as a noun ("auf Englisch"), a currency
// named after an amount ("2,2 Mio. Euro"), and a web address under a country's or a generic domain
// ("auf kestrel.at").
import { lastIndexOfChar } from '../../../text/characters';
import { isMagnitudeWord } from '../../quantities';
import type { TokenSpan } from '../rules';
import { isFreeOrAlone, startsWithSmallAscii, withSpanInstead } from './shared';

/**
 * A language named as a noun is a name (MISC): "auf Englisch", "Kurse in Deutsch und Latein", "Untertitel in
 * Arabisch". GermEval tags 11 of its 13 such words OTH, yet the tagger leaves most out. Only words no span
 * covers or one of their own as an organisation or place, and not before a place, as in "Deutsch Kestrowo", the
 * name of a town.
 */
export function languagesNamed(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 0; i < words.length; i++) {
    // Every token is asked: a language's name is capitalised and ends in "sch" or is "Latein".
    const word = words[i];
    if (startsWithSmallAscii(word) || !(word.endsWith('sch') || word === 'Latein') || !germanLanguageNames().has(word)) continue;
    const covering = result.filter(s => s.start <= i && s.end > i);
    // A language alone is no organisation or place: the tagger calls it one now and then.
    const alone = covering.length === 1 && covering[0].end - covering[0].start === 1 ? covering[0] : undefined;
    const mistyped = alone?.type === 'ORG' || alone?.type === 'LOC';
    if ((covering.length > 0 && !mistyped) || result.some(s => s.start === i + 1 && s.type === 'LOC')) continue;
    result = withSpanInstead(result, { start: i, end: i + 1, type: 'MISC' });
  }
  return result;
}

let languageNames: ReadonlySet<string> | undefined;

/**
 * German names of languages from ICU's display names (Intl.DisplayNames, as the country lists use): the
 * nouns in -sch ("Englisch", "Arabisch", "Deutsch") and "Latein", not the others, some of which name a
 * people or a country too ("Zulu", "Fidschi"). Asked of every two-letter language code once.
 */
function germanLanguageNames(): ReadonlySet<string> {
  if (languageNames) return languageNames;
  const names = new Set<string>();
  const displayNames = new Intl.DisplayNames('de', { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters) {
    for (const second of letters) {
      const name = displayNames.of(first + second);
      if (name && /^\p{Lu}\p{Ll}+sch$/u.test(name)) names.add(name);
    }
  }
  return (languageNames = names.add('Latein'));
}

/**
 * A currency named after an amount is a name (MISC): "775.000 Euro", "1 Mio. Dollar", "200 Franken",
 * "Millionen Kronen", "8 Mrd. €", "65 EUR". GermEval tags currencies OTH, as the guidelines of bench/newsEntities.md say, but the
 * tagger leaves out many after long amounts. Only a word no span covers, or one its own span types otherwise;
 * after an amount even "Franken" and "Pfund", a region and a weight elsewhere, are money.
 */
export function currenciesNamed(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 1; i < words.length; i++) {
    // Every token is asked: a currency's name is capitalised and listed (one lookup), and an amount stands
    // before it (a few patterns, so asked last).
    const word = words[i];
    if (startsWithSmallAscii(word) || !germanCurrencyNames().has(word) || !isAmount(words[i - 1])) continue;
    if (isFreeOrAlone(result, i)) result = withSpanInstead(result, { start: i, end: i + 1, type: 'MISC' });
  }
  return result;
}

/** "775.000", "2,5", "1'000", or a word for a magnitude as the quantities read them ("Mio.", "Milliarden"). */
function isAmount(word: string): boolean {
  return /^\d[\d.,'’]*$/.test(word) || isMagnitudeWord(word);
}

let currencyNames: ReadonlySet<string> | undefined;
const CURRENCY_SUBUNITS = ['Cent', 'Rappen', 'Pence', 'Penny', 'Kopeken', 'Groschen'];
/** Signs written for a currency after an amount ("8 Mrd. €"): GermEval tags them OTH, seven times of seven. */
const CURRENCY_SIGNS = ['€', '$', '£', '¥'];
/**
 * ISO codes that are also words ("ALL", "TOP", "CUP", "SOS", "PEN", "MAD", "GEL" …) or no money at all (X…:
 * metals, funds, tests): after a number they are more likely the word.
 */
const CODES_NOT_TAKEN = /^(?:ALL|TOP|CUP|SOS|PEN|MOP|BOB|GEL|MAD|SAR|X..)$/;

/**
 * German names of currencies from ICU's display names (Intl.DisplayNames, as the language names): each name of
 * one word ("Euro", "US-Dollar", "Hongkong-Dollar") and the noun that ends a longer one ("Schweizer Franken":
 * "Franken"), and the plural of those in -e ("Kronen", "Rupien"). Asked of every currency code ICU knows once.
 * ICU names no subunits, which GermEval tags as it tags currencies ("60 Cent": OTH, six times of six), nor
 * signs. ICU's ISO codes are taken too ("65 EUR"; GermEval: OTH 27 times of 27 for EUR, USD and CHF).
 */
function germanCurrencyNames(): ReadonlySet<string> {
  if (currencyNames) return currencyNames;
  const names = new Set<string>([...CURRENCY_SUBUNITS, ...CURRENCY_SIGNS]);
  const displayNames = new Intl.DisplayNames('de', { type: 'currency', fallback: 'none' });
  for (const code of Intl.supportedValuesOf('currency')) {
    if (!CODES_NOT_TAKEN.test(code)) names.add(code);
    const noun = displayNames.of(code)?.replace(/\s*\(.*\)$/, '').split(' ').pop();
    if (!noun || !/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(noun)) continue;
    names.add(noun);
    if (noun.endsWith('e')) names.add(`${noun}n`);
  }
  return (currencyNames = names);
}

/**
 * A web address is a name (MISC): "auf kestrel.de", "unter www.tarnfeld.at", "wie Muster.com berichtet".
 * GermEval tags 20 of its 22 such tokens OTH (one a shop, ORG), yet the tagger leaves most out or calls one a
 * firm. Only a whole address: not the host of a longer URL ("pic.twitter.com/…", "https://…") or of an e-mail
 * address, which are no names. A span of its own the address replaces; one that runs on past it stays.
 */
export function webAddressesNamed(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // Every token is asked: a dot that is neither the first nor the last character comes first.
    const dot = lastIndexOfChar(word, '.');
    if (dot <= 0 || dot === word.length - 1 || !isWebAddress(word, dot)) continue;
    if (PART_OF_URL.has(words[i - 1] ?? '') || words[i + 1] === '/' || !isFreeOrAlone(result, i)) continue;
    result = withSpanInstead(result, { start: i, end: i + 1, type: 'MISC' });
  }
  return result;
}

/** Tokens before a host that make it part of something longer: "https://host", "name@host", "a/host". */
const PART_OF_URL = new Set(['/', '@', ':']);

/**
 * A host name ending in a known top-level domain, lower-case as addresses are written ("Kestrel.com", not
 * "ASP.NET"), its labels letters, digits and hyphens, at least two characters before the domain.
 */
function isWebAddress(word: string, lastDot: number): boolean {
  const domain = word.slice(lastDot + 1);
  const host = word.startsWith('www.') ? word.slice(4, lastDot) : word.slice(0, lastDot);
  return host.length >= 2 && HOST.test(host) && isTopLevelDomain(domain, word.startsWith('www.'));
}
const HOST = /^[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?(?:\.[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?)*$/u;

/** Generic top-level domains news name; the country domains are the regions' two-letter codes ICU knows. */
const GENERIC_DOMAINS = new Set(['com', 'org', 'net', 'info', 'edu', 'gov', 'int', 'biz', 'app', 'online', 'news', 'eu']);

/**
 * Country domains that are also short German words ("Jahr.am", "Ende.in"): where the space after a period went
 * missing, the two words look like an address. They count only after "www.".
 */
const DOMAINS_THAT_ARE_WORDS = new Set(['am', 'an', 'da', 'er', 'es', 'im', 'in', 'so']);

let regionNames: Intl.DisplayNames | undefined;

function isTopLevelDomain(domain: string, afterWww: boolean): boolean {
  if (GENERIC_DOMAINS.has(domain)) return true;
  if (domain.length !== 2 || !/^[a-z]{2}$/.test(domain) || (!afterWww && DOMAINS_THAT_ARE_WORDS.has(domain))) return false;
  // The United Kingdom's domain is not its region code (GB).
  if (domain === 'uk') return true;
  regionNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  return regionNames.of(domain.toUpperCase()) !== undefined;
}
