// The persistent cache: every article's digest keyed by its content hash, as compact JSON, so a
// reopened corpus is not analysed again. Mention texts are left out (they are slices of the
// article text, restored on load), spans are flat number lists, and claim terms are ascending ids
// into one shared term list, stored as base64 varint deltas.
import type { ArticleAnalysis, Span } from '../analysis/types';
import type { Attribution } from './attribution';
import { DIGEST_VERSION } from './digest';

const CACHE_FORMAT = 'news-annotator-corpus-cache';
const CACHE_VERSION = 1;

export interface PackedMentions {
  /** Field names in their original order; the value of `text` is restored from the article. */
  k: string[];
  v: unknown[][];
}

export interface PackedAnalysis {
  l: ArticleAnalysis['language'];
  m: ArticleAnalysis['metadata'];
  r: string | null;
  s: number[];
  e: PackedMentions;
  d: PackedMentions;
  q: PackedMentions;
  /** Fields later versions of the analysis add, kept as they are. */
  x?: Record<string, unknown>;
}

export interface PackedDigest {
  h: string;
  a: PackedAnalysis;
  /** start, end of each claim. */
  c: number[];
  /** Per claim: term count, then the ascending term ids as deltas; varints, base64. */
  t: string;
  /**
   * Attributions: claim index, source start/end, frame start/end, the words when they differ from
   * the source span (else null), and the other frames as flat start/end pairs.
   */
  at?: Array<[number, number, number, number, number] | [number, number, number, number, number, string | null, number[]?]>;
}

export interface CorpusCache {
  terms: string[];
  articles: PackedDigest[];
}

interface CacheFile extends CorpusCache {
  format: string;
  version: string;
}

/** A digest whose claim terms are already strings' ids in a shared dictionary. */
export interface DigestForCache {
  hash: string;
  analysis: ArticleAnalysis;
  claims: Array<Span & { terms: number[]; attribution?: Attribution }>;
}

export function cacheDictionary(): { terms: string[]; id(term: string): number } {
  const terms: string[] = [];
  const ids = new Map<string, number>();
  return {
    terms,
    id(term) {
      let id = ids.get(term);
      if (id === undefined) {
        id = terms.length;
        terms.push(term);
        ids.set(term, id);
      }
      return id;
    },
  };
}

export function cacheVersion(key = ''): string {
  return `${CACHE_VERSION}.${DIGEST_VERSION}${key ? `.${key}` : ''}`;
}

export function serialiseCache(terms: string[], articles: PackedDigest[], key = ''): string {
  const file: CacheFile = { format: CACHE_FORMAT, version: cacheVersion(key), terms, articles };
  return JSON.stringify(file);
}

/** Reads a serialised cache; returns undefined when it is unreadable or from another version. */
export function parseCache(serialised: string, key = ''): CorpusCache | undefined {
  let file: Partial<CacheFile>;
  try {
    file = JSON.parse(serialised) as Partial<CacheFile>;
  } catch {
    return undefined;
  }
  if (file.format !== CACHE_FORMAT || file.version !== cacheVersion(key)) return undefined;
  if (!Array.isArray(file.terms) || !Array.isArray(file.articles)) return undefined;
  return { terms: file.terms, articles: file.articles };
}

export function packDigest(digest: DigestForCache, text: string): PackedDigest {
  const { analysis } = digest;
  const known = new Set(['language', 'metadata', 'referenceDate', 'sentences', 'entities', 'dates', 'quantities']);
  const extra = Object.fromEntries(Object.entries(analysis).filter(([key]) => !known.has(key)));
  const packedAnalysis: PackedAnalysis = {
    l: analysis.language,
    m: analysis.metadata,
    r: analysis.referenceDate,
    s: analysis.sentences.flatMap(span => [span.start, span.end]),
    e: packMentions(analysis.entities),
    d: packMentions(analysis.dates),
    q: packMentions(analysis.quantities),
  };
  if (Object.keys(extra).length > 0) packedAnalysis.x = extra;
  const bytes: number[] = [];
  const attributions: NonNullable<PackedDigest['at']> = [];
  digest.claims.forEach((claim, index) => {
    const sorted = [...claim.terms].sort((a, b) => a - b);
    writeVarint(bytes, sorted.length);
    let previous = 0;
    for (const term of sorted) {
      writeVarint(bytes, term - previous);
      previous = term;
    }
    const attribution = claim.attribution;
    if (attribution) {
      const { source, frame } = attribution;
      const row: [number, number, number, number, number] = [index, source.start, source.end, frame.start, frame.end];
      const words = text.slice(source.start, source.end) === attribution.text ? null : attribution.text;
      const others = attribution.otherFrames?.flatMap(other => [other.start, other.end]);
      attributions.push(others ? [...row, words, others] : words !== null ? [...row, words] : row);
    }
  });
  const packed: PackedDigest = {
    h: digest.hash,
    a: packedAnalysis,
    c: digest.claims.flatMap(claim => [claim.start, claim.end]),
    t: Buffer.from(bytes).toString('base64'),
  };
  if (attributions.length > 0) packed.at = attributions;
  return packed;
}

/** A digest read back with its terms already numbered by the reader (see `unpackDigest`). */
export interface ResolvedDigest {
  hash: string;
  analysis: ArticleAnalysis;
  claims: Array<Span & { attribution?: Attribution }>;
  /** All claims' term ids, claim after claim, each claim's ascending: claim i is pool[offsets[i], offsets[i + 1]). */
  pool: Int32Array;
  offsets: Int32Array;
}

/**
 * Restores a digest. `termId` turns a cache term id into the reader's own id (the index interns
 * each cached term once, instead of once per article).
 */
export function unpackDigest(packed: PackedDigest, text: string, termId: (cacheTerm: number) => number): ResolvedDigest {
  const a = packed.a;
  const analysis = {
    ...(a.x ?? {}),
    language: a.l,
    metadata: a.m,
    referenceDate: a.r,
    sentences: pairs(a.s),
    entities: unpackMentions(a.e, text),
    dates: unpackMentions(a.d, text),
    quantities: unpackMentions(a.q, text),
  } as ArticleAnalysis;
  const bytes = Buffer.from(packed.t, 'base64');
  const claimCount = packed.c.length / 2;
  const offsets = new Int32Array(claimCount + 1);
  // The byte count bounds the term count: every term takes at least one byte.
  let pool = new Int32Array(bytes.length);
  const claims: ResolvedDigest['claims'] = [];
  let offset = 0;
  let written = 0;
  const read = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  for (let i = 0; i < claimCount; i++) {
    const count = read();
    offsets[i] = written;
    let term = 0;
    for (let j = 0; j < count; j++) {
      term += read();
      pool[written++] = termId(term);
    }
    pool.subarray(offsets[i], written).sort();
    claims.push({ start: packed.c[2 * i], end: packed.c[2 * i + 1] });
  }
  offsets[claimCount] = written;
  pool = pool.slice(0, written);
  for (const row of packed.at ?? []) {
    const [index, sourceStart, sourceEnd, frameStart, frameEnd, words, others] = row;
    const claim = claims[index];
    if (!claim) continue;
    const attribution: Attribution = {
      text: words ?? text.slice(sourceStart, sourceEnd),
      source: { start: sourceStart, end: sourceEnd },
      frame: { start: frameStart, end: frameEnd },
    };
    if (others && others.length > 0) attribution.otherFrames = pairs(others);
    claim.attribution = attribution;
  }
  return { hash: packed.h, analysis, claims, pool, offsets };
}

function packMentions(mentions: ReadonlyArray<object>): PackedMentions {
  const keys: string[] = [];
  for (const mention of mentions) for (const key of Object.keys(mention)) if (!keys.includes(key)) keys.push(key);
  const rows = mentions.map(mention => keys.map(key => key === 'text' ? 0 : (mention as Record<string, unknown>)[key] ?? null));
  return { k: keys, v: rows };
}

function unpackMentions<T>(packed: PackedMentions, text: string): T[] {
  return packed.v.map(row => {
    const mention: Record<string, unknown> = {};
    packed.k.forEach((key, i) => {
      if (row[i] !== null) mention[key] = row[i];
    });
    if (packed.k.includes('text')) mention.text = text.slice(mention.start as number, mention.end as number);
    return mention as T;
  });
}

function pairs(flat: number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push({ start: flat[i], end: flat[i + 1] });
  return spans;
}

function writeVarint(bytes: number[], value: number): void {
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
}
