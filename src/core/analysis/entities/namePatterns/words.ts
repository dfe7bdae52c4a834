// Names of a kind ICU lists (Intl.DisplayNames): a language named as a noun ("auf Englisch"), a currency named
// after an amount ("2,2 Mio. Euro"), and a web address under a country's or a generic domain ("auf
// kestrel.at"). The languages and currencies are listed when the lists are built, and travel in the model file:
// asking ICU for them took 20–40 ms of a process's first analysis.
import { lastIndexOfChar } from '../../../text/characters';
import { isMagnitudeWord } from '../../quantities';
import type { NerModel } from '../model';
import { isOrganisationDescriptor, tokenSpan, type TokenSpan } from '../rules';
import { isFreeOrAlone, startsWithSmallAscii, withSpanInstead } from './shared';
import { isCitedBetween } from './sources';

/**
 * A language named as a noun is a name (MISC): "auf Englisch", "Kurse in Deutsch und Latein", "Untertitel in
 * Arabisch". GermEval tags 11 of its 13 such words OTH, yet the tagger leaves most out. Only words no span
 * covers or one of their own as an organisation or place, and not before a place, as in "Deutsch Kestrowo", the
 * name of a town. The names are ICU's, listed by scripts/ner/build-gazetteers.ts (see Gazetteer.languageNames).
 */
export function languagesNamed(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 0; i < words.length; i++) {
    if (!languagesNamedTrigger(words[i], model)) continue;
    const covering = result.filter(s => s.start <= i && s.end > i);
    // A language alone is no organisation or place: the tagger calls it one now and then.
    const alone = covering.length === 1 && covering[0].end - covering[0].start === 1 ? covering[0] : undefined;
    const mistyped = alone?.type === 'ORG' || alone?.type === 'LOC';
    if ((covering.length > 0 && !mistyped) || result.some(s => s.start === i + 1 && s.type === 'LOC')) continue;
    result = withSpanInstead(result, tokenSpan(i, i + 1, 'MISC'));
  }
  return result;
}

/** A language's name, the only name languagesNamed adds (see WordTrigger). */
export function languagesNamedTrigger(word: string, model: NerModel): boolean {
  // Capitalised and ending in "sch" or "Latein" before the list is asked: most words are not.
  return !startsWithSmallAscii(word) && (word.endsWith('sch') || word === 'Latein') && model.gazetteer.languageNames.has(word);
}

/**
 * A currency named after an amount is a name (MISC): "775.000 Euro", "1 Mio. Dollar", "200 Franken",
 * "Millionen Kronen", "8 Mrd. €", "65 EUR". GermEval tags currencies OTH, as the guidelines of bench/newsEntities.md say, but the
 * tagger leaves out many after long amounts. Only a word no span covers, or one its own span types otherwise;
 * after an amount even "Franken" and "Pfund", a region and a weight elsewhere, are money. The words are ICU's
 * names and codes with subunits and signs, listed by scripts/ner/build-gazetteers.ts (see Gazetteer.currencyNames).
 */
export function currenciesNamed(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 1; i < words.length; i++) {
    // The amount before the currency is a few patterns, so asked last.
    if (!currenciesNamedTrigger(words[i], model) || !isAmount(words[i - 1])) continue;
    if (isFreeOrAlone(result, i)) result = withSpanInstead(result, tokenSpan(i, i + 1, 'MISC'));
  }
  return result;
}

/** A currency's name, the only name currenciesNamed adds (see WordTrigger). */
export function currenciesNamedTrigger(word: string, model: NerModel): boolean {
  return !startsWithSmallAscii(word) && model.gazetteer.currencyNames.has(word);
}

/** "775.000", "2,5", "1'000", or a word for a magnitude as the quantities read them ("Mio.", "Milliarden"). */
function isAmount(word: string): boolean {
  return /^\d[\d.,'’]*$/.test(word) || isMagnitudeWord(word);
}

/**
 * A web address is a name: "auf kestrel.de", "unter www.tarnfeld.at", "wie Muster.com berichtet". GermEval
 * tags 20 of its 22 such tokens OTH (one a shop, ORG), yet the tagger leaves most out or calls one a firm.
 * The address of a site as a place to go is MISC ("unter www.tarnfeld.at"); one after a word for a kind of
 * organisation ("das Branchenportal kestrel.at", "die Mediaagentur tarnfeld.at") or cited as a report's
 * source ("laut kestrel.de", "wie Muster.com berichtet") names the outlet or firm behind it, an organisation,
 * as the helpers' labels of whole articles have it. Only a whole address: not the host of a longer URL
 * ("pic.twitter.com/…", "https://…") or of an e-mail address, which are no names. A span of its own the
 * address replaces; one that runs on past it stays.
 */
export function webAddressesNamed(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 0; i < words.length; i++) {
    if (!webAddressesNamedTrigger(words[i])) continue;
    if (PART_OF_URL.has(words[i - 1] ?? '') || words[i + 1] === '/' || !isFreeOrAlone(result, i)) continue;
    const type = isOrganisationDescriptor(words[i - 1] ?? '') || isCitedBetween(words[i - 1] ?? '', words[i + 1] ?? '') ? 'ORG' : 'MISC';
    result = withSpanInstead(result, tokenSpan(i, i + 1, type));
  }
  return result;
}

/** A web address, the only name webAddressesNamed adds (see WordTrigger). */
export function webAddressesNamedTrigger(word: string): boolean {
  // A dot that is neither the first nor the last character first: most words have none.
  const dot = lastIndexOfChar(word, '.');
  return dot > 0 && dot < word.length - 1 && isWebAddress(word, dot);
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
