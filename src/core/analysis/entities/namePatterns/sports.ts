// Clubs and players found by their pattern: a club by its abbreviation ("SV Tarnfeld") or by a town in a
// club's name ("Eintracht Tarnfeld", "Tarnfeld 07"), the teams of a result, a person by the age or minute in
// brackets after the name ("Kravosz (12.)"), and, over a whole article, a club's town named alone in a
// sports report.
import { GERMAN_DETERMINERS } from '../../../text/germanNounPhrases';
import type { NerModel } from '../model';
import { tokenSpan, type TokenSpan } from '../rules';
import { datelineNames } from './datelines';
import {
  hasScore, isAsciiDigit, isCounted, isFreeOrAlone, isPlainNameWord, isTownName, SCORE, type SentenceWords, STARTS_CAPITALISED,
  startsWithSmallAscii, type TaggedWords, withSpanInstead,
} from './shared';

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
 * A word clubAt asks for before or after a town (a club's word, one for its standing, a founding year), or a
 * score, which the opponents and the teams of a result need: without one, sportsClubs changes nothing (see
 * WordTrigger). Not the town: towns are many, and asking the lists about every new word cost more.
 */
export function sportsClubsTrigger(word: string): boolean {
  return CLUB_WORDS.has(word) || isStandingWord(word) || isFoundingYear(word) || SCORE.test(word);
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

/** The club named at token i, if a club's name starts there or (after a word for its standing) at i + 1. */
function clubAt(words: readonly string[], i: number, model: NerModel): TokenSpan | undefined {
  const word = words[i];
  // Every token is asked: most start with a small letter and name no club.
  if (startsWithSmallAscii(word)) return undefined;
  const next = words[i + 1];
  if (isFoundingYear(next)) {
    return !isCounted(words[i + 2], model) && isTownName(word, model, false) ? tokenSpan(i, i + 2, 'ORG') : undefined;
  }
  // A town is capitalised: after most capitalised words comes a small one.
  if (startsWithSmallAscii(next)) return undefined;
  if (CLUB_WORDS.has(word) && isTownName(next, model, true)) return tokenSpan(i, i + 2, 'ORG');
  if (isStandingWord(word) && isTownName(next, model, false)) return tokenSpan(i + 1, i + 2, 'ORG');
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
  const joined = tokenSpan(club.start, club.end, club.type, club.stance);
  const kept: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end <= club.start || span.start >= club.end) kept.push(span);
    else if (span.start < club.start && !isClubPrefix(words, span.start, club.start)) kept.push(tokenSpan(span.start, club.start, span.type, span.stance));
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

/** "04", "96": two digits a club's founding year is written with (a year of the 1900s, or 2000s). */
function isFoundingYear(word: string | undefined): boolean {
  if (word === undefined || word.length !== 2) return false;
  const first = word.charCodeAt(0);
  return (first === 0x30 || (first >= 0x36 && first <= 0x39)) && isAsciiDigit(word.charCodeAt(1));
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
    if (words[i] !== '(' || !personsWithNumberInBracketsTrigger(words[i + 1]) || !AFTER_BRACKETED_NUMBER.has(words[i + 2])) continue;
    const tagged = result.find(s => s.end === i);
    if (tagged) {
      if (tagged.type !== 'PER' && isPersonsName(words, tagged.start, i, model)) tagged.type = 'PER';
    } else if (isPlainNameWord(words[i - 1], model) && isPersonsName(words, i - 1, i, model) && !result.some(s => s.end > i - 1 && s.start < i)) {
      result = withSpanInstead(result, tokenSpan(i - 1, i, 'PER'));
    }
  }
  return result;
}

/** A number in brackets after a name: without one, personsWithNumberInBrackets changes nothing (see WordTrigger). */
export function personsWithNumberInBracketsTrigger(word: string): boolean {
  return BRACKETED_NUMBER.test(word);
}
const BRACKETED_NUMBER = /^\d{1,3}\.?$/;

/**
 * A country's code in brackets after a person's name is the country (LOC): sports results name each athlete's
 * nation so ("Erika Muster (AUT)", "3. Tom Kestrel (GBR) Team Varnik"), with the International Olympic
 * Committee's three-letter codes, which the lists hold (Gazetteer.olympicCodes, from world-countries). The
 * tagger takes many of them for organisations. Only after a person: the same letters after a firm are its
 * ticker or its airport ("Flughafen Tarnfeld AG (VIE)").
 */
export function countryCodesAfterPersons(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  let result = spans;
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== '(' || words[i + 2] !== ')' || !countryCodesAfterPersonsTrigger(words[i + 1], model)) continue;
    if (result.some(s => s.end === i && s.type === 'PER') && isFreeOrAlone(result, i + 1)) {
      result = withSpanInstead(result, tokenSpan(i + 1, i + 2, 'LOC'));
    }
  }
  return result;
}

/** A country's Olympic code: without one, countryCodesAfterPersons changes nothing (see WordTrigger). */
export function countryCodesAfterPersonsTrigger(word: string, model: NerModel): boolean {
  return model.gazetteer.olympicCodes.has(word);
}
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
      if (span.end - span.start !== 1) continue;
      const word = tokens.word(span.start);
      // A town the article names a club with is that club where the tagger took it for a person, even one
      // that is also a surname ("Tarnfield" of the "Tarnfield Hawks").
      const takenForPerson = span.type === 'PER' && (clubTowns.has(word) || isTownTakenForPerson(word, span, model));
      if (span.type !== 'LOC' && !takenForPerson) continue;
      if (!clubTowns.has(word) && !(anyTown && mayNameTeam(tokens, span.start, model))) continue;
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

/**
 * A team named by its town and its nickname ("die Portland Hawks") is named by the nickname alone too ("die
 * Hawks führten zur Pause"), which the tagger, knowing no such plural, leaves out or takes for a person.
 */
export function teamNicknamesAlone(sentences: readonly TaggedWords[], model: NerModel): void {
  const nicknames = new Set<string>();
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type === 'ORG' && isTownAndNickname(tokens, span, model)) nicknames.add(tokens.word(span.start + 1));
    }
  }
  if (nicknames.size === 0) return;
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      if (nicknames.has(tokens.word(i)) && isFreeOrAlone(sentence.spans, i)) {
        sentence.spans = withSpanInstead(sentence.spans, tokenSpan(i, i + 1, 'ORG'));
      }
    }
  }
}

/** A town the tagger took for a person ("kam Tarnfeld kaum vor das Tor"), where no list has it as a name. */
function isTownTakenForPerson(word: string, span: TokenSpan, model: NerModel): boolean {
  return span.type === 'PER' && isTownName(word, model, false) && !model.gazetteer.isPersonsName(word);
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
  const last = tokens.word(span.end - 1);
  return CLUB_FORMS.has(first) || CLUB_WORDS.has(first) || isFoundingYear(last) || everyWordIsTown(tokens, span.start, span.end, model) ||
    (span.end - span.start === 2 && isTownName(first, model, false) && ENGLISH_CLUB_ENDINGS.has(last)) ||
    isTownAndNickname(tokens, span, model);
}

/** A span of a town and a team's nickname: "Portland Hawks". */
function isTownAndNickname(tokens: SentenceWords, span: TokenSpan, model: NerModel): boolean {
  return span.end - span.start === 2 && isTownName(tokens.word(span.start), model, false) && isTeamNickname(tokens.word(span.start + 1), model);
}

/** The words English clubs end their town's name with: "Tarnfield United", "Varnik Rovers". */
const ENGLISH_CLUB_ENDINGS = new Set(['United', 'City', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'County', 'Hotspur', 'Rangers']);

/**
 * A team's nickname after its town, as American and Austrian football, basketball and ice hockey name teams
 * ("Tarnfield Hawks", "Varnik Vikings"): an English plural, no German word.
 */
function isTeamNickname(word: string, model: NerModel): boolean {
  return /^\p{Lu}\p{Ll}{2,}s$/u.test(word) && model.gazetteer.nounClass(word) === '' && !isTownName(word, model, false);
}

function everyWordIsTown(tokens: SentenceWords, from: number, to: number, model: NerModel): boolean {
  for (let k = from; k < to; k++) if (!isTownName(tokens.word(k), model, false)) return false;
  return true;
}
