// German names found by their pattern in a tagged sentence, where the tagger's guess from the words alone
// falls short: a brand with its model designation ("Vento X4", "Kestrel 6"), a club by its abbreviation
// ("SV Tarnfeld") or by a town in a club's name ("Eintracht Tarnfeld", "Tarnfeld 07"), a person by the age
// or minute in brackets after the name ("Kravosz (12.)"), a name compounded with a word for a street, hut
// or lake ("Wendlgasse"), the name right after a word for its kind ("die Video-App Lumo", "der
// Chemiekonzern Norvata", "die Grenzstadt Varnik"), the names listed after a plural one ("Inseln wie
// Kestros und Oltis"), an institution named by its purpose ("Bundesamt für Wasserwege und Deiche") and an
// English name split at "of" ("Son of Varn"), a person listed among persons, the names in a line-up the
// tagger ran together ("Kravosz – Dumeniak"), a listed company in the genitive apart from what it owns
// ("Samsungs Galaxy S6"), a language named as a noun ("auf Englisch"), a currency named after an amount
// ("2,2 Mio. Euro") and a short form in brackets after a name ("… GmbH (Tabeg)"). Each takes the sentence's spans
// and returns them changed. Three more look at a whole article: two persons' surnames side by side, the
// places of a dateline, and a club's town named alone in a sports report.
import { GERMAN_DETERMINERS } from '../../text/germanNounPhrases';
import { stopwordsOf } from '../../text/stopwords';
import { isMagnitudeWord } from '../quantities';
import type { EntityType, Span } from '../types';
import type { GazetteerMatch } from './gazetteer';
import type { NerModel } from './model';
import { ORGANISATION_WORDS, type TokenSpan } from './rules';

const STARTS_CAPITALISED = /^\p{Lu}/u;

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
    result = withSpanInstead(result, { start: i - 1, end: i + 1, type: 'MISC' });
  }
  return result;
}

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
    result = withSpanInstead(result, { start: i, end: i + 1, type: 'ORG' });
    if (rest) result = withSpanInstead(result, rest);
  }
  return result;
}

/**
 * The name in span from `start` on, past the common nouns it starts with: a person or a thing (see above). A
 * thing the tagger saw keeps its words ("Teslas Model S").
 */
function ownedAfter(span: TokenSpan, start: number, words: readonly string[], model: NerModel): TokenSpan | undefined {
  if (span.type === 'MISC') return start < span.end ? { ...span, start } : undefined;
  let from = start;
  while (from < span.end && (startsWithSmallAscii(words[from]) || model.gazetteer.nounClass(words[from]) !== '')) from++;
  if (from === span.end) return undefined;
  return { start: from, end: span.end, type: model.gazetteer.firstNames.has(words[from]) ? 'PER' : 'MISC' };
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
/** A number of one to three digits, which may be a model's designation after a product's name ("Vento 7"). */
export const SMALL_NUMBER = /^\d{1,3}$/;

/**
 * A name written with the abbreviation of a sports club's form ("FC", "SV", "TSV", "VfB" …) is a club, whatever
 * the tagger took its other words for ("Helga BSC", "SK Tarnfeld Nord"). GermEval tags 43 of the 45 such
 * words it has as (in) an organisation.
 */
export function clubsAreOrganisations(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  for (const span of spans) {
    if (span.type === 'ORG') continue;
    for (let k = span.start; k < span.end; k++) {
      if (CLUB_FORMS.has(words[k])) {
        span.type = 'ORG';
        break;
      }
    }
  }
  return spans;
}
const CLUB_FORMS = new Set([
  'FC', 'SC', 'SV', 'BSC', 'TSV', 'VfB', 'VfL', 'VfR', 'SK', 'FK', 'SSV', 'TuS', 'TSG', 'SpVgg', 'MSV', 'FSV', 'SSC', 'EHC', 'ERC',
]);

/**
 * A town written as a sports club's name is the club, one organisation: after a word clubs are named with
 * ("Eintracht Tarnfeld", "Sturm Varnik"), before a club's founding year ("Tarnfeld 07"), and after a word for
 * a club's standing ("Aufsteiger Tarnfeld", "der Zweitligist Varnik"). The tagger reads the town alone as a
 * place. In GermEval's data, 21 of the 23 club words before a capitalised word start an organisation, and
 * every town with a two-digit number is one; the places with such a number are roads and addresses. Teams
 * played against and the two sides of a result are clubs too (opponentsAreTeams).
 */
export function sportsClubs(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    const club = clubAt(words, i, model);
    if (club) result = withClub(result, club, words);
  }
  return opponentsAreTeams(result, words);
}

/**
 * In a sentence with a match's score, the place a team played against or at is the team there: "mit einem
 * 2:1 gegen Varnik", "holte beim 1:1 bei Tarnfeld einen Punkt". (GermEval's annotators tagged its six such
 * names as places; our guidelines, like CoNLL's, tag a team as an organisation whatever it is named after.)
 */
function opponentsAreTeams(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  const isOpponent = (span: TokenSpan) => span.type === 'LOC' && OPPONENT_BEFORE.has(words[span.start - 1]);
  if (spans.some(isOpponent) && hasScore({ length: words.length, word: i => words[i] ?? '' })) {
    for (const span of spans) if (isOpponent(span)) span.type = 'ORG';
  }
  return teamsOfResults(spans, words);
}

/**
 * A result names two teams, whatever they are named after: "Tarnfeld – Varnik 2:1", "Tarnfeld - Varnik 0:3
 * (0:1)". The tagger reads a place at a line's start before a dash as a dateline's.
 */
function teamsOfResults(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  for (let k = 0; k + 1 < spans.length; k++) {
    const home = spans[k];
    const away = spans[k + 1];
    if (away.start !== home.end + 1 || !RESULT_DASHES.has(words[home.end]) || !SCORE.test(words[away.end] ?? '')) continue;
    if (home.type === 'PER' || away.type === 'PER') continue;
    home.type = away.type = 'ORG';
  }
  return spans;
}
const RESULT_DASHES = new Set(['–', '-', '—']);
const OPPONENT_BEFORE = new Set(['gegen', 'bei']);

/** A score among tokens [from, to): "3:0", "28:25", not a time of day ("20:15 Uhr", "um 9:30"). */
function hasScore(tokens: SentenceWords, from = 0, to = tokens.length): boolean {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const word = tokens.word(i);
    // Every token of a sports check is asked: a digit first, and a colon second to fourth, before the pattern.
    if (!isAsciiDigit(word.charCodeAt(0)) || word.indexOf(':') < 1 || word.indexOf(':') > 3) continue;
    if (SCORE.test(word) && tokens.word(i + 1) !== 'Uhr' && !TIME_BEFORE.has(tokens.word(i - 1))) return true;
  }
  return false;
}
const SCORE = /^\d{1,3}:\d{1,3}$/;
const TIME_BEFORE = new Set(['um', 'ab', 'bis', 'gegen', 'von']);

/** The club named at token i, if a club's name starts there or (after a word for its standing) at i + 1. */
function clubAt(words: readonly string[], i: number, model: NerModel): TokenSpan | undefined {
  const word = words[i];
  // Every token is asked: most start with a small letter and name no club.
  if (startsWithSmallAscii(word)) return undefined;
  const next = words[i + 1];
  if (isFoundingYear(next)) {
    return !isCounted(words[i + 2], model) && isTownName(word, model, false) ? { start: i, end: i + 2, type: 'ORG' } : undefined;
  }
  // A town is capitalised: after most capitalised words comes a small one.
  if (startsWithSmallAscii(next)) return undefined;
  if (CLUB_WORDS.has(word) && isTownName(next, model, true)) return { start: i, end: i + 2, type: 'ORG' };
  if (isStandingWord(word) && isTownName(next, model, false)) return { start: i + 1, end: i + 2, type: 'ORG' };
  return undefined;
}

/**
 * Puts `club` among the spans: a span that holds it becomes an organisation; spans that overlap it join it,
 * but for a name before it that is no club form of it ("Bayern Eintracht Tarnfeld" is two clubs).
 */
function withClub(spans: TokenSpan[], club: TokenSpan, words: readonly string[]): TokenSpan[] {
  const holding = spans.find(s => s.start <= club.start && s.end >= club.end);
  if (holding) {
    if (holding.start === club.start || isClubPrefix(words, holding.start, club.start)) holding.type = 'ORG';
    // "der Regionalligist Tarnfeld": the word for the club's standing is no part of its name.
    else if (club.start === holding.start + 1 && isStandingWord(words[holding.start])) {
      holding.start = club.start;
      holding.type = 'ORG';
    }
    return spans;
  }
  const joined: TokenSpan = { ...club };
  const kept: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end <= club.start || span.start >= club.end) kept.push(span);
    else if (span.start < club.start && !isClubPrefix(words, span.start, club.start)) kept.push({ ...span, end: club.start });
    else {
      joined.start = Math.min(joined.start, span.start);
      joined.end = Math.max(joined.end, span.end);
    }
  }
  return [...kept, joined].sort((x, y) => x.start - y.start);
}

/** Whether words [from, to) are a club's form and ordinal ("1. FC", "SK"), part of the name that follows. */
function isClubPrefix(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CLUB_FORMS.has(words[k]) && !/^\d\.$/.test(words[k])) return false;
  return true;
}

/** A listed place or town, not a country (a country's team is named as the country); also in the genitive. */
function isTownName(word: string, model: NerModel, genitive: boolean): boolean {
  if (word.length < 2 || !STARTS_CAPITALISED.test(word)) return false;
  const isTown = (name: string) => model.gazetteer.kindOf(name) === 'LOC' || model.gazetteer.isTown(name);
  return isTown(word) || (genitive && word.endsWith('s') && isTown(word.slice(0, -1)));
}

/** "04", "96": two digits a club's founding year is written with (a year of the 1900s, or 2000s). */
function isFoundingYear(word: string | undefined): boolean {
  if (word === undefined || word.length !== 2) return false;
  const first = word.charCodeAt(0);
  return (first === 0x30 || (first >= 0x36 && first <= 0x39)) && isAsciiDigit(word.charCodeAt(1));
}

/** Whether the word after a number is what it counts or a score's colon: "in Tarnfeld 80 Verletzte", "96 : 3". */
function isCounted(word: string | undefined, model: NerModel): boolean {
  return word === ':' || isCountedNoun(word, model);
}

/**
 * Whether the word after a number is a common noun it counts ("Vento 5 Zoll", "Vento 5 Prozent"): then the
 * number is no model designation.
 */
export function isCountedNoun(word: string | undefined, model: NerModel): boolean {
  return word !== undefined && model.gazetteer.isCommonNounForm(word);
}

/** "Tabellenführer", "Aufsteiger", and any kind of "-ligist" ("Bundesligist", "Eishockey-Zweitligist"). */
function isStandingWord(word: string): boolean {
  return STANDING_WORDS.has(word) || word.endsWith('ligist') || word.endsWith('ligisten');
}

/** Words that begin clubs' names in German-speaking and European football (not towns, and seldom anything else). */
const CLUB_WORDS = new Set([
  'Borussia', 'Eintracht', 'Fortuna', 'Union', 'Dynamo', 'Dinamo', 'Rapid', 'Austria', 'Sturm', 'Hansa', 'Alemannia',
  'Arminia', 'Kickers', 'Viktoria', 'Germania', 'Preußen', 'Wacker', 'Lokomotive', 'Lok', 'Spartak', 'Olympique',
  'Sporting', 'Racing', 'Athletic', 'Inter', 'Slavia', 'Sparta', 'Hapoel', 'Maccabi', 'Energie', 'Admira', 'Vorwärts',
]);
/** A club's standing in its league or competition; "Gastgeber" is also a host country, "Favorit" anyone. */
const STANDING_WORDS = new Set([
  'Aufsteiger', 'Absteiger', 'Tabellenführer', 'Spitzenreiter', 'Schlusslicht', 'Tabellenletzte', 'Tabellenletzten',
  'Tabellenletzter', 'Tabellenzweite', 'Tabellenzweiten', 'Tabellendritte', 'Tabellendritten', 'Titelverteidiger',
  'Vizemeister', 'Rekordmeister', 'Pokalsieger', 'Cupsieger', 'Ligakonkurrent', 'Ligakonkurrenten', 'Ligarivale', 'Ligarivalen',
]);

/**
 * A name followed by a number in brackets is a person's: an age ("Erika Muster (37)"), or in sports a
 * minute or a rank ("Tarnow (65., 86.)", "Vell (34./Elfmeter)"). News give no other name such a bracket
 * but places and clubs ranked in a table ("Kanada (12.)", "Tarnfeld (2.)"), so a listed place, town or
 * club keeps its type. In GermEval's data 24 of the 26 capitalised words before such a bracket end a
 * person; the other two are common nouns ("6,2 Prozent (410)"), which are left alone.
 */
export function personsWithNumberInBrackets(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== '(' || !BRACKETED_NUMBER.test(words[i + 1]) || !AFTER_BRACKETED_NUMBER.has(words[i + 2])) continue;
    const tagged = result.find(s => s.end === i);
    if (tagged) {
      if (tagged.type !== 'PER' && isPersonsName(words, tagged.start, i, model)) tagged.type = 'PER';
    } else if (isPlainNameWord(words[i - 1], model) && isPersonsName(words, i - 1, i, model) && !result.some(s => s.end > i - 1 && s.start < i)) {
      result = withSpanInstead(result, { start: i - 1, end: i, type: 'PER' });
    }
  }
  return result;
}
const BRACKETED_NUMBER = /^\d{1,3}\.?$/;
const AFTER_BRACKETED_NUMBER = new Set([')', ',', '/']);

/**
 * Whether words [from, to) may be a person's name: no common noun, language ("Kroatisch"), club or listed
 * name, and no town in it unless a given name starts it (a club is named after its town: "Real Tarnfeld").
 */
function isPersonsName(words: readonly string[], from: number, to: number, model: NerModel): boolean {
  const { gazetteer } = model;
  if (gazetteer.kindOf(words.slice(from, to).join(' ')) !== undefined) return false;
  const givenName = to - from > 1 && gazetteer.firstNames.has(words[from]);
  for (let k = from; k < to; k++) {
    const word = words[k];
    if (CLUB_FORMS.has(word) || CLUB_WORDS.has(word) || gazetteer.isCommonNounForm(word) || !STARTS_CAPITALISED.test(word)) return false;
    if (word.endsWith('isch') || (!givenName && (gazetteer.isTown(word) || gazetteer.kindOf(word) !== undefined))) return false;
  }
  return true;
}

/**
 * The names a plural word for a kind lists after "wie" are of that kind: "Inseln wie Kestros, Varnakos und
 * Oltis" (places), "Konzerne wie Norvata oder Telpress" (organisations), "Apps wie Lumo" (MISC). Each name
 * is the tagger's span there, retyped, or a run of name words it missed; the list ends at the first word
 * that is neither a name nor "," "und" "oder" "sowie". GermEval's three such lists agree with the kind.
 */
export function enumeratedKinds(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'wie' || startsWithSmallAscii(words[i])) continue;
    const type = pluralKindType(words[i]);
    if (!type) continue;
    let at = i + 2;
    if (LIST_OPENERS.has(words[at])) at++;
    while (at < words.length) {
      const name = nameAfter(result, words, at, true, model) ?? listedPlaceAt(result, words, at, type, model);
      if (!name) break;
      result = withSpanInstead(result, { start: name.start, end: name.end, type });
      at = name.end;
      if (!LIST_JOINERS.has(words[at])) break;
      at++;
    }
    i = at - 1;
  }
  return result;
}
const LIST_OPENERS = new Set(['etwa', 'beispielsweise', 'zum']);
const LIST_JOINERS = new Set([',', 'und', 'oder', 'sowie']);

/** A listed place alone, which nameAfter passes over (it is more often what a work is about). */
function listedPlaceAt(spans: readonly TokenSpan[], words: readonly string[], at: number, type: EntityType, model: NerModel): Span | undefined {
  const tagged = spans.find(s => s.start === at);
  return type === 'LOC' && tagged?.end === at + 1 && isListedPlace(words[at], model) ? { start: at, end: at + 1 } : undefined;
}

/** The type of what a plural word for a kind names ("Inseln", "Großstädte", "Autokonzerne", "Apps"), if any. */
function pluralKindType(word: string): EntityType | undefined {
  const lower = word.toLowerCase();
  for (const [ending, type] of PLURAL_KINDS) if (lower.endsWith(ending)) return type;
  return undefined;
}
const PLURAL_KINDS: readonly [string, EntityType][] = [
  ...['inseln', 'städte', 'staaten', 'länder', 'gemeinden', 'provinzen', 'regionen', 'metropolen', 'dörfer'].map(k => [k, 'LOC'] as [string, EntityType]),
  ...['konzerne', 'unternehmen', 'firmen', 'banken', 'parteien', 'zeitungen', 'sender', 'organisationen', 'vereine', 'verbände',
    'gewerkschaften', 'hersteller', 'anbieter', 'universitäten', 'airlines', 'fluglinien', 'klubs', 'clubs'].map(k => [k, 'ORG'] as [string, EntityType]),
  ...['apps', 'filme', 'bücher', 'serien', 'songs', 'videospiele', 'computerspiele'].map(k => [k, 'MISC'] as [string, EntityType]),
];

/**
 * A party or movement named for its country takes the country in the genitive into its name: "die
 * Sozialistische Partei Norlands", "der Demokratischen Union Kestriens". The tagger ends the organisation
 * at its head word and calls the country a place of its own.
 */
export function partiesOfCountries(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = unnamedPartiesOfCountries(spans, words, model);
  for (let k = 0; k + 1 < result.length; k++) {
    const party = result[k];
    const country = result[k + 1];
    if (party.type !== 'ORG' || country.start !== party.end || country.end !== country.start + 1 || !PARTY_HEAD.test(words[party.end - 1])) continue;
    const word = words[country.start];
    if (!word.endsWith('s') || model.gazetteer.kindOf(word.slice(0, -1)) !== 'CTRY') continue;
    result = withSpanInstead(result, { ...party, end: country.end });
  }
  return result;
}

/**
 * The same where the tagger found the country alone: a capitalised adjective and a party's word before a
 * country in the genitive name the party ("der Sozialistischen Partei Kestrias"); adjectives are written
 * small unless a name starts with them.
 */
function unnamedPartiesOfCountries(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (const country of spans) {
    const head = country.start - 1;
    if (country.end !== country.start + 1 || head < 1 || !PARTY_HEAD.test(words[head]) || !STARTS_CAPITALISED.test(words[head])) continue;
    if (!isCapitalisedAdjective(words[head - 1], model) || spans.some(s => s.end > head - 1 && s.start < head + 1)) continue;
    const word = words[country.start];
    if (!word.endsWith('s') || model.gazetteer.kindOf(word.slice(0, -1)) !== 'CTRY') continue;
    result = withSpanInstead(result, { start: head - 1, end: country.end, type: 'ORG' });
  }
  return result;
}
const PARTY_HEAD = /(?:^|[a-zäöü-])(?:[Pp]artei|Union|[Ff]ront|[Bb]ewegung|[Ll]iga|[Aa]llianz)$/u;

/**
 * An institution named by what it does is one organisation: "die Norische Beobachtungsstelle für
 * Bodenkunde", "das Bundesamt für Wasserwege und Deiche", "ein Forschungsinstitut für Moorkunde und
 * Klima". The tagger finds a part or nothing. The name must show itself as one: a capitalised adjective
 * before the institution word (adjectives are written small unless a name starts with them), or a word
 * that names a state's or a research institution ("Bundes-", "Landes-", "Staats-", "Zentral-",
 * "Forschungs-"); an office holder ("Landesrat für Verkehr") is no institution. In GermEval, the 3 such
 * names with a capitalised adjective are organisations, as are 7 of the 11 without one.
 */
export function institutionsFor(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'für' || startsWithSmallAscii(words[i]) || !isInstitutionWord(words[i])) continue;
    const adjective = isCapitalisedAdjective(words[i - 1], model) && !INDEFINITE_ARTICLES.has(words[i - 2]?.toLowerCase() ?? '');
    if (!adjective && !STATE_OR_RESEARCH.test(words[i])) continue;
    const end = purposeEnd(words, i + 2, model);
    if (end === undefined) continue;
    const institution: TokenSpan = { start: adjective ? i - 1 : i, end, type: 'ORG' };
    for (const span of result) {
      if (span.end > institution.start && span.start < institution.end) {
        institution.start = Math.min(institution.start, span.start);
        institution.end = Math.max(institution.end, span.end);
      }
    }
    result = withSpanInstead(result, institution);
    i = institution.end - 1;
  }
  return result;
}

/**
 * The end of what an institution is for, starting at token `at`: "Bodenkunde", "Wasserwege und
 * Deiche", "Luft- und Raumfahrt". A place there is whom something is for ("Hilfen des Fonds für Varnik").
 */
function purposeEnd(words: readonly string[], at: number, model: NerModel): number | undefined {
  if (!isPurposeWord(words[at]) || isTownName(words[at], model, false) || model.gazetteer.kindOf(words[at]) === 'CTRY') return undefined;
  let end = at + 1;
  for (;;) {
    if ((words[end] === ',' || words[end] === 'und') && isPurposeWord(words[end + 1])) end += 2;
    else if (words[end] === '-' && words[end + 1] === 'und' && isPurposeWord(words[end + 2])) end += 3;
    else return end;
  }
}

/** A capitalised word that is no truncated compound ("Moor- und …") and no function word. */
function isPurposeWord(word: string | undefined): boolean {
  return word !== undefined && STARTS_CAPITALISED.test(word) && !word.endsWith('-') && !stopwordsOf('de').has(word.toLowerCase());
}

function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORD.test(word) && STARTS_CAPITALISED.test(word);
}
const INSTITUTION_WORD =
  /(?:organisation|zentrum|institut|amt|ministerium|stelle|stiftung|verband|kommission|agentur|behörde|komitee|akademie|anstalt|fonds|vereinigung)$/i;
const STATE_OR_RESEARCH = /^(?:Bundes|Landes|Staats|Zentral|Forschungs)\p{Ll}/u;
const INDEFINITE_ARTICLES = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);

/**
 * "Norische", "Internationalen": capitalised, with an adjective's ending, no function word, and either an
 * adjective's suffix or no common noun ("seit Monaten Anlaufstelle …"; the noun list holds adjectives used
 * as nouns, "Deutsche"). Not "-er", the ending of a town's adjective ("Tarnfelder Institut für …"), which
 * GermEval leaves out of the name.
 */
function isCapitalisedAdjective(word: string | undefined, model: NerModel): boolean {
  if (word === undefined || !CAPITALISED_ADJECTIVE.test(word) || stopwordsOf('de').has(word.toLowerCase())) return false;
  return ADJECTIVE_SUFFIX.test(word) || !model.gazetteer.isCommonNounForm(word);
}
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|es)$/u;
const ADJECTIVE_SUFFIX = /(?:sch|al|lich|ig|ar|iv|ell|bar|los|sam|haft|ant|ent|ös)(?:e|en|es)$/;

/**
 * An English name joined by "of", "on" or "for" is one name where the tagger found a name on either side:
 * "Bank of Kestria", "The Tarnfeld Herald on Sunday", "Son of Varn". Its type is the left part's, but for a
 * person: no person's name holds "of", so a work's title (MISC) unless the right part is an organisation.
 */
export function englishNamesJoined(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  if (spans.length < 2) return spans;
  const result: TokenSpan[] = [];
  for (const span of spans) {
    const left = result[result.length - 1];
    const joiner = left ? words[left.end] : undefined;
    const rightStart = left && ENGLISH_JOINERS.has(joiner!) ? left.end + (words[left.end + 1] === 'the' ? 2 : 1) : -1;
    if (left && span.start === rightStart && STARTS_CAPITALISED.test(words[left.end - 1])) {
      const type = left.type !== 'PER' ? left.type : span.type === 'ORG' ? 'ORG' : 'MISC';
      result[result.length - 1] = { start: left.start, end: span.end, type };
    } else {
      result.push(span);
    }
  }
  return result;
}
const ENGLISH_JOINERS = new Set(['of', 'on', 'for']);

/**
 * A name listed between two persons is a person: "Mario Vell, Ostrak, Joshua Kimm", "Vell, Ostrak und Kimm". The
 * tagger, reading the single unfamiliar word alone, often takes it for a place. Not a listed place, nor a
 * common noun.
 */
export function personsAmongPersons(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  if (spans.filter(s => s.type === 'PER').length < 2) return spans;
  let result = spans;
  for (let i = 2; i + 2 < words.length; i++) {
    if (words[i - 1] !== ',' || !LIST_JOINERS.has(words[i + 1]) || startsWithSmallAscii(words[i])) continue;
    const before = result.find(s => s.end === i - 1);
    const after = result.find(s => s.start === i + 2);
    if (before?.type !== 'PER' || after?.type !== 'PER') continue;
    const own = result.find(s => s.start <= i && s.end > i);
    if (own && (own.type === 'PER' || own.start !== i || own.end !== i + 1)) continue;
    const word = words[i];
    if (!isPlainNameWord(word, model) || isListedPlace(word, model)) continue;
    if (own) own.type = 'PER';
    else result = withSpanInstead(result, { start: i, end: i + 1, type: 'PER' });
  }
  return result;
}

/** A sentence's tokens as the article-wide steps see them: their number and each one's word. */
export interface SentenceWords {
  readonly length: number;
  word(i: number): string;
}

/** A tagged sentence as the article-wide steps change it: its words and its spans. */
interface TaggedWords {
  tokens: SentenceWords;
  spans: TokenSpan[];
}

/**
 * Two surnames side by side are two persons when each ends another person the article names in full ("Erika
 * Muster … Jonas Beispiel … richtete Muster Beispiel aus"): the tagger, which saw no such pair, reads it as one
 * name. Spans are changed in place.
 */
export function adjacentSurnamesApart(sentences: readonly TaggedWords[]): void {
  const fullNamesBySurname = new Map<string, string[]>();
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const surname = tokens.word(span.end - 1);
      const fullName = wordsOf(tokens, span.start, span.end);
      const names = fullNamesBySurname.get(surname);
      if (names) names.push(fullName);
      else fullNamesBySurname.set(surname, [fullName]);
    }
  }
  if (fullNamesBySurname.size < 2) return;
  for (const { tokens, spans } of sentences) {
    for (let k = spans.length - 1; k >= 0; k--) {
      const span = spans[k];
      if (span.type !== 'PER' || span.end - span.start !== 2) continue;
      const pair = wordsOf(tokens, span.start, span.end);
      const endsOther = (surname: string) => fullNamesBySurname.get(surname)?.some(name => !name.endsWith(pair)) ?? false;
      if (!endsOther(tokens.word(span.start)) || !endsOther(tokens.word(span.start + 1))) continue;
      spans.splice(k, 1, { start: span.start, end: span.start + 1, type: 'PER' }, { start: span.start + 1, end: span.end, type: 'PER' });
    }
  }
}

function wordsOf(tokens: SentenceWords, from: number, to: number): string {
  return Array.from({ length: to - from }, (_, k) => tokens.word(from + k)).join(' ');
}

/**
 * A dateline names the places a report comes from: the names that open a sentence, alone or joined by "/",
 * before a dash and a capitalised word ("Tarnfeld – Die Stadt …", "Tarnfeld/Varnik – …"). The tagger, which
 * learned from single sentences, often reads a town there as a club or a person. Not a name the lists know
 * as an organisation, nor one that starts with a listed first name ("Erika Muster – Die Autorin …") unless
 * it is a listed place alone ("Sydney", "Aurora"), nor a result's teams ("Tarnfeld – Varnik 1:2").
 */
export function datelinePlaces(sentences: readonly TaggedWords[], model: NerModel): void {
  for (const { tokens, spans } of sentences) {
    if (isUntaggedDatelinePlace(tokens, spans, model)) spans.unshift({ start: 0, end: 1, type: 'LOC' });
    const names = datelineNames(tokens, spans);
    for (const span of names) {
      if (span.type === 'LOC') continue;
      const kind = model.gazetteer.kindOf(wordsOf(tokens, span.start, span.end));
      const listedPlace = span.end - span.start === 1 && (kind === 'LOC' || kind === 'CTRY');
      if (model.gazetteer.firstNames.has(tokens.word(span.start)) && !listedPlace) continue;
      if (kind !== 'ORG' && kind !== 'COMP') span.type = 'LOC';
    }
  }
}

/**
 * Whether the sentence opens with a one-word dateline the tagger left out ("Tarnfeld – Die Stadt …"): a word
 * that is no common noun nor compound of one ("Gruppenphase – …", "Mitte – …", even where a place has that
 * name), no given name, and not a result's first team ("Tarnfeld – Varnik 1:2").
 */
function isUntaggedDatelinePlace(tokens: SentenceWords, spans: readonly TokenSpan[], model: NerModel): boolean {
  const word = tokens.word(0);
  if (spans[0]?.start === 0 || !DATELINE_DASHES.has(tokens.word(1)) || !STARTS_CAPITALISED.test(tokens.word(2)) || hasScore(tokens, 2, 7)) return false;
  if (!STARTS_CAPITALISED.test(word) || !HAS_SMALL_LETTER.test(word) || stopwordsOf('de').has(word.toLowerCase())) return false;
  return model.gazetteer.nounClass(word) === '' && !model.gazetteer.firstNames.has(word);
}

/** The spans of a sentence's dateline (see datelinePlaces), or none. */
function datelineNames(tokens: SentenceWords, spans: readonly TokenSpan[]): readonly TokenSpan[] {
  let count = 0;
  let at = 0;
  while (spans[count]?.start === at) {
    at = spans[count++].end;
    // The region of a place abroad, in brackets: "Tarnfeld (Ohio) – …".
    if (tokens.word(at) === '(' && spans[count]?.start === at + 1 && tokens.word(spans[count].end) === ')') at = spans[count++].end + 1;
    if (tokens.word(at) !== '/') break;
    at++;
  }
  const isDateline = count > 0 && DATELINE_DASHES.has(tokens.word(at)) && STARTS_CAPITALISED.test(tokens.word(at + 1)) && !hasScore(tokens, at + 1, at + 6);
  return isDateline ? spans.slice(0, count) : [];
}
/** A dateline's dash, and the hyphen some papers set for it. */
const DATELINE_DASHES = new Set(['–', '-']);

/**
 * The clubs of a sports article named by their town alone: there a town is the club ("Danach spielte Tarnfeld
 * stark", "gegen Varnik"), but where a preposition makes it the place ("in Tarnfeld", "aus dem Tarnfeld"), and in
 * a dateline or a list of places ("Tarnfeld/Varnik –", "(Tarnfeld, Stadion …)"). An article that gives a score
 * and names clubs with their towns ("FC Tarnfeld", "Tarnfeld 07", "Aufsteiger Varnik"; see isClubName) has
 * those towns' clubs; one that gives scores in two sentences or more (a match report, a table of results) any
 * town's that may be a team's name (see mayNameTeam). Spans are changed in place.
 */
export function clubTownsAreClubs(sentences: readonly TaggedWords[], model: NerModel): void {
  const clubTowns = new Set<string>();
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type !== 'ORG') continue;
      if (!isClubName(tokens, span, model)) continue;
      for (let k = span.start; k < span.end; k++) if (isTownName(tokens.word(k), model, false)) clubTowns.add(tokens.word(k));
    }
  }
  const scoredSentences = countUpTo(2, sentences, s => hasScore(s.tokens));
  if (scoredSentences === 0 || (clubTowns.size === 0 && scoredSentences < 2)) return;
  const anyTown = scoredSentences >= 2;
  for (const { tokens, spans } of sentences) {
    const dateline = datelineNames(tokens, spans);
    for (const span of spans) {
      if (span.end - span.start !== 1 || (span.type !== 'LOC' && !isTownTakenForPerson(tokens.word(span.start), span, model))) continue;
      if (!clubTowns.has(tokens.word(span.start)) && !(anyTown && mayNameTeam(tokens, span.start, model))) continue;
      // The place, after a preposition, in a dateline or in a list of places ("Tarnfeld/Varnik – …"), is a place
      // though the article's other mentions of the name are the club.
      const after = tokens.word(span.start + 1);
      const before = tokens.word(span.start - 1);
      const isPlace = isAfterPlacePreposition(tokens, span.start) || dateline.includes(span) || before === '/' || after === '/' || after === ',';
      if (isPlace) span.stance = 'apart';
      span.type = isPlace ? 'LOC' : 'ORG';
    }
  }
}

/** A town the tagger took for a person ("kam Tarnfeld kaum vor das Tor"), where no list has it as a name. */
function isTownTakenForPerson(word: string, span: TokenSpan, model: NerModel): boolean {
  const { gazetteer } = model;
  return span.type === 'PER' && isTownName(word, model, false) && !gazetteer.firstNames.has(word) && !gazetteer.surnames.has(word);
}

/** How many items pass `test`, counted up to `limit`. */
function countUpTo<T>(limit: number, items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (let i = 0; i < items.length && count < limit; i++) if (test(items[i])) count++;
  return count;
}

/** "in Tarnfeld", "aus dem Tarnfeld": the word at `at` is a place by the preposition before it. */
function isAfterPlacePreposition(tokens: SentenceWords, at: number): boolean {
  const before = tokens.word(at - 1).toLowerCase();
  return PLACE_PREPOSITIONS.has(before) || (GERMAN_DETERMINERS.has(before) && PLACE_PREPOSITIONS.has(tokens.word(at - 2).toLowerCase()));
}

/**
 * Whether the one-word place at `at` of a match report may be a team named by its town: a listed place, or a
 * town that is no surname (players go by theirs, and many a small town shares one); no given name; neither
 * the first word of a longer name ("Chicago Blackhawks") nor the venue after a result ("3:1 (2:0) Varnik").
 */
function mayNameTeam(tokens: SentenceWords, at: number, model: NerModel): boolean {
  const word = tokens.word(at);
  const { gazetteer } = model;
  if (gazetteer.firstNames.has(word) || STARTS_CAPITALISED.test(tokens.word(at + 1))) return false;
  const before = tokens.word(at - 1);
  if (before === ')' || SCORE.test(before)) return false;
  return gazetteer.kindOf(word) === 'LOC' || (gazetteer.isTown(word) && !gazetteer.surnames.has(word));
}
const PLACE_PREPOSITIONS = new Set(['in', 'im', 'ins', 'nach', 'aus', 'nahe', 'vor', 'um', 'durch', 'über']);

/**
 * Whether an organisation's name is a club's: with a club's form or word first ("FC Tarnfeld", "Eintracht
 * Passau"), a founding year last ("Tarnfeld 07"), of places only ("Tarnfeld Varnik"), or a town after a word
 * for a club's standing ("Aufsteiger Tarnfeld").
 */
function isClubName(tokens: SentenceWords, span: TokenSpan, model: NerModel): boolean {
  if (span.end - span.start === 1) return isStandingWord(tokens.word(span.start - 1));
  const first = tokens.word(span.start);
  return CLUB_FORMS.has(first) || CLUB_WORDS.has(first) || isFoundingYear(tokens.word(span.end - 1)) ||
    everyWordIsTown(tokens, span.start, span.end, model);
}

function everyWordIsTown(tokens: SentenceWords, from: number, to: number, model: NerModel): boolean {
  for (let k = from; k < to; k++) if (!isTownName(tokens.word(k), model, false)) return false;
  return true;
}

/**
 * A span the tagger ran over a standalone dash is a table's row or a line-up, not one name: "Kravosz – Dumeniak",
 * "Tarnfeld Lions – Varnik Bears 1:4". Each part between the dashes is a name of its own, without a team
 * before a colon and the numbers after it: a listed place, a team (a town and a name), a player in a
 * line-up (a name word or two in what the tagger called MISC; its other parts are dropped), or else of the
 * span's type.
 */
export function namesApartAtDashes(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  if (!spans.some(s => s.end - s.start > 2 && hasDashInside(words, s))) return spans;
  const result: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end - span.start <= 2 || !hasDashInside(words, span)) {
      result.push(span);
      continue;
    }
    let from = span.start;
    for (let k = span.start; k <= span.end; k++) {
      if (k < span.end && !DASHES.has(words[k])) continue;
      const part = partName(words, from, k, span.type, model);
      if (part) result.push(part);
      from = k + 1;
    }
  }
  return result;
}
const DASHES = new Set(['–', '—']);

function hasDashInside(words: readonly string[], span: TokenSpan): boolean {
  for (let k = span.start + 1; k < span.end - 1; k++) if (DASHES.has(words[k])) return true;
  return false;
}

/** The name in words [from, to) of a span cut at its dashes, typed as the rest of namesApartAtDashes says. */
function partName(words: readonly string[], from: number, to: number, type: EntityType, model: NerModel): TokenSpan | undefined {
  // A line-up's team stands before a colon ("Tarnfeld: Kravosz – …"); a small word ends the name.
  for (let k = from; k < to; k++) if (words[k] === ':') from = k + 1;
  let end = from;
  while (end < to && !startsWithSmallAscii(words[end])) end++;
  while (end > from && (!/\p{L}/u.test(words[end - 1]) || /\d/.test(words[end - 1]))) end--;
  if (end - from < 1 || words[end - 1].length < 2 || !STARTS_CAPITALISED.test(words[from])) return undefined;
  const n = end - from;
  const { gazetteer } = model;
  if (n === 1 && isListedPlace(words[from], model)) return { start: from, end, type: 'LOC' };
  let towns = 0;
  for (let k = from; k < end; k++) if (isTownName(words[k], model, false)) towns++;
  if (n >= 2 && towns >= 1 && towns < n) return { start: from, end, type: 'ORG' };
  if (type !== 'MISC') return { start: from, end, type };
  // What the tagger called MISC across a dash is a line-up's players; anything else in it is no name we know.
  const player = n <= 2 && towns === 0 && gazetteer.kindOf(words.slice(from, end).join(' ')) === undefined &&
    words.slice(from, end).every(word => !/\d|ische[nrs]?$/.test(word) && !stopwordsOf('de').has(word.toLowerCase()) && !gazetteer.isPlainNoun(word));
  return player ? { start: from, end, type: 'PER' } : undefined;
}

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
 * "Millionen Kronen". GermEval tags currencies OTH, as the guidelines of bench/newsEntities.md say, but the
 * tagger leaves out many after long amounts. Only a word no span covers, or one its own span types otherwise;
 * after an amount even "Franken" and "Pfund", a region and a weight elsewhere, are money.
 */
export function currenciesNamed(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (let i = 1; i < words.length; i++) {
    // Every token is asked: a currency's name is capitalised, and an amount stands before it.
    const word = words[i];
    if (startsWithSmallAscii(word) || !isAmount(words[i - 1]) || !germanCurrencyNames().has(word)) continue;
    const covering = result.filter(s => s.start <= i && s.end > i);
    const alone = covering.length === 1 && covering[0].start === i && covering[0].end === i + 1;
    if (covering.length > 0 && !alone) continue;
    result = withSpanInstead(result, { start: i, end: i + 1, type: 'MISC' });
  }
  return result;
}

/**
 * A short form written in brackets after a name names the same thing, with the name's type, in every mention
 * (stance 'defined'): "die Tarnfelder Beteiligungs GmbH (Tabeg)", "Large Hadron Collider (LHC)" — where the
 * tagger read the short form as a surname elsewhere in the article, or not at all. A short form is one
 * capitalised word whose letters run through the name in order from its first letter ("Tabeg" through
 * "Tarnfelder Beteiligungs GmbH"): what else news put in brackets after a name, a place, a weekday, a
 * person of a club, a country's code, mostly does not ("Hoerner Bank (Heidelberg)", "Tagblatt (Montag)").
 * Not after a person, whose brackets hold a party or an age.
 */
export function shortFormsInBrackets(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (const span of spans) {
    const at = span.end + 1;
    if (span.type === 'PER' || words[span.end] !== '(' || words[at + 1] !== ')' || !SHORT_FORM.test(words[at] ?? '')) continue;
    if (!isShortFormOf(words[at], words.slice(span.start, span.end))) continue;
    result = withSpanInstead(result, { start: at, end: at + 1, type: span.type, stance: 'defined' });
  }
  return result;
}
const SHORT_FORM = /^\p{Lu}[\p{L}\d&]{1,9}$/u;

/** Whether the letters of `short` run through the words of a name in order, the first being its first. */
function isShortFormOf(short: string, nameWords: readonly string[]): boolean {
  if (nameWords.includes(short)) return false;
  const name = nameWords.join(' ').toLowerCase();
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters[0] !== name[0]) return false;
  let from = 1;
  for (let k = 1; k < letters.length; k++) {
    from = name.indexOf(letters[k], from) + 1;
    if (from === 0) return false;
  }
  return true;
}

/** "775.000", "2,5", "1'000", or a word for a magnitude as the quantities read them ("Mio.", "Milliarden"). */
function isAmount(word: string): boolean {
  return /^\d[\d.,'’]*$/.test(word) || isMagnitudeWord(word);
}

let currencyNames: ReadonlySet<string> | undefined;

/**
 * German names of currencies from ICU's display names (Intl.DisplayNames, as the language names): each name of
 * one word ("Euro", "US-Dollar", "Hongkong-Dollar") and the noun that ends a longer one ("Schweizer Franken":
 * "Franken"), and the plural of those in -e ("Kronen", "Rupien"). Asked of every currency code ICU knows once.
 */
function germanCurrencyNames(): ReadonlySet<string> {
  if (currencyNames) return currencyNames;
  const names = new Set<string>();
  const displayNames = new Intl.DisplayNames('de', { type: 'currency', fallback: 'none' });
  for (const code of Intl.supportedValuesOf('currency')) {
    const noun = displayNames.of(code)?.replace(/\s*\(.*\)$/, '').split(' ').pop();
    if (!noun || !/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(noun)) continue;
    names.add(noun);
    if (noun.endsWith('e')) names.add(`${noun}n`);
  }
  return (currencyNames = names);
}

/** The spans with `span` in place of those it overlaps, in order. */
function withSpanInstead(spans: readonly TokenSpan[], span: TokenSpan): TokenSpan[] {
  return [...spans.filter(s => s.end <= span.start || s.start >= span.end), span].sort((x, y) => x.start - y.start);
}

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

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Most German words do: the rules below that look for names and designations pass them over at once. */
function startsWithSmallAscii(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

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

/**
 * A word the tagger left untagged that ends in a word naming a street, a hut, a village, a lake or a part of a
 * mountain, after a part that is no common noun, is a place: "Wendlgasse", "Kogelhütte", "Birndorf",
 * "Haslersee", "Talmann-Alm". The first part is a name there, where common compounds have a noun
 * ("Zufahrtsstraße", "Aluminiumhütte"), and a word the noun list holds is no name. GermEval tags 41 of its 43
 * such words as places (or inside one).
 */
export function placeCompounds(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let added: TokenSpan[] | undefined;
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    while (next < spans.length && spans[next].end <= i) next++;
    if (next < spans.length && spans[next].start <= i) continue;
    if (isPlaceCompound(words[i], model)) (added ??= []).push({ start: i, end: i + 1, type: 'LOC' });
  }
  return added ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

function isPlaceCompound(word: string, model: NerModel): boolean {
  return isPartOfPlace(word, model) || isNamedPlaceCompound(word, model) || isNamedVenue(word, model);
}

/**
 * A stadium, an arena, a square, a footbridge, a bridge, a boulevard, a quay or a promenade named with a hyphen
 * after a name: "Vellani-Stadion", "Karl-Muster-Stadions", "Nordwerk-Arena", "Georg-Muster-Steg", "Vellani-
 * Boulevard". One word before it must be a name: a listed place or organisation, or a word that is no common
 * noun nor a compound of one ("Fußball-Stadion", "Mehrzweck-Arena", "Park-Platz" name none: a given name or a
 * surname that is also a noun is not enough).
 */
function isNamedVenue(word: string, model: NerModel): boolean {
  // Every token the tagger left is asked: most start with a small letter or have no hyphen, and few of the rest
  // end in a venue's word.
  if (startsWithSmallAscii(word)) return false;
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const venue = word.slice(hyphen + 1);
  if (!VENUE_WORDS.has(venue)) return false;
  const name = word.slice(0, hyphen);
  if (!CAPITALISED_PARTS.test(name)) return false;
  const parts = name.split('-');
  // In a table a "Platz" is a rank: "Europa-League-Platz", "Champions-League-Platzes".
  if (venue.startsWith('Platz') && parts.some(part => COMPETITION_WORDS.has(part))) return false;
  const { gazetteer } = model;
  return parts.some(part => gazetteer.nounClass(part) === '' || gazetteer.kindOf(part) !== undefined);
}
/** The words for a venue or a public place that a name with a hyphen comes before, also in the genitive. */
const VENUE_WORDS = new Set([
  'Stadion', 'Stadions', 'Arena', 'Arenas', 'Platz', 'Platzes', 'Steg', 'Stegs', 'Brücke', 'Boulevard', 'Boulevards',
  'Kai', 'Kais', 'Promenade',
]);
const COMPETITION_WORDS = new Set(['League', 'Liga', 'Cup', 'Pokal', 'Conference']);
/** Capitalised words joined by hyphens. */
const CAPITALISED_PARTS = /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*$/u;

/**
 * A listed place with a word for its part before it: "Nordkanada", "Ostanatolien", "Westafrikas". GermEval
 * tags 20 of the 21 such words that are not listed themselves as places.
 */
function isPartOfPlace(word: string, model: NerModel): boolean {
  // Every capitalised token the tagger left is asked: its first letter rules out most.
  if (!PART_INITIALS.has(word.charCodeAt(0))) return false;
  const part = PLACE_PARTS.find(p => word.startsWith(p));
  if (!part || word.length < part.length + 3 || !SMALL_LETTER.test(word.charAt(part.length))) return false;
  const rest = word.charAt(part.length).toUpperCase() + word.slice(part.length + 1);
  return isListedPlace(rest, model) || (rest.endsWith('s') && isListedPlace(rest.slice(0, -1), model));
}
/** Longer parts first: "Nordost" before "Nord". */
const PLACE_PARTS = ['Nordost', 'Nordwest', 'Südost', 'Südwest', 'Nord', 'Süd', 'Ost', 'West', 'Mittel', 'Zentral'];
const PART_INITIALS = new Set(PLACE_PARTS.map(part => part.charCodeAt(0)));
const SMALL_LETTER = /^\p{Ll}$/u;

function isNamedPlaceCompound(word: string, model: NerModel): boolean {
  const n = word.length;
  if (n < 6 || startsWithSmallAscii(word)) return false;
  // Every token is asked: its last three letters pick the one head it may end in.
  const head = PLACE_HEAD_BY_ENDING.get(endingKey(word));
  if (!head || !(word.endsWith(head.plain) || word.endsWith(head.hyphened))) return false;
  if (!STARTS_CAPITALISED.test(word) || model.gazetteer.isPlainNoun(word)) return false;
  const first = word.slice(0, n - head.plain.length).replace(/-$/, '');
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first)) return false;
  return !model.gazetteer.isPlainNoun(first);
}

/**
 * The three code units before `end` in a word, ASCII capitals as small letters, as one small whole number (a
 * key V8 hashes without boxing it). Two endings outside Latin-1 may share a key: callers check the word itself.
 */
function endingKey(word: string, end = word.length): number {
  return (smallLetter(word.charCodeAt(end - 3)) << 20) | (smallLetter(word.charCodeAt(end - 2)) << 10) | smallLetter(word.charCodeAt(end - 1));
}

function smallLetter(code: number): number {
  return (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) & 0x3ff;
}

/**
 * Heads that name one place, by their last three letters (no two share them), each also as written after a
 * hyphen ("Talmann-Alm"). "-weg", "-platz" and "-pass" name one place less often ("Rückweg", "Kompass").
 */
const PLACE_HEAD_BY_ENDING = new Map(
  ['straße', 'gasse', 'allee', 'hütte', 'alm', 'dorf', 'see', 'gebirge', 'sattel', 'kogel', 'joch'].map(plain =>
    [endingKey(plain), { plain, hyphened: `-${plain[0].toUpperCase()}${plain.slice(1)}` }]),
);

/**
 * A name right after a word for its kind names a thing of that kind: a work ("das Album Solvanda", "der Film
 * „Die lange Nacht“", "die Video-App Lumo", "das Forschungsschiff Kestrel"), an organisation ("der
 * Chemiekonzern Norvata", "die Nachrichtenagentur Telpress", "die Hilfsorganisation Solvita") or a place
 * ("die Grenzstadt Varnik", "auf der Insel Kestros"). In GermEval's data the name after a word for a work or
 * an organisation has the kind's type in 81 of 84 cases: works OTH (MISC), and firms, agencies,
 * broadcasters, labels, papers and clubs ORG; after a word for a place, 73 of the 82 capitalised words are
 * (in) a place, and three of the others are function words or abbreviations. The name is the tagger's span
 * starting there (retyped; not a listed place alone, nor a surname in the genitive: "der Film Schmidts" is
 * his), a quoted title, or else a run of capitalised words that are no common nouns or function words ("im
 * Film Menschen" is no title).
 */
export function describedNames(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 0; i + 1 < words.length; i++) {
    const kind = describedKind(words[i], model);
    if (!kind) continue;
    const name = nameAfter(result, words, i + 1, kind.addsMissed, model) ?? nameInSpanOfKind(result, words, i, kind, model);
    // A place is named with words, not letters: "Dorf TV" is a broadcaster.
    if (!name || (kind.type === 'LOC' && !HAS_SMALL_LETTER.test(words[name.start]))) continue;
    result = withSpanInstead(result, { start: name.start, end: name.end, type: kind.type, stance: 'stated' });
    i = name.end - 1;
  }
  return result;
}

const HAS_SMALL_LETTER = /\p{Ll}/u;

/**
 * The name in a span the tagger began with the compound for its kind at `at`: "die Jihadistenorganisation
 * Schwarzes Banner" names "Schwarzes Banner". Not where the kind is part of an institution's whole name:
 * before a listed place or town, also in the genitive ("Volksbank Linz", "Arbeiterpartei Spaniens"), as a
 * federal or regional body ("Bundesverband Deutscher Imker"), or after an adjective of the name ("Tarnfelder
 * Tageszeitung Online").
 */
function nameInSpanOfKind(spans: readonly TokenSpan[], words: readonly string[], at: number, kind: DescribedKind, model: NerModel): Span | undefined {
  const span = spans.find(s => s.start === at && s.end > at + 1);
  const word = words[at];
  if (!span || word.toLowerCase().startsWith(kind.kind) || OFFICIAL_BODY.test(word) || !STARTS_CAPITALISED.test(words[at + 1])) return undefined;
  if (at > 0 && STARTS_CAPITALISED.test(words[at - 1]) && !GERMAN_DETERMINERS.has(words[at - 1].toLowerCase())) return undefined;
  for (let k = at + 1; k < span.end; k++) {
    // isTownName leaves countries out.
    const name = words[k];
    if (isTownName(name, model, true) || isListedPlace(name, model) || isListedPlace(name.replace(/s$/, ''), model)) return undefined;
  }
  return { start: at + 1, end: span.end };
}
const OFFICIAL_BODY = /^(?:Bundes|Landes)/;

/**
 * The name starting at token `at`: the tagger's span there, a capitalised word and the tagger's span after it
 * (not a person's: "der Firma Chef Max Muster"), or (if `addsMissed`) a quoted name or a run of name words.
 */
function nameAfter(spans: readonly TokenSpan[], words: readonly string[], at: number, addsMissed: boolean, model: NerModel): Span | undefined {
  const tagged = spans.find(s => s.start === at);
  if (tagged) {
    // A listed place alone is more often what the work is about ("im Film Kanada die Schuld geben"), and a
    // listed surname in the genitive its maker ("der neue Film Schmidts").
    const word = words[at];
    const alone = tagged.end - at === 1;
    const genitive = alone && word.endsWith('s') && model.gazetteer.surnames.has(word.slice(0, -1));
    const place = alone && (isListedPlace(word, model) || isListedPlace(word.replace(/s$/, ''), model));
    return place || genitive ? undefined : { start: at, end: tagged.end };
  }
  if (spans.some(s => s.start <= at && s.end > at)) return undefined;
  // A common noun that starts the name the tagger found the rest of: "des Dienstleisters Quantis Telos".
  const rest = spans.find(s => s.start === at + 1);
  if (rest && rest.type !== 'PER' && STARTS_CAPITALISED.test(words[at]) && !stopwordsOf('de').has(words[at].toLowerCase())) {
    return { start: at, end: rest.end };
  }
  if (!addsMissed) return undefined;
  const close = QUOTE_PAIRS.get(words[at]);
  if (close !== undefined) {
    // A name starts with a capital; a quote that does not is what the work says or is said to do.
    const end = words.indexOf(close, at + 1);
    const fits = end > at + 1 && end - at <= MAX_NAME_WORDS && STARTS_CAPITALISED.test(words[at + 1]);
    return fits ? { start: at + 1, end } : undefined;
  }
  let end = at;
  const isNameWord = (k: number) => !spans.some(s => s.start === k) && isPlainNameWord(words[k], model);
  while (end < words.length && end - at < MAX_NAME_WORDS && isNameWord(end)) end++;
  return end > at && !isListedPlace(words[at].replace(/s$/, ''), model) ? { start: at, end } : undefined;
}

/** A listed country or place (not any town: many towns share a name with a firm or a paper). */
function isListedPlace(word: string, model: NerModel): boolean {
  const kind = model.gazetteer.kindOf(word);
  return kind === 'CTRY' || kind === 'LOC';
}

/** Opening quotation marks and the marks that close them. */
const QUOTE_PAIRS = new Map([['„', '“'], ['"', '"'], ['»', '«'], ['«', '»'], ['“', '”'], ['‚', '‘']]);
const MAX_NAME_WORDS = 12;

function isPlainNameWord(word: string, model: NerModel): boolean {
  return STARTS_CAPITALISED.test(word) && !/\d/.test(word) && !word.endsWith('.') && !stopwordsOf('de').has(word.toLowerCase()) &&
    model.gazetteer.nounClass(word) === '';
}

/**
 * The kind a word names (see DESCRIBED_KINDS): the kind itself, also in the genitive ("Musicals", "Konzerns")
 * or as the head of a compound ("Kinofilm", "Chemiekonzern", "Video-App"), but no given name ("Roman").
 */
function describedKind(word: string, model: NerModel): DescribedKind | undefined {
  const n = word.length;
  if (n < 3 || startsWithSmallAscii(word)) return undefined;
  // Every token is asked: the last three letters, or those before a genitive "s" or "es", pick the kinds, and
  // the word must end in one (ASCII case aside) before anything is cut out of it.
  const plain = kindEndingAt(word, n, false);
  const genitive = plain || !word.endsWith('s') ? undefined : kindEndingAt(word, n - 1, true) ?? (word.endsWith('es') ? kindEndingAt(word, n - 2, true) : undefined);
  const found = plain ?? genitive;
  if (!found || !STARTS_CAPITALISED.test(word) || model.gazetteer.firstNames.has(word)) return undefined;
  const { kind, end } = found;
  const lower = word.slice(0, end).toLowerCase();
  const before = lower.slice(0, lower.length - kind.kind.length);
  if (before === '') return kind.bare ? kind : undefined;
  if (before.endsWith('-')) return kind;
  const compound = lower.slice(lower.lastIndexOf('-') + 1);
  return compound.length >= kind.kind.length + 3 && endsInKind(compound, kind.kind, model) ? kind : undefined;
}

/** The kind the word's first `end` code units end in (as a compound's head or capitalised alone), if any. */
function kindEndingAt(word: string, end: number, genitive: boolean): { kind: DescribedKind; end: number } | undefined {
  if (end < 3) return undefined;
  const candidates = KINDS_BY_ENDING.get(endingKey(word, end));
  if (!candidates) return undefined;
  for (const kind of candidates) {
    // A feminine word has no genitive -s: "Apps" is the plural ("Apps speichern Daten").
    if (genitive && kind.feminine) continue;
    if (word.endsWith(kind.kind, end) || word.endsWith(kind.capitalised, end)) return { kind, end };
  }
  return undefined;
}

/** Whether the compound `stem` has `kind` as its head, not a longer noun that ends like it ("Mitglied": "Glied"). */
function endsInKind(stem: string, kind: string, model: NerModel): boolean {
  for (let length = kind.length + 1; length <= stem.length - 3; length++) {
    const tail = stem.slice(-length);
    if (model.gazetteer.nounClass(tail[0].toUpperCase() + tail.slice(1)) === 'lem') return false;
  }
  return true;
}

interface DescribedKind {
  kind: string;
  /** The kind as a word alone, or after a hyphen: "Konzern". */
  capitalised: string;
  type: EntityType;
  /** Whether a name the tagger missed after it is added, not only the tagger's retyped ("eine Gruppe Banater"). */
  addsMissed: boolean;
  /** Whether the word alone is one, not only as a compound's head ("Serie A" is a league, "Fernsehserie" a work). */
  bare: boolean;
  /** Feminine words take no genitive -s. */
  feminine: boolean;
}
const kinds = (type: EntityType, bare: boolean, feminine: boolean, words: readonly string[]): DescribedKind[] =>
  words.map(kind => ({ kind, capitalised: kind[0].toUpperCase() + kind.slice(1), type, bare, feminine, addsMissed: !RETYPES_ONLY.has(kind) }));
/** Words after which an untagged capitalised word is as often a common one: "eine Gruppe Banater". */
const RETYPES_ONLY = new Set(['gruppe']);
/**
 * Words for kinds of works, and the organisation words of rules.ts. Left out, as GermEval's names after them
 * are of mixed types: "Mannschaft", "Initiative", "Institut", "Stiftung", "Duo", "Band" ("Rockband", but
 * "Gedichtband").
 */
const DESCRIBED_KINDS: readonly DescribedKind[] = [
  ...kinds('MISC', true, false, [
    'album', 'film', 'roman', 'buch', 'song', 'lied', 'musical', 'gedicht', 'hörspiel', 'schiff', 'boot', 'theaterstück',
    'videospiel', 'computerspiel',
  ]),
  ...kinds('MISC', true, true, ['app', 'single', 'sinfonie', 'symphonie']),
  ...kinds('MISC', false, true, ['serie', 'oper']),
  ...kinds('MISC', false, false, ['ballett']),
  // A platform is the service, named like an app ("die Videoplattform Lumo", "auf der Plattform Petitio.net").
  ...kinds('MISC', true, true, ['plattform']),
  ...kinds('ORG', true, false, ORGANISATION_WORDS.filter(word => word !== 'plattform')),
  ...kinds('LOC', true, true, ['insel', 'stadt', 'gemeinde', 'provinz', 'region']),
  ...kinds('LOC', true, false, ['bundesstaat', 'bundesland', 'kanton', 'bezirk', 'landkreis', 'stadtteil', 'ortsteil', 'fluss', 'dorf']),
];
const KINDS_BY_ENDING = new Map<number, DescribedKind[]>();
for (const kind of DESCRIBED_KINDS) {
  const key = endingKey(kind.kind);
  KINDS_BY_ENDING.set(key, [...(KINDS_BY_ENDING.get(key) ?? []), kind]);
}
