// Name lists (countries, places, organisations, companies, given names, surnames) and a matcher that marks
// which tokens of a sentence lie inside a listed name. The lists are generated from package data by
// scripts/ner/build-gazetteers.ts and travel inside the model file, so tagger and lists always agree.
import type { WordLexicon } from './features';
import { ABSENT, LaidOutTable } from '../../text/laidOutTable';
import { keyHashOf } from '../../text/rangeKeyedTable';
import { extendLeft } from '../../text/stringHash';
import { WordListFilter } from './wordListFilter';
import { ListedWords, type WordList } from './listedWords';
import { detached } from '../../text/textKeyedMemo';
import {
  gazetteerImageOf, lines, NameIndex, nameKey, PhraseIndex, WORD_LISTS,
  type Country, type GazetteerImage, type GazetteerKind, type GazetteerSources, type Phrase, type WordFormSources, type WordListName,
} from './gazetteerImage';

export { nameKey, type Country, type GazetteerKind, type GazetteerSources } from './gazetteerImage';

/** The lists as a model file gives them: the image, and the word-form lists as text. */
export type LoadedLists = WordFormSources & { image: GazetteerImage };

const NO_LABELS: readonly string[] = Object.freeze([]);
const FACT_CACHE_LIMIT = 100_000;

export interface GazetteerMatch {
  start: number;
  end: number;
  kind: GazetteerKind;
  genitive?: true;
}

/** What the lists say about one word on its own (see Gazetteer.factsOf). */
export interface WordFacts {
  /** Listed phrases starting with the word. */
  candidates: readonly Phrase[] | undefined;
  /** Labels the word has on its own: "FIRST", "SUR", "<kind>-G". */
  ownLabels: string[];
  /** nounClass(word), once asked. */
  noun?: string;
}

/** Endings of German noun inflection, tried when a word is not itself a listed lemma. */
const NOUN_ENDINGS = ['n', 'en', 's', 'es', 'e', 'er', 'ern', 'nen'];
/** The endings of an inflected adjective, added to its stem ("dunkl" + "er"). */
const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
/** The plural ending after a doubled s: "Bus" → "Busse", "Bussen". */
const DOUBLED_S_PLURAL = /(?<=s)s(?:e|en)$/;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const SMALL_LETTER = /^\p{Ll}$/u;
/** The bits of ListedWords.lookUp for the lists of WORD_LISTS that wordFacts labels. */
const [FIRST_NAMES, SURNAMES, TOWNS] = (['firstNames', 'surnames', 'towns'] as const).map(name => 1 << WORD_LISTS.indexOf(name));
/** A compound's head bare or with one of the endings. */
const HEAD_ENDINGS = ['', ...NOUN_ENDINGS];

/** The code of the character's capital when that is one code unit ("ß" capitalises to "SS"), else -1. */
function singleUpperCase(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x20;
  if (code < 0x80) return code;
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length === 1 ? upper.charCodeAt(0) : -1;
}

export class Gazetteer implements WordLexicon {
  /** Multi-kind phrase index keyed by the phrase's first token (exact case). */
  private readonly phrases: PhraseIndex;
  readonly firstNames: WordList;
  readonly surnames: WordList;
  readonly demonymsEn: WordList;
  /** The German noun lemmas (see GazetteerImage.nouns). */
  private readonly nouns: LaidOutTable;
  private readonly nounFilter: WordListFilter;
  private readonly stemChangingPlurals: Set<string>;
  /** German names of languages that are nouns (see GazetteerSources.languagesDe). */
  readonly languageNames: ReadonlySet<string>;
  /** Words that name money after an amount (see GazetteerSources.currenciesDe). */
  readonly currencyNames: ReadonlySet<string>;
  /** The International Olympic Committee's country codes (see GazetteerSources.olympicCodes). */
  readonly olympicCodes: ReadonlySet<string>;
  /** The adjective list as given, and its stems once a word is first asked about (see isAdjectiveForm). */
  private readonly adjectiveList: string;
  private adjectiveStems: Set<string> | undefined;
  private readonly towns: WordList;
  private readonly listed: ListedWords;
  private readonly factCache = new Map<string, WordFacts>();
  /** Country names, and names from the ORG, COMP and LOC lists (for genitive checks and linking), by nameKey. */
  private readonly names: NameIndex;

  /** From the lists' text, or from a model file's image of them. */
  constructor(sources: GazetteerSources | LoadedLists) {
    const image = 'image' in sources ? sources.image : gazetteerImageOf(sources);
    this.phrases = new PhraseIndex(image.phraseStarts, image.phraseLines);
    this.names = new NameIndex(image);
    const listed = (this.listed = new ListedWords(WORD_LISTS.map(name => image.words[name])));
    const list = (name: WordListName) => listed.list(WORD_LISTS.indexOf(name));
    this.firstNames = list('firstNames');
    this.surnames = list('surnames');
    this.demonymsEn = list('demonymsEn');
    this.towns = list('towns');
    this.nouns = new LaidOutTable(image.nouns);
    this.nounFilter = new WordListFilter(image.nounFilter);
    this.stemChangingPlurals = new Set(lines(sources.nounPluralsDe ?? ''));
    this.languageNames = new Set(lines(sources.languagesDe ?? ''));
    this.currencyNames = new Set(lines(sources.currenciesDe ?? ''));
    this.olympicCodes = new Set(lines(sources.olympicCodes ?? ''));
    this.adjectiveList = sources.adjectivesDe ?? '';
  }

  /**
   * Whether the word, written small, is a form of a listed German adjective ("Klar", "Dunkler", "Islamischer"):
   * a stem, or a stem and one of the endings. The list is read on the first question, not at model load: the
   * rules ask about few words.
   */
  isAdjectiveForm(word: string): boolean {
    const stems = (this.adjectiveStems ??= new Set(lines(this.adjectiveList)));
    if (stems.size === 0) return false;
    const lower = word.toLowerCase();
    if (stems.has(lower)) return true;
    for (const ending of ADJECTIVE_ENDINGS) {
      if (lower.length > ending.length + 1 && lower.endsWith(ending) && stems.has(lower.slice(0, -ending.length))) return true;
    }
    return false;
  }

  private isNounForm(word: string): boolean {
    if (this.isNoun(word)) return true;
    for (const ending of NOUN_ENDINGS) {
      if (word.length > ending.length + 2 && word.endsWith(ending) && this.isNoun(word, word.length - ending.length)) return true;
    }
    return false;
  }

  /** Whether word.slice(0, end) is a listed noun. */
  private isNoun(word: string, end = word.length): boolean {
    return this.nouns.rankOf(word, 0, end) !== ABSENT;
  }

  /**
   * "lem" for a listed German noun, "infl" for an inflected form of one, "head" for a compound whose last
   * part is one ("Trollhöhle"), "" otherwise. Names are not in the list, so this separates the many
   * capitalised common nouns of German text from names.
   */
  nounClass(word: string): string {
    const facts = this.wordFacts(word);
    return facts.noun ??= this.computeNounClass(word);
  }

  /** Whether the word is a listed German noun or an inflected form of one (not a compound ending in one). */
  isPlainNoun(word: string): boolean {
    const noun = this.nounClass(word);
    return noun === 'lem' || noun === 'infl';
  }

  /**
   * isPlainNoun, also counting the plurals that double a final s ("Busse", "Ergebnissen"), which nounClass
   * leaves out: its classes are tagger features, fixed when the model was trained.
   */
  isCommonNounForm(word: string): boolean {
    if (this.isPlainNoun(word) || this.isStemChangingPlural(word)) return true;
    const doubled = DOUBLED_S_PLURAL.exec(word);
    return doubled !== null && this.isNoun(word, doubled.index);
  }

  /**
   * A plural that changes its noun's stem ("Schüsse", "Themen"), also as a compound's head of four letters or
   * more ("Fußabdrücke", "Raubvögel"): no ending on a listed noun makes these, so isPlainNoun misses them.
   */
  isStemChangingPlural(word: string): boolean {
    const plurals = this.stemChangingPlurals;
    if (plurals.size === 0 || !STARTS_CAPITALISED.test(word)) return false;
    if (plurals.has(word)) return true;
    for (let k = 3; k <= word.length - 4; k++) {
      if (SMALL_LETTER.test(word.charAt(k - 1)) && plurals.has(word.charAt(k).toUpperCase() + word.slice(k + 1))) return true;
    }
    return false;
  }

  private computeNounClass(word: string): string {
    if (this.nouns.size === 0) return '';
    if (this.isNoun(word)) return 'lem';
    if (this.isNounForm(word)) return 'infl';
    const hyphen = word.lastIndexOf('-');
    return this.hasNounHead(word.slice(hyphen + 1), hyphen < 0 ? 3 : 0) ? 'head' : '';
  }

  /**
   * Whether the word from some split point k ≥ firstSplit on, capitalised, is a noun form of four letters or
   * more (isNounForm of base.charAt(k).toUpperCase() + base.slice(k + 1)). Each candidate is hashed as the word
   * is read from its end, asked of the filter, and looked up without being built (see LaidOutTable.holdsJoined).
   */
  private hasNounHead(base: string, firstSplit: number): boolean {
    for (const ending of HEAD_ENDINGS) {
      if (!base.endsWith(ending)) continue;
      const end = base.length - ending.length;
      // A head has four letters or more, and keeps three or more before an ending (as isNounForm asks).
      const lastSplit = Math.min(base.length - 4, end - 3);
      let tail = 0; // hash of base.slice(k + 1, end)
      for (let k = end - 1; k >= firstSplit; k--) {
        if (k <= lastSplit) {
          const upper = singleUpperCase(base.charCodeAt(k));
          if (upper < 0) {
            // A letter that capitalises to two ("ß" → "SS"): the candidate built, all endings at once.
            if (ending === '' && this.isNounForm(base.charAt(k).toUpperCase() + base.slice(k + 1))) return true;
          } else {
            const hash = extendLeft(tail, upper);
            if (this.nounFilter.mayHold(hash) && this.nouns.holdsJoined(upper, base, k + 1, end, keyHashOf(hash))) return true;
          }
        }
        tail = extendLeft(tail, base.charCodeAt(k));
      }
    }
    return false;
  }

  country(name: string): Country | undefined {
    return this.names.country(nameKey(name));
  }

  /** Whether the word is a listed town. */
  isTown(word: string): boolean {
    return this.towns.has(word);
  }

  /** The list a lower-cased name appears in, countries included. */
  kindOf(name: string): GazetteerKind | undefined {
    const key = nameKey(name);
    return this.names.country(key) ? 'CTRY' : this.names.kind(key);
  }

  isKnownName(name: string): boolean {
    return this.kindOf(name) !== undefined || this.isPersonsName(name);
  }

  /** Whether the lists hold the word as a given name or a surname. */
  isPersonsName(word: string): boolean {
    return this.firstNames.has(word) || this.surnames.has(word);
  }

  /**
   * For each token, labels like "CTRY-B", "LOC-I", "FIRST", "SUR", "COMP-G" (genitive of a listed single-token
   * name, "Siemens'"/"Chinas"). For every list the longest phrase starting at a token wins.
   */
  label(words: readonly string[]): (readonly string[])[] {
    return this.scanFacts(words, words.map(w => this.wordFacts(w)), false).labels;
  }

  /**
   * label() given each word's factsOf() (for callers that keep their own per-word cache), and the listed phrases
   * found: for each start and list the longest phrase, plus single listed names in the genitive ("Chinas",
   * "Kremls") as one-word matches.
   */
  scanFacts(words: readonly string[], facts: readonly WordFacts[], withMatches = true): { labels: (readonly string[])[]; matches: GazetteerMatch[] } {
    const labels: (readonly string[])[] = new Array(words.length).fill(NO_LABELS);
    const matches: GazetteerMatch[] = [];
    const add = (i: number, label: string) => {
      const current = labels[i];
      if (current === NO_LABELS) labels[i] = [label];
      else if (!current.includes(label)) (current as string[]).push(label);
    };
    for (let i = 0; i < words.length; i++) {
      const { candidates, ownLabels } = facts[i];
      if (candidates) {
        const seenKinds: GazetteerKind[] = [];
        for (const phrase of candidates) {
          if (seenKinds.includes(phrase.kind) || !matchesAt(words, i, phrase.tokens)) continue;
          seenKinds.push(phrase.kind);
          add(i, phrase.kind + '-B');
          for (let k = 1; k < phrase.tokens.length; k++) add(i + k, phrase.kind + '-I');
          if (withMatches) matches.push({ start: i, end: i + phrase.tokens.length, kind: phrase.kind });
        }
      }
      for (const label of ownLabels) {
        add(i, label);
        if (withMatches && label.endsWith('-G')) matches.push({ start: i, end: i + 1, kind: label.slice(0, -2) as GazetteerKind, genitive: true });
      }
    }
    return { labels, matches };
  }

  /** What the lists say about one word regardless of its neighbours, cached per word (tagging speed). */
  factsOf(word: string): WordFacts {
    return this.wordFacts(word);
  }

  private wordFacts(word: string): WordFacts {
    let facts = this.factCache.get(word);
    if (facts) return facts;
    const candidates = this.phrases.get(word);
    const ownLabels: string[] = [];
    if (word.length > 3 && word.endsWith('s') && !candidates) {
      const single = this.phrases.get(word.slice(0, -1))?.find(p => p.tokens.length === 1);
      if (single) ownLabels.push(single.kind + '-G');
    }
    // Each new word is asked about once here, so not through the lists' memo (see ListedWords).
    const listed = this.listed.lookUp(word);
    if (listed & FIRST_NAMES) ownLabels.push('FIRST');
    if (listed & SURNAMES) ownLabels.push('SUR');
    if (listed & TOWNS) ownLabels.push('TOWN');
    facts = { candidates, ownLabels };
    if (this.factCache.size >= FACT_CACHE_LIMIT) this.factCache.clear();
    // A long word may be a view into a whole article (see detached).
    this.factCache.set(detached(word), facts);
    return facts;
  }
}

function matchesAt(words: readonly string[], start: number, tokens: readonly string[]): boolean {
  if (start + tokens.length > words.length) return false;
  for (let k = 1; k < tokens.length; k++) if (words[start + k] !== tokens[k]) return false;
  return true;
}
