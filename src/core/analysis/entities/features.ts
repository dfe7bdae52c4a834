// Features of the sequence tagger. Training and tagging share these functions so a feature means the same
// thing in both. They fall in two groups:
//  - word features: depend only on one word and its offset (-2..+2) from the tagged token, so the tagger can
//    cache each word's summed weights per offset and tag at several MB/s;
//  - context features: sentence position, gazetteer labels of the neighbourhood and the previous tag.

import { lastIndexOfChar } from '../../text/characters';
import { ABSENT, LaidOutTable, layOutTable, type TableLayout } from '../../text/laidOutTable';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
export const START_WORD = '<S>';
export const END_WORD = '</S>';

/** I-X may only follow B-X or I-X: index of the tag type (0 for O) per tag. */
const TYPE_OF_TAG = TAGS.map(t => (t === 'O' ? '' : t.slice(2)));
const IS_INSIDE = TAGS.map(t => t.startsWith('I-'));

export function allowedAfter(previous: number, next: number): boolean {
  return !IS_INSIDE[next] || (previous !== 0 && TYPE_OF_TAG[previous] === TYPE_OF_TAG[next]);
}

/** Character classes with runs collapsed: "Donald" → "Xx", "USA" → "X", "US-Präsident" → "X-Xx", "1.000" → "d.d". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length;) {
    const c = shapeCharAt(word, i);
    i += c.width;
    if (c.shape !== last) {
      shape += c.shape;
      last = c.shape;
    }
    if (shape.length > 8) break;
  }
  return shape;
}

const ASCII_SHAPES = Array.from({ length: 0x80 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return { shape: ch >= '0' && ch <= '9' ? 'd' : ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch, width: 1 };
});

/**
 * The shape of the character at `at` ("d" digit, "X" capital, "x" small, else the character itself) and its
 * width in code units. ASCII is looked up: a word's shape is asked for every new word (tagging speed).
 */
function shapeCharAt(word: string, at: number): { shape: string; width: number } {
  const code = word.charCodeAt(at);
  if (code < 0x80) return ASCII_SHAPES[code];
  const ch = String.fromCodePoint(word.codePointAt(at)!);
  const shape = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
  return { shape, width: ch.length };
}

/** What the tagger may know about single words beyond their spelling. */
export interface WordLexicon {
  /** "lem", "infl" or "head" when the word is a German common noun (itself, inflected, or as compound head), else "". */
  nounClass(word: string): string;
  /** The word's distributional classes, one per granularity (see WordClusters), or none. */
  clusters?(word: string): readonly string[] | undefined;
}

const NO_CLUSTERS: readonly string[] = Object.freeze([]);

/**
 * Distributional word classes learned from unlabelled text by scripts/ner/clusters.ts, written as lines
 * "word<TAB>class class class" (one class per granularity, coarse to fine). The model file keeps them as
 * clusterImageOf lays them out: the words as a hash table (see LaidOutTable), so its load hashes none of them,
 * and per word, in the table's order, its classes.
 */
export class WordClusters {
  private readonly words: LaidOutTable;
  /** Per word (by its rank in `words`), the raw "class class class", then the list once the word is asked about. */
  private readonly classes: (string | readonly string[])[];

  constructor(source: string | ClusterImage) {
    const image = typeof source === 'string' ? clusterImageOf(source) : source;
    this.words = new LaidOutTable(image.words);
    this.classes = this.words.size === 0 ? [] : image.classes.split('\n');
    if (this.classes.length !== this.words.size) throw new Error('the word classes do not match their words');
  }

  get size(): number {
    return this.words.size;
  }

  get(word: string): readonly string[] | undefined {
    const rank = this.words.rankOf(word);
    if (rank === ABSENT) return undefined;
    const found = this.classes[rank];
    if (typeof found !== 'string') return found;
    const classes = found.split(' ').map((c, i) => `${i}.${c}`);
    this.classes[rank] = classes;
    return classes;
  }
}

/** The word classes as the model file keeps them: the words laid out, and their classes in the same order, a line each. */
export interface ClusterImage {
  words: TableLayout;
  classes: string;
}

/** The image of word classes written as lines "word<TAB>classes" (a word given twice keeps its last classes). */
export function clusterImageOf(text: string): ClusterImage {
  const classesOf = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) classesOf.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const words = [...classesOf.keys()];
  const { layout, order } = layOutTable(words);
  return { words: layout, classes: order.map(index => classesOf.get(words[index])!).join('\n') };
}

/** The lexicon of a model: noun classes from the gazetteer, distributional classes from the clusters. */
export function combinedLexicon(nouns: Pick<WordLexicon, 'nounClass'>, clusters?: WordClusters): WordLexicon {
  return {
    nounClass: word => nouns.nounClass(word),
    clusters: clusters && clusters.size > 0 ? word => clusters.get(word) : undefined,
  };
}

/** The per-word facts the word features are built from (computed once per distinct word by the tagger). */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  /** See WordLexicon.nounClass; "" for words not capitalised. */
  noun: string;
  /** See WordLexicon.clusters. */
  clusters: readonly string[];
}

export function describeWord(word: string, lexicon?: WordLexicon): WordInfo {
  const noun = lexicon && /^\p{Lu}/u.test(word) ? lexicon.nounClass(word) : '';
  const clusters = lexicon?.clusters?.(word) ?? NO_CLUSTERS;
  return { word, lower: word.toLowerCase(), shape: wordShape(word), noun, clusters };
}

/** Features of `word` seen at `offset` from the token being tagged. */
export function wordFeatures(word: string, offset: number, lexicon?: WordLexicon): string[] {
  return featuresOfWord(describeWord(word, lexicon), offset);
}

/**
 * Word features come in families: the feature is named `${offset}${family}=${value}` ("-1l=der", "0sh=Xx",
 * "0w=Merkel"), and a family appears at the offsets listed here. The tagger sums each family's weights per
 * value once, so a new word costs one lookup per family.
 */
export const FAMILY_OFFSETS: Readonly<Record<string, readonly number[]>> = {
  l: [-2, -1, 0, 1, 2],
  sh: [-1, 0, 1],
  s3: [-1, 0, 1],
  N: [-1, 0, 1],
  w: [0],
  s2: [0],
  s4: [-1, 0, 1],
  p3: [-1, 0, 1],
  s5: [0],
  p4: [0],
  hl: [0],
  hf: [0],
  gen: [0],
  'N|sh': [0],
  // Word classes: every granularity for the word itself, the coarsest for its neighbours (finer ones at the
  // neighbours added noise in cross-validation).
  c: [0],
  c0: [-1, 1],
};

/** Receives one family value of a word as a range of a string: the value is text.slice(from, to). */
export type FamilyVisitor = (family: string, text: string, from: number, to: number) => void;

/**
 * Each [family, value] of a word (see FAMILY_OFFSETS), as a range of a string: the tagger looks the values up
 * without cutting them out (see RangeKeyedTable).
 */
export function visitFamilyValues(info: WordInfo, visit: FamilyVisitor): void {
  const { word, lower, shape, noun, clusters } = info;
  const n = lower.length;
  const ending = (length: number) => Math.max(0, n - length);
  visit('l', lower, 0, n);
  visit('sh', shape, 0, shape.length);
  visit('s3', lower, ending(3), n);
  visit('w', word, 0, word.length);
  visit('s2', lower, ending(2), n);
  visit('s4', lower, ending(4), n);
  visit('p3', lower, 0, Math.min(3, n));
  visit('s5', lower, ending(5), n);
  visit('p4', lower, 0, Math.min(4, n));
  if (noun) {
    visit('N', noun, 0, noun.length);
    const nounShape = `${noun}|${shape}`;
    visit('N|sh', nounShape, 0, nounShape.length);
  }
  for (const c of clusters) visit('c', c, 0, c.length);
  if (clusters.length) visit('c0', clusters[0], 0, clusters[0].length);
  const hyphen = lastIndexOfChar(word, '-');
  if (hyphen > 0 && hyphen < word.length - 1) {
    visit('hl', lower, hyphen + 1, n);
    visit('hf', word, 0, word.indexOf('-'));
  }
  if (word.length > 3 && word.endsWith('s')) visit('gen', word, 0, word.length - 1);
}

/** The [family, value] pairs of a word (see FAMILY_OFFSETS). */
export function familyValues(info: WordInfo): [string, string][] {
  const pairs: [string, string][] = [];
  visitFamilyValues(info, (family, text, from, to) => pairs.push([family, text.slice(from, to)]));
  return pairs;
}

/** The one feature every tagged word has besides its families. */
export const BIAS = 'bias';

export function featuresOfWord(info: WordInfo, offset: number): string[] {
  if (info.word === START_WORD || info.word === END_WORD) return [`${offset}w=${info.word}`];
  const features = offset === 0 ? [BIAS] : [];
  for (const [family, value] of familyValues(info)) {
    if (FAMILY_OFFSETS[family].includes(offset)) features.push(`${offset}${family}=${value}`);
  }
  return features;
}

/** Context features that do not depend on earlier tags: sentence position and gazetteer labels around the token. */
export function staticContextFeatures(
  words: readonly string[],
  gazetteerLabels: readonly (readonly string[])[],
  i: number,
): string[] {
  const features: string[] = [];
  if (i === 0) features.push(`first|${wordShape(words[i])}`, `first|${words[i].toLowerCase()}`);
  for (const offset of [-1, 0, 1]) {
    const j = i + offset;
    if (j < 0 || j >= words.length) continue;
    for (const label of gazetteerLabels[j]) features.push(`g${offset}=${label}`);
  }
  return features;
}

/** Context features of token i that pair it with the previous tag. */
export function previousTagFeatures(
  words: readonly string[],
  gazetteerLabels: readonly (readonly string[])[],
  i: number,
  previousTag: number,
): string[] {
  const word = words[i];
  const prev = TAGS[previousTag];
  const features = [`t1=${prev}`, `t1sh=${prev}|${wordShape(word)}`];
  if (i > 0) features.push(`t1l=${prev}|${word.toLowerCase()}`);
  for (const label of gazetteerLabels[i]) features.push(`gt1=${label}|${prev}`);
  return features;
}

/** Features that depend on the token's place in the sentence, the gazetteer labels around it and earlier tags. */
export function contextFeatures(
  words: readonly string[],
  gazetteerLabels: readonly (readonly string[])[],
  i: number,
  previousTag: number,
): string[] {
  return [
    ...previousTagFeatures(words, gazetteerLabels, i, previousTag),
    ...staticContextFeatures(words, gazetteerLabels, i),
  ];
}

/** All features of token i, as used in training (the tagger sums the same ones through its word cache). */
export function allFeatures(
  words: readonly string[],
  gazetteerLabels: readonly (readonly string[])[],
  i: number,
  previousTag: number,
  lexicon?: WordLexicon,
): string[] {
  const features: string[] = [];
  for (const offset of OFFSETS) {
    features.push(...wordFeatures(wordAt(words, i + offset), offset, lexicon));
  }
  features.push(...contextFeatures(words, gazetteerLabels, i, previousTag));
  return features;
}

export function wordAt(words: readonly string[], j: number): string {
  if (j < 0) return START_WORD;
  if (j >= words.length) return END_WORD;
  return words[j];
}
