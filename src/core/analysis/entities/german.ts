// German entities: the trained tagger proposes spans, the rules clean them, and listed country names the
// tagger missed are added (a country name in running text is a place unless it is part of a longer name).
import { GERMAN_DETERMINERS, hasAdjectiveEnding } from '../../text/germanNounPhrases';
import { GERMAN_SAYING_SINGULAR } from '../../text/reportingVerbs';
import { stopwordsOf } from '../../text/stopwords';
import { detached, TextKeyedMemo } from '../../text/textKeyedMemo';
import type { Token } from '../../text/tokenize';
import type { EntityType, Span } from '../types';
import { TAGS } from './features';
import type { GazetteerKind, GazetteerMatch, WordFacts } from './gazetteer';
import type { NerModel } from './model';
import type { WordEntry } from './perceptron';
import { taggerTokens } from './taggerTokens';
import {
  adjacentSurnamesApart, citedSourcesAreOrganisations, clubsAreOrganisations, clubTownsAreClubs, companiesInTheGenitive,
  countryCodesAfterPersons, countryCodesAfterPersonsTrigger, currenciesNamed, currenciesNamedTrigger, datelinePlaces,
  describedNames, describedNamesTrigger, designationsAreNoPersons, englishNamesJoined, enumeratedKinds, genitivesEndNames,
  institutionsFor, interviewAnswerersArePersons, isCountedNoun, isGivenName, isLetteredDesignation, languagesNamed,
  languagesNamedTrigger, letteredPartsNameNothing, ministriesAreOrganisations, ministriesAreOrganisationsTrigger,
  modelLettersAfterBrands, namesApartAtDashes, namesEndBeforePurpose, namesEndingInTheirKind, numberedProducts, numberedRoads,
  numberedRoadsTrigger, partiesOfCountries, personsAmongPersons, personsInLineUps, personsWithNumberInBrackets,
  personsWithNumberInBracketsTrigger, placeCompounds, placeCompoundsTrigger, productsWithModels, productsWithModelsTrigger,
  shortFormsInBrackets, SMALL_NUMBER, sportsClubs, sportsClubsTrigger, STARTS_CAPITALISED_WORD, surnamesOfFullNames,
  teamNicknamesAlone, webAddressesNamed, webAddressesNamedTrigger, type WordTrigger,
} from './namePatterns';
import { CLAUSE_BREAKS, cleanSpans, isInflectedRole, isRoleWord, NAME_PARTICLES, tokenSpan, type TokenSpan, type TypeStance } from './rules';

export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  /** See TokenSpan.stance. */
  stance?: TypeStance;
}

/** Decodes BIO tag indices into token spans (a stray I-X opens a new span). */
export function spansFromTags(tags: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]];
    if (tag === 'O') {
      open = undefined;
      continue;
    }
    const type = tag.slice(2) as EntityType;
    if (tag.startsWith('I-') && open && open.type === type) {
      open.end = i + 1;
      continue;
    }
    open = tokenSpan(i, i + 1, type);
    spans.push(open);
  }
  return spans;
}

/**
 * Adds listed names the tagger left out or cut short: any country name, and names from the curated
 * organisation and place lists when none of their words is a German common noun ("Essen", "Halle" are also
 * ordinary words). A listed name of several words replaces tagger spans lying inside it ("IG" → "IG Metall").
 */
function addListedNames(spans: TokenSpan[], words: readonly string[], listed: readonly GazetteerMatch[], model: NerModel): TokenSpan[] {
  const typeOfKind: Partial<Record<GazetteerKind, EntityType>> = { CTRY: 'LOC', ORG: 'ORG', LOC: 'LOC' };
  let result = spans;
  let changed = false;
  const matches = listed
    .filter(m => typeOfKind[m.kind])
    .sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  for (const match of matches) {
    const type = typeOfKind[match.kind]!;
    const overlapping = result.filter(s => s.start < match.end && s.end > match.start);
    const multiWord = match.end - match.start > 1;
    // Two-letter country codes other than US/UK are mostly other words in German news (SA, CD, PS).
    if (!multiWord && match.kind === 'CTRY' && /^\p{Lu}{2}$/u.test(words[match.start]) && !TWO_LETTER_COUNTRIES.has(words[match.start])) continue;
    // A listed single-word place or organisation opening the sentence may be an ordinary word ("Man muss …").
    if (!multiWord && match.kind !== 'CTRY' && match.start === 0 && overlapping.length === 0) continue;
    if (overlapping.length === 0) {
      if (match.kind !== 'CTRY' && words.slice(match.start, match.end).some(w => model.gazetteer.isPlainNoun(w))) continue;
    } else if (!multiWord || !overlapping.every(s => s.start >= match.start && s.end <= match.end) ||
        overlapping.some(s => s.start === match.start && s.end === match.end)) {
      continue;
    }
    result = [...result.filter(s => !overlapping.includes(s)), tokenSpan(match.start, match.end, type)];
    changed = true;
  }
  return changed ? result.sort((x, y) => x.start - y.start) : result;
}

/**
 * A listed country name on its own is a place, also where the tagger took it for an organisation ("in den US").
 * But a country's English name that German does not use for it, after a German determiner or a preposition
 * fused with an article, names something else, a club or a firm ("gegen die Austria"): German names the country
 * in German.
 */
function countriesArePlaces(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  for (const span of spans) {
    if (span.end - span.start !== 1 || (span.type !== 'ORG' && span.type !== 'LOC')) continue;
    const word = words[span.start];
    const country = model.gazetteer.country(word);
    if (!country) continue;
    if (word === country.en && word !== country.de && opensNounPhrase(words[span.start - 1] ?? '')) span.type = 'ORG';
    else span.type = 'LOC';
  }
  return spans;
}

/**
 * Where the tagger took an organisation's name for a place, a person or a thing: a name the company list holds and
 * no list of places or people does ("bei Walmart"), and a name of several words that ends the way newspapers'
 * names end ("Washington Post", "Süddeutsche Zeitung"), is an organisation.
 */
function companiesAndPapersAreOrganisations(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  const { gazetteer } = model;
  for (const span of spans) {
    if (span.type === 'ORG') continue;
    const name = words.slice(span.start, span.end).join(' ');
    // Not MISC: the company list also holds words like "Dollar", which the tagger rightly calls MISC. Not a
    // person's name either ("Porsche", "Dell").
    const listedCompany = span.type !== 'MISC' && gazetteer.kindOf(name) === 'COMP' && !gazetteer.isTown(name) &&
      !gazetteer.isPersonsName(name);
    const paper = span.type !== 'PER' && span.end - span.start > 1 && NEWSPAPER_ENDINGS.has(words[span.end - 1]);
    if (listedCompany || paper) span.type = 'ORG';
  }
  return spans;
}

const NEWSPAPER_ENDINGS = new Set([
  'Post', 'Times', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Zeitung', 'Rundschau', 'Kurier',
  'Anzeiger', 'Nachrichten', 'Tagblatt', 'Tageblatt', 'Morgenpost', 'Abendblatt', 'Allgemeine',
]);

/** Two-letter country codes that news use as names; the others ("SA", "CD", "PS") are mostly other words. */
const TWO_LETTER_COUNTRIES = new Set(['US', 'UK']);

/** Particles that are also German articles: they join a name only after another particle ("von der Leyen"). */
const ARTICLES = new Set(['der', 'den', 'die', 'das', 'dem', 'des']);

/** A particle that opens a surname and is no German article: "von", "ter", "de", not "der". */
function isParticleNoArticle(word: string): boolean {
  return NAME_PARTICLES.has(word) && !ARTICLES.has(word);
}

/**
 * A particle written with a capital, which opens a surname ("Van der …", "Di …", "Le …"); not an article
 * ("Der", "Die"), which opens sentences.
 */
function isCapitalisedParticle(word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && isParticleNoArticle(lower);
}

/** Name particles that are also everyday German words. */
const GERMAN_WORDS_AS_PARTICLES = new Set(['von', 'zu', 'der', 'den']);

/**
 * A person span that stops at a particle, or just before one, runs on to the capitalised surname after it; one
 * that ends in a capitalised particle runs on over the particles after it to the next capitalised word, even a
 * noun ("Van der Bellen").
 */
function extendOverParticles(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  const joined = new Set<TokenSpan>();
  for (const span of spans) {
    if (span.type !== 'PER' || joined.has(span)) continue;
    let end = span.end;
    while (end > span.start + 1 && NAME_PARTICLES.has(words[end - 1])) end--;
    let k = end;
    while (k < words.length && NAME_PARTICLES.has(words[k])) k++;
    // After a capitalised particle the next capitalised word is the surname, whatever else it is. Otherwise an
    // article right after a name is no particle ("Erika Muster der Zeitung", "Armstrong den Mond"), nor is a
    // particle before a common noun ("zu Gast", "von der Staatsanwaltschaft": compounds too).
    const surnameFollows = isCapitalisedParticle(words[end - 1]) ||
      (k > end && !ARTICLES.has(words[end]) && k < words.length && model.gazetteer.nounClass(words[k]) === '');
    if (surnameFollows && k < words.length && /^\p{Lu}\p{Ll}/u.test(words[k]) && !spans.some(o => o !== span && o.start < k + 1 && o.end > end)) {
      span.end = k + 1;
    } else if (surnameFollows && k > end && !GERMAN_WORDS_AS_PARTICLES.has(words[k - 1]) && spans.some(o => o.type === 'PER' && o.start === k)) {
      // The tagger found the surname after the particles as a person of its own ("Qabus bin Said", "Susan le
      // Jeune"); not after "von" or "zu", which also join a work to its author or a person to a body.
      const surname = spans.find(o => o.type === 'PER' && o.start === k)!;
      span.end = surname.end;
      joined.add(surname);
    } else {
      span.end = end;
    }
  }
  return joined.size > 0 ? spans.filter(span => !joined.has(span)) : spans;
}

/**
 * A person's name does not start with a common noun the tagger pulled in ("Fußballprofi Erika Muster"), nor
 * end in a role or common noun ("Musters Sprecher", also a plural the noun list lacks because it changes the stem:
 * "Musters Anfängen"); surnames that are also nouns ("Fischer") stay, and a
 * listed surname in the genitive right after the span joins it.
 */
function trimNouns(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  const { gazetteer } = model;
  for (const span of spans) {
    if (span.type !== 'PER') continue;
    while (span.end - span.start > 1 && gazetteer.nounClass(words[span.start]) !== '' && !gazetteer.firstNames.has(words[span.start])) {
      span.start++;
    }
    // A surname that is also a noun or a role stays after a given name ("Heiner Brand", "Karl Richter",
    // "Ron-Robert Zieler"), and after a particle that is no article ("Jan ter Hügel", "Anna von Brunnen"); so
    // does a listed name that is also a noun ("Erika Rose", "Martin Luther King"). After a surname, a compound
    // naming a role ends the name too ("Musters Rechtsanwältin", "Muster Olympiasieger" where a headline lost
    // its full stop); after a given name such a compound is the surname ("Karl Steinmeister").
    while (span.end - span.start > 1 && !isParticleNoArticle(words[span.end - 2])) {
      const last = words[span.end - 1];
      const isRole = isRoleWord(last);
      const endsName = isGivenName(words[span.end - 2], model)
        ? isRole && gazetteer.isPlainNoun(last) && !gazetteer.isPersonsName(last)
        : (gazetteer.isCommonNounForm(last) || (isRole && gazetteer.nounClass(last) === 'head')) && (isRole || !gazetteer.isPersonsName(last));
      if (!endsName) break;
      span.end--;
    }
    const next = words[span.end];
    if (!next || spans.some(other => other.start === span.end)) continue;
    // "Erika Musters Buch": the tagger often stops before a listed surname in the genitive.
    if (next.length > 3 && next.endsWith('s') && gazetteer.surnames.has(next.slice(0, -1)) && !gazetteer.isPlainNoun(next)) {
      span.end++;
    // "Erika Kern sagte": and before a listed surname that is also a noun, after a given name alone.
    } else if (span.end - span.start === 1 && gazetteer.firstNames.has(words[span.start]) && gazetteer.surnames.has(next) &&
        STARTS_CAPITALISED_WORD.test(next) && !isRoleWord(next)) {
      span.end++;
    }
  }
  return spans;
}

interface SentenceResult {
  tokens: SentenceTokens;
  spans: TokenSpan[];
}

/**
 * A tagged sentence's tokens as offsets into the article's text, each token's words cut out only when asked
 * for: the article-wide steps read few of them, and a recalled tagging made an object and a string for each
 * token, a fifth of what a worker allocated on text it had met before (scratch allocation profile).
 */
class SentenceTokens {
  /** `bounds` holds token i's start and end at 2i and 2i + 1; `words` the words cut out so far. */
  private constructor(private readonly text: string, private readonly bounds: Int32Array, private readonly words: (string | undefined)[]) {}

  /** The tokens of a freshly tagged sentence, and their words. */
  static of(text: string, tokens: readonly Token[], words: string[]): SentenceTokens {
    const bounds = new Int32Array(2 * tokens.length);
    tokens.forEach((token, i) => {
      bounds[2 * i] = token.start;
      bounds[2 * i + 1] = token.end;
    });
    return new SentenceTokens(text, bounds, words);
  }

  /** The tokens of a remembered tagging at `start` (see rememberTagging). */
  static recalled(text: string, start: number, tagged: TaggedSentence): SentenceTokens {
    const count = tagged.charCodeAt(0);
    const bounds = new Int32Array(2 * count);
    for (let k = 0; k < 2 * count; k++) bounds[k] = start + tagged.charCodeAt(1 + k);
    return new SentenceTokens(text, bounds, new Array(count));
  }

  get length(): number {
    return this.bounds.length >> 1;
  }

  start(i: number): number {
    return this.bounds[2 * i];
  }

  end(i: number): number {
    return this.bounds[2 * i + 1];
  }

  /** Token i's words, or '' past either end. */
  word(i: number): string {
    if (i < 0 || i >= this.length) return '';
    return (this.words[i] ??= this.text.slice(this.bounds[2 * i], this.bounds[2 * i + 1]));
  }

  /** Whether token i starts with a capital letter; an ASCII one is read off the text. */
  isCapitalised(i: number): boolean {
    const code = this.text.charCodeAt(this.bounds[2 * i]);
    if (code < 0x80) return code >= 0x41 && code <= 0x5a;
    return STARTS_CAPITALISED.test(this.word(i));
  }
}
const STARTS_CAPITALISED = /^\p{Lu}/u;

/**
 * Per distinct word, what the tagger keeps about it with what the lists say of it attached, and as its attached
 * bits the rules it triggers (see RULE_TRIGGERS): one lookup per token instead of one each.
 */
type WordRecord = WordEntry<WordFacts>;

/**
 * The rules that change a sentence only where one of its words fires their trigger (see WordTrigger). Each
 * looks at every token of a sentence, and most sentences hold no word of their kind: a word's triggers are
 * asked once, when it is new, and kept as bits in its record (bit k for RULE_TRIGGERS[k]), and tagSentence
 * skips the rules none of its words fired.
 */
export const RULE_TRIGGERS: readonly WordTrigger[] = [
  productsWithModelsTrigger, sportsClubsTrigger, placeCompoundsTrigger, numberedRoadsTrigger, describedNamesTrigger,
  languagesNamedTrigger, currenciesNamedTrigger, webAddressesNamedTrigger, personsWithNumberInBracketsTrigger,
  ministriesAreOrganisationsTrigger, countryCodesAfterPersonsTrigger,
];
const bitOf = (trigger: WordTrigger) => 1 << RULE_TRIGGERS.indexOf(trigger);
const PRODUCTS = bitOf(productsWithModelsTrigger), CLUBS = bitOf(sportsClubsTrigger), PLACE_COMPOUNDS = bitOf(placeCompoundsTrigger);
const ROADS = bitOf(numberedRoadsTrigger), DESCRIBED = bitOf(describedNamesTrigger), LANGUAGES = bitOf(languagesNamedTrigger);
const CURRENCIES = bitOf(currenciesNamedTrigger), WEB_ADDRESSES = bitOf(webAddressesNamedTrigger);
const NUMBERS_IN_BRACKETS = bitOf(personsWithNumberInBracketsTrigger), MINISTRIES = bitOf(ministriesAreOrganisationsTrigger);
const COUNTRY_CODES = bitOf(countryCodesAfterPersonsTrigger);

/** The bits of the RULE_TRIGGERS that `word` fires. */
function triggersOf(word: string, model: NerModel): number {
  let triggers = 0;
  for (let k = 0; k < RULE_TRIGGERS.length; k++) if (RULE_TRIGGERS[k](word, model)) triggers |= 1 << k;
  return triggers;
}

const WORD_RECORD_LIMIT = 100_000;
const wordRecords = new WeakMap<NerModel, Map<string, WordRecord>>();

function recordsOf(model: NerModel): Map<string, WordRecord> {
  let records = wordRecords.get(model);
  if (!records) wordRecords.set(model, (records = new Map()));
  return records;
}

/**
 * A sentence's tagging, kept for the next time the same sentence turns up: agencies' reports run word for
 * word in many papers, and a corpus gathered around one story repeats their sentences. The tagging depends
 * on the sentence's text alone (the article-wide steps come after it), so a recalled one is the same.
 *
 * Kept as one string of 16-bit numbers (so longer sentences are not kept): the token count, each token's
 * start and end from the sentence's start, then each span's first token, end token, and type with its stance
 * (the type's place in SPAN_TYPES plus four times the stance's in STANCES). About 260 bytes a sentence with
 * its key on 10kGNAD, where token and span objects took 730.
 */
type TaggedSentence = string;
const MAX_REMEMBERED_CHARS = 0xffff;
/** About 10 MB of a thread's heap when full. */
const TAGGED_SENTENCE_LIMIT = 32_768;
const SPAN_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const STANCES: readonly (TypeStance | undefined)[] = [undefined, 'apart', 'stated', 'defined'];
let taggedSentences = new WeakMap<NerModel, TextKeyedMemo<TaggedSentence>>();

/**
 * The memo of a model's taggings; index workers share it with each other (they load the same model file; in a
 * thread with two models, the one whose memo was made last takes the others' taggings).
 */
function taggedSentencesOf(model: NerModel): TextKeyedMemo<TaggedSentence> {
  let memo = taggedSentences.get(model);
  if (!memo) taggedSentences.set(model, (memo = new TextKeyedMemo(TAGGED_SENTENCE_LIMIT, { secondSight: true, sharedAs: 'german taggings' })));
  return memo;
}

/** Forgets every remembered tagging: for benchmarks that time the tagger itself, and for tests. */
export function forgetTaggedSentences(): void {
  taggedSentences = new WeakMap();
}

/** A sentence's tagging as its memo keeps it; `start` is where the sentence starts. */
function rememberTagging({ tokens, spans }: SentenceResult, start: number): TaggedSentence {
  const numbers = [tokens.length];
  for (let i = 0; i < tokens.length; i++) numbers.push(tokens.start(i) - start, tokens.end(i) - start);
  for (const span of spans) numbers.push(span.start, span.end, SPAN_TYPES.indexOf(span.type) + SPAN_TYPES.length * STANCES.indexOf(span.stance));
  return String.fromCharCode(...numbers);
}

/** The remembered tagging at `start` of `text`, with spans of its own that the article-wide steps may change. */
function recalledTagging(text: string, start: number, tagged: TaggedSentence): SentenceResult {
  const tokens = SentenceTokens.recalled(text, start, tagged);
  const spans: TokenSpan[] = [];
  for (let at = 1 + 2 * tokens.length; at < tagged.length; at += 3) {
    const kind = tagged.charCodeAt(at + 2);
    const stance = STANCES[Math.floor(kind / SPAN_TYPES.length)];
    spans.push(tokenSpan(tagged.charCodeAt(at), tagged.charCodeAt(at + 1), SPAN_TYPES[kind % SPAN_TYPES.length], stance));
  }
  return { tokens, spans };
}

function tagSentence(text: string, sentence: Span, model: NerModel, records: Map<string, WordRecord>): SentenceResult {
  const tokens: Token[] = taggerTokens(text, sentence.start, sentence.end);
  const n = tokens.length;
  if (n === 0) return { tokens: SentenceTokens.of(text, tokens, []), spans: [] };
  const words: string[] = new Array(n);
  const facts: WordFacts[] = new Array(n);
  const entries: WordEntry[] = new Array(n);
  let fired = 0;
  for (let i = 0; i < n; i++) {
    const word = (words[i] = tokens[i].text);
    let record = records.get(word);
    if (!record) {
      if (records.size >= WORD_RECORD_LIMIT) records.clear();
      // A long token is a view into its article's whole text; a key of its own lets the article go.
      const key = detached(word);
      record = model.tagger.entryOf(key, model.gazetteer.factsOf(key), triggersOf(key, model));
      records.set(key, record);
    }
    facts[i] = record.attached;
    fired |= record.attachedBits;
    entries[i] = record;
  }
  const { labels, matches } = model.gazetteer.scanFacts(words, facts);
  const tags = model.tagger.tagEntries(entries, labels);
  let spans = companiesAndPapersAreOrganisations(countriesArePlaces(spansFromTags(tags), words, model), words, model);
  spans = companiesInTheGenitive(addListedNames(spans, words, matches, model), words, matches, model);
  spans = genitivesEndNames(trimNouns(namesEndAtOpenBrackets(spans, words), words, model), words, model);
  spans = cleanSpans(extendOverParticles(spans, words, model), tokens, model.gazetteer);
  spans = namesEndingInTheirKind(seatedOrganisations(spans, words), words)
    .filter(span => !isOpenerWord(span, tokens, model) && !isEnglishFunctionWord(span, words));
  if (fired & PRODUCTS) spans = productsWithModels(spans, words, model);
  spans = numberedProducts(spans, words, model);
  if (fired & CLUBS) spans = sportsClubs(spans, words, model);
  spans = clubsAreOrganisations(spans, words);
  if (fired & PLACE_COMPOUNDS) spans = placeCompounds(spans, words, model);
  if (fired & ROADS) spans = numberedRoads(spans, words);
  if (fired & DESCRIBED) spans = describedNames(spans, words, model);
  spans = enumeratedKinds(spans, words, model);
  if (fired & NUMBERS_IN_BRACKETS) spans = personsWithNumberInBrackets(spans, words, model);
  spans = namesEndBeforePurpose(partiesOfCountries(institutionsFor(spans, words, model), words, model), words, model);
  if (fired & MINISTRIES) spans = ministriesAreOrganisations(spans, words);
  spans = namesApartAtDashes(personsAmongPersons(englishNamesJoined(spans, words), words, model), words, model);
  if (fired & LANGUAGES) spans = languagesNamed(spans, words, model);
  spans = personsInLineUps(spans, words, model);
  if (fired & COUNTRY_CODES) spans = countryCodesAfterPersons(spans, words, model);
  if (fired & CURRENCIES) spans = currenciesNamed(spans, words, model);
  if (fired & WEB_ADDRESSES) spans = webAddressesNamed(spans, words);
  spans = modelLettersAfterBrands(letteredPartsNameNothing(shortFormsInBrackets(spans, words), words), words, model);
  return { tokens: SentenceTokens.of(text, tokens, words), spans };
}

/**
 * A bracket the tagger's span opens but does not close ends the name before it: "Windows (Phone" in "Windows
 * (Phone) wegwollen" names Windows.
 */
function namesEndAtOpenBrackets(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  for (const span of spans) {
    const opened = words.indexOf('(', span.start + 1);
    if (opened < 0 || opened >= span.end) continue;
    const closed = words.indexOf(')', opened + 1);
    if (closed < 0 || closed >= span.end) span.end = opened;
  }
  return spans;
}

/** "Nordwerk mit Sitz in Kiel": what has a seat is an organisation. */
function seatedOrganisations(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  for (const span of spans) {
    if (span.type !== 'ORG' && words[span.end] === 'mit' && SEAT.test(words[span.end + 1] ?? '') && /^(in|im)$/.test(words[span.end + 2] ?? '')) {
      span.type = 'ORG';
    }
  }
  return spans;
}
const SEAT = /^(Sitz|Hauptsitz|Firmensitz|Konzernsitz|Stammsitz)$/;

/**
 * A one-word span that is an English function word names nothing: "This", "With" or "Her" opening an English
 * quotation, where the tagger takes the capitalised word for a name. GermEval has such words only as the first
 * word of longer names ("The …", "What …"). Words that are also names ("Will", "May", the map service Here) are
 * not listed.
 */
function isEnglishFunctionWord(span: TokenSpan, words: readonly string[]): boolean {
  return span.end - span.start === 1 && ENGLISH_FUNCTION_WORDS.has(words[span.start]);
}
const ENGLISH_FUNCTION_WORDS = new Set([
  'About', 'After', 'All', 'Also', 'An', 'And', 'Any', 'Are', 'As', 'At', 'Be', 'Been', 'Before', 'But', 'By', 'Do',
  'Does', 'Did', 'For', 'From', 'Had', 'Has', 'Have', 'Her', 'His', 'How', 'If', 'In', 'Into', 'Is', 'It', 'Its',
  'Just', 'My', 'No', 'Not', 'Of', 'On', 'Only', 'Or', 'Our', 'Over', 'So', 'Some', 'That', 'The', 'Their', 'Then', 'There',
  'These', 'They', 'This', 'Those', 'To', 'Under', 'Very', 'Was', 'We', 'Were', 'What', 'When', 'Where', 'Which', 'Who',
  'Why', 'With', 'Without', 'Yes', 'You', 'Your',
]);

/** Tokens after which German capitalises whatever word comes next: a new clause or quotation starts. */
const CLAUSE_OPENERS = new Set([...CLAUSE_BREAKS, '„', '“', '"', '»', '«', '‚']);

/**
 * A one-word span where German capitalises any word (a sentence's first word, or the first after a colon, a
 * dash or an opening quote: "STANDARD: Sind Sie …", "Wien – Erstmals …") is that word, not a name, when its
 * lower-case form is a function word ("Man", "Dasselbe", "Ach"; also one the training sentences seldom had),
 * or a frequent word ("Weit", "Fürchtet") and the capitalised form neither a frequent word nor a listed name.
 * (A name the article uses elsewhere comes back in propagateNames: "Kurz: Wir …" after "Jonas Kurz".)
 */
function isOpenerWord(span: TokenSpan, tokens: readonly Token[], model: NerModel): boolean {
  if (span.end - span.start !== 1 || (span.start > 0 && !CLAUSE_OPENERS.has(tokens[span.start - 1].text))) return false;
  const word = tokens[span.start].text;
  const lower = word.toLowerCase();
  if (lower === word) return false;
  if (stopwordsOf('de').has(lower)) return true;
  return model.tagger.isFrequentWord(lower) && !model.tagger.isFrequentWord(word) && !model.gazetteer.isKnownName(word);
}

/**
 * A one-word person that is also a common noun ("Jäger", "Busse") or an adjective ("Klar") is not one, unless
 * the article names someone with it: in full ("Erika Fischer" … "Fischer", "Fischers"; "Xi Jinping" … "Xi")
 * or after a role ("Sängerin Adele", "Frau Schneider"): news name people in full or by their role before they
 * shorten them.
 * A singular reporting verb next to the word makes it someone too ("sagte Fischer", "Fischer erklärte"):
 * a plural noun would take the plural verb, and a singular one its article.
 */
function dropBareNounPersons(results: SentenceResult[], model: NerModel): void {
  const named = new Set<string>();
  for (const { tokens, spans } of results) {
    for (const span of spans) {
      if (span.type !== 'PER') continue;
      if (span.end - span.start > 1) for (let i = span.start; i < span.end; i++) named.add(tokens.word(i));
      else if (isNamedAlone(tokens, span.start)) named.add(tokens.word(span.start));
    }
  }
  const { gazetteer } = model;
  const isNamed = (word: string) => named.has(word) || (word.endsWith('s') && named.has(word.slice(0, -1)));
  // So is a compound ending in a noun ("Sinnbild", "Revisionsbericht"), as surnames often are ("Neumann"):
  // unless a list holds it as a name, a given name or an initial stands before it, or it stands among other
  // persons ("Karl L." "Muster" cut in two, "Muster, Beispiel, Probst" in a line-up).
  const isNounCompound = (tokens: SentenceTokens, spans: readonly TokenSpan[], k: number) => {
    const word = tokens.word(spans[k].start);
    const before = tokens.word(spans[k].start - 1);
    return gazetteer.nounClass(word) === 'head' && !gazetteer.isKnownName(word) && !gazetteer.firstNames.has(before) &&
      !INITIAL.test(before) && !isAmongPersons(spans, k);
  };
  // So is an adjective ("Klar ist …", "Rein optisch …", "Rot und Schwarz"): capitalised at a sentence's start,
  // in a slogan, or as a party's colour; a surname that is one ("Klein", "Hart") counts in a line-up.
  const isBareAdjective = (word: string, spans: readonly TokenSpan[], k: number) =>
    gazetteer.isAdjectiveForm(word) && !isAmongPersons(spans, k);
  for (const result of results) {
    const { tokens, spans } = result;
    result.spans = spans.filter((span, k) => {
      if (span.type !== 'PER' || span.end - span.start > 1 || isNamed(tokens.word(span.start))) return true;
      const word = tokens.word(span.start);
      return !gazetteer.isCommonNounForm(word) && !isNounCompound(tokens, spans, k) && !isBareAdjective(word, spans, k);
    });
  }
}
const INITIAL = /^\p{Lu}\.$/u;

/** Whether the span at k has a person right before or after it, or one token (a comma, a dash) away. */
function isAmongPersons(spans: readonly TokenSpan[], k: number): boolean {
  const before = spans[k - 1];
  const after = spans[k + 1];
  return (before?.type === 'PER' && spans[k].start - before.end <= 1) || (after?.type === 'PER' && after.start - spans[k].end <= 1);
}

/** Whether the one-word name at token i follows a role or stands next to a singular reporting verb. */
function isNamedAlone(tokens: SentenceTokens, i: number): boolean {
  const before = tokens.word(i - 1);
  const after = tokens.word(i + 1);
  return isInflectedRole(before) || GERMAN_SAYING_SINGULAR.has(before) || GERMAN_SAYING_SINGULAR.has(after);
}

/**
 * Names found once stand for the same entity elsewhere in the article: a surname alone or in the genitive
 * ("Muster", "Musters" after "Erika Muster" or "Erika Musters"), a one-word organisation or place the tagger
 * missed later, or a product's model designation alone ("X4" after "Vento X4") and its series with another
 * designation ("Vento 7", see seriesTakeDesignations).
 * A word that is also a common noun ("Kranich", "Wirsing", "Fischer") is the person's surname only after
 * the article named that person in full, and not where an article or a determiner makes it the noun ("der
 * Kranich", "die alten Fischer"): news put no article before a surname. A surname right after a person's span
 * the tagger ended too soon joins it ("Selim Tayyar Vogels" after "Erika Vogel").
 */
function propagateNames(results: SentenceResult[], model: NerModel): void {
  const names = new Map<string, EntityType>();
  const surnames = new Set<string>();
  /** Series the article names with a model designation ("Vento" of "Vento X4"). */
  const series = new Set<string>();
  for (const { tokens, spans } of results) {
    for (const span of spans) {
      const last = tokens.word(span.end - 1);
      if (span.type === 'PER') {
        // A full name in the genitive ("Erika Musters Anwalt") names the surname without its s too.
        const full = span.end - span.start > 1;
        const forms = full && last.length > 3 && last.endsWith('s') ? [last, last + 's', last.slice(0, -1)] : [last, last + 's'];
        for (const form of forms) {
          if (!names.has(form)) names.set(form, 'PER');
          if (full) surnames.add(form);
        }
      } else if (span.end - span.start === 1 && last.length > 1 && !names.has(last)) {
        // Not a letter alone: what the tagger made of "A" in "zwischen A und B" says nothing of "Partei A".
        names.set(last, span.type);
        if (!names.has(last + 's')) names.set(last + 's', span.type);
      } else if (span.type === 'MISC' && span.end - span.start === 2 && (isLetteredDesignation(last) || SMALL_NUMBER.test(last))) {
        // The model alone names the product too ("das Vento X4" … "des X4"), and so does the series ("das Vento").
        const name = tokens.word(span.start);
        if (isLetteredDesignation(last) && !names.has(last)) names.set(last, 'MISC');
        if (!names.has(name)) names.set(name, 'MISC');
        series.add(name);
      }
    }
  }
  if (names.size === 0) return;
  for (const result of results) {
    const { tokens } = result;
    const covered = new Uint8Array(tokens.length);
    for (const s of result.spans) covered.fill(1, s.start, s.end);
    let added = false;
    for (let i = 0; i < tokens.length; i++) {
      // Names are capitalised: the words of other tokens need not be cut out.
      if (covered[i] || !tokens.isCapitalised(i)) continue;
      const word = tokens.word(i);
      const type = names.get(word);
      if (!type) continue;
      const isNoun = model.gazetteer.isPlainNoun(word);
      const isSurname = type === 'PER' && surnames.has(word) && !followsDeterminer(tokens, i);
      if (isNoun && !isSurname) continue;
      // A person's surname the tagger left out ends the person's span before it ("Karl Jonas Musters").
      const before = type === 'PER' && covered[i - 1] ? result.spans.find(s => s.end === i && s.type === 'PER') : undefined;
      if (before) before.end = i + 1;
      else result.spans.push(tokenSpan(i, i + 1, type));
      added = true;
    }
    if (added) result.spans.sort((a, b) => a.start - b.start);
    if (series.size > 0) seriesTakeDesignations(result, series, model);
  }
}

/**
 * A series the article named with a model designation takes the designation after it elsewhere too: after
 * "das Vento X4", "das Vento 7" and "dem Vento S2" are products, where the words alone said too little. Not
 * a number that counts what follows it ("Vento 5 Prozent").
 */
function seriesTakeDesignations({ tokens, spans }: SentenceResult, series: ReadonlySet<string>, model: NerModel): void {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const next = span.end;
    if (span.type !== 'MISC' || span.end - span.start !== 1 || next >= tokens.length || spans[k + 1]?.start === next) continue;
    const designation = tokens.word(next);
    if (!series.has(tokens.word(span.start)) || !(isLetteredDesignation(designation) || SMALL_NUMBER.test(designation))) continue;
    if (next + 1 < tokens.length && isCountedNoun(tokens.word(next + 1), model)) continue;
    span.end = next + 1;
  }
}

/** Besides GERMAN_DETERMINERS, words a noun phrase starts after: other determiners, prepositions fused with an article. */
const MORE_NOUN_PHRASE_OPENERS = new Set([
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'dies', 'diese', 'dieser', 'diesen', 'diesem', 'dieses',
  'jede', 'jeder', 'jeden', 'jedem', 'jedes', 'alle', 'allen', 'aller', 'vielen', 'einige', 'einigen', 'manche',
  'manchen', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs',
]);

function opensNounPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return GERMAN_DETERMINERS.has(lower) || MORE_NOUN_PHRASE_OPENERS.has(lower);
}

/** Whether token i follows a determiner, directly or after an adjective ("der graue Kranich"; past either end, no). */
function followsDeterminer(tokens: SentenceTokens, i: number): boolean {
  const before = tokens.word(i - 1);
  if (opensNounPhrase(before)) return true;
  return hasAdjectiveEnding(before) && !stopwordsOf('de').has(before) && opensNounPhrase(tokens.word(i - 2));
}

/** Entities of German text over the given sentence spans, as offsets into the text. */
export function germanMentions(text: string, sentences: readonly Span[], model: NerModel): RawMention[] {
  const records = recordsOf(model);
  const memo = taggedSentencesOf(model);
  const results = sentences.map(s => {
    if (s.end - s.start > MAX_REMEMBERED_CHARS) return tagSentence(text, s, model, records);
    let fresh: SentenceResult | undefined;
    const tagged = memo.get(text, s.start, s.end, (_, kept) => {
      fresh = tagSentence(text, s, model, records);
      return kept ? rememberTagging(fresh, s.start) : '';
    });
    return fresh ?? recalledTagging(text, s.start, tagged);
  });
  dropBareNounPersons(results, model);
  adjacentSurnamesApart(results);
  propagateNames(results, model);
  surnamesOfFullNames(results, model);
  citedSourcesAreOrganisations(results, model);
  interviewAnswerersArePersons(results, model);
  designationsAreNoPersons(results);
  datelinePlaces(results, model);
  clubTownsAreClubs(results, model);
  teamNicknamesAlone(results, model);
  return results.flatMap(({ tokens, spans }) =>
    spans.map(s => ({ start: tokens.start(s.start), end: tokens.end(s.end - 1), type: s.type, stance: s.stance })));
}
