// The name lists in the form the Gazetteer reads them, as the model file stores them: the listed phrases
// already cut into tokens and filed by their first token, and the names of places, organisations, firms and
// countries already in their lookup form (nameKey), so the model's load only splits lines into the Maps it
// asks: tokenizing and keying the 10,000 listed names was half of what the load did once the tagger's tables
// were stored as it reads them. The one-word lists and the nouns are hash tables laid out in their slots'
// order (see LaidOutTable), so the load hashes none of their 115,000 words; the one-word lists are asked
// through a memo (see ListedWords), the nouns only for a new word's noun class. Built from the lists' text by
// gazetteerImageOf, at training time and wherever a Gazetteer is made from lists (tests, the training script).
import { layOutTable, type TableLayout } from '../../text/laidOutTable';
import { tokenize } from '../../text/tokenize';
import { WordListFilter } from './wordListFilter';
import { attachPeriods } from './taggerTokens';

export type GazetteerKind = 'CTRY' | 'LOC' | 'ORG' | 'COMP' | 'FIRST' | 'SUR';
const KINDS: readonly GazetteerKind[] = ['CTRY', 'LOC', 'ORG', 'COMP', 'FIRST', 'SUR'];

export interface Country {
  code: string;
  de: string;
  en: string;
}

export interface Phrase {
  tokens: string[];
  kind: GazetteerKind;
}

/** The raw text of each list file, as written by the generator. */
export interface GazetteerSources {
  countries: string;
  locations: string;
  organisations: string;
  companies: string;
  firstNames: string;
  surnames: string;
  demonymsEn: string;
  /** German common-noun lemmas (capitalised, one a line). */
  nounsDe: string;
  /** Plurals of those lemmas that change the stem ("Höfe", "Themen"); absent in older files. */
  nounPluralsDe?: string;
  /** Stems of German adjectives, written small: each form is a stem or a stem with an ending (see isAdjectiveForm). */
  adjectivesDe?: string;
  /**
   * One-word town names (many are also ordinary words): the label "TOWN" for the tagger only, never a
   * match on their own.
   */
  towns?: string;
  /** German names of languages that are nouns ("Englisch", "Latein"): MISC where the text names one. */
  languagesDe?: string;
  /** Words that name money after an amount: currencies' German names, their ISO codes, subunits and signs. */
  currenciesDe?: string;
  /** The International Olympic Committee's country codes ("AUT"): a country in brackets after an athlete. */
  olympicCodes?: string;
}

/** The lists the image holds as tables of words. */
export const WORD_LISTS = ['firstNames', 'surnames', 'demonymsEn', 'towns'] as const;
export type WordListName = (typeof WORD_LISTS)[number];

/**
 * The lists the Gazetteer keeps as text: the stem-changing plurals and the adjectives, which it reads in its own
 * ways, and the short lists of languages, currencies and Olympic codes.
 */
export type WordFormSources = Pick<GazetteerSources, 'nounPluralsDe' | 'adjectivesDe' | 'languagesDe' | 'currenciesDe' | 'olympicCodes'>;

/** Lists of one item a line, and per line of some of them a number. */
export interface GazetteerImage {
  /** Each one-word list, laid out as a hash table (see ListedWords). */
  words: Record<WordListName, TableLayout>;
  /** The first tokens of the listed phrases, sorted; per line a line of `phraseLines`. */
  phraseStarts: string;
  /** Per first token, its phrases, longest first, "\t" apart, each "<kind> <token> <token> …". */
  phraseLines: string;
  /** Names (as nameKey) from the LOC, ORG and COMP lists, sorted; per line the index in KINDS of the first list with it. */
  names: string;
  nameKinds: Uint8Array;
  /** Every listed country name (any language, any alias) as nameKey, sorted; per line its country's line in `countryRows`. */
  countryNames: string;
  countryOf: Uint16Array;
  /** "<code>\t<German name>\t<English name>" per country. */
  countryRows: string;
  /**
   * The German noun lemmas as a hash table laid out (see LaidOutTable): a new word's noun class asks it about
   * its endings and about every split point of a compound, each a stretch of the word, and a Set of the 45,000
   * nouns cost a tenth of the model's load to fill.
   */
  nouns: TableLayout;
  /** A Bloom filter over the nouns, for the compounds' heads (see WordListFilter). */
  nounFilter: Uint8Array;
}

/** Lookup key of a name: case, dots and spacing do not matter ("U.S." = "US", "St. Pölten" = "St Pölten"). */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  // Most names asked about are one plain word (tagging speed).
  return DOT_OR_SPACE.test(lower) ? lower.replace(/\./g, ' ').replace(/\s+/g, ' ').trim() : lower;
}
const DOT_OR_SPACE = /[.\s]/;

/** A list's names, one a line: blank lines and padding, as a hand-edited list may have, are dropped. */
export function lines(text: string): string[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  // The generator writes one trimmed name a line, which split alone reads (most of the lists are long).
  if (!PADDED_OR_BLANK.test(body)) return body === '' ? [] : body.split('\n');
  return body.split('\n').map(l => l.trim()).filter(Boolean);
}
const PADDED_OR_BLANK = /^\s|\s$|\n\s|\s\n/;

const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/** The image of the lists (see GazetteerImage). */
export function gazetteerImageOf(sources: GazetteerSources): GazetteerImage {
  const phrases = new Map<string, Phrase[]>();
  const names = new Map<string, GazetteerKind>();
  const countryNames = new Map<string, number>();
  const countryRows: string[] = [];
  const addPhraseTokens = (tokens: string[], kind: GazetteerKind) => {
    if (tokens.length === 0) return;
    const list = phrases.get(tokens[0]);
    if (!list) phrases.set(tokens[0], [{ tokens, kind }]);
    else if (!list.some(p => p.kind === kind && p.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, kind });
  };
  const addPhrase = (name: string, kind: GazetteerKind) => {
    const key = nameKey(name);
    if (!names.has(key) && kind !== 'CTRY') names.set(key, kind);
    if (SINGLE_WORD.test(name)) return addPhraseTokens([name], kind);
    // A period after an abbreviation stands alone in some texts ("St . Gallen" in the training data) and
    // joins its word in the tagger's tokens ("St. Gallen"): the name is listed both ways.
    const tokens = tokenize(name);
    addPhraseTokens(tokens.map(t => t.text), kind);
    const joined = attachPeriods(tokens);
    if (joined.length !== tokens.length) addPhraseTokens(joined.map(t => t.text), kind);
  };
  for (const row of lines(sources.countries)) {
    const [code, de, en, aliases] = row.split('\t');
    countryRows.push([code, de, en].join('\t'));
    for (const name of (aliases ?? '').split('|').filter(Boolean)) {
      countryNames.set(nameKey(name), countryRows.length - 1);
      addPhrase(name, 'CTRY');
    }
  }
  for (const name of lines(sources.locations)) addPhrase(name, 'LOC');
  for (const name of lines(sources.organisations)) addPhrase(name, 'ORG');
  for (const name of lines(sources.companies)) addPhrase(name, 'COMP');
  const firstTokens = sorted(phrases.keys());
  const nameKeys = sorted(names.keys());
  const countryKeys = sorted(countryNames.keys());
  const nouns = sorted(new Set(lines(sources.nounsDe)));
  const words = Object.fromEntries(WORD_LISTS.map(list => [list, layOutTable(sorted(new Set(lines(sources[list] ?? '')))).layout]));
  return {
    words: words as Record<WordListName, TableLayout>,
    phraseStarts: firstTokens.join('\n'),
    phraseLines: firstTokens.map(token => phrasesLine(phrases.get(token)!)).join('\n'),
    names: nameKeys.join('\n'),
    nameKinds: Uint8Array.from(nameKeys, key => KINDS.indexOf(names.get(key)!)),
    countryNames: countryKeys.join('\n'),
    countryOf: Uint16Array.from(countryKeys, key => countryNames.get(key)!),
    countryRows: countryRows.join('\n'),
    nouns: layOutTable(nouns).layout,
    nounFilter: WordListFilter.of(nouns).bytes,
  };
}

/** Strings in code-unit order, whatever the locale: the image is the same on every machine. */
function sorted(strings: Iterable<string>): string[] {
  return [...strings].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The lines of a list the image wrote ("" has none). */
export function imageLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** A first token's phrases as its line: longest first (the order a scan tries them), as listed among equals. */
function phrasesLine(phrases: Phrase[]): string {
  return [...phrases].sort((a, b) => b.tokens.length - a.tokens.length).map(p => [p.kind, ...p.tokens].join(' ')).join('\t');
}

/** The listed phrases by their first token (exact case), each token's parsed on its first lookup. */
export class PhraseIndex {
  private readonly lineOf: Map<string, number>;
  private readonly lineTexts: string[];
  private readonly parsed: (Phrase[] | undefined)[] = [];

  constructor(starts: string, phraseLines: string) {
    const tokens = imageLines(starts);
    this.lineTexts = imageLines(phraseLines);
    if (tokens.length !== this.lineTexts.length) throw new Error('the phrase lines do not match their first tokens');
    this.lineOf = new Map(tokens.map((token, line) => [token, line]));
  }

  /** The phrases starting with the token, longest first. */
  get(firstToken: string): readonly Phrase[] | undefined {
    const line = this.lineOf.get(firstToken);
    if (line === undefined) return undefined;
    return (this.parsed[line] ??= this.lineTexts[line].split('\t').map(phrase => {
      const [kind, ...tokens] = phrase.split(' ');
      return { kind: kind as GazetteerKind, tokens };
    }));
  }
}

/** The names of the LOC, ORG and COMP lists and of the countries, by nameKey. */
export class NameIndex {
  private readonly kinds: Map<string, GazetteerKind>;
  private readonly countries: Map<string, Country>;

  constructor(image: GazetteerImage) {
    const countryList = imageLines(image.countryRows).map(row => {
      const [code, de, en] = row.split('\t');
      return { code, de, en };
    });
    const names = imageLines(image.names);
    const countryNames = imageLines(image.countryNames);
    if (image.nameKinds.length !== names.length || image.countryOf.length !== countryNames.length ||
      image.nameKinds.some(kind => kind >= KINDS.length) || image.countryOf.some(row => row >= countryList.length)) {
      throw new Error('the listed names do not match their kinds or countries');
    }
    this.kinds = new Map(names.map((name, line) => [name, KINDS[image.nameKinds[line]]]));
    this.countries = new Map(countryNames.map((name, line) => [name, countryList[image.countryOf[line]]]));
  }

  /** The country a name (as nameKey) names. */
  country(key: string): Country | undefined {
    return this.countries.get(key);
  }

  /** The first of the LOC, ORG and COMP lists that holds a name (as nameKey). */
  kind(key: string): GazetteerKind | undefined {
    return this.kinds.get(key);
  }
}
