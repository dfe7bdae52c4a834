// Averaged perceptron over BIO tags with greedy left-to-right decoding (after Honnibal, "A good
// part-of-speech tagger in about 200 lines of Python"). Training keeps running totals so the final weights are
// the average over all updates, which generalises far better than the last weights.
import {
  allFeatures, allowedAfter, BIAS, describeWord, END_WORD, FAMILY_OFFSETS, familyValues, featuresOfWord, OFFSETS, START_WORD,
  TAG_COUNT, TAGS, wordAt, type WordLexicon,
} from './features';

/** Weights per feature, one entry per tag. */
export type WeightTable = Map<string, ArrayLike<number>>;

export interface TaggedSentence {
  words: string[];
  /** Tag indices into TAGS. */
  tags: number[];
  /** Gazetteer labels per token (see Gazetteer.label). */
  labels: (readonly string[])[];
}

/** Index of the highest score whose tag may follow `previous` (ties go to the lower index: O first). */
export function bestAllowed(scores: ArrayLike<number>, previous: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!allowedAfter(previous, t)) continue;
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}

/** Features that name the tagged word itself (dropped for word dropout). */
const WORD_IDENTITY = /^(0w=|0l=|t1l=|first\|[^X]|0gen=)/;

export class PerceptronTrainer {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  constructor(private readonly lexicon?: WordLexicon) {}

  private scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(TAG_COUNT);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let t = 0; t < TAG_COUNT; t++) scores[t] += w[t];
    }
    return scores;
  }

  private update(truth: number, guess: number, features: readonly string[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      let total = this.totals.get(f);
      let stamp = this.stamps.get(f);
      if (!w || !total || !stamp) {
        w = new Float64Array(TAG_COUNT);
        total = new Float64Array(TAG_COUNT);
        stamp = new Float64Array(TAG_COUNT);
        this.weights.set(f, w);
        this.totals.set(f, total);
        this.stamps.set(f, stamp);
      }
      for (const [tag, delta] of [[truth, 1], [guess, -1]] as const) {
        total[tag] += (this.instances - stamp[tag]) * w[tag];
        stamp[tag] = this.instances;
        w[tag] += delta;
      }
    }
  }

  /**
   * One pass over the sentences in the given order; returns the token accuracy of the pass.
   * With `wordDropout` > 0, that share of tokens is seen without the features naming the word itself, so the
   * model also learns to tag from shape, affixes, lists and context: most names in news are not in the
   * training data.
   */
  trainEpoch(sentences: readonly TaggedSentence[], wordDropout = 0, random: () => number = Math.random): number {
    let correct = 0;
    let total = 0;
    for (const sentence of sentences) {
      let previous = 0;
      let beforePrevious = 0;
      for (let i = 0; i < sentence.words.length; i++) {
        let features = allFeatures(sentence.words, sentence.labels, i, previous, beforePrevious, this.lexicon);
        if (wordDropout > 0 && random() < wordDropout) features = features.filter(f => !WORD_IDENTITY.test(f));
        const guess = bestAllowed(this.scores(features), previous);
        this.update(sentence.tags[i], guess, features);
        if (guess === sentence.tags[i]) correct++;
        total++;
        beforePrevious = previous;
        previous = guess;
      }
    }
    return total ? correct / total : 1;
  }

  /**
   * The averaged weights, rescaled so the largest is 100 (only their ratios matter for tagging), without the
   * features whose largest weight is below `minWeight` on that scale.
   */
  averaged(minWeight = 0): Map<string, Float32Array> {
    const averages = new Map<string, Float64Array>();
    let largest = 0;
    for (const [f, w] of this.weights) {
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      const avg = new Float64Array(TAG_COUNT);
      for (let t = 0; t < TAG_COUNT; t++) {
        avg[t] = (total[t] + (this.instances - stamp[t]) * w[t]) / Math.max(1, this.instances);
        largest = Math.max(largest, Math.abs(avg[t]));
      }
      averages.set(f, avg);
    }
    const scale = largest > 0 ? 100 / largest : 1;
    const result = new Map<string, Float32Array>();
    for (const [f, avg] of averages) {
      const scaled = Float32Array.from(avg, v => v * scale);
      if (scaled.some(v => Math.abs(v) >= minWeight)) result.set(f, scaled);
    }
    return result;
  }
}

const WORD_CACHE_LIMIT = 100_000;
/** Floats per cached word, and per slab of cached words. */
const ENTRY_SIZE = OFFSETS.length * TAG_COUNT;
const SLAB_SIZE = ENTRY_SIZE * 4096;
/** Local copies: file-by-file CommonJS output reads imported constants through getters on every use. */
const N = TAG_COUNT;
const N_OFFSETS = OFFSETS.length;
const ALLOWED: boolean[][] = Array.from({ length: N }, (_, a) => Array.from({ length: N }, (_, b) => allowedAfter(a, b)));

/** Weights of many features in one array: feature i owns data[i·N, i·N + N). */
export interface PackedWeights {
  names: readonly string[];
  data: ArrayLike<number>;
}

export function packWeights(weights: WeightTable): PackedWeights {
  const names = [...weights.keys()];
  const data = new Float32Array(names.length * N);
  names.forEach((name, i) => data.set(Array.from(weights.get(name)!), i * N));
  return { names, data };
}

/** What the tagger keeps per distinct word. */
interface WordEntry {
  /** Summed word-feature weights for each offset: N_OFFSETS × N values from `base` on (a slab shared by many words). */
  offsets: Float32Array;
  base: number;
  /** Start in `afterTag.data` of the "t1sh=<previous tag>|<shape>" weights (N × N), or -1. */
  shapeAfterTag: number;
  /** Start in `afterTag.data` of the "t1l=<previous tag>|<lower>" weights (N × N), or -1. */
  lowerAfterTag: number;
  shape: string;
  lower: string;
}

/** Feature groups keyed by value, stored in one array: a value's block starts at index.get(value). */
class Groups {
  readonly index = new Map<string, number>();
  data: Float32Array = new Float32Array(0);
  private size = 0;

  constructor(readonly blockSize: number) {}

  /** Reserves (once) the block of `value`; call `allocate` after all reservations. */
  reserve(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.size;
      this.size += this.blockSize;
      this.index.set(value, at);
    }
    return at;
  }

  allocate(): void {
    this.data = new Float32Array(this.size);
  }
}

interface FamilyGroups {
  /** Index into OFFSETS of each of the family's offsets. */
  slots: number[];
  groups: Groups;
}

/** Tags sentences with fixed weights. Scores equal the sum over `allFeatures`, computed through per-word caches. */
export class PerceptronTagger {
  private readonly wordCache = new Map<string, WordEntry>();
  private slabs: Float32Array[] = [];
  private slabUsed = SLAB_SIZE;
  private readonly previousTagVectors = new Float32Array(N * N);
  private readonly tagPairVectors = new Float32Array(N * N * N);
  /** Context features and others outside the groups: feature name → start in `data`. */
  private readonly index = new Map<string, number>();
  private readonly data: ArrayLike<number>;
  private readonly families = new Map<string, FamilyGroups>();
  /** "t1sh" and "t1l" features grouped by shape or lower-cased word: N × N per value. */
  private readonly afterShape = new Groups(N * N);
  private readonly afterLower = new Groups(N * N);
  private readonly bias = new Float32Array(N);
  readonly featureCount: number;

  constructor(weights: WeightTable | PackedWeights, private readonly lexicon?: WordLexicon) {
    const packed = weights instanceof Map ? packWeights(weights) : (weights as PackedWeights);
    this.data = packed.data;
    this.featureCount = packed.names.length;
    this.groupFeatures(packed);
    this.addInto(this.bias, 0, BIAS);
    for (let a = 0; a < N; a++) {
      this.addInto(this.previousTagVectors, a * N, `t1=${TAGS[a]}`);
      for (let b = 0; b < N; b++) this.addInto(this.tagPairVectors, (a * N + b) * N, `t12=${TAGS[a]}|${TAGS[b]}`);
    }
  }

  /** Sorts each feature into its word family, its previous-tag group, or the plain index (model load speed). */
  private groupFeatures({ names, data }: PackedWeights): void {
    const prefixes = new Map<string, { family: FamilyGroups; position: number }>();
    for (const [name, offsets] of Object.entries(FAMILY_OFFSETS)) {
      const family = { slots: offsets.map(o => OFFSETS.indexOf(o as (typeof OFFSETS)[number])), groups: new Groups(offsets.length * N) };
      this.families.set(name, family);
      offsets.forEach((offset, position) => prefixes.set(`${offset}${name}`, { family, position }));
    }
    const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
    // First pass: where each feature's weights go (target groups, block start); second pass: copy them.
    const targets: (Groups | undefined)[] = new Array(names.length);
    const starts = new Int32Array(names.length);
    names.forEach((name, i) => {
      const eq = name.indexOf('=');
      const prefix = eq > 0 ? name.slice(0, eq) : name;
      const inFamily = prefixes.get(prefix);
      if (inFamily) {
        targets[i] = inFamily.family.groups;
        starts[i] = inFamily.family.groups.reserve(name.slice(eq + 1)) + inFamily.position * N;
        return;
      }
      if (prefix === 't1sh' || prefix === 't1l') {
        const bar = name.indexOf('|', eq);
        const tag = tagIndex.get(name.slice(eq + 1, bar));
        if (bar > 0 && tag !== undefined) {
          const groups = prefix === 't1sh' ? this.afterShape : this.afterLower;
          targets[i] = groups;
          starts[i] = groups.reserve(name.slice(bar + 1)) + tag * N;
          return;
        }
      }
      this.index.set(name, i * N);
    });
    for (const family of this.families.values()) family.groups.allocate();
    this.afterShape.allocate();
    this.afterLower.allocate();
    for (let i = 0; i < names.length; i++) {
      const groups = targets[i];
      if (!groups) continue;
      const target = groups.data;
      const from = i * N;
      const to = starts[i];
      for (let t = 0; t < N; t++) target[to + t] += data[from + t];
    }
  }

  /** Adds the weights of `feature` into target[at .. at+N); false if the model does not know the feature. */
  private addInto(target: Float32Array | Float64Array, at: number, feature: string): boolean {
    const from = this.index.get(feature);
    if (from === undefined) return false;
    const data = this.data;
    for (let t = 0; t < N; t++) target[at + t] += data[from + t];
    return true;
  }

  private entry(word: string): WordEntry {
    let entry = this.wordCache.get(word);
    if (entry) return entry;
    const info = describeWord(word, this.lexicon);
    if (this.wordCache.size >= WORD_CACHE_LIMIT) {
      this.wordCache.clear();
      this.slabs = [];
      this.slabUsed = SLAB_SIZE;
    }
    // Word vectors live in large shared slabs: one typed array per word would cost more than the word's sums.
    if (this.slabUsed + ENTRY_SIZE > SLAB_SIZE) {
      this.slabs.push(new Float32Array(SLAB_SIZE));
      this.slabUsed = 0;
    }
    const offsets = this.slabs[this.slabs.length - 1];
    const base = this.slabUsed;
    this.slabUsed += ENTRY_SIZE;
    if (word === START_WORD || word === END_WORD) {
      for (let o = 0; o < N_OFFSETS; o++) for (const f of featuresOfWord(info, OFFSETS[o])) this.addInto(offsets, base + o * N, f);
    } else {
      // Same sum as over featuresOfWord at every offset, with each family looked up once.
      const own = base + OFFSETS.indexOf(0) * N;
      for (let t = 0; t < N; t++) offsets[own + t] += this.bias[t];
      for (const [name, value] of familyValues(info)) {
        const family = this.families.get(name)!;
        const start = family.groups.index.get(value);
        if (start === undefined) continue;
        const data = family.groups.data;
        const slots = family.slots;
        for (let j = 0; j < slots.length; j++) {
          const at = base + slots[j] * N;
          const from = start + j * N;
          for (let t = 0; t < N; t++) offsets[at + t] += data[from + t];
        }
      }
    }
    const { shape, lower } = info;
    entry = {
      offsets, base, shape, lower,
      shapeAfterTag: this.afterShape.index.get(shape) ?? -1,
      lowerAfterTag: this.afterLower.index.get(lower) ?? -1,
    };
    this.wordCache.set(word, entry);
    return entry;
  }

  /** Tag indices for the words of one sentence. */
  tag(words: readonly string[], labels: readonly (readonly string[])[]): number[] {
    const n = words.length;
    const entries: WordEntry[] = new Array(n + 4);
    for (let j = -2; j < n + 2; j++) entries[j + 2] = this.entry(wordAt(words, j));
    const tags = new Array<number>(n);
    const scores = new Float64Array(N);
    let previous = 0;
    let beforePrevious = 0;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      for (let o = 0; o < N_OFFSETS; o++) {
        const entry = entries[i + o];
        const vector = entry.offsets;
        const base = entry.base + o * N;
        for (let t = 0; t < N; t++) scores[t] += vector[base + t];
      }
      const current = entries[i + 2];
      const pair = (previous * N + beforePrevious) * N;
      for (let t = 0; t < N; t++) {
        scores[t] += this.previousTagVectors[previous * N + t] + this.tagPairVectors[pair + t];
      }
      if (current.shapeAfterTag >= 0) {
        const data = this.afterShape.data;
        const from = current.shapeAfterTag + previous * N;
        for (let t = 0; t < N; t++) scores[t] += data[from + t];
      }
      if (i === 0) {
        this.addInto(scores, 0, `first|${current.shape}`);
        this.addInto(scores, 0, `first|${current.lower}`);
      } else {
        if (current.lowerAfterTag >= 0) {
          const data = this.afterLower.data;
          const from = current.lowerAfterTag + previous * N;
          for (let t = 0; t < N; t++) scores[t] += data[from + t];
        }
      }
      for (let j = Math.max(0, i - 1); j <= i + 1 && j < n; j++) {
        const tokenLabels = labels[j];
        for (let k = 0; k < tokenLabels.length; k++) this.addInto(scores, 0, `g${j - i}=${tokenLabels[k]}`);
      }
      const own = labels[i];
      for (let k = 0; k < own.length; k++) this.addInto(scores, 0, `gt1=${own[k]}|${TAGS[previous]}`);
      let guess = 0;
      let best = -Infinity;
      const allowed = ALLOWED[previous];
      for (let t = 0; t < N; t++) {
        if (allowed[t] && scores[t] > best) {
          best = scores[t];
          guess = t;
        }
      }
      tags[i] = guess;
      beforePrevious = previous;
      previous = guess;
    }
    return tags;
  }
}
