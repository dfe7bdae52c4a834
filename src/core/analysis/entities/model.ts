// The NER model file: averaged-perceptron weights plus the gazetteers and word classes they were trained
// with. Found by walking up from this code's folder to a folder holding models/ner-de.bin.gz, which works from
// the bundles in dist/ and from out/src/... in tests.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { combinedLexicon, TAG_COUNT, TAGS, WordClusters } from './features';
import { Gazetteer, type GazetteerSources } from './gazetteer';
import { PerceptronTagger } from './perceptron';

export const MODEL_FILE_NAME = 'ner-de.bin.gz';
const FORMAT = 'news-annotator-ner';
const VERSION = 2;
/** Weights are stored as round(weight × SCALE) in an Int16. */
const SCALE = 100;

/**
 * The file, gunzipped, is a 4-byte little-endian length, a JSON header of that many UTF-8 bytes, then each text
 * section the header lists, as raw UTF-8 (the feature names joined by "\n", the word classes, each gazetteer
 * list), then the weights: Int16 little-endian, TAG_COUNT per feature. Version 1 was one JSON object with the
 * weights in base64; decoding each text once, with no JSON string to scan and no base64, takes about 40 % less
 * of the time from the file's bytes to its parts (26 ms in a slow hour, of 62).
 */
interface ModelHeader {
  format: string;
  version: number;
  tags: string[];
  scale: number;
  /** Each text section's name and its length in bytes, in the order they follow the header. */
  sections: [name: string, bytes: number][];
}

/** Section names: the feature names, the word classes (see WordClusters), and "gazetteers.<list>" per list. */
const FEATURES = 'features';
const CLUSTERS = 'clusters';
const GAZETTEER_PREFIX = 'gazetteers.';

export interface NerModel {
  tagger: PerceptronTagger;
  gazetteer: Gazetteer;
}

export class NerModelError extends Error {
  override name = 'NerModelError';
}

/** models/ner-de.bin.gz in `startDir` or the nearest folder above it that has one, or null. */
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
  const names: string[] = [];
  const rows: Int16Array[] = [];
  for (const [name, w] of weights) {
    const row = new Int16Array(TAG_COUNT);
    let nonZero = false;
    for (let t = 0; t < TAG_COUNT; t++) {
      row[t] = Math.max(-32767, Math.min(32767, Math.round(w[t] * SCALE)));
      if (row[t] !== 0) nonZero = true;
    }
    if (!nonZero || name.includes('\n')) continue;
    names.push(name);
    rows.push(row);
  }
  const packed = new Int16Array(rows.length * TAG_COUNT);
  rows.forEach((row, i) => packed.set(row, i * TAG_COUNT));
  const texts: [string, string][] = [[FEATURES, names.join('\n')], [CLUSTERS, clusters]];
  for (const [list, text] of Object.entries(gazetteers)) if (typeof text === 'string') texts.push([GAZETTEER_PREFIX + list, text]);
  const sections = texts.map(([name, text]) => [name, Buffer.from(text, 'utf8')] as const);
  const header: ModelHeader = {
    format: FORMAT, version: VERSION, tags: [...TAGS], scale: SCALE,
    sections: sections.map(([name, bytes]) => [name, bytes.length]),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const weightBytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  return zlib.gzipSync(Buffer.concat([headerLength, headerBytes, ...sections.map(([, bytes]) => bytes), weightBytes]), { level: 9 });
}

export function parseModel(data: Buffer): NerModel {
  const { header, texts, weights } = readModelFile(data);
  if (header.format !== FORMAT || header.version !== VERSION || header.tags?.join() !== TAGS.join()) {
    throw new NerModelError(`unsupported NER model (format ${header.format} v${header.version}); retrain with "npm run train:ner"`);
  }
  const names = texts.get(FEATURES) ?? '';
  if (lineCount(names) * TAG_COUNT !== weights.length) throw new NerModelError('corrupt NER model: weights do not match features; retrain with "npm run train:ner"');
  const gazetteer = new Gazetteer(gazetteerSourcesOf(texts));
  const lexicon = combinedLexicon(gazetteer, new WordClusters(texts.get(CLUSTERS) ?? ''));
  return { tagger: new PerceptronTagger({ names, data: weights }, lexicon), gazetteer };
}

/** The header, the text sections by name and the weights of a model file's bytes (see ModelHeader). */
function readModelFile(data: Buffer): { header: ModelHeader; texts: Map<string, string>; weights: Int16Array } {
  try {
    const bytes = zlib.gunzipSync(data);
    const headerEnd = 4 + bytes.readUInt32LE(0);
    if (headerEnd > bytes.length) throw new Error('the header runs past the end');
    const header = JSON.parse(bytes.toString('utf8', 4, headerEnd)) as ModelHeader;
    if (!Array.isArray(header.sections)) throw new Error('no sections');
    let at = headerEnd;
    const texts = new Map<string, string>();
    for (const [name, length] of header.sections) {
      if (at + length > bytes.length) throw new Error(`section ${name} runs past the end`);
      texts.set(name, bytes.toString('utf8', at, at + length));
      at += length;
    }
    if ((bytes.length - at) % 2 !== 0) throw new Error('the weights are cut short');
    // A copy, so the Int16 view starts at an even offset whatever the texts' lengths.
    const weights = new Int16Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + bytes.length));
    return { header, texts, weights };
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

/** The number of lines of a text that is cut at "\n" ("" has none). */
function lineCount(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
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

/** The model, loaded on first use. Throws NerModelError when no models/ner-de.bin.gz can be found. */
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
