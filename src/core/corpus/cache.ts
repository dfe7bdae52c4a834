// The persistent cache: every article's digest keyed by its content hash, so a reopened corpus is
// not analysed again. Mention texts are left out (they are slices of the article text, restored on
// load), spans are flat number lists, and claim terms are ascending ids into one shared term list,
// stored as base64 varint deltas. Claims keep their evidence (entities, dates, quantities), so the
// index is rebuilt without the analysis.
//
// The file is JSON lines: a header (format, version, terms and their checksum), then two lines per
// article: its content hash, the CRC-32 of its digest and of its analysis, and its digest in three
// tab-separated parts (claim spans and terms as base64 varints, entity names as JSON, the claims'
// attributions and evidence as JSON); then its packed analysis. An entry whose checksums fail costs
// only its article, which is analysed again. Reading the file only splits lines and reads hashes. When
// the index takes an article it reads the spans, terms and names (`readCachedClaims`); the claims'
// details wait until the article's claims are first asked for (`readClaimDetails`), and the analysis
// stays UTF-8 bytes until somebody asks for it. Parsing a whole 10,000-article cache at once would
// block the editor for half a second.
import type { ArticleAnalysis, Span } from '../analysis/types';
import type { Attribution } from './attribution';
import type { ClaimFacts, DateRole } from './conflicts';
import { crc32 } from 'zlib';
import { DIGEST_VERSION, type ArticleDigest } from './digest';
import type { WorkerVocabulary } from './termNumbering';

const CACHE_FORMAT = 'news-annotator-corpus-cache';
const CACHE_VERSION = 4;

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

/** An analysis as read from the cache: the UTF-8 JSON of its packed form, parsed when needed. */
export type StoredAnalysis = Uint8Array;

/** An article's digest line, without its analysis (on the next line). */
export interface PackedDigest {
  h: string;
  /** The article's distinct entities, "TYPE:canonical". */
  n: string[];
  /**
   * The claims as varints, base64: their count, then per claim its start, length and term count,
   * and its ascending term ids as deltas.
   */
  b: string;
  /** The claims' attributions and evidence. */
  details: PackedClaimDetails;
}

export interface PackedClaimDetails {
  /**
   * Attributions: claim index, source start/end, frame start/end, the words when they differ from
   * the source span (else null), and the other frames as flat start/end pairs.
   */
  at?: Array<[number, number, number, number, number] | [number, number, number, number, number, string | null, number[]?]>;
  /**
   * Evidence of the claims that have any: claim index, entities (each the index of its name in `n`,
   * or the name where `n` lacks it), then its dates as [text, value, role] and quantities as
   * [text, value, unit, approx 0/1] (trailing empty lists left out). Indices keep the line short and
   * let every claim share the article's name strings.
   */
  ev?: PackedEvidence[];
}

export type PackedEvidence =
  | [number, PackedNames]
  | [number, PackedNames, Array<[string, string, DateRole]>]
  | [number, PackedNames, Array<[string, string, DateRole]>, Array<[string, number, string, 0 | 1]>];

type PackedNames = Array<number | string>;

/** A read cache: its term list, and each article's two lines by content hash, still unparsed. */
export interface CorpusCache {
  terms: string[];
  articles: Map<string, CachedArticle>;
}

export interface CachedArticle {
  digest: Uint8Array;
  analysis: StoredAnalysis;
  /** CRC-32 of `digest` and of `analysis` as written. */
  checksums: [number, number];
}

/** An article to write: its digest and its analysis, packed or as read. */
export interface CacheEntry {
  digest: PackedDigest;
  analysis: PackedAnalysis | StoredAnalysis;
}

interface CacheHeader {
  format: string;
  version: string;
  /** CRC-32 of the JSON of `terms`: every article's terms are read through it. */
  termsChecksum: number;
  terms: string[];
}

/** A claim as the cache keeps it. */
export interface CachedClaim extends Span {
  attribution?: Attribution;
  entities?: string[];
  facts?: ClaimFacts;
}

/** A digest whose claim terms are already strings' ids in a shared dictionary. */
export interface DigestForCache {
  hash: string;
  entityNames: readonly string[];
  /** The analysis, or its stored form when it was never asked for since it was read. */
  analysis: ArticleAnalysis | StoredAnalysis;
  claims: Array<CachedClaim & { terms: number[] }>;
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

/** The cache's first line; it comes first in the file but is made last, once every term is known. */
export function serialiseHeader(terms: string[], key = ''): string {
  const header: CacheHeader = { format: CACHE_FORMAT, version: cacheVersion(key), termsChecksum: crc32(JSON.stringify(terms)), terms };
  return JSON.stringify(header);
}

/** An article's two lines. */
export function serialiseEntry({ digest, analysis }: CacheEntry): [string, string] {
  // JSON escapes tabs inside strings, so the three parts split at the only two tabs.
  const digestLine = `${digest.b}\t${JSON.stringify(digest.n)}\t${JSON.stringify(digest.details)}`;
  const analysisLine = analysis instanceof Uint8Array ? utf8(analysis) : JSON.stringify(analysis);
  return [`${digest.h}\t${crc32(digestLine)}\t${crc32(analysisLine)}\t${digestLine}`, analysisLine];
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * Reads a cache's header and finds each article's lines; returns undefined when it is unreadable or
 * from another version. Lines are parsed later, one article at a time (see `unpackDigest`); a broken
 * line only costs its article's analysis.
 */
export function parseCache(serialised: string | Uint8Array, key = ''): CorpusCache | undefined {
  const bytes = typeof serialised === 'string'
    ? Buffer.from(serialised, 'utf8')
    : Buffer.from(serialised.buffer, serialised.byteOffset, serialised.byteLength);
  const headerEnd = lineEnd(bytes, 0);
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as Partial<CacheHeader>;
  } catch {
    return undefined;
  }
  if (header?.format !== CACHE_FORMAT || header.version !== cacheVersion(key) || !Array.isArray(header.terms)) return undefined;
  if (crc32(JSON.stringify(header.terms)) !== header.termsChecksum) return undefined;
  const articles = new Map<string, CachedArticle>();
  for (let at = headerEnd + 1; at < bytes.length;) {
    const digestEnd = lineEnd(bytes, at);
    const analysisEnd = lineEnd(bytes, digestEnd + 1);
    const tabs = [bytes.indexOf(TAB, at)];
    while (tabs.length < 3 && tabs[tabs.length - 1] >= 0) tabs.push(bytes.indexOf(TAB, tabs[tabs.length - 1] + 1));
    if (tabs.some(tab => tab < 0 || tab > digestEnd) || digestEnd >= bytes.length) break;
    articles.set(bytes.toString('latin1', at, tabs[0]), {
      digest: bytes.subarray(tabs[2] + 1, digestEnd),
      analysis: bytes.subarray(digestEnd + 1, analysisEnd),
      checksums: [Number(bytes.toString('latin1', tabs[0] + 1, tabs[1])), Number(bytes.toString('latin1', tabs[1] + 1, tabs[2]))],
    });
    at = analysisEnd + 1;
  }
  return { terms: header.terms, articles };
}

function lineEnd(bytes: Buffer, from: number): number {
  const end = bytes.indexOf(NEWLINE, from);
  return end < 0 ? bytes.length : end;
}

export function packDigest(digest: DigestForCache, text: string): CacheEntry {
  const { analysis } = digest;
  const bytes: number[] = [];
  writeVarint(bytes, digest.claims.length);
  for (const claim of digest.claims) {
    const sorted = [...claim.terms].sort((a, b) => a - b);
    writeVarint(bytes, claim.start);
    writeVarint(bytes, claim.end - claim.start);
    writeVarint(bytes, sorted.length);
    let previous = 0;
    for (const term of sorted) {
      writeVarint(bytes, term - previous);
      previous = term;
    }
  }
  const details = packClaimDetails(digest.claims, digest.entityNames, text);
  const packed: PackedDigest = { h: digest.hash, n: [...digest.entityNames], b: Buffer.from(bytes).toString('base64'), details };
  return { digest: packed, analysis: analysis instanceof Uint8Array ? analysis : packAnalysis(analysis) };
}

/** The claims' attributions and evidence as the cache keeps them (see `readClaimDetails`). */
function packClaimDetails(claims: readonly CachedClaim[], entityNames: readonly string[], text: string): PackedClaimDetails {
  const attributions: NonNullable<PackedClaimDetails['at']> = [];
  const evidence: NonNullable<PackedClaimDetails['ev']> = [];
  const nameIndex = new Map(entityNames.map((name, i) => [name, i]));
  claims.forEach((claim, index) => {
    if (claim.attribution) attributions.push(packAttribution(index, claim.attribution, text));
    if (claim.entities || claim.facts) evidence.push(packEvidence(index, (claim.entities ?? []).map(name => nameIndex.get(name) ?? name), claim.facts));
  });
  const details: PackedClaimDetails = {};
  if (attributions.length > 0) details.at = attributions;
  if (evidence.length > 0) details.ev = evidence;
  return details;
}

/**
 * A digest as a worker thread sends it: typed arrays and bytes, which cost the editor's thread little
 * to receive and which the index keeps as they are, like a cached article's claims, until the claims
 * are first needed. Made objects by the thousand, the claims would fill the young generation while
 * indexing and make the garbage collector stop the editor for tens of milliseconds.
 */
export interface PackedArticleDigest extends NumberedDigest {
  /** The terms the claims' numbers name: what its worker has sent of its numbering. */
  vocabulary: WorkerVocabulary;
}

/** A packed digest without its vocabulary: as a worker sends it, with the new terms in the message (see termNumbering.ts). */
export interface NumberedDigest {
  hash: string;
  entityNames: string[];
  analysis: StoredAnalysis;
  /** start, end of each claim. */
  spans: Int32Array;
  /** Claim i's terms are the vocabulary's numbers terms[offsets[i], offsets[i + 1]). */
  terms: Int32Array;
  offsets: Int32Array;
  /** The claims' attributions and evidence as JSON, as the cache stores them (see `readClaimDetails`). */
  details: Uint8Array;
}

/**
 * All claims' terms in one buffer, claim after claim: claim i's are terms[offsets[i], offsets[i + 1]). A typed
 * array per claim would cost more in object overhead than the terms themselves.
 */
export function claimTermRuns(claims: ReadonlyArray<{ terms: readonly number[] }>): { terms: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(claims.length + 1);
  const terms = new Int32Array(claims.reduce((sum, claim) => sum + claim.terms.length, 0));
  let written = 0;
  claims.forEach((claim, i) => {
    offsets[i] = written;
    terms.set(claim.terms, written);
    written += claim.terms.length;
  });
  offsets[claims.length] = written;
  return { terms, offsets };
}

/** Packs a digest for sending to another thread (see `PackedArticleDigest`); the receiving side learns its vocabulary otherwise. */
export function packNumberedDigest(digest: ArticleDigest, text: string): NumberedDigest {
  const { claims } = digest;
  const spans = new Int32Array(2 * claims.length);
  claims.forEach((claim, i) => {
    spans[2 * i] = claim.start;
    spans[2 * i + 1] = claim.end;
  });
  const { terms, offsets } = claimTermRuns(claims);
  const details = new TextEncoder().encode(JSON.stringify(packClaimDetails(claims, digest.entityNames, text)));
  return { hash: digest.hash, entityNames: digest.entityNames, analysis: storeAnalysis(digest.analysis), spans, terms, offsets, details };
}

/** The buffers of a packed digest, which `postMessage` can move instead of copying. */
export function transferablesOf(digest: NumberedDigest): ArrayBuffer[] {
  return [digest.analysis, digest.spans, digest.terms, digest.offsets, digest.details].map(array => array.buffer as ArrayBuffer);
}

function packEvidence(index: number, entities: PackedNames, facts: ClaimFacts | undefined): PackedEvidence {
  const dates = (facts?.dates ?? []).map(date => [date.text, date.value, date.role] as [string, string, DateRole]);
  const quantities = (facts?.quantities ?? []).map(q => [q.text, q.value, q.unit, q.approx ? 1 : 0] as [string, number, string, 0 | 1]);
  if (quantities.length > 0) return [index, entities, dates, quantities];
  return dates.length > 0 ? [index, entities, dates] : [index, entities];
}

function unpackFacts(row: PackedEvidence): ClaimFacts | undefined {
  const dates = row[2] ?? [];
  const quantities = row[3] ?? [];
  if (dates.length === 0 && quantities.length === 0) return undefined;
  return {
    dates: dates.map(([text, value, role]) => ({ text, value, role })),
    quantities: quantities.map(([text, value, unit, approx]) => ({ text, value, unit, approx: approx === 1 })),
  };
}

function packAttribution(index: number, attribution: Attribution, text: string): NonNullable<PackedClaimDetails['at']>[number] {
  const { source, frame } = attribution;
  const row: [number, number, number, number, number] = [index, source.start, source.end, frame.start, frame.end];
  const words = text.slice(source.start, source.end) === attribution.text ? null : attribution.text;
  const others = attribution.otherFrames?.flatMap(other => [other.start, other.end]);
  return others ? [...row, words, others] : words !== null ? [...row, words] : row;
}

function packAnalysis(analysis: ArticleAnalysis): PackedAnalysis {
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
  return packedAnalysis;
}

/** What the index needs of a cached article when it takes it: claim spans, terms and entity names. */
export interface CachedClaims {
  hash: string;
  entityNames: string[];
  /** The analysis's stored form, unpacked by `unpackAnalysis` when needed. */
  analysis: StoredAnalysis;
  /** start, end of each claim. */
  spans: Int32Array;
  /** All claims' term ids, claim after claim, each claim's ascending: claim i is pool[offsets[i], offsets[i + 1]). */
  pool: Int32Array;
  offsets: Int32Array;
  /** The claims' attributions and evidence, still JSON (see `readClaimDetails`). */
  details: Uint8Array;
}

/** A claim's attribution and evidence. */
export type ClaimDetails = Omit<CachedClaim, 'start' | 'end'>;

/**
 * Reads a cached article's claims and names; throws when its lines are broken. `termId` turns a cache
 * term id into the reader's own id (the index interns each cached term once, instead of once per article).
 */
export function readCachedClaims(hash: string, cached: CachedArticle, termId: (cacheTerm: number) => number): CachedClaims {
  if (crc32(cached.digest) !== cached.checksums[0] || crc32(cached.analysis) !== cached.checksums[1]) throw new Error('damaged cache entry');
  const digest = cached.digest;
  const firstTab = digest.indexOf(TAB);
  const secondTab = digest.indexOf(TAB, firstTab + 1);
  if (firstTab < 0 || secondTab < 0) throw new Error('damaged cache entry');
  const entityNames = JSON.parse(utf8(digest.subarray(firstTab + 1, secondTab))) as string[];
  // Varints of offsets, term ids and counts, which stay far below 2^31: 32-bit shifts are safe.
  const bytes = Buffer.from(utf8(digest.subarray(0, firstTab)), 'base64');
  let offset = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0, byte = 0x80; byte & 0x80; shift += 7) {
      if (offset >= bytes.length) throw new Error('damaged cache entry');
      byte = bytes[offset++];
      value |= (byte & 0x7f) << shift;
    }
    return value;
  };
  const claimCount = varint();
  const spans = new Int32Array(2 * claimCount);
  const offsets = new Int32Array(claimCount + 1);
  // The byte count bounds the term count: every term takes at least one byte.
  const pool = new Int32Array(bytes.length);
  let written = 0;
  for (let i = 0; i < claimCount; i++) {
    spans[2 * i] = varint();
    spans[2 * i + 1] = spans[2 * i] + varint();
    const count = varint();
    offsets[i] = written;
    let term = 0;
    let ascending = true;
    for (let j = 0; j < count; j++) {
      term += varint();
      const id = termId(term);
      if (j > 0 && id < pool[written - 1]) ascending = false;
      pool[written++] = id;
    }
    if (!ascending) pool.subarray(offsets[i], written).sort();
  }
  offsets[claimCount] = written;
  return {
    hash, entityNames, spans, pool: pool.slice(0, written), offsets,
    // Copied out of the file's buffer, which can then go.
    analysis: cached.analysis.slice(), details: digest.slice(secondTab + 1),
  };
}

/** Each claim's attribution and evidence (see `readCachedClaims`); throws when the JSON is broken. */
export function readClaimDetails(cached: Pick<CachedClaims, 'details' | 'entityNames' | 'spans'>, text: string): ClaimDetails[] {
  const packed = JSON.parse(utf8(cached.details)) as PackedClaimDetails;
  const claims: ClaimDetails[] = Array.from({ length: cached.spans.length / 2 }, () => ({}));
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
  for (const row of packed.ev ?? []) {
    const claim = claims[row[0]];
    if (!claim) continue;
    if (row[1].length > 0) claim.entities = row[1].map(name => typeof name === 'number' ? cached.entityNames[name] ?? '' : name);
    const facts = unpackFacts(row);
    if (facts) claim.facts = facts;
  }
  return claims;
}

/** An analysis packed and encoded as the cache stores it (its buffer is its own: it can be transferred). */
export function storeAnalysis(analysis: ArticleAnalysis): StoredAnalysis {
  return new TextEncoder().encode(JSON.stringify(packAnalysis(analysis)));
}

/** The analysis a cached digest was made from; mention texts are restored from the article's text. */
export function unpackAnalysis(stored: StoredAnalysis, text: string): ArticleAnalysis {
  const a = JSON.parse(utf8(stored)) as PackedAnalysis;
  return {
    ...(a.x ?? {}),
    language: a.l,
    metadata: a.m,
    referenceDate: a.r,
    sentences: pairs(a.s),
    entities: unpackMentions(a.e, text),
    dates: unpackMentions(a.d, text),
    quantities: unpackMentions(a.q, text),
  } as ArticleAnalysis;
}

function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
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
