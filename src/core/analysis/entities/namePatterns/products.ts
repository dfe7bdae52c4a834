// Products and companies found by their pattern in a tagged sentence: a brand with its model designation
// ("Vento X4", "Kestrel 6", "Android 6.0"), a name and a small number the tagger took for a place ("das
// Kestrel 6"), a letter after a brand ("Kestrel X") but none after a word that sorts by letters ("Gruppe B"),
// and a listed company in the genitive apart from what it owns ("Samsungs Galaxy S6").
import { stopwordsOf } from '../../../text/stopwords';
import type { GazetteerMatch } from '../gazetteer';
import type { NerModel } from '../model';
import { tokenSpan, type TokenSpan } from '../rules';
import {
  isAsciiDigit, isCounted, isCountedNoun, isListedPlace, STARTS_CAPITALISED, startsWithSmallAscii, withSpanInstead, type TaggedWords,
} from './shared';

/**
 * A product named by a brand or series and its model designation is one MISC name ("Kestrel X4", "Vento
 * 7T"), as GermEval's annotators tag a maker or series with its model number. The tagger often finds the
 * designation alone, or a company in the brand, or nothing at all where both words are new to it. The name
 * word must be no common noun and no function word: "Autobahn A27", "Klasse 7c" and "Das K300" keep the
 * designation alone, as GermEval's annotators do; a brand written small before a capital ("iPhone 6") is a
 * name. A version ("Android 6.0") counts as a lettered designation. A designation of digits only ("Modell
 * 450") joins only where the tagger saw a product in the number and no person in the name, or a product in
 * the name ("Kestrel 7", not "Kestrel 5 Prozent"): alone, numbers after names are mostly ranks, scores and
 * house numbers. A product span the tagger closed on such a counting number loses it first.
 */
export function productsWithModels(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = withoutCountingNumbers(spans, words, model);
  for (let i = 1; i < words.length; i++) {
    const lettered = isLetteredDesignation(words[i]) || isVersionNumber(words[i]);
    if (!lettered && !isNumberDesignation(words[i])) {
      // Numbers are many: a small one is asked about only after a one-word product.
      if (!SMALL_NUMBER.test(words[i]) || !result.some(s => s.end === i && s.start === i - 1 && s.type === 'MISC')) continue;
    }
    const covered = result.filter(s => s.start < i + 1 && s.end > i - 1);
    const onName = covered.find(s => s.start === i - 1 && s.end === i);
    const onDesignation = covered.find(s => s.start === i && s.end === i + 1);
    const onPair = covered.length === 1 && covered[0].start === i - 1 && covered[0].end === i + 1;
    if (!onPair && covered.length !== Number(!!onName) + Number(!!onDesignation)) continue;
    // A name the tagger took for a product takes its designation whatever the tagger made of that.
    const product = onName?.type === 'MISC';
    if (onDesignation && onDesignation.type !== 'MISC' && !product) continue;
    if (!lettered && !(product && !isCounted(words[i + 1], model)) && (!onDesignation || onName?.type === 'PER' || !isNumberDesignation(words[i]))) continue;
    if (!isProductNameWord(words, i - 1, onPair || !!onName, model)) continue;
    result = withSpanInstead(result, tokenSpan(i - 1, i + 1, 'MISC'));
  }
  return result;
}

/** A designation or a small number: without one, productsWithModels changes nothing (see WordTrigger). */
export function productsWithModelsTrigger(word: string): boolean {
  return SMALL_NUMBER.test(word) || isLetteredDesignation(word) || isVersionNumber(word) || isNumberDesignation(word);
}

/**
 * A capital letter alone after a brand or series the tagger left is that product's model: "Kestrel X", "das
 * erste Vento G" (MISC, as productsWithModels joins "Vento X4"). The tagger takes the letter alone for an
 * organisation or a place. The word before must be a product's name word: a common noun sorts by the letter
 * instead ("Gruppe B", "Vitamin C", see letteredPartsNameNothing), and a given name has an initial after it.
 */
export function modelLettersAfterBrands(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (const span of spans) {
    const i = span.start;
    if (span.end !== i + 1 || span.type === 'PER' || span.type === 'MISC' || !CAPITAL_LETTER.test(words[i]) || i === 0) continue;
    if (result.some(other => other.end === i) || !isProductNameWord(words, i - 1, false, model)) continue;
    result = withSpanInstead(result, tokenSpan(i - 1, i + 1, 'MISC'));
  }
  return result;
}
const CAPITAL_LETTER = /^[A-Z]$/;

/**
 * A word that holds a digit names no person: a one-word person span such as "XR4", "Kestrel7" or "TLSv3" is a
 * designation, a product's, a model's or a standard's (MISC), as GermEval tags "A4", "Q7" and "S800" (OTH);
 * its persons hold no digit but in two user names. The tagger, not knowing such a word, often makes it a
 * person by its capital. Run over the article after citedSourcesAreOrganisations, which makes such a word an
 * organisation where it is cited as a source ("berichtete Kanal24").
 */
export function designationsAreNoPersons(sentences: readonly TaggedWords[]): void {
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type === 'PER' && span.end - span.start === 1 && HOLDS_DIGIT.test(tokens.word(span.start))) span.type = 'MISC';
    }
  }
}
const HOLDS_DIGIT = /\d/;

/**
 * A number that counts the common noun after it is no model designation, whatever the tagger made of it:
 * "das Vento 5 Zoll große Display" names no "Vento 5".
 */
function withoutCountingNumbers(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  for (const span of spans) {
    // Not a colon (isCounted): after a title's number it opens the subtitle ("Kestrel 5: Die Rückkehr").
    if (span.type === 'MISC' && span.end - span.start > 1 && SMALL_NUMBER.test(words[span.end - 1]) && isCountedNoun(words[span.end], model)) {
      span.end--;
    }
  }
  return spans;
}

/**
 * A listed company in the genitive is that company, and what follows it is no part of it: "Samsungs Galaxy",
 * "Googles Suchmaschine", "laut Walmarts Chef". The tagger has seen few such genitives: it takes them for a
 * place or a person, or runs them into what the company owns. What remains of such a span, past the common
 * nouns it starts with, is a person if it starts with a given name ("Googles Chef Erika Muster"), else the
 * company's product or work ("Samsungs Galaxy S6", "Googles Musikdienst Play Music"). Only the hand-kept
 * list of organisations is asked: the large list of companies also holds everyday English words ("Tools").
 */
export function companiesInTheGenitive(
  spans: TokenSpan[], words: readonly string[], matches: readonly GazetteerMatch[], model: NerModel,
): TokenSpan[] {
  let result = spans;
  for (const match of matches) {
    // The lists' genitive matches ask for the name as written ("WHO" gives no "Whos").
    if (!match.genitive || match.kind !== 'ORG' || model.gazetteer.isCommonNounForm(words[match.start])) continue;
    const i = match.start;
    const covering = result.find(s => s.start <= i && s.end > i);
    if (covering && covering.start !== i) continue;
    const rest = covering ? ownedAfter(covering, i + 1, words, model) : undefined;
    result = withSpanInstead(result, tokenSpan(i, i + 1, 'ORG'));
    if (rest) result = withSpanInstead(result, rest);
  }
  return result;
}

/**
 * The name in span from `start` on, past the common nouns it starts with: a person or a thing (see above). A
 * thing the tagger saw keeps its words ("Teslas Model S").
 */
function ownedAfter(span: TokenSpan, start: number, words: readonly string[], model: NerModel): TokenSpan | undefined {
  if (span.type === 'MISC') return start < span.end ? tokenSpan(start, span.end, span.type, span.stance) : undefined;
  let from = start;
  while (from < span.end && (startsWithSmallAscii(words[from]) || model.gazetteer.nounClass(words[from]) !== '')) from++;
  if (from === span.end) return undefined;
  return tokenSpan(from, span.end, model.gazetteer.firstNames.has(words[from]) ? 'PER' : 'MISC');
}

/**
 * A name and a small number that the tagger took together for a place are a product ("das Kestrel 6"): a
 * place written with a number is a road, an address or a district, as GermEval's 23 such places are, named
 * by a word for a street ("Bundesstraße 12", "Hafengasse 4"), a letter ("A 3") or a place ("Stadtkreis 4").
 * So the name must be no common noun, compound or listed place, and its number no year.
 */
export function numberedProducts(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  for (const span of spans) {
    if (span.type !== 'LOC' || span.end - span.start !== 2 || !SMALL_NUMBER.test(words[span.end - 1])) continue;
    const name = words[span.start];
    if (isProductNameWord(words, span.start, false, model) && !isListedPlace(name, model) && !model.gazetteer.isTown(name)) {
      span.type = 'MISC';
    }
  }
  return spans;
}

/**
 * A capital letter alone after a word that sorts things by letters names nothing: a tournament's "Gruppe B",
 * "Plan B", "Sektor C", "Teil A". The tagger often takes the letter, or the word with it, for a team or a
 * place; GermEval tags such letters O.
 */
export function letteredPartsNameNothing(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  return spans.filter(span => {
    const length = span.end - span.start;
    if (length > 2 || !SINGLE_CAPITAL.test(words[span.end - 1])) return true;
    return !PARTS_BY_LETTER.has(words[length === 1 ? span.start - 1 : span.start]);
  });
}
/** A capital letter, with the full stop a sentence's end may leave on it ("im Sektor C."). */
const SINGLE_CAPITAL = /^[A-Z]\.?$/;
const PARTS_BY_LETTER = new Set([
  'Gruppe', 'Gruppen', 'Partei', 'Plan', 'Sektor', 'Teil', 'Kategorie', 'Klasse', 'Staffel', 'Pool', 'Block', 'Zone', 'Stufe',
  'Variante', 'Reihe', 'Tribüne', 'Halle', 'Terminal', 'Gate',
]);

/** A number of one to three digits, which may be a model's designation after a product's name ("Vento 7"). */
export const SMALL_NUMBER = /^\d{1,3}$/;

/** "X4", "A320", "GT40", "7T", "5X": capitals and digits, at most three capitals and four digits. */
export function isLetteredDesignation(word: string): boolean {
  const n = word.length;
  // A cheap first test, as every token is asked: no small letter first, and a digit first, last or last but one.
  return n >= 2 && n <= 8 && !startsWithSmallAscii(word) &&
    (isAsciiDigit(word.charCodeAt(0)) || isAsciiDigit(word.charCodeAt(n - 1)) || isAsciiDigit(word.charCodeAt(n - 2))) &&
    LETTERED_DESIGNATION.test(word);
}
const LETTERED_DESIGNATION = /^(?:[A-Z]{1,3}\d{1,4}[A-Z]?|\d{1,4}[A-Z]{1,2})$/;

/**
 * "6.0", "4.2", "5.1.1": a version, with one digit after its first point. A clock time has two ("20.15" in
 * a programme guide), and a German decimal a comma.
 */
export function isVersionNumber(word: string): boolean {
  return word.length >= 3 && word.length <= 8 && isAsciiDigit(word.charCodeAt(0)) && VERSION_NUMBER.test(word);
}
const VERSION_NUMBER = /^\d{1,2}\.\d(?:\.\d{1,2})?$/;

/** "360", "911": a number of two to four digits that is no year. */
function isNumberDesignation(word: string): boolean {
  return word.length >= 2 && word.length <= 4 && isAsciiDigit(word.charCodeAt(0)) && NUMBER_DESIGNATION.test(word);
}
const NUMBER_DESIGNATION = /^(?!(?:1[89]|20)\d\d$)\d{2,4}$/;

/**
 * A capitalised word that may name a product's brand or series: no function word or given name, and no common
 * noun, except a compound the tagger took for a name itself ("Skybus": a name that ends like a noun).
 */
function isProductNameWord(words: readonly string[], i: number, taggedAsName: boolean, model: NerModel): boolean {
  const word = words[i];
  if (word.length < 2 || /\d/.test(word)) return false;
  // A brand may start small before a capital ("iPhone", "eGolf"): a name, no German word.
  if (SMALL_THEN_CAPITAL.test(word)) return true;
  if (!STARTS_CAPITALISED.test(word)) return false;
  const { gazetteer } = model;
  const lower = word.toLowerCase();
  const noun = gazetteer.nounClass(word);
  if (stopwordsOf('de').has(lower) || gazetteer.firstNames.has(word) || (noun !== '' && !(noun === 'head' && taggedAsName))) return false;
  // A sentence's first word is capitalised whatever it is.
  return i > 0 || lower === word || !model.tagger.isFrequentWord(lower);
}

const SMALL_THEN_CAPITAL = /^\p{Ll}{1,2}\p{Lu}/u;
