// The NER model file: averaged-perceptron weights plus the gazetteers and word classes they were trained
// with. Found by walking up from this code's folder to a folder holding models/ner-de.bin.br, which works from
// the bundles in dist/ and from out/src/... in tests.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { clusterImageOf, combinedLexicon, TAG_COUNT, TAGS, WordClusters } from './features';
import { Gazetteer, type GazetteerSources } from './gazetteer';
import { gazetteerImageOf, WORD_LISTS, type GazetteerImage } from './gazetteerImage';
import { PerceptronTagger } from './perceptron';
import { imageOf, placeValues, type FeatureGroup, type TaggerImage } from './taggerImage';
import { LaidOutTable, type TableLayout } from '../../text/laidOutTable';

export const MODEL_FILE_NAME = 'ner-de.bin.br';
const FORMAT = 'news-annotator-ner';
const VERSION = 7;
/** Weights are stored as round(weight × SCALE) in an Int16. */
const SCALE = 100;

/**
 * The file, decompressed (Brotli, which Node has built in: a quarter smaller than deflate here, 1.59 MB against
 * 2.14, for some 18 ms more of the load in a slow hour, 47 ms against 29), is a 4-byte little-endian length, a
 * JSON header of that many bytes, then each section the header lists, in its order: UTF-8 text, bytes, or 16-bit
 * little-endian numbers. The sections hold the tagger's image (see TaggerImage): per feature group
 * "tagger.<group>" its values as a laid-out table (a table is two sections, its text and "<table>.gaps", and its
 * slot count in the header), the parts each value fills and their weights; the features in no group; the word
 * classes (see ClusterImage: a table of the words, "clusters", and their classes); the lists' image (see
 * GazetteerImage, "lists.…": the one-word lists and the nouns as tables, the nouns with a filter); and the
 * stem-changing plurals, the adjectives, the names of languages and currencies and the Olympic codes as text
 * ("gazetteers.…"). So the load hashes none of the tagger's 80,000 values, the 115,000 listed words and the
 * 10,000 words with classes, and cuts none of the listed names into tokens. Version 6 lacked the Olympic codes;
 * version 5 the languages and currencies, which the rules asked ICU for; version 4 kept the one-word lists as
 * text, which the load filled into Sets; version 3 the nouns and the word classes too, into a Set and a Map;
 * version 2 listed every feature by name and every list as it was written, which the load sorted into groups,
 * hashed and tokenized; version 1 was one JSON object with the weights in base64.
 */
interface ModelHeader {
  format: string;
  version: number;
  tags: string[];
  scale: number;
  /** Each section's name, its length in bytes and its kind, in the order they follow the header. */
  sections: [name: string, bytes: number, kind: SectionKind][];
  /** Each laid-out table's name and slot count. */
  tables: [name: string, slotCount: number][];
  /** The tagger's groups: name and parts per value (see FeatureGroup). */
  groups: [name: string, parts: number][];
}
type SectionKind = 'text' | 'bytes' | 'int16' | 'uint16';

const TAGGER = 'tagger.';
const OTHERS = 'others';
const CLUSTERS = 'clusters';
const LISTS = 'lists.';
/** The lists the Gazetteer keeps as text. */
const WORD_FORM_LISTS = ['nounPluralsDe', 'adjectivesDe', 'languagesDe', 'currenciesDe', 'olympicCodes'] as const;
const GAZETTEER_PREFIX = 'gazetteers.';
const GAPS = '.gaps';
const FILLED = '.filled';
const CLASSES = '.classes';
const FILTER = '.filter';
const WEIGHTS = '.weights';

export interface NerModel {
  tagger: PerceptronTagger;
  gazetteer: Gazetteer;
}

export class NerModelError extends Error {
  override name = 'NerModelError';
}

/** models/ner-de.bin.br in `startDir` or the nearest folder above it that has one, or null. */
export function findModelFile(startDir: string = __dirname): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, 'models', MODEL_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function serializeModel(weights: Map<string, ArrayLike<number>>, gazetteers: GazetteerSources, clusters = ''): Buffer {
  const out = new SectionWriter();
  const tagger = imageOf(scaledWeights(weights));
  const groups: ModelHeader['groups'] = [];
  for (const [name, group] of tagger.groups) {
    groups.push([name, group.parts]);
    out.table(TAGGER + name, group.values);
    out.add(TAGGER + name + FILLED, group.filled, 'uint16');
    out.int16(TAGGER + name + WEIGHTS, group.weights);
  }
  out.text(TAGGER + OTHERS, [...tagger.others.keys()].join('\n'));
  const others = new Float32Array(tagger.others.size * TAG_COUNT);
  [...tagger.others.values()].forEach((w, i) => others.set(w, i * TAG_COUNT));
  out.int16(TAGGER + OTHERS + WEIGHTS, others);
  const clusterImage = clusterImageOf(clusters);
  out.table(CLUSTERS, clusterImage.words);
  out.text(CLUSTERS + CLASSES, clusterImage.classes);
  const lists = gazetteerImageOf(gazetteers);
  for (const list of WORD_LISTS) out.table(LISTS + list, lists.words[list]);
  out.text(LISTS + 'phraseStarts', lists.phraseStarts);
  out.text(LISTS + 'phraseLines', lists.phraseLines);
  out.text(LISTS + 'names', lists.names);
  out.add(LISTS + 'nameKinds', lists.nameKinds, 'bytes');
  out.text(LISTS + 'countryNames', lists.countryNames);
  out.add(LISTS + 'countryOf', lists.countryOf, 'uint16');
  out.text(LISTS + 'countryRows', lists.countryRows);
  out.table(LISTS + 'nouns', lists.nouns);
  out.add(LISTS + 'nouns' + FILTER, lists.nounFilter, 'bytes');
  for (const list of WORD_FORM_LISTS) out.text(GAZETTEER_PREFIX + list, gazetteers[list] ?? '');
  const header: ModelHeader = {
    format: FORMAT, version: VERSION, tags: [...TAGS], scale: SCALE,
    sections: out.sections.map(([name, bytes, kind]) => [name, bytes.length, kind]),
    tables: out.tables,
    groups,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const bytes = Buffer.concat([headerLength, headerBytes, ...out.sections.map(([, bytes]) => bytes)]);
  return zlib.brotliCompressSync(bytes, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  } });
}

/** The sections of a model file being written, in order, and its tables' slot counts. */
class SectionWriter {
  readonly sections: [name: string, bytes: Buffer, kind: SectionKind][] = [];
  readonly tables: [name: string, slotCount: number][] = [];

  add(name: string, values: Uint8Array | Uint16Array | Int16Array, kind: SectionKind): void {
    this.sections.push([name, Buffer.from(values.buffer, values.byteOffset, values.byteLength), kind]);
  }

  text(name: string, value: string): void {
    this.sections.push([name, Buffer.from(value, 'utf8'), 'text']);
  }

  int16(name: string, values: Float32Array): void {
    this.add(name, Int16Array.from(values), 'int16');
  }

  table(name: string, layout: TableLayout): void {
    this.text(name, layout.text);
    this.add(name + GAPS, layout.gaps, 'bytes');
    this.tables.push([name, layout.slotCount]);
  }
}

/** Each weight as round(weight × SCALE) within Int16's range; features all of whose weights round to 0 dropped. */
function scaledWeights(weights: Map<string, ArrayLike<number>>): Map<string, Float32Array> {
  const scaled = new Map<string, Float32Array>();
  for (const [name, w] of weights) {
    const row = new Float32Array(TAG_COUNT);
    for (let t = 0; t < TAG_COUNT; t++) row[t] = Math.max(-32767, Math.min(32767, Math.round(w[t] * SCALE)));
    if (row.some(v => v !== 0) && !name.includes('\n')) scaled.set(name, row);
  }
  return scaled;
}

export function parseModel(data: Buffer): NerModel {
  const sections = readModelFile(data);
  const { header } = sections;
  if (header.format !== FORMAT || header.version !== VERSION || header.tags?.join() !== TAGS.join()) {
    throw new NerModelError(`unsupported NER model (format ${header.format} v${header.version}); retrain with "npm run train:ner"`);
  }
  try {
    const gazetteer = new Gazetteer({ image: gazetteerImageIn(sections), ...wordFormListsIn(sections) });
    const clusters = new WordClusters({ words: sections.layout(CLUSTERS), classes: sections.text(CLUSTERS + CLASSES) });
    const lexicon = combinedLexicon(gazetteer, clusters);
    return { tagger: new PerceptronTagger(taggerImageIn(sections), lexicon), gazetteer };
  } catch (error) {
    if (error instanceof NerModelError) throw error;
    throw new NerModelError(`corrupt NER model (${(error as Error).message}); retrain with "npm run train:ner"`);
  }
}

/** The tagger's image among a model file's sections. */
function taggerImageIn(sections: ModelSections): TaggerImage {
  const groups = new Map<string, FeatureGroup>();
  for (const [name, parts] of sections.header.groups ?? []) {
    const values = sections.table(TAGGER + name);
    const filled = sections.uint16(TAGGER + name + FILLED);
    const weights = new Float32Array(sections.int16(TAGGER + name + WEIGHTS));
    groups.set(name, placeValues({ values, parts, filled, weights }));
  }
  const names = sections.text(TAGGER + OTHERS);
  const otherWeights = new Float32Array(sections.int16(TAGGER + OTHERS + WEIGHTS));
  const otherNames = names === '' ? [] : names.split('\n');
  if (otherNames.length * TAG_COUNT !== otherWeights.length) throw new Error('weights do not match features');
  const others = new Map(otherNames.map((name, i) => [name, otherWeights.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT)]));
  return { groups, others };
}

/** The lists' image among a model file's sections. */
function gazetteerImageIn(sections: ModelSections): GazetteerImage {
  const words = Object.fromEntries(WORD_LISTS.map(list => [list, sections.layout(LISTS + list)])) as GazetteerImage['words'];
  return {
    words,
    phraseStarts: sections.text(LISTS + 'phraseStarts'),
    phraseLines: sections.text(LISTS + 'phraseLines'),
    names: sections.text(LISTS + 'names'),
    nameKinds: sections.bytes(LISTS + 'nameKinds'),
    countryNames: sections.text(LISTS + 'countryNames'),
    countryOf: sections.uint16(LISTS + 'countryOf'),
    countryRows: sections.text(LISTS + 'countryRows'),
    nouns: sections.layout(LISTS + 'nouns'),
    nounFilter: sections.bytes(LISTS + 'nouns' + FILTER),
  };
}

function wordFormListsIn(sections: ModelSections): Pick<GazetteerSources, (typeof WORD_FORM_LISTS)[number]> {
  return Object.fromEntries(WORD_FORM_LISTS.map(list => [list, sections.text(GAZETTEER_PREFIX + list)]));
}

/** A model file's header and sections by name; asking for a section it lacks throws. */
class ModelSections {
  private readonly slotCounts: Map<string, number>;

  constructor(readonly header: ModelHeader, private readonly texts: Map<string, string>, private readonly binaries: Map<string, Uint8Array>) {
    this.slotCounts = new Map(header.tables ?? []);
  }

  text(name: string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`no section ${name}`);
    return text;
  }

  bytes(name: string): Uint8Array {
    const bytes = this.binaries.get(name);
    if (!bytes) throw new Error(`no section ${name}`);
    return bytes;
  }

  uint16(name: string): Uint16Array {
    const bytes = this.bytes(name);
    return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  }

  int16(name: string): Int16Array {
    const bytes = this.bytes(name);
    return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  }

  table(name: string): LaidOutTable {
    return new LaidOutTable(this.layout(name));
  }

  layout(name: string): TableLayout {
    const slotCount = this.slotCounts.get(name);
    if (slotCount === undefined) throw new Error(`no table ${name}`);
    return { text: this.text(name), gaps: this.bytes(name + GAPS), slotCount };
  }
}

/** The header and the sections of a model file's bytes (see ModelHeader). */
function readModelFile(data: Buffer): ModelSections {
  try {
    const bytes = zlib.brotliDecompressSync(data);
    const headerEnd = 4 + bytes.readUInt32LE(0);
    if (headerEnd > bytes.length) throw new Error('the header runs past the end');
    const header = JSON.parse(bytes.toString('utf8', 4, headerEnd)) as ModelHeader;
    if (!Array.isArray(header.sections)) throw new Error('no sections');
    let at = headerEnd;
    const texts = new Map<string, string>();
    const binaries = new Map<string, Uint8Array>();
    for (const [name, length, kind] of header.sections) {
      if (at + length > bytes.length) throw new Error(`section ${name} runs past the end`);
      if (kind === 'text') texts.set(name, bytes.toString('utf8', at, at + length));
      else if ((kind === 'int16' || kind === 'uint16') && length % 2 !== 0) throw new Error(`section ${name} is cut short`);
      // A copy, so a 16-bit view starts at an even offset whatever the sections before.
      else binaries.set(name, new Uint8Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + length)));
      at += length;
    }
    if (at !== bytes.length) throw new Error('bytes after the last section');
    return new ModelSections(header, texts, binaries);
  } catch (error) {
    throw new NerModelError(`corrupt or unsupported NER model (${(error as Error).message}); retrain with "npm run train:ner"`);
  }
}

export function loadModelFile(file: string): NerModel {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (error) {
    throw new NerModelError(`NER model not readable at ${file}: ${(error as Error).message}. Run "npm run train:ner" to build it.`);
  }
  return parseModel(data);
}

let cached: NerModel | undefined;

/** The model, loaded on first use. Throws NerModelError when no models/ner-de.bin.br can be found. */
export function getModel(): NerModel {
  if (cached) return cached;
  const file = findModelFile();
  if (!file) {
    throw new NerModelError(
      `NER model ${MODEL_FILE_NAME} not found in a models/ folder at or above ${__dirname}. Run "npm run train:ner" to build it.`,
    );
  }
  cached = loadModelFile(file);
  return cached;
}

/** Replaces (or with no argument forgets) the loaded model; for the training script and tests. */
export function setModel(model?: NerModel): void {
  cached = model;
}
