// The NER model file: averaged-perceptron weights plus the gazetteers they were trained with, as gzipped JSON
// with the weights rounded to Int16 and base64-encoded. Found by walking up from this code's folder to a
// folder holding models/ner-de.json.gz, which works from the bundles in dist/ and from out/src/... in tests.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { combinedLexicon, TAG_COUNT, TAGS, WordClusters } from './features';
import { Gazetteer, type GazetteerSources } from './gazetteer';
import { PerceptronTagger } from './perceptron';

export const MODEL_FILE_NAME = 'ner-de.json.gz';
const FORMAT = 'news-annotator-ner';
const VERSION = 1;
/** Weights are stored as round(weight × SCALE) in an Int16. */
const SCALE = 100;

interface ModelFile {
  format: string;
  version: number;
  tags: string[];
  scale: number;
  /** Feature names joined by "\n" (tokens never contain a line break). */
  features: string;
  /** Int16 little-endian, TAG_COUNT per feature, base64. */
  weights: string;
  gazetteers: GazetteerSources;
  /** Distributional word classes (see WordClusters); absent in older files. */
  clusters?: string;
}

export interface NerModel {
  tagger: PerceptronTagger;
  gazetteer: Gazetteer;
}

export class NerModelError extends Error {
  override name = 'NerModelError';
}

/** models/ner-de.json.gz in `startDir` or the nearest folder above it that has one, or null. */
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
  const file: ModelFile = {
    format: FORMAT, version: VERSION, tags: [...TAGS], scale: SCALE,
    features: names.join('\n'),
    weights: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('base64'),
    gazetteers,
    clusters,
  };
  return zlib.gzipSync(JSON.stringify(file), { level: 9 });
}

export function parseModel(data: Buffer): NerModel {
  const file = JSON.parse(zlib.gunzipSync(data).toString('utf8')) as ModelFile;
  if (file.format !== FORMAT || file.version !== VERSION || file.tags.join() !== TAGS.join()) {
    throw new NerModelError(`unsupported NER model (format ${file.format} v${file.version}); retrain with "npm run train:ner"`);
  }
  const bytes = Buffer.from(file.weights, 'base64');
  const aligned = new Int16Array(bytes.byteLength / 2);
  new Uint8Array(aligned.buffer).set(bytes);
  const names = file.features ?? '';
  if (lineCount(names) * TAG_COUNT !== aligned.length) throw new NerModelError('corrupt NER model: weights do not match features');
  const gazetteer = new Gazetteer(file.gazetteers);
  const lexicon = combinedLexicon(gazetteer, new WordClusters(file.clusters ?? ''));
  return { tagger: new PerceptronTagger({ names, data: aligned }, lexicon), gazetteer };
}

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

/** The model, loaded on first use. Throws NerModelError when no models/ner-de.json.gz can be found. */
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
