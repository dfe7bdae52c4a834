// The name lists in the form the Gazetteer reads them, as the model file stores them: each one-word list, the
// listed phrases by their first token, and the names of places, organisations, firms and countries by their
// lookup key are hash tables written out in their slots' order (LaidOutTable), so the model's load fills no
// table: filling them from the lists (tokenizing every phrase, keying every name) was half of what the load
// did once the tagger's tables were stored that way. Built from the lists' text by gazetteerImageOf, at
// training time and wherever a Gazetteer is made from lists (tests, the training script).
import { tokenize } from '../../text/tokenize';
import { ABSENT, LaidOutTable, layOutTable, type TableLayout } from '../../text/laidOutTable';
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
}

/** The lists the image holds as tables of words. */
export const WORD_LISTS = ['firstNames', 'surnames', 'demonymsEn', 'towns'] as const;
export type WordListName = (typeof WORD_LISTS)[number];

/** The lists the Gazetteer keeps as text: the nouns and adjectives, which it reads in its own ways. */
export type WordFormSources = Pick<GazetteerSources, 'nounsDe' | 'nounPluralsDe' | 'adjectivesDe'>;

export interface GazetteerImage<Table = LaidOutTable> {
  words: Record<WordListName, Table>;
  /** The first tokens of the listed phrases; per rank a line of `phraseLines`. */
  phraseStarts: Table;
  /** Per first token, its phrases, longest first, "\t" apart, each "<kind> <token> <token> …". */
  phraseLines: string;
  /** Names (as nameKey) from the LOC, ORG and COMP lists; per rank the index in KINDS of the first list with it. */
  names: Table;
  nameKinds: Uint8Array;
  /** Every listed country name (any language, any alias) as nameKey; per rank its country's line in `countryRows`. */
  countryNames: Table;
  countryOf: Uint16Array;
  /** "<code>\t<German name>\t<English name>" per country. */
  countryRows: string;
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

/** The image of the lists (see GazetteerImage), its tables laid out. */
export function gazetteerImageOf(sources: GazetteerSources): GazetteerImage<TableLayout> {
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
  const firstTokens = [...phrases.keys()];
  const starts = layOutTable(firstTokens);
  const nameKeys = [...names.keys()];
  const countryKeys = [...countryNames.keys()];
  const namesTable = layOutTable(nameKeys);
  const countriesTable = layOutTable(countryKeys);
  const words = Object.fromEntries(WORD_LISTS.map(list => [list, layOutTable(lines(sources[list] ?? '')).layout])) as Record<WordListName, TableLayout>;
  return {
    words,
    phraseStarts: starts.layout,
    phraseLines: starts.order.map(index => phrasesLine(phrases.get(firstTokens[index])!)).join('\n'),
    names: namesTable.layout,
    nameKinds: Uint8Array.from(namesTable.order, index => KINDS.indexOf(names.get(nameKeys[index])!)),
    countryNames: countriesTable.layout,
    countryOf: Uint16Array.from(countriesTable.order, index => countryNames.get(countryKeys[index])!),
    countryRows: countryRows.join('\n'),
  };
}

/** A first token's phrases as its line: longest first (the order a scan tries them), as listed among equals. */
function phrasesLine(phrases: Phrase[]): string {
  return [...phrases].sort((a, b) => b.tokens.length - a.tokens.length).map(p => [p.kind, ...p.tokens].join(' ')).join('\t');
}

/** An image whose tables are laid out (as gazetteerImageOf or a model file gives it), ready for lookups. */
export function readGazetteerImage(image: GazetteerImage<TableLayout>): GazetteerImage {
  const words = Object.fromEntries(WORD_LISTS.map(list => [list, new LaidOutTable(image.words[list])])) as Record<WordListName, LaidOutTable>;
  return {
    ...image, words,
    phraseStarts: new LaidOutTable(image.phraseStarts),
    names: new LaidOutTable(image.names),
    countryNames: new LaidOutTable(image.countryNames),
  };
}

/** The listed phrases by their first token (exact case), each token's parsed on its first lookup. */
export class PhraseIndex {
  private readonly lineStarts: Int32Array;
  private readonly parsed: (Phrase[] | undefined)[] = [];

  constructor(private readonly starts: LaidOutTable, private readonly text: string) {
    this.lineStarts = new Int32Array(starts.size + 1);
    let at = 0;
    for (let rank = 0; rank < starts.size; rank++) {
      this.lineStarts[rank] = at;
      const end = text.indexOf('\n', at);
      at = (end < 0 ? text.length : end) + 1;
    }
    this.lineStarts[starts.size] = at;
    if (at !== text.length + 1 && starts.size > 0) throw new Error('the phrase lines do not match their first tokens');
  }

  /** The phrases starting with the token, longest first. */
  get(firstToken: string): readonly Phrase[] | undefined {
    const rank = this.starts.rankOf(firstToken);
    if (rank === ABSENT) return undefined;
    return (this.parsed[rank] ??= this.text.slice(this.lineStarts[rank], this.lineStarts[rank + 1] - 1).split('\t').map(phrase => {
      const [kind, ...tokens] = phrase.split(' ');
      return { kind: kind as GazetteerKind, tokens };
    }));
  }
}

/** The names of the LOC, ORG and COMP lists and of the countries, by nameKey. */
export class NameIndex {
  private readonly countryList: Country[];

  constructor(private readonly image: GazetteerImage) {
    this.countryList = image.countryRows === '' ? [] : image.countryRows.split('\n').map(row => {
      const [code, de, en] = row.split('\t');
      return { code, de, en };
    });
    if (image.nameKinds.length !== image.names.size || image.countryOf.length !== image.countryNames.size ||
      image.nameKinds.some(kind => kind >= KINDS.length) || image.countryOf.some(row => row >= this.countryList.length)) {
      throw new Error('the listed names do not match their kinds or countries');
    }
  }

  /** The country a name (as nameKey) names. */
  country(key: string): Country | undefined {
    const rank = this.image.countryNames.rankOf(key);
    return rank === ABSENT ? undefined : this.countryList[this.image.countryOf[rank]];
  }

  /** The first of the LOC, ORG and COMP lists that holds a name (as nameKey). */
  kind(key: string): GazetteerKind | undefined {
    const rank = this.image.names.rankOf(key);
    return rank === ABSENT ? undefined : KINDS[this.image.nameKinds[rank]];
  }
}
