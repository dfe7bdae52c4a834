// Distributional word classes learned from unlabelled text with the exchange algorithm (Kneser & Ney 1993;
// Martin, Liermann & Ney 1998): words are moved between K classes so as to maximise the likelihood of a
// class-bigram model. Words used in the same contexts ("Montag"/"Dienstag", "Berlin"/"Wien", "Müller"/"Meier")
// end up in the same class, which lets the tagger generalise from a name it was trained on to one it only saw
// in unlabelled text. Deterministic: words are visited in a fixed order and ties keep the lower class.
//
// The tagger gets one feature per granularity (see features.ts, family "c"): the class of the word at
// K = 16, 64 and 256, written as "<granularity>:<class>". Learned by scripts/train-ner.ts, stored in
// the model file.

/** Only words seen at least this often get a class (rarer ones have too little context to place). */
export const CLUSTER_MIN_COUNT = 3;
export const CLUSTER_SIZES = [16, 64, 256] as const;
const ITERATIONS = 12;
const BOUNDARY = '\u0000';

const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);

interface Corpus {
  words: string[];
  counts: Float64Array;
  /** Per word, right neighbours (ids) and their bigram counts. */
  right: { ids: Int32Array; counts: Float64Array }[];
  left: { ids: Int32Array; counts: Float64Array }[];
  self: Float64Array;
}

function buildCorpus(sentences: readonly (readonly string[])[], minCount: number): Corpus {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  // Frequent words first; ties by spelling, so the order does not depend on the order of the sentences.
  const kept = [...freq].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Id 0: sentence boundary; id 1: every rarer word. Both are words of the model but never get an output class.
  const words = [BOUNDARY, '\u0001', ...kept.map(([w]) => w)];
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const counts = new Float64Array(V);
  const bigrams = new Map<number, number>();
  for (const s of sentences) {
    let previous = 0;
    counts[0]++;
    for (const w of s) {
      const current = id.get(w) ?? 1;
      counts[current]++;
      const key = previous * V + current;
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      previous = current;
    }
    const key = previous * V;
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
  }
  const rightLists: [number, number][][] = Array.from({ length: V }, () => []);
  const leftLists: [number, number][][] = Array.from({ length: V }, () => []);
  const self = new Float64Array(V);
  for (const key of [...bigrams.keys()].sort((a, b) => a - b)) {
    const n = bigrams.get(key)!;
    const a = Math.floor(key / V);
    const b = key % V;
    if (a === b) self[a] += n;
    else {
      rightLists[a].push([b, n]);
      leftLists[b].push([a, n]);
    }
  }
  const pack = (list: [number, number][]) => ({ ids: Int32Array.from(list, p => p[0]), counts: Float64Array.from(list, p => p[1]) });
  return { words, counts, right: rightLists.map(pack), left: leftLists.map(pack), self };
}

/** The class of every word id after the exchange passes (boundary and rare-word ids are classed like words). */
function exchange(corpus: Corpus, K: number): Int32Array {
  const V = corpus.words.length;
  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % K;
  const NN = new Float64Array(K * K);
  const NC = new Float64Array(K);
  for (let w = 0; w < V; w++) {
    NC[cls[w]] += corpus.counts[w];
    NN[cls[w] * K + cls[w]] += corpus.self[w];
    const { ids, counts } = corpus.right[w];
    for (let k = 0; k < ids.length; k++) NN[cls[w] * K + cls[ids[k]]] += counts[k];
  }
  const Lw = new Float64Array(K);
  const Rw = new Float64Array(K);
  const Ld: number[] = [];
  const Rd: number[] = [];
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w];
      const n = corpus.counts[w];
      const self = corpus.self[w];
      Ld.length = 0;
      Rd.length = 0;
      const right = corpus.right[w];
      for (let k = 0; k < right.ids.length; k++) {
        const d = cls[right.ids[k]];
        if (Lw[d] === 0) Ld.push(d);
        Lw[d] += right.counts[k];
      }
      const left = corpus.left[w];
      for (let k = 0; k < left.ids.length; k++) {
        const d = cls[left.ids[k]];
        if (Rw[d] === 0) Rd.push(d);
        Rw[d] += left.counts[k];
      }
      // Take w out of its class.
      for (const d of Ld) NN[a * K + d] -= Lw[d];
      for (const d of Rd) NN[d * K + a] -= Rw[d];
      NN[a * K + a] -= self;
      NC[a] -= n;
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        let gain = 0;
        for (const d of Ld) if (d !== b) gain += f(NN[b * K + d] + Lw[d]) - f(NN[b * K + d]);
        for (const d of Rd) if (d !== b) gain += f(NN[d * K + b] + Rw[d]) - f(NN[d * K + b]);
        const bb = NN[b * K + b];
        gain += f(bb + Lw[b] + Rw[b] + self) - f(bb);
        gain -= 2 * (f(NC[b] + n) - f(NC[b]));
        if (gain > bestGain + 1e-9 || (b === a && gain >= bestGain - 1e-9)) {
          bestGain = gain;
          best = b;
        }
      }
      for (const d of Ld) NN[best * K + d] += Lw[d];
      for (const d of Rd) NN[d * K + best] += Rw[d];
      NN[best * K + best] += self;
      NC[best] += n;
      cls[w] = best;
      if (best !== a) moved++;
      for (const d of Ld) Lw[d] = 0;
      for (const d of Rd) Rw[d] = 0;
    }
    if (moved === 0) break;
  }
  return cls;
}

/**
 * Word → "<K>:<class>|<K>:<class>|…" for every word seen at least CLUSTER_MIN_COUNT times, as the lines
 * "word\tclasses" sorted by word (the form the model file stores).
 */
export function learnClusters(sentences: readonly (readonly string[])[], minCount = CLUSTER_MIN_COUNT, sizes: readonly number[] = CLUSTER_SIZES): string {
  const corpus = buildCorpus(sentences, minCount);
  const perSize = sizes.map(K => exchange(corpus, K));
  const rows: string[] = [];
  for (let w = 2; w < corpus.words.length; w++) {
    rows.push(`${corpus.words[w]}\t${perSize.map(cls => cls[w].toString(36)).join(' ')}`);
  }
  return rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
}
