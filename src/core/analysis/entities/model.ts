// The NER model file: averaged-perceptron weights plus the gazetteers and word classes they were trained
// with. Found by walking up from this code's folder to a folder holding models/ner-de.bin.br, which works from
// the bundles in dist/ and from out/src/... in tests.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { combinedLexicon, TAG_COUNT, TAGS, WordClusters } from './features';
import { Gazetteer, type GazetteerSources } from './gazetteer';
import { PerceptronTagger } from './perceptron';
import { imageOf, partStarts, type FeatureGroup, type TaggerImage } from './taggerImage';
import { LaidOutTable } from '../../text/laidOutTable';

export const MODEL_FILE_NAME = 'ner-de.bin.br';
const FORMAT = 'news-annotator-ner';
const VERSION = 3;
/** Weights are stored as round(weight × SCALE) in an Int16. */
const SCALE = 100;

/**
 * The file, decompressed (Brotli, which Node has built in: a fifth smaller than gzip here, for a few ms more of
 * the load), is a 4-byte little-endian length, a JSON header of that many bytes, then each section the
 * header lists, in its order: raw UTF-8 text, raw bytes, or 16-bit little-endian numbers. The tagger's sections
 * are its image (see TaggerImage): per feature group its laid-out table of values ("<group>", "<group>.gaps"),
 * the parts each value fills ("<group>.filled") and their weights ("<group>.weights"), and the features in no
 * group ("others", "others.weights"); then the word classes and each gazetteer list as text. Version 2 listed every feature by name, which loading had to
 * sort into groups and hash, most of the load's time; version 1 was one JSON object with the weights in base64.
 */
interface ModelHeader {
  format: string;
  version: number;
  tags: string[];
  scale: number;
  /** Each section's name, its length in bytes and its kind, in the order they follow the header. */
  sections: [name: string, bytes: number, kind: SectionKind][];
  /** Per tagger group: its name, its table's slot count and its parts per value (see FeatureGroup). */
  groups: [name: string, slotCount: number, parts: number][];
}
type SectionKind = 'text' | 'bytes' | 'int16' | 'uint16';

/** Section names besides the groups': the other features, the word classes, and "gazetteers.<list>" per list. */
const OTHERS = 'others';
const CLUSTERS = 'clusters';
const GAZETTEER_PREFIX = 'gazetteers.';
const GAPS = '.gaps';
const FILLED = '.filled';
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
  const image = imageOf(scaledWeights(weights));
  const sections: [name: string, bytes: Buffer, kind: SectionKind][] = [];
  const text = (name: string, value: string) => sections.push([name, Buffer.from(value, 'utf8'), 'text']);
  const int16 = (name: string, values: Float32Array) => {
    const packed = Int16Array.from(values);
    sections.push([name, Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength), 'int16']);
  };
  const groups: ModelHeader['groups'] = [];
  for (const [name, group] of image.groups) {
    groups.push([name, group.values.slotCount, group.parts]);
    text(name, group.values.text);
    sections.push([name + GAPS, Buffer.from(group.values.gaps), 'bytes']);
    sections.push([name + FILLED, Buffer.from(group.filled.buffer, group.filled.byteOffset, group.filled.byteLength), 'uint16']);
    int16(name + WEIGHTS, group.weights);
  }
  text(OTHERS, [...image.others.keys()].join('\n'));
  const others = new Float32Array(image.others.size * TAG_COUNT);
  [...image.others.values()].forEach((w, i) => others.set(w, i * TAG_COUNT));
  int16(OTHERS + WEIGHTS, others);
  text(CLUSTERS, clusters);
  for (const [list, value] of Object.entries(gazetteers)) if (typeof value === 'string') text(GAZETTEER_PREFIX + list, value);
  const header: ModelHeader = {
    format: FORMAT, version: VERSION, tags: [...TAGS], scale: SCALE,
    sections: sections.map(([name, bytes, kind]) => [name, bytes.length, kind]),
    groups,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const bytes = Buffer.concat([headerLength, headerBytes, ...sections.map(([, bytes]) => bytes)]);
  return zlib.brotliCompressSync(bytes, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  } });
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
  const { header, texts, binaries } = readModelFile(data);
  if (header.format !== FORMAT || header.version !== VERSION || header.tags?.join() !== TAGS.join()) {
    throw new NerModelError(`unsupported NER model (format ${header.format} v${header.version}); retrain with "npm run train:ner"`);
  }
  const gazetteer = new Gazetteer(gazetteerSourcesOf(texts));
  const lexicon = combinedLexicon(gazetteer, new WordClusters(texts.get(CLUSTERS) ?? ''));
  return { tagger: new PerceptronTagger(taggerImageOf(header, texts, binaries), lexicon), gazetteer };
}

/** The tagger's image from a model file's sections. */
function taggerImageOf(header: ModelHeader, texts: ReadonlyMap<string, string>, binaries: ReadonlyMap<string, Uint8Array>): TaggerImage {
  const weightsOf = (name: string) => {
    const bytes = binaries.get(name + WEIGHTS);
    if (!bytes) throw new NerModelError(`corrupt NER model: no weights for ${name}; retrain with "npm run train:ner"`);
    return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  };
  const groups = new Map<string, FeatureGroup>();
  try {
    for (const [name, slotCount, parts] of header.groups ?? []) {
      const values = new LaidOutTable({ text: texts.get(name) ?? '', gaps: binaries.get(name + GAPS) ?? new Uint8Array(0), slotCount });
      const filledBytes = binaries.get(name + FILLED) ?? new Uint8Array(0);
      const filled = new Uint16Array(filledBytes.buffer, filledBytes.byteOffset, filledBytes.byteLength / 2);
      const weights = new Float32Array(weightsOf(name));
      const starts = partStarts(filled);
      if (filled.length !== values.size || starts[values.size] !== weights.length || filled.some(bits => bits >> parts !== 0)) {
        throw new Error(`the weights of ${name} do not match its values`);
      }
      groups.set(name, { values, parts, filled, starts, weights });
    }
  } catch (error) {
    throw new NerModelError(`corrupt NER model (${(error as Error).message}); retrain with "npm run train:ner"`);
  }
  const names = texts.get(OTHERS) ?? '';
  const otherWeights = new Float32Array(weightsOf(OTHERS));
  const otherNames = names === '' ? [] : names.split('\n');
  if (otherNames.length * TAG_COUNT !== otherWeights.length) throw new NerModelError('corrupt NER model: weights do not match features; retrain with "npm run train:ner"');
  const others = new Map(otherNames.map((name, i) => [name, otherWeights.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT)]));
  return { groups, others };
}

/** The header and the text and binary sections by name of a model file's bytes (see ModelHeader). */
function readModelFile(data: Buffer): { header: ModelHeader; texts: Map<string, string>; binaries: Map<string, Uint8Array> } {
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
      // A copy, so an Int16 view starts at an even offset whatever the sections before.
      else binaries.set(name, new Uint8Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + length)));
      at += length;
    }
    if (at !== bytes.length) throw new Error('bytes after the last section');
    return { header, texts, binaries };
  } catch (error) {
    throw new NerModelError(`corrupt or unsupported NER model (${(error as Error).message}); retrain with "npm run train:ner"`);
  }
}

/** The gazetteer lists among a model's sections; a file without one the lists need is corrupt. */
function gazetteerSourcesOf(texts: ReadonlyMap<string, string>): GazetteerSources {
  const lists: Record<string, string> = {};
  for (const [name, text] of texts) if (name.startsWith(GAZETTEER_PREFIX)) lists[name.slice(GAZETTEER_PREFIX.length)] = text;
  const missing = REQUIRED_LISTS.filter(list => lists[list] === undefined);
  if (missing.length > 0) throw new NerModelError(`corrupt NER model: no ${missing.join(', ')} list; retrain with "npm run train:ner"`);
  return lists as unknown as GazetteerSources;
}
const REQUIRED_LISTS: readonly (keyof GazetteerSources)[] = [
  'countries', 'locations', 'organisations', 'companies', 'firstNames', 'surnames', 'demonymsEn',
];

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
