// Averaged perceptron over BIO tags with greedy left-to-right decoding (after Honnibal, "A good
// part-of-speech tagger in about 200 lines of Python"). Training keeps running totals so the final weights are
// the average over all updates, which generalises far better than the last weights.
import {
  allFeatures, allowedAfter, describeWord, END_WORD, familyValues, featuresOfWord, OFFSETS, ownWordFeatures, START_WORD,
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
/** Local copies: file-by-file CommonJS output reads imported constants through getters on every use. */
const N = TAG_COUNT;
const N_OFFSETS = OFFSETS.length;
const ALLOWED: boolean[][] = Array.from({ length: N }, (_, a) => Array.from({ length: N }, (_, b) => allowedAfter(a, b)));

/** What the tagger keeps per distinct word. */
interface WordEntry {
  /** Summed word-feature weights for each offset: N_OFFSETS × N. */
  offsets: Float32Array;
  /** Weights of "t1sh=<previous tag>|<shape>" for each previous tag (N × N), shared by all words of the shape. */
  shapeAfterTag: Float32Array | undefined;
  /** Weights of "t1l=<previous tag>|<lower>" for each previous tag (N × N). */
  lowerAfterTag: Float32Array | undefined;
  shape: string;
  lower: string;
}

/** Regroups the word-family features "<offset><family>=<value>" into one N_OFFSETS × N array per family and value. */
function groupFamilies(weights: WeightTable): Map<string, Map<string, Float32Array>> {
  const families = new Map<string, Map<string, Float32Array>>();
  const pattern = /^(-?[0-9])(l|sh|s3|N)=/;
  for (const [feature, w] of weights) {
    const m = pattern.exec(feature);
    if (!m) continue;
    const slot = OFFSETS.indexOf(Number(m[1]) as (typeof OFFSETS)[number]);
    if (slot < 0) continue;
    let values = families.get(m[2]);
    if (!values) families.set(m[2], (values = new Map()));
    const value = feature.slice(m[0].length);
    let group = values.get(value);
    if (!group) values.set(value, (group = new Float32Array(N_OFFSETS * N)));
    for (let t = 0; t < N; t++) group[slot * N + t] += w[t];
  }
  return families;
}

/** Regroups the features "<prefix><tag>|<value>" into one N × N array per value. */
function groupByValue(weights: WeightTable, prefix: string): Map<string, Float32Array> {
  const groups = new Map<string, Float32Array>();
  const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
  for (const [feature, w] of weights) {
    if (!feature.startsWith(prefix)) continue;
    const bar = feature.indexOf('|', prefix.length);
    const tag = tagIndex.get(feature.slice(prefix.length, bar));
    if (bar < 0 || tag === undefined) continue;
    const value = feature.slice(bar + 1);
    let group = groups.get(value);
    if (!group) groups.set(value, (group = new Float32Array(N * N)));
    for (let t = 0; t < N; t++) group[tag * N + t] += w[t];
  }
  return groups;
}

/** Tags sentences with fixed weights. Scores equal the sum over `allFeatures`, computed through per-word caches. */
export class PerceptronTagger {
  private readonly wordCache = new Map<string, WordEntry>();
  private readonly previousTagVectors: Float32Array;
  private readonly tagPairVectors: Float32Array;
  private readonly byShape: Map<string, Float32Array>;
  private readonly byLower: Map<string, Float32Array>;
  private readonly families: Map<string, Map<string, Float32Array>>;

  constructor(private readonly weights: WeightTable, private readonly lexicon?: WordLexicon) {
    this.families = groupFamilies(weights);
    this.byShape = groupByValue(weights, 't1sh=');
    this.byLower = groupByValue(weights, 't1l=');
    this.previousTagVectors = new Float32Array(N * N);
    this.tagPairVectors = new Float32Array(N * N * N);
    for (let a = 0; a < N; a++) {
      this.addInto(this.previousTagVectors, a * N, `t1=${TAGS[a]}`);
      for (let b = 0; b < N; b++) this.addInto(this.tagPairVectors, (a * N + b) * N, `t12=${TAGS[a]}|${TAGS[b]}`);
    }
  }

  get featureCount(): number {
    return this.weights.size;
  }

  /** Adds the weights of `feature` into target[at .. at+N); false if the model does not know the feature. */
  private addInto(target: Float32Array | Float64Array, at: number, feature: string): boolean {
    const w = this.weights.get(feature);
    if (!w) return false;
    for (let t = 0; t < N; t++) target[at + t] += w[t];
    return true;
  }

  private entry(word: string): WordEntry {
    let entry = this.wordCache.get(word);
    if (entry) return entry;
    const info = describeWord(word, this.lexicon);
    const offsets = new Float32Array(N_OFFSETS * N);
    if (word === START_WORD || word === END_WORD) {
      for (let o = 0; o < N_OFFSETS; o++) for (const f of featuresOfWord(info, OFFSETS[o])) this.addInto(offsets, o * N, f);
    } else {
      // Same sum as over featuresOfWord at every offset, with each family looked up once.
      const own = OFFSETS.indexOf(0) * N;
      for (const f of ownWordFeatures(info)) this.addInto(offsets, own, f);
      for (const [family, value] of familyValues(info)) {
        const group = this.families.get(family)?.get(value);
        if (group) for (let k = 0; k < offsets.length; k++) offsets[k] += group[k];
      }
    }
    const { shape, lower } = info;
    entry = { offsets, shapeAfterTag: this.byShape.get(shape), lowerAfterTag: this.byLower.get(lower), shape, lower };
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
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
        const vector = entries[i + o].offsets;
        const base = o * N;
        for (let t = 0; t < N; t++) scores[t] += vector[base + t];
      }
      const current = entries[i + 2];
      const pair = (previous * N + beforePrevious) * N;
      for (let t = 0; t < N; t++) {
        scores[t] += this.previousTagVectors[previous * N + t] + this.tagPairVectors[pair + t];
      }
      if (i === 0) {
        this.addInto(scores, 0, `t1sh=${TAGS[previous]}|${current.shape}`);
        this.addInto(scores, 0, `first|${current.shape}`);
        this.addInto(scores, 0, `first|${current.lower}`);
      } else {
        const byShape = current.shapeAfterTag;
        if (byShape) for (let t = 0; t < N; t++) scores[t] += byShape[previous * N + t];
        const byLower = current.lowerAfterTag;
        if (byLower) for (let t = 0; t < N; t++) scores[t] += byLower[previous * N + t];
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
