// Structured averaged perceptron over BIO tags with Viterbi decoding (Collins 2002): each token's score for a
// tag depends on the word features around it and on the previous tag; the best
// whole sequence is decoded, and training updates the gold path up and the predicted path down wherever they
// differ. Training keeps running totals so the final weights are the average over all updates, which
// generalises far better than the last weights.
import {
  allowedAfter, BIAS, describeWord, END_WORD, FAMILY_OFFSETS, featuresOfWord, OFFSETS, previousTagFeatures,
  START_WORD, staticContextFeatures, TAG_COUNT, TAGS, visitFamilyValues, wordAt, wordFeatures, type WordLexicon,
} from './features';
import { ABSENT } from '../../text/laidOutTable';
import {
  familySlots, imageOf, PART_BITS, PART_MASK, readImage, type FeatureGroup, type TaggerImage, type WeightTable,
} from './taggerImage';

export type { WeightTable } from './taggerImage';

export interface TaggedSentence {
  words: string[];
  /** Tag indices into TAGS. */
  tags: number[];
  /** Gazetteer labels per token (see Gazetteer.label). */
  labels: (readonly string[])[];
}

const N = TAG_COUNT;
const ALLOWED: boolean[][] = Array.from({ length: N }, (_, a) => Array.from({ length: N }, (_, b) => allowedAfter(a, b)));

/** Reusable buffers of the decoder. */
class ViterbiBuffers {
  dp = new Float64Array(N);
  next = new Float64Array(N);
  back = new Int8Array(64 * N);
}
const sharedBuffers = new ViterbiBuffers();
/** Per tag, the tags allowed after it. */
const FOLLOWERS: number[][] = ALLOWED.map(row => row.flatMap((ok, t) => (ok ? [t] : [])));
/** Per tag, the tags it may follow, in increasing order. */
const PREDECESSORS: Int32Array[] = Array.from({ length: N }, (_, t) => Int32Array.from(ALLOWED.flatMap((row, p) => (row[t] ? [p] : []))));
/** Per tag, whether it is an I-X tag: one whose only predecessors are the tag before it (B-X) and itself. */
const IS_INSIDE_TAG = Uint8Array.from(PREDECESSORS, (predecessors, t) => Number(predecessors.length === 2 && predecessors[0] === t - 1 && predecessors[1] === t));
if (PREDECESSORS.some((predecessors, t) => !IS_INSIDE_TAG[t] && predecessors.length !== N)) throw new Error('the decoder expects BIO tags');
// PerceptronTagger.decode writes the nine tags out: O first, then each B-X followed by its I-X.
if (N !== 9 || IS_INSIDE_TAG.join('') !== '001010101') throw new Error('the decoder expects O and four B-X, I-X pairs');

/**
 * The best tag sequence of n tokens when tag t of token i after tag p scores own[i·N + t] + afterPrevious[(i·N + p)·N + t].
 * I-X only follows B-X or I-X; the tag before the sentence counts as O. Ties go to lower tag indices.
 */
export function viterbi(n: number, own: ArrayLike<number>, afterPrevious: ArrayLike<number>, buffers: ViterbiBuffers = sharedBuffers): number[] {
  const tags = new Array<number>(n);
  if (n === 0) return tags;
  if (buffers.back.length < n * N) buffers.back = new Int8Array(n * N * 2);
  let dp = buffers.dp;
  let next = buffers.next;
  const back = buffers.back;
  dp.fill(-Infinity);
  for (const t of FOLLOWERS[0]) dp[t] = own[t] + afterPrevious[t];
  for (let i = 1; i < n; i++) {
    next.fill(-Infinity);
    for (let p = 0; p < N; p++) {
      const before = dp[p];
      if (before === -Infinity) continue;
      const afterAt = (i * N + p) * N;
      const followers = FOLLOWERS[p];
      for (let k = 0; k < followers.length; k++) {
        const t = followers[k];
        const score = before + afterPrevious[afterAt + t];
        if (score > next[t]) {
          next[t] = score;
          back[i * N + t] = p;
        }
      }
    }
    const ownAt = i * N;
    for (let t = 0; t < N; t++) next[t] += own[ownAt + t];
    const swap = dp;
    dp = next;
    next = swap;
  }
  return backtrace(n, dp, back, tags);
}

/** Fills `tags` with the best path: from the best final score back through the predecessors in `back`. */
function backtrace(n: number, dp: ArrayLike<number>, back: ArrayLike<number>, tags: number[]): number[] {
  let best = -Infinity;
  let t = 0;
  for (let s = 0; s < N; s++) {
    if (dp[s] > best) {
      best = dp[s];
      t = s;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * N + t];
  }
  return tags;
}

/** Features that name the tagged word itself (dropped for word dropout). */
const WORD_IDENTITY = /^(0w=|0l=|t1l=|first\|[^X]|0gen=)/;

/** A sentence's feature ids: per token the static ones, and per token and previous tag the tag-dependent ones. */
interface SentenceFeatures {
  staticIds: Int32Array;
  /** staticIds of token i: [staticStarts[i], staticStarts[i + 1]). */
  staticStarts: Int32Array;
  previousIds: Int32Array;
  /** Ids of token i after tag p: [previousStarts[i·N + p], previousStarts[i·N + p + 1]). */
  previousStarts: Int32Array;
}

export class PerceptronTrainer {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly identity: boolean[] = [];
  /** Per feature, the number of training tokens that have it. */
  private readonly counts: number[] = [];
  private readonly weights: (Float64Array | undefined)[] = [];
  private readonly totals: (Float64Array | undefined)[] = [];
  private readonly stamps: (Float64Array | undefined)[] = [];
  private readonly cache = new WeakMap<TaggedSentence, SentenceFeatures>();
  private instances = 0;

  constructor(private readonly lexicon?: WordLexicon) {}

  private id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.identity.push(WORD_IDENTITY.test(name));
      this.counts.push(0);
      this.weights.push(undefined);
      this.totals.push(undefined);
      this.stamps.push(undefined);
    }
    return id;
  }

  private features(sentence: TaggedSentence): SentenceFeatures {
    let cached = this.cache.get(sentence);
    if (cached) return cached;
    const { words, labels } = sentence;
    const n = words.length;
    const staticIds: number[] = [];
    const staticStarts = new Int32Array(n + 1);
    const previousIds: number[] = [];
    const previousStarts = new Int32Array(n * N + 1);
    for (let i = 0; i < n; i++) {
      staticStarts[i] = staticIds.length;
      for (const offset of OFFSETS) for (const f of wordFeatures(wordAt(words, i + offset), offset, this.lexicon)) staticIds.push(this.id(f));
      for (const f of staticContextFeatures(words, labels, i)) staticIds.push(this.id(f));
      for (let p = 0; p < N; p++) {
        previousStarts[i * N + p] = previousIds.length;
        for (const f of previousTagFeatures(words, labels, i, p)) previousIds.push(this.id(f));
      }
    }
    staticStarts[n] = staticIds.length;
    previousStarts[n * N] = previousIds.length;
    for (const id of staticIds) this.counts[id]++;
    for (const id of previousIds) this.counts[id]++;
    cached = { staticIds: Int32Array.from(staticIds), staticStarts, previousIds: Int32Array.from(previousIds), previousStarts };
    this.cache.set(sentence, cached);
    return cached;
  }

  private addWeights(target: Float64Array, at: number, id: number): void {
    const w = this.weights[id];
    if (w) for (let t = 0; t < N; t++) target[at + t] += w[t];
  }

  private update(id: number, tag: number, delta: number): void {
    let w = this.weights[id];
    let total = this.totals[id];
    let stamp = this.stamps[id];
    if (!w || !total || !stamp) {
      w = this.weights[id] = new Float64Array(N);
      total = this.totals[id] = new Float64Array(N);
      stamp = this.stamps[id] = new Float64Array(N);
    }
    total[tag] += (this.instances - stamp[tag]) * w[tag];
    stamp[tag] = this.instances;
    w[tag] += delta;
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
      const n = sentence.words.length;
      if (n === 0) continue;
      const f = this.features(sentence);
      const dropped = new Uint8Array(n);
      if (wordDropout > 0) for (let i = 0; i < n; i++) dropped[i] = random() < wordDropout ? 1 : 0;
      const keep = (i: number, id: number) => !dropped[i] || !this.identity[id];
      const own = new Float64Array(n * N);
      const afterPrevious = new Float64Array(n * N * N);
      for (let i = 0; i < n; i++) {
        for (let k = f.staticStarts[i]; k < f.staticStarts[i + 1]; k++) {
          if (keep(i, f.staticIds[k])) this.addWeights(own, i * N, f.staticIds[k]);
        }
        for (let p = 0; p < N; p++) {
          for (let k = f.previousStarts[i * N + p]; k < f.previousStarts[i * N + p + 1]; k++) {
            if (keep(i, f.previousIds[k])) this.addWeights(afterPrevious, (i * N + p) * N, f.previousIds[k]);
          }
        }
      }
      const guess = viterbi(n, own, afterPrevious);
      const gold = sentence.tags;
      this.instances++;
      for (let i = 0; i < n; i++) {
        total++;
        if (guess[i] === gold[i]) correct++;
        const gp = i > 0 ? gold[i - 1] : 0;
        const yp = i > 0 ? guess[i - 1] : 0;
        if (guess[i] === gold[i] && gp === yp) continue;
        for (const [tag, p, delta] of [[gold[i], gp, 1], [guess[i], yp, -1]]) {
          for (let k = f.staticStarts[i]; k < f.staticStarts[i + 1]; k++) {
            if (keep(i, f.staticIds[k])) this.update(f.staticIds[k], tag, delta);
          }
          for (let k = f.previousStarts[i * N + p]; k < f.previousStarts[i * N + p + 1]; k++) {
            if (keep(i, f.previousIds[k])) this.update(f.previousIds[k], tag, delta);
          }
        }
      }
    }
    return total ? correct / total : 1;
  }

  /**
   * The averaged weights, rescaled so the largest is 100 (only their ratios matter for tagging), without the
   * features whose largest weight is below `minWeight` on that scale and those seen on fewer than `minCount`
   * training tokens (counted once per sentence the trainer has seen).
   */
  averaged(minWeight = 0, minCount = 0): Map<string, Float32Array> {
    const averages: [string, Float64Array][] = [];
    let largest = 0;
    for (let id = 0; id < this.names.length; id++) {
      const w = this.weights[id];
      if (!w || this.counts[id] < minCount) continue;
      const total = this.totals[id]!;
      const stamp = this.stamps[id]!;
      const avg = new Float64Array(N);
      for (let t = 0; t < N; t++) {
        avg[t] = (total[t] + (this.instances - stamp[t]) * w[t]) / Math.max(1, this.instances);
        largest = Math.max(largest, Math.abs(avg[t]));
      }
      averages.push([this.names[id], avg]);
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
const N_OFFSETS = OFFSETS.length;
// tagEntries sums the five offsets' vectors written out.
if (N_OFFSETS !== 5 || OFFSETS[0] !== -2) throw new Error('the tagger expects word features at offsets -2..2');

/**
 * What the tagger keeps per distinct word (see PerceptronTagger.entryOf), and what its caller keeps beside it
 * (`attached` and `attachedBits`).
 */
export interface WordEntry<Attached = unknown> {
  /** Summed word-feature weights for each offset: N_OFFSETS × N values from `base` on (a slab shared by many words). */
  offsets: Float32Array;
  base: number;
  /**
   * The weights that pair the word with the previous tag ("t1=", "t1sh=", "t1l="), summed: N × N values
   * (previous tag major) from `transitionAt` in `transitions`; `firstTransition*` the same without "t1l=",
   * for the first word of a sentence. Shared by all words of one shape (and lower-cased form).
   */
  transitions: Float64Array;
  transitionAt: number;
  firstTransitions: Float64Array;
  firstTransitionAt: number;
  shape: string;
  lower: string;
  /** The weights of "first|<shape>" and "first|<lower>" summed, once the word has opened a sentence (see openingWeights). */
  opening: Float32Array | undefined;
  /**
   * The caller's own facts about the word, kept in the same object: a caller that caches words (see entryOf)
   * reaches both with one lookup and one object, which its per-token loop pays for on every token.
   */
  attached: Attached;
  /** The caller's flags about the word, a number kept in the entry itself: reading them reaches no other object. */
  attachedBits: number;
}

interface LabelWeights {
  before: Float32Array | null;
  own: Float32Array | null;
  after: Float32Array | null;
  afterTag: Float32Array | null;
}

interface Family {
  /** Index into OFFSETS of each of the family's offsets. */
  slots: number[];
  group: FeatureGroup;
}

/** Tags sentences with fixed weights. Scores equal the sum over `allFeatures`, computed through per-word caches. */
export class PerceptronTagger {
  private readonly wordCache = new Map<string, WordEntry>();
  private startEntry: WordEntry | undefined;
  private endEntry: WordEntry | undefined;
  /** The slab new word vectors go to (older ones live on as long as entries point into them). */
  private slab = new Float32Array(0);
  private slabUsed = SLAB_SIZE;
  private readonly previousTagVectors = new Float32Array(N * N);
  /** Context features and others outside the groups. */
  private readonly others: Map<string, Float32Array>;
  private readonly families = new Map<string, Family>();
  /** "t1sh" and "t1l" features grouped by shape or lower-cased word, N weights per previous tag. */
  private readonly afterShape: FeatureGroup;
  private readonly afterLower: FeatureGroup;
  private readonly bias = new Float32Array(N);
  private readonly labelWeightCache = new Map<string, LabelWeights>();
  /** Summed transition weights per shape, or per shape and lower-cased word: key → start in a slab. */
  private readonly transitionCache = new Map<string, { data: Float64Array; at: number }>();
  private transitionSlab = new Float64Array(0);
  private transitionSlabUsed = 0;
  private readonly buffers = new ViterbiBuffers();
  private own = new Float64Array(0);
  /** Per token, the array and offset of its N × N transition weights (see WordEntry.transitions). */
  private transitionArrays: Float64Array[] = [];
  private transitionStarts = new Int32Array(0);
  /** Room for the transition weights of tokens that add gazetteer-label weights to their word's. */
  private labelTransitions = new Float64Array(0);
  constructor(weights: WeightTable | TaggerImage, private readonly lexicon?: WordLexicon) {
    const image = weights instanceof Map ? readImage(imageOf(weights)) : weights;
    this.others = image.others;
    const groupOf = (name: string) => {
      const group = image.groups.get(name);
      if (!group) throw new Error(`the tagger's weights lack the feature group ${name}`);
      return group;
    };
    for (const family of Object.keys(FAMILY_OFFSETS)) this.families.set(family, { slots: familySlots(family), group: groupOf(family) });
    this.afterShape = groupOf('t1sh');
    this.afterLower = groupOf('t1l');
    this.addInto(this.bias, 0, BIAS);
    for (let a = 0; a < N; a++) {
      this.addInto(this.previousTagVectors, a * N, `t1=${TAGS[a]}`);
    }
  }

  /** Adds the weights of `feature` into target[at .. at+N); false if the model does not know the feature. */
  private addInto(target: Float32Array | Float64Array, at: number, feature: string): boolean {
    const weights = this.others.get(feature);
    if (weights === undefined) return false;
    for (let t = 0; t < N; t++) target[at + t] += weights[t];
    return true;
  }

  /** Whether the word is among the frequent words the model's word classes were learned from (case matters). */
  isFrequentWord(word: string): boolean {
    return this.lexicon?.clusters?.(word) !== undefined;
  }

  /**
   * The summed weights of one word, computed afresh, with the caller's `attached` facts and `attachedBits`
   * about it: for callers that keep their own word cache (tagEntries takes them), so a new word is not stored twice.
   */
  entryOf<Attached>(word: string, attached: Attached, attachedBits = 0): WordEntry<Attached> {
    return this.computeEntry(word, attached, attachedBits);
  }

  private entry(word: string): WordEntry {
    let entry = this.wordCache.get(word);
    if (entry) return entry;
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    entry = this.computeEntry(word, undefined, 0);
    this.wordCache.set(word, entry);
    return entry;
  }

  private computeEntry<Attached>(word: string, attached: Attached, attachedBits: number): WordEntry<Attached> {
    const info = describeWord(word, this.lexicon);
    // Word vectors live in large shared slabs: one typed array per word would cost more than the word's sums.
    if (this.slabUsed + ENTRY_SIZE > SLAB_SIZE) {
      this.slab = new Float32Array(SLAB_SIZE);
      this.slabUsed = 0;
    }
    const offsets = this.slab;
    const base = this.slabUsed;
    this.slabUsed += ENTRY_SIZE;
    if (word === START_WORD || word === END_WORD) {
      for (let o = 0; o < N_OFFSETS; o++) for (const f of featuresOfWord(info, OFFSETS[o])) this.addInto(offsets, base + o * N, f);
    } else {
      // Same sum as over featuresOfWord at every offset, with each family looked up once.
      const own = base + OFFSETS.indexOf(0) * N;
      addNineTo(offsets, own, this.bias, 0);
      visitFamilyValues(info, (name, text, valueFrom, valueTo) => {
        const family = this.families.get(name)!;
        const { group, slots } = family;
        const place = group.values.valueOf(text, valueFrom, valueTo);
        if (place === ABSENT) return;
        const filled = place & PART_MASK;
        const data = group.weights;
        for (let j = 0, from = place >>> PART_BITS; j < slots.length; j++) {
          if ((filled & (1 << j)) === 0) continue;
          const at = base + slots[j] * N;
          addNineTo(offsets, at, data, from);
          from += N;
        }
      });
    }
    const { shape, lower } = info;
    const shapePlace = this.afterShape.values.valueOf(shape);
    const lowerPlace = this.afterLower.values.valueOf(lower);
    const first = this.transitionsOf(shape, shapePlace, '', ABSENT);
    const later = lowerPlace === ABSENT ? first : this.transitionsOf(shape, shapePlace, lower, lowerPlace);
    return {
      offsets, base, shape, lower, opening: undefined,
      transitions: later.data, transitionAt: later.at, firstTransitions: first.data, firstTransitionAt: first.at,
      attached, attachedBits,
    };
  }

  /**
   * "t1=" + "t1sh=<shape>" (+ "t1l=<lower>" unless lowerPlace is ABSENT) weights, summed once per shape and lower
   * form; the places are the groups' packed places of the shape and the lower form (see FeatureGroup).
   */
  private transitionsOf(shape: string, shapePlace: number, lower: string, lowerPlace: number): { data: Float64Array; at: number } {
    const key = lowerPlace === ABSENT ? shape : `${shape}\n${lower}`;
    let found = this.transitionCache.get(key);
    if (found) return found;
    if (this.transitionCache.size >= WORD_CACHE_LIMIT) this.transitionCache.clear();
    const size = N * N;
    if (this.transitionSlabUsed + size > this.transitionSlab.length) {
      this.transitionSlab = new Float64Array(size * 1024);
      this.transitionSlabUsed = 0;
    }
    const data = this.transitionSlab;
    const at = this.transitionSlabUsed;
    this.transitionSlabUsed += size;
    for (let k = 0; k < size; k++) data[at + k] = this.previousTagVectors[k];
    if (shapePlace !== ABSENT) addPreviousTagWeights(data, at, this.afterShape, shapePlace);
    if (lowerPlace !== ABSENT) addPreviousTagWeights(data, at, this.afterLower, lowerPlace);
    found = { data, at };
    this.transitionCache.set(key, found);
    return found;
  }

  /**
   * The weights of one gazetteer label: "g-1=<label>" (the label on the token before), "g0=", "g1=" (on the token
   * after), each N or null, and "gt1=<label>|<previous tag>" as N × N (previous tag major) or null.
   */
  private labelWeights(label: string): LabelWeights {
    let weights = this.labelWeightCache.get(label);
    if (!weights) {
      const vector = (offset: number) => {
        const v = new Float32Array(N);
        return this.addInto(v, 0, `g${offset}=${label}`) ? v : null;
      };
      const matrix = new Float32Array(N * N);
      let known = false;
      for (let p = 0; p < N; p++) if (this.addInto(matrix, p * N, `gt1=${label}|${TAGS[p]}`)) known = true;
      weights = { before: vector(-1), own: vector(0), after: vector(1), afterTag: known ? matrix : null };
      this.labelWeightCache.set(label, weights);
    }
    return weights;
  }

  /**
   * The weights a word adds when it opens a sentence, summed the first time it does: asked by their names, they
   * cost two strings built and looked up per sentence.
   */
  private openingWeights(entry: WordEntry): Float32Array {
    let opening = entry.opening;
    if (opening === undefined) {
      opening = entry.opening = new Float32Array(N);
      this.addInto(opening, 0, `first|${entry.shape}`);
      this.addInto(opening, 0, `first|${entry.lower}`);
    }
    return opening;
  }

  /** Tag indices for the words of one sentence. */
  tag(words: readonly string[], labels: readonly (readonly string[])[]): number[] {
    return this.tagEntries(words.map(w => this.entry(w)), labels);
  }

  /** tag() given entryOf() of each word. */
  tagEntries(words: readonly WordEntry[], labels: readonly (readonly string[])[]): number[] {
    const n = words.length;
    if (n === 0) return [];
    const entries: WordEntry[] = new Array(n + 4);
    const start = (this.startEntry ??= this.entry(START_WORD));
    const end = (this.endEntry ??= this.entry(END_WORD));
    entries[0] = entries[1] = start;
    for (let j = 0; j < n; j++) entries[j + 2] = words[j];
    entries[n + 2] = entries[n + 3] = end;
    if (this.own.length < n * N) {
      this.own = new Float64Array(n * N * 2);
      this.transitionStarts = new Int32Array(n * 2);
      this.labelTransitions = new Float64Array(n * N * N * 2);
    }
    const own = this.own;
    const transitionArrays = this.transitionArrays;
    const transitionStarts = this.transitionStarts;
    // Every cell of own for this sentence is written below: no clearing needed.
    for (let i = 0; i < n; i++) {
      const at = i * N;
      // The five words around token i, each at its offset: summed per tag in one go (weights are whole
      // numbers, so the order of the sum does not change it), the nine tags written out (with a loop over them
      // this method took about 40 % more instructions a token; see decode).
      const a = entries[i], b = entries[i + 1], c = entries[i + 2], d = entries[i + 3], e = entries[i + 4];
      const va = a.offsets, vb = b.offsets, vc = c.offsets, vd = d.offsets, ve = e.offsets;
      const ba = a.base, bb = b.base + N, bc = c.base + 2 * N, bd = d.base + 3 * N, be = e.base + 4 * N;
      own[at] = va[ba] + vb[bb] + vc[bc] + vd[bd] + ve[be];
      own[at + 1] = va[ba + 1] + vb[bb + 1] + vc[bc + 1] + vd[bd + 1] + ve[be + 1];
      own[at + 2] = va[ba + 2] + vb[bb + 2] + vc[bc + 2] + vd[bd + 2] + ve[be + 2];
      own[at + 3] = va[ba + 3] + vb[bb + 3] + vc[bc + 3] + vd[bd + 3] + ve[be + 3];
      own[at + 4] = va[ba + 4] + vb[bb + 4] + vc[bc + 4] + vd[bd + 4] + ve[be + 4];
      own[at + 5] = va[ba + 5] + vb[bb + 5] + vc[bc + 5] + vd[bd + 5] + ve[be + 5];
      own[at + 6] = va[ba + 6] + vb[bb + 6] + vc[bc + 6] + vd[bd + 6] + ve[be + 6];
      own[at + 7] = va[ba + 7] + vb[bb + 7] + vc[bc + 7] + vd[bd + 7] + ve[be + 7];
      own[at + 8] = va[ba + 8] + vb[bb + 8] + vc[bc + 8] + vd[bd + 8] + ve[be + 8];
      const current = c;
      if (i === 0) addNineToScores(own, 0, this.openingWeights(current), 0);
      // Weights that depend on the previous tag: the word's shared N × N block (label weights are added below).
      transitionArrays[i] = i === 0 ? current.firstTransitions : current.transitions;
      transitionStarts[i] = i === 0 ? current.firstTransitionAt : current.transitionAt;
    }
    // Gazetteer labels of token j count for tokens j+1 ("g-1="), j ("g0=", "gt1=") and j-1 ("g1="); adding them
    // by ascending j keeps each token's sums in the same order as summing feature by feature.
    let labelTransitionsUsed = 0;
    for (let j = 0; j < n; j++) {
      const tokenLabels = labels[j];
      for (let k = 0; k < tokenLabels.length; k++) {
        const weights = this.labelWeights(tokenLabels[k]);
        if (j + 1 < n && weights.before) addNineToScores(own, (j + 1) * N, weights.before, 0);
        if (weights.own) addNineToScores(own, j * N, weights.own, 0);
        if (j > 0 && weights.after) addNineToScores(own, (j - 1) * N, weights.after, 0);
        const vector = weights.afterTag;
        if (!vector) continue;
        const matrix = transitionArrays[j];
        const start = transitionStarts[j];
        if (matrix === this.labelTransitions) {
          for (let row = 0; row < N * N; row += N) addNineToScores(matrix, start + row, vector, row);
          continue;
        }
        // The word's shared block, copied with the label's weights added, for this token alone.
        const target = this.labelTransitions;
        for (let row = 0; row < N * N; row += N) sumNineInto(target, labelTransitionsUsed + row, matrix, start + row, vector, row);
        transitionArrays[j] = target;
        transitionStarts[j] = labelTransitionsUsed;
        labelTransitionsUsed += N * N;
      }
    }
    return this.decode(n);
  }

  /**
   * viterbi() over `own` and the per-token transition blocks set by tag(); same result, ties alike. The nine
   * scores of the previous token are locals and each tag's candidates are written out: looped over typed
   * arrays, this innermost step took about 2,200 instructions a token, written out about 900.
   */
  private decode(n: number): number[] {
    const buffers = this.buffers;
    if (buffers.back.length < n * N) buffers.back = new Int8Array(n * N * 2);
    const back = buffers.back;
    const next = buffers.next;
    const own = this.own;
    const arrays = this.transitionArrays;
    const starts = this.transitionStarts;
    // Before the sentence the tag is O: the I-X tags, which may not follow O, cannot start it.
    let m = arrays[0];
    let at = starts[0];
    let d0 = own[0] + m[at], d1 = own[1] + m[at + 1], d2 = -Infinity, d3 = own[3] + m[at + 3], d4 = -Infinity;
    let d5 = own[5] + m[at + 5], d6 = -Infinity, d7 = own[7] + m[at + 7], d8 = -Infinity;
    for (let i = 1; i < n; i++) {
      m = arrays[i];
      at = starts[i];
      const o = i * N;
      // O and each B-X (tags 0, 1, 3, 5, 7) may follow any tag (the weight after tag p at m[at + p·9 + t]).
      // Predecessors are tried in increasing order with a strict comparison: the lowest best tag wins a tie.
      for (let t = 0; t < N; t += t === 0 ? 1 : 2) {
        const c = at + t;
        let best = d0 + m[c], from = 0, score;
        score = d1 + m[c + 9]; if (score > best) { best = score; from = 1; }
        score = d2 + m[c + 18]; if (score > best) { best = score; from = 2; }
        score = d3 + m[c + 27]; if (score > best) { best = score; from = 3; }
        score = d4 + m[c + 36]; if (score > best) { best = score; from = 4; }
        score = d5 + m[c + 45]; if (score > best) { best = score; from = 5; }
        score = d6 + m[c + 54]; if (score > best) { best = score; from = 6; }
        score = d7 + m[c + 63]; if (score > best) { best = score; from = 7; }
        score = d8 + m[c + 72]; if (score > best) { best = score; from = 8; }
        back[o + t] = from;
        next[t] = best + own[o + t];
      }
      // Each I-X (tags 2, 4, 6, 8) follows only its B-X, entering (which wins a tie), or itself, staying.
      let entered, stayed;
      entered = d1 + m[at + 11]; stayed = d2 + m[at + 20]; back[o + 2] = stayed > entered ? 2 : 1; next[2] = Math.max(entered, stayed) + own[o + 2];
      entered = d3 + m[at + 31]; stayed = d4 + m[at + 40]; back[o + 4] = stayed > entered ? 4 : 3; next[4] = Math.max(entered, stayed) + own[o + 4];
      entered = d5 + m[at + 51]; stayed = d6 + m[at + 60]; back[o + 6] = stayed > entered ? 6 : 5; next[6] = Math.max(entered, stayed) + own[o + 6];
      entered = d7 + m[at + 71]; stayed = d8 + m[at + 80]; back[o + 8] = stayed > entered ? 8 : 7; next[8] = Math.max(entered, stayed) + own[o + 8];
      d0 = next[0]; d1 = next[1]; d2 = next[2]; d3 = next[3]; d4 = next[4]; d5 = next[5]; d6 = next[6]; d7 = next[7]; d8 = next[8];
    }
    const dp = buffers.dp;
    dp[0] = d0; dp[1] = d1; dp[2] = d2; dp[3] = d3; dp[4] = d4; dp[5] = d5; dp[6] = d6; dp[7] = d7; dp[8] = d8;
    return backtrace(n, dp, back, new Array<number>(n));
  }
}

/**
 * target[at + t] += source[from + t] for the nine tags, written out as decode's steps are: a new word's sums
 * take 13 % fewer instructions so (about 30,700 a word instead of 35,300). For Float32Array targets only: called
 * with the Float64Array scores too, its stores saw two kinds of array and the gain was gone.
 */
function addNineTo(target: Float32Array, at: number, source: Float32Array, from: number): void {
  target[at] += source[from];
  target[at + 1] += source[from + 1];
  target[at + 2] += source[from + 2];
  target[at + 3] += source[from + 3];
  target[at + 4] += source[from + 4];
  target[at + 5] += source[from + 5];
  target[at + 6] += source[from + 6];
  target[at + 7] += source[from + 7];
  target[at + 8] += source[from + 8];
}

/** addNineTo for the Float64Array scores and transition blocks (a helper of its own, so each sees one kind of array). */
function addNineToScores(target: Float64Array, at: number, source: Float32Array, from: number): void {
  target[at] += source[from];
  target[at + 1] += source[from + 1];
  target[at + 2] += source[from + 2];
  target[at + 3] += source[from + 3];
  target[at + 4] += source[from + 4];
  target[at + 5] += source[from + 5];
  target[at + 6] += source[from + 6];
  target[at + 7] += source[from + 7];
  target[at + 8] += source[from + 8];
}

/** target[at + t] = first[firstFrom + t] + second[secondFrom + t] for the nine tags, written out (see addNineTo). */
function sumNineInto(target: Float64Array, at: number, first: Float64Array, firstFrom: number, second: Float32Array, secondFrom: number): void {
  target[at] = first[firstFrom] + second[secondFrom];
  target[at + 1] = first[firstFrom + 1] + second[secondFrom + 1];
  target[at + 2] = first[firstFrom + 2] + second[secondFrom + 2];
  target[at + 3] = first[firstFrom + 3] + second[secondFrom + 3];
  target[at + 4] = first[firstFrom + 4] + second[secondFrom + 4];
  target[at + 5] = first[firstFrom + 5] + second[secondFrom + 5];
  target[at + 6] = first[firstFrom + 6] + second[secondFrom + 6];
  target[at + 7] = first[firstFrom + 7] + second[secondFrom + 7];
  target[at + 8] = first[firstFrom + 8] + second[secondFrom + 8];
}

/** Adds the weights of a previous-tag group's value at `place` (its parts are the previous tags) into N × N at `at`. */
function addPreviousTagWeights(target: Float64Array, at: number, group: FeatureGroup, place: number): void {
  const filled = place & PART_MASK;
  const weights = group.weights;
  for (let previous = 0, from = place >>> PART_BITS; previous < N; previous++) {
    if ((filled & (1 << previous)) === 0) continue;
    addNineToScores(target, at + previous * N, weights, from);
    from += N;
  }
}
