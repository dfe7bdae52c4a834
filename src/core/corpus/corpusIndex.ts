// The corpus index: every article of the workspace with its analysis and claims, and the claims'
// matches across articles. Pure core (no editor, no file system); the editor and the CLI feed it
// texts and read claims, matches, conflicts and clusters back.
//
// Matching: BM25 over claim terms (terms.ts) finds candidates in other articles; candidates are
// re-ranked by a symmetric score (scoring.ts) from shared terms, entities, dates and quantities,
// and lowered between articles that are not about one story; a pair is kept when it is the best
// match of one of its claims within the other's article. Disagreeing dates and quantities of
// kept pairs become conflicts (conflicts.ts).
//
// Incremental by design: `upsert`, `remove` and `rename` touch one article's postings, and matches
// are computed per article on first request and memoised (compactly: a big corpus has millions).
// When an article changes, only the memos of articles that matched it before or match it now are
// dropped. Term statistics (idf) drift slowly as the corpus changes; memos of untouched articles
// keep the figures they were computed with until `invalidateMatches()` (bulk loads call it).
import { analyzeArticle } from '../analysis/analyze';
import type { AnalysisOptions, ArticleAnalysis, EntityType, Span } from '../analysis/types';
import type { ContractClaim, ContractConflict } from '../contract';
import { findAttribution, framesOf, type Attribution } from './attribution';
import {
  cacheDictionary, claimTermRuns, packDigest, parseCache, readCachedClaims, readClaimDetails, serialiseEntry, serialiseHeader, unpackAnalysis,
  type CachedArticle, type CachedClaim, type CachedClaims, type ClaimDetails, type CorpusCache, type PackedArticleDigest, type StoredAnalysis,
} from './cache';
import { findConflicts } from './conflicts';
import { linkNames, splitEntityName } from './entityLinking';
import { voteType } from '../analysis/entities/linking';
import { NO_ENTITIES, NO_FACTS, selectionEvidence } from './evidence';
import { contentHash, digestArticle, type ArticleDigest } from './digest';
import { grow, IdList, PostingLists, PostingsBuilder } from './postings';
import { runSteps, runStepsInSlices } from './slices';
import { firstAtOrAfter } from '../text/sortedSearch';
import { bm25Idf, bm25Saturation, combineScore, entityEvidence, figuresDisagree, GRAM_WEIGHT, isAnchorCode, NAME_MARK_WEIGHT, NAME_STEM_WEIGHT, OverlapProbe, TermCode, wordsOnlyScore, UNIT_WEIGHT, type ClaimEvidence } from './scoring';
import { claimTerms, mentionTerms, termKind, type TermKind } from './terms';
import type { WorkerVocabulary } from './termNumbering';

/**
 * Default match threshold, calibrated on the labelled development pairs in
 * test/fixtures/claims-dev.json (see test/unit/corpus/devset.test.ts, which prints P/R): precision
 * first, it is the highest threshold at which German recall still reaches 0.70.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.32;
/** Matches below this score are not kept, so thresholds below it show nothing more. */
export const MIN_MATCH_THRESHOLD = 0.2;
/** Candidates must share this many stems or numbers before they are scored. */
const MIN_SHARED_ANCHORS = 2;
/** Bulk loads link entities across the corpus by themselves up to this corpus size. */
export const AUTO_LINK_ARTICLES = 2000;
/** At most this many candidates per claim are scored (ranked by BM25). */
const MAX_CANDIDATES = 64;
/**
 * Story similarity (idf-weighted overlap of two articles' vocabularies) at and above which two
 * articles count as one story. Unrelated news articles overlap by about 0.02 (median; 0.08 for
 * the closest 1 %), articles about one story by 0.1 and more. Below it scores are lowered, down
 * to STORY_FLOOR times for articles with nothing in common.
 */
const STORY_SAME = 0.08;
const STORY_FLOOR = 0.3;
/** Claims handled per step of work done in slices (`clustersInSlices`). */
const CLAIMS_PER_STEP = 2000;
/** Views (claims with matches as objects) are kept for this many recently asked articles. */
const MAX_VIEWS = 256;
/** At most this many matches are kept per claim, the best ones. */
const MAX_MATCHES_PER_CLAIM = 25;
/** Terms in more than this share of all claims (and more than the minimum) do not find candidates. */
const COMMON_TERM_SHARE = 0.005;
const COMMON_TERM_MIN_DF = 500;
/** Postings one candidate lookup reads at most (the rarest terms first). */
const POSTINGS_BUDGET = 40_000;

export interface CorpusIndexOptions {
  /** Analyses texts that come without an analysis; defaults to `analyzeArticle`. */
  analyze?: (text: string, path: string) => ArticleAnalysis;
  analysisOptions?: AnalysisOptions;
  threshold?: number;
  /**
   * Part of the cache's version: caches written under another key are ignored. Pass something
   * that changes with the analysis (the extension's version, analysis settings).
   */
  cacheKey?: string;
  /** Bulk loads of up to this many articles link entities across the corpus by themselves. */
  autoLinkArticles?: number;
}

export interface ClaimRef {
  path: string;
  start: number;
  end: number;
  text: string;
  /** Who the article says states the claim, in the article's words. */
  attribution?: string;
}

export interface ClaimMatch extends ClaimRef {
  score: number;
  conflicts: ContractConflict[];
}

export interface ClaimWithMatches extends ClaimRef {
  matches: ClaimMatch[];
}

export interface ClusterConflict {
  kind: 'date' | 'quantity';
  /** The distinct values the cluster's claims give, as written. */
  values: string[];
}

export interface ClaimCluster {
  claims: ClaimRef[];
  /** Number of distinct articles in the cluster. */
  articles: number;
  conflicts: ClusterConflict[];
}

export interface IndexedArticle {
  path: string;
  text: string;
  hash: string;
  analysis: ArticleAnalysis;
}

interface ArticleRecord {
  id: number;
  path: string;
  text: string;
  hash: string;
  /** The analysis; for an article read from the cache, `stored` until first asked for (see analysisOf). */
  analysis?: ArticleAnalysis;
  stored?: StoredAnalysis;
  /** The claims' records; empty while `unread` (see claimsOf). */
  claims: ClaimRecord[];
  /**
   * An article taken from the cache or from a worker thread counts its claims' terms at once (term
   * statistics and posting lists need them) but makes their records, and reads their details, when
   * they are first needed: reopening a large corpus then costs little more than reading the terms,
   * and indexing one allocates little that the garbage collector has to copy.
   */
  unread?: { firstId: number; cached: CachedClaims };
  /** The distinct stems and figures of the article's claims, ascending: what the story is about. */
  storyTerms: Int32Array;
  /** The summed weight of `storyTerms` at `storyWeightEpoch` (see `storyWeight`). */
  storyWeight: number;
  storyWeightEpoch: number;
  /** The article's distinct entities, "TYPE:canonical" (what cross-corpus linking reads). */
  entityNames: string[];
  /** Local canonical name → corpus-wide canonical name, from the last cross-corpus linking. */
  entityAlias: Map<string, string>;
  /** The analysis with its entities' canonical names linked across the corpus (made on first request). */
  linked?: ArticleAnalysis;
  /**
   * Set when the article changed after the corpus's matches were memoised: the articles its next
   * matching finds must drop theirs (see `finishMatching`).
   */
  partnersToTell: boolean;
}

/** A digest with its vocabulary numbered by this index, its claims' terms in one buffer. */
interface ResolvedDigest {
  hash: string;
  entityNames: string[];
  analysis: ArticleAnalysis;
  claims: CachedClaim[];
  /** All claims' term ids, claim after claim, each claim's ascending: claim i is pool[offsets[i], offsets[i + 1]). */
  pool: Int32Array;
  offsets: Int32Array;
}

interface ClaimRecord extends ClaimEvidence {
  id: number;
  article: ArticleRecord;
  start: number;
  end: number;
  terms: Int32Array;
  anchors: number;
  attribution?: Attribution;
  localEntities: string[];
}

/** An article's story factor against another article (see `storyFactors`). */
type StoryFactors = (other: ArticleRecord) => number;

/** One article's matching, which idle-time slices may do a few claims at a time. */
interface Matching {
  article: ArticleRecord;
  /** Term statistics the scores were computed with: a change starts the matching over. */
  epoch: number;
  /** The next claim to score. */
  next: number;
  /** Each scored claim's candidates with their scores. */
  scoredByOwn: Array<{ own: ClaimRecord; others: ClaimRecord[]; scores: number[] }>;
  /** Each candidate's best score against this article's claims. */
  bestOfOther: Map<number, number>;
}

/** A snapshot of the corpus's entity names for linking (see `linkingRequest`). */
export interface LinkingRequest {
  /** The articles, opaque to callers. */
  readonly articles: readonly object[];
  readonly names: readonly (readonly string[])[];
}

interface StoredMatch {
  claim: ClaimRecord;
  score: number;
  conflicts: ContractConflict[];
}

/**
 * An article's matches, compact (a big corpus holds millions): the matches of the article's i-th
 * claim are others/scores[offsets[i], offsets[i + 1]), best first.
 */
interface ArticleMatches {
  offsets: Int32Array;
  others: Int32Array;
  scores: Float32Array;
  /** Conflicts by position in `others`; most matches have none. */
  conflicts: Map<number, ContractConflict[]>;
  /** The other articles the matches point at, each once (a typed array: a large corpus holds millions). */
  partners: Int32Array;
}

export interface UpsertItem {
  path: string;
  text: string;
  /** An analysis or digest made elsewhere (a worker thread); otherwise the index analyses the text. */
  prepared?: ArticleAnalysis | ArticleDigest | PackedArticleDigest;
  /** The text's `contentHash`, if the caller has it already. */
  hash?: string;
}

export class CorpusIndex {
  private readonly byPath = new Map<string, ArticleRecord>();
  private readonly byId = new Map<number, ArticleRecord>();
  private nextArticleId = 0;
  /** Articles whose claims are still as read from the cache (see claimsOf). */
  private unreadArticles = 0;
  private readonly claims: (ClaimRecord | undefined)[] = [];
  private claimArticle = new Int32Array(1024).fill(-1);
  /** Stems and numbers per claim: the document length BM25 normalises by. */
  private claimLength = new Int32Array(1024);
  private readonly termIds = new Map<string, number>();
  private readonly termStrings: string[] = [];
  private termKindWeight = new Float32Array(1024);
  private termCode = new Uint8Array(1024);
  /** For a stem, the id of its name mark ("marquardt" → "=marquardt"), else -1. */
  private nameMark = new Int32Array(1024).fill(-1);
  /** For a stem, the id of its unit mark ("million" → "¤million"), else -1. */
  private unitMark = new Int32Array(1024).fill(-1);
  private documentFrequency = new Int32Array(1024);
  private idfCache = new Float64Array(1024);
  private idfEpochs = new Int32Array(1024).fill(-1);
  private readonly postings = new PostingLists();
  private deferPostings = false;
  private bulkDepth = 0;
  /**
   * Corpus-wide type of a (lower-cased) canonical name where articles disagree: the tagger decides each
   * article alone and may call an unfamiliar company an organisation in one and a person in another.
   */
  private entityTypes = new Map<string, EntityType>();
  private bulkChanged = false;
  private liveClaims = 0;
  private totalAnchors = 0;
  /** Changes whenever term statistics change, so cached idf values are recomputed. */
  private epoch = 0;
  private readonly memo = new Map<number, ArticleMatches>();
  /** For each article, the articles whose memoised matches point at it. */
  private readonly referencedBy = new Map<number, IdList>();
  private readonly views = new Map<number, ClaimWithMatches[]>();
  private cached = new Map<string, CachedArticle>();
  private cachedTerms: string[] = [];
  private cachedTermIds = new Int32Array(0);
  /** Per worker vocabulary, its term numbers → this index's ids (see idsOfWorkerTerms). */
  private readonly workerTermIds = new WeakMap<WorkerVocabulary, Int32Array>();
  private scratchCounts = new Int32Array(1024);
  private scratchScores = new Float64Array(1024);
  private scratchTouched = new Int32Array(1024);
  private readonly probe: OverlapProbe;
  /**
   * Articles' matchings that a slice left unfinished, by article id: the idle-time precompute and a lens's
   * own slices may each have one under way, and neither may undo the other's progress.
   */
  private readonly pendingMatchings = new Map<number, Matching>();
  /** See `saturationByLength`; `longestClaim` only grows (a removed long claim leaves an unused entry). */
  private saturation = new Float64Array(0);
  private saturationEpoch = -1;
  private longestClaim = 0;
  private readonly storyProbe: OverlapProbe;
  /** Scratch set of `distinctAnchors`. */
  private readonly anchorsSeen: OverlapProbe;
  /** Scratch of `distinctAnchors`. */
  private anchorScratch = new Int32Array(1024);
  private thresholdValue: number;
  private readonly analyze: (text: string, path: string) => ArticleAnalysis;
  private readonly cacheKey: string;
  private readonly autoLinkArticles: number;

  constructor(options: CorpusIndexOptions = {}) {
    const analysisOptions = options.analysisOptions ?? {};
    this.analyze = options.analyze ?? ((text, path) => analyzeArticle(text, { ...analysisOptions, sourcePath: path }));
    this.thresholdValue = clampThreshold(options.threshold ?? DEFAULT_MATCH_THRESHOLD);
    this.cacheKey = options.cacheKey ?? '';
    this.autoLinkArticles = options.autoLinkArticles ?? AUTO_LINK_ARTICLES;
    this.probe = new OverlapProbe(this.termWeight, this.codeOf);
    this.storyProbe = new OverlapProbe(this.termWeight, this.codeOf);
    this.anchorsSeen = new OverlapProbe(this.termWeight, this.codeOf);
  }

  // ── Articles ────────────────────────────────────────────────────────────────────────────────

  get size(): number {
    return this.byPath.size;
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /**
   * The article with its analysis; entities carry the canonical names linked across the corpus ("Marquardt"
   * here is "Helene Marquardt" when another article names her so). The object changes when linking does.
   */
  getArticle(path: string): IndexedArticle | undefined {
    const article = this.byPath.get(path);
    return article && { path: article.path, text: article.text, hash: article.hash, analysis: this.linkedAnalysis(article) };
  }

  /** An article's analysis, unpacked from the cache on first use (analysed again if its line is damaged). */
  private analysisOf(article: ArticleRecord): ArticleAnalysis {
    if (!article.analysis) {
      try {
        article.analysis = unpackAnalysis(article.stored as StoredAnalysis, article.text);
      } catch {
        article.analysis = this.analyze(article.text, article.path);
      }
      article.stored = undefined;
    }
    return article.analysis;
  }

  private linkedAnalysis(article: ArticleRecord): ArticleAnalysis {
    const analysis = this.analysisOf(article);
    if (article.entityAlias.size === 0 && this.entityTypes.size === 0) return analysis;
    article.linked ??= {
      ...analysis,
      entities: analysis.entities.map(entity => {
        const canonical = article.entityAlias.get(entity.canonical) ?? entity.canonical;
        const type = this.entityTypes.get(canonical.toLowerCase()) ?? entity.type;
        return canonical !== entity.canonical || type !== entity.type ? { ...entity, canonical, type } : entity;
      }),
    };
    return article.linked;
  }

  /** Whether `upsert(path, text)` would have to analyse the text (it is neither indexed nor cached). */
  needsAnalysis(path: string, text: string, hash = contentHash(text)): boolean {
    return this.byPath.get(path)?.hash !== hash && !this.cached.has(hash);
  }

  /**
   * Adds or replaces one article and re-matches the claims it touches. Returns false if unchanged.
   * With `deferMatching`, the article's own matching is left to later calls (`matchArticle` in slices,
   * `precomputeMatches`, or the first `getClaims`): in a big corpus one long article's matching takes
   * up to 100 ms. The articles it then turns out to match drop their memoised matches, so they see it.
   */
  upsert(path: string, text: string, prepared?: ArticleAnalysis | ArticleDigest | PackedArticleDigest, { deferMatching = false } = {}): boolean {
    const hash = contentHash(text);
    const existing = this.byPath.get(path);
    if (existing?.hash === hash) return false;
    const digest = this.digestFor(path, text, hash, prepared);
    const affected = existing ? this.detach(existing) : new Set<number>();
    const article = this.attach(path, text, digest);
    // Articles that match the new version must see it: they are told once its matches are computed.
    article.partnersToTell = true;
    if (!deferMatching) this.matchesOf(article);
    for (const id of affected) if (id !== article.id) this.invalidate(id);
    return true;
  }

  /** Adds or replaces many articles at once (opening a folder); matches are recomputed on demand. */
  upsertMany(items: Iterable<UpsertItem>): number {
    this.beginBulkLoad();
    let changed = 0;
    try {
      for (const { path, text, prepared, hash: knownHash } of items) {
        const hash = knownHash ?? contentHash(text);
        const existing = this.byPath.get(path);
        if (existing?.hash === hash) continue;
        const digest = this.digestFor(path, text, hash, prepared);
        if (existing) this.detach(existing);
        this.attach(path, text, digest);
        changed++;
      }
    } finally {
      if (changed > 0) this.bulkChanged = true;
      this.endBulkLoad();
    }
    return changed;
  }

  /**
   * Opens a bulk load that the caller may feed in slices (several `upsertMany` calls with yields to
   * the event loop between them, as the editor does): posting lists, entity linking and match
   * invalidation wait for the matching `endBulkLoad()`, so no single call does the whole corpus's work.
   */
  beginBulkLoad(): void {
    this.bulkDepth++;
    // Postings are built once at the end, each list at its final size.
    this.deferPostings = true;
  }

  endBulkLoad(): void {
    if (--this.bulkDepth > 0) return;
    this.deferPostings = false;
    if (!this.bulkChanged) return;
    this.bulkChanged = false;
    this.rebuildPostings();
    if (this.byId.size <= this.autoLinkArticles) this.relinkEntities();
    this.invalidateMatches();
  }

  /**
   * `endBulkLoad` for the editor: the posting lists are rebuilt an article at a time, `pause` yielding
   * to the event loop between slices, and entities are not linked (the caller links them in a worker
   * thread: `linkingRequest`, `linkInWorker`, `applyLinkingInSlices`).
   */
  async endBulkLoadInSlices(pause: () => Promise<void>): Promise<void> {
    if (--this.bulkDepth > 0) return;
    if (!this.bulkChanged) {
      this.deferPostings = false;
      return;
    }
    this.bulkChanged = false;
    const epoch = this.epoch;
    await runStepsInSlices(this.postingsRebuildSteps(), pause);
    // An article taken in or dropped meanwhile (an edit during the last slices): rebuild in one go.
    if (this.epoch !== epoch && this.bulkDepth === 0) this.rebuildPostings();
    if (this.bulkDepth === 0) this.deferPostings = false;
    this.invalidateMatches();
  }

  remove(path: string): boolean {
    const article = this.byPath.get(path);
    if (!article) return false;
    for (const id of this.detach(article)) this.invalidate(id);
    return true;
  }

  /** Moves an article to a new path; its analysis and matches stay as they are. */
  rename(from: string, to: string): boolean {
    const article = this.byPath.get(from);
    if (!article || from === to) return false;
    if (this.byPath.has(to)) this.remove(to);
    this.byPath.delete(from);
    article.path = to;
    this.byPath.set(to, article);
    // Views hold paths: drop the ones that mention this article.
    this.views.clear();
    return true;
  }

  private digestFor(path: string, text: string, hash: string, prepared?: ArticleAnalysis | ArticleDigest | PackedArticleDigest): ResolvedDigest | CachedClaims {
    if (prepared && 'spans' in prepared) return this.resolvePacked(prepared);
    if (prepared && 'vocabulary' in prepared) return this.resolve(prepared);
    if (prepared) return this.resolve(digestArticle(text, prepared, hash));
    const cached = this.cached.get(hash);
    if (cached) {
      try {
        return readCachedClaims(hash, cached, this.cachedTermId);
      } catch {
        // A damaged line in the cache: analyse the article again.
      }
    }
    return this.resolve(digestArticle(text, this.analyze(text, path), hash));
  }

  /**
   * A worker's packed digest with its vocabulary numbered by this index. It is taken like a cached
   * article: its claims' records are made when first needed (see claimsOf).
   */
  private resolvePacked(digest: PackedArticleDigest): CachedClaims {
    const pool = sortedRuns(this.workerTermsNumbered(digest.vocabulary, digest.terms), digest.offsets);
    return { hash: digest.hash, entityNames: digest.entityNames, analysis: digest.analysis, spans: digest.spans, pool, offsets: digest.offsets, details: digest.details };
  }

  /** A digest with its vocabulary numbered by this index, claims' terms in one buffer. */
  private resolve(digest: ArticleDigest): ResolvedDigest {
    const { terms, offsets } = claimTermRuns(digest.claims);
    const ids = digest.vocabulary.map(term => this.internTerm(term));
    const pool = sortedRuns(terms.map(number => ids[number]), offsets);
    return { hash: digest.hash, entityNames: digest.entityNames, analysis: digest.analysis, claims: digest.claims, pool, offsets };
  }

  /** A worker's term numbers as this index's ids. */
  private workerTermsNumbered(vocabulary: WorkerVocabulary, numbers: Int32Array): Int32Array {
    const ids = this.idsOfWorkerTerms(vocabulary);
    const pool = new Int32Array(numbers.length);
    for (let i = 0; i < numbers.length; i++) {
      const number = numbers[i];
      let id = ids[number];
      if (id < 0) ids[number] = id = this.internTerm(vocabulary.terms[number]);
      pool[i] = id;
    }
    return pool;
  }

  /** A worker's term numbers → this index's ids (-1 until first met), as long as all the worker has numbered. */
  private idsOfWorkerTerms(vocabulary: WorkerVocabulary): Int32Array {
    let ids = this.workerTermIds.get(vocabulary);
    if (!ids || ids.length < vocabulary.terms.length) {
      const known = ids;
      ids = new Int32Array(Math.max(1024, 2 * vocabulary.terms.length)).fill(-1);
      if (known) ids.set(known);
      this.workerTermIds.set(vocabulary, ids);
    }
    return ids;
  }

  /** Cached term ids → this index's ids, interned once per term and cache. */
  private readonly cachedTermId = (cacheTerm: number): number => {
    let id = this.cachedTermIds[cacheTerm];
    if (id < 0) {
      id = this.internTerm(this.cachedTerms[cacheTerm]);
      this.cachedTermIds[cacheTerm] = id;
    }
    return id;
  };

  private attach(path: string, text: string, digest: ResolvedDigest | CachedClaims): ArticleRecord {
    const stored = digest.analysis instanceof Uint8Array;
    const article: ArticleRecord = {
      id: this.nextArticleId++, path, text, hash: digest.hash,
      analysis: stored ? undefined : digest.analysis as ArticleAnalysis, stored: stored ? digest.analysis as StoredAnalysis : undefined,
      claims: [], entityNames: digest.entityNames, entityAlias: new Map(),
      storyTerms: NO_TERMS, storyWeight: 0, storyWeightEpoch: -1, partnersToTell: false,
    };
    if ('spans' in digest) {
      // From the cache or a worker: the claims are counted now and made records when first needed.
      article.unread = { firstId: this.claims.length, cached: digest };
      this.unreadArticles++;
      const { pool, offsets } = digest;
      for (let i = 0; i + 1 < offsets.length; i++) {
        this.countClaim(this.claims.length, article.id, pool, offsets[i], offsets[i + 1]);
        this.claims.push(undefined);
      }
    } else {
      digest.claims.forEach((claim, i) => {
        const id = this.claims.length;
        this.countClaim(id, article.id, digest.pool, digest.offsets[i], digest.offsets[i + 1]);
        const record = this.claimRecord(id, article, claim, digest.pool.subarray(digest.offsets[i], digest.offsets[i + 1]));
        this.claims.push(record);
        article.claims.push(record);
      });
      article.storyTerms = this.distinctAnchors(digest.pool);
    }
    this.byPath.set(path, article);
    this.byId.set(article.id, article);
    this.epoch++;
    return article;
  }

  /** The distinct stems and numbers among `terms`, ascending (duplicates dropped before sorting: claims repeat words). */
  private distinctAnchors(terms: Int32Array): Int32Array {
    const seen = this.anchorsSeen;
    seen.set(NO_TERMS);
    if (this.anchorScratch.length < terms.length) this.anchorScratch = new Int32Array(2 * terms.length);
    const anchors = this.anchorScratch;
    const termCode = this.termCode;
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      if (isAnchorCode(termCode[term] as TermCode) && seen.mark(term)) anchors[count++] = term;
    }
    return anchors.slice(0, count).sort();
  }

  /** Counts claim `id` (terms pool[from, to)) in the term statistics and, unless deferred, the posting lists. */
  private countClaim(id: number, articleId: number, pool: Int32Array, from: number, to: number): void {
    if (id >= this.claimArticle.length) {
      const previous = this.claimArticle.length;
      this.claimArticle = grow(this.claimArticle, id + 1);
      this.claimArticle.fill(-1, previous);
      this.claimLength = grow(this.claimLength, id + 1);
    }
    const { documentFrequency, termCode } = this;
    let anchors = 0;
    for (let i = from; i < to; i++) {
      const term = pool[i];
      documentFrequency[term]++;
      if (isAnchorCode(termCode[term] as TermCode)) {
        anchors++;
        if (!this.deferPostings) this.postings.add(term, id);
      }
    }
    this.claimArticle[id] = articleId;
    this.claimLength[id] = anchors;
    if (anchors > this.longestClaim) this.longestClaim = anchors;
    if (to > from) this.liveClaims++;
    this.totalAnchors += anchors;
  }

  private claimRecord(id: number, article: ArticleRecord, claim: Omit<CachedClaim, 'start' | 'end'> & Span, terms: Int32Array): ClaimRecord {
    const localEntities = claim.entities ?? NO_ENTITIES;
    // Every record gets the same fields in the same order (one object shape for the matcher's loops).
    const { names, surnames } = localEntities.length === 0 ? NO_EVIDENCE : entityEvidence(localEntities.map(name => linkedEntity(name, article.entityAlias)));
    return {
      id, article, start: claim.start, end: claim.end, terms, anchors: this.claimLength[id], localEntities, names, surnames,
      facts: claim.facts ?? NO_FACTS, attribution: claim.attribution,
    };
  }

  /** An article's claim records, made from its cache entry on first use. */
  private claimsOf(article: ArticleRecord): ClaimRecord[] {
    const unread = article.unread;
    if (!unread) return article.claims;
    article.unread = undefined;
    this.unreadArticles--;
    const { firstId, cached } = unread;
    let details: ClaimDetails[];
    try {
      details = readClaimDetails(cached, article.text);
    } catch {
      // The checksum passed, so this does not happen; the claims would merely lack their details.
      details = [];
    }
    const { spans, pool, offsets } = cached;
    for (let i = 0; i + 1 < offsets.length; i++) {
      const span = { start: spans[2 * i], end: spans[2 * i + 1] };
      const record = this.claimRecord(firstId + i, article, { ...details[i], ...span }, pool.subarray(offsets[i], offsets[i + 1]));
      this.claims[firstId + i] = record;
      article.claims.push(record);
    }
    article.storyTerms = this.distinctAnchors(pool);
    return article.claims;
  }

  /** The record of claim `id`, made from its article's cache entry if need be; undefined once removed. */
  private claimById(id: number): ClaimRecord | undefined {
    const found = this.claims[id];
    if (found || this.claimArticle[id] < 0) return found;
    const article = this.byId.get(this.claimArticle[id]);
    if (article) this.claimsOf(article);
    return this.claims[id];
  }

  /** Removes an article's claims from the index; returns the articles whose matches pointed at it. */
  private detach(article: ArticleRecord): Set<number> {
    const affected = new Set(this.referencedBy.get(article.id)?.values() ?? []);
    const own = this.memo.get(article.id);
    if (own) for (const partner of own.partners) affected.add(partner);
    this.invalidate(article.id);
    this.referencedBy.delete(article.id);
    let deadPostings = 0;
    for (const claim of this.claimsOf(article)) {
      for (let i = 0; i < claim.terms.length; i++) this.documentFrequency[claim.terms[i]]--;
      deadPostings += claim.anchors;
      this.totalAnchors -= claim.anchors;
      if (claim.terms.length > 0) this.liveClaims--;
      this.claims[claim.id] = undefined;
      this.claimArticle[claim.id] = -1;
    }
    if (!this.deferPostings) this.postings.markDead(deadPostings, claim => this.claimArticle[claim] >= 0);
    this.byPath.delete(article.path);
    this.byId.delete(article.id);
    affected.delete(article.id);
    this.epoch++;
    return affected;
  }

  private rebuildPostings(): void {
    runSteps(this.postingsRebuildSteps());
  }

  /**
   * Rebuilds the posting lists, one step per article. A stem's or number's list holds every claim
   * that has it, so its document frequency is its size.
   */
  private *postingsRebuildSteps(): Generator<void> {
    const articles = [...this.byId.values()];
    const termCode = this.termCode;
    const documentFrequency = this.documentFrequency;
    const builder = new PostingsBuilder(this.termStrings.length, term => isAnchorCode(termCode[term] as TermCode) ? documentFrequency[term] : 0);
    for (const article of articles) {
      if (article.unread) {
        const { firstId, cached: { pool, offsets } } = article.unread;
        for (let i = 0; i + 1 < offsets.length; i++) {
          for (let at = offsets[i]; at < offsets[i + 1]; at++) if (isAnchorCode(termCode[pool[at]] as TermCode)) builder.fill(pool[at], firstId + i);
        }
      } else {
        for (const { terms, id } of article.claims) {
          for (let i = 0; i < terms.length; i++) if (isAnchorCode(termCode[terms[i]] as TermCode)) builder.fill(terms[i], id);
        }
      }
      yield;
    }
    builder.installInto(this.postings);
  }

  private internTerm(term: string): number {
    let id = this.termIds.get(term);
    if (id !== undefined) return id;
    id = this.termStrings.length;
    this.termIds.set(term, id);
    this.termStrings.push(term);
    if (id >= this.documentFrequency.length) {
      const size = id + 1;
      this.documentFrequency = grow(this.documentFrequency, size);
      this.termKindWeight = grow(this.termKindWeight, size);
      this.termCode = grow(this.termCode, size);
      const marks = this.nameMark.length;
      this.nameMark = grow(this.nameMark, size);
      this.nameMark.fill(-1, marks);
      this.unitMark = grow(this.unitMark, size);
      this.unitMark.fill(-1, marks);
      this.idfCache = grow(this.idfCache, size);
      const previous = this.idfEpochs.length;
      this.idfEpochs = grow(this.idfEpochs, size);
      this.idfEpochs.fill(-1, previous);
    }
    const kind = termKind(term);
    this.termKindWeight[id] = KIND_WEIGHT[kind];
    this.termCode[id] = KIND_CODE[kind];
    // Marks point from the stem to the mark, whichever is interned first.
    if (kind === 'name' || (kind === 'unit' && /^¤\p{Ll}/u.test(term))) {
      const stem = this.internTerm(term.slice(1));
      (kind === 'name' ? this.nameMark : this.unitMark)[stem] = id;
    } else if (kind === 'stem') {
      const name = this.termIds.get(`=${term}`);
      if (name !== undefined) this.nameMark[id] = name;
      const unit = this.termIds.get(`¤${term}`);
      if (unit !== undefined) this.unitMark[id] = unit;
    }
    return id;
  }

  // ── Entities ────────────────────────────────────────────────────────────────────────────────

  /**
   * Links entities across the corpus ("Marquardt" here, "Helene Marquardt" there): names only, from
   * each article's digest. Bulk loads of up to AUTO_LINK_ARTICLES articles call this by themselves;
   * the editor links in a worker thread instead (`linkingRequest`, `linkInWorker`, `applyLinking`).
   * Drops the memoised matches.
   */
  relinkEntities(): void {
    const request = this.linkingRequest();
    this.applyLinking(request, linkNames(request.names));
  }

  /** What linking needs: every article's entity names, as the index holds them now. */
  linkingRequest(): LinkingRequest {
    const articles = [...this.byId.values()];
    return { articles, names: articles.map(article => article.entityNames) };
  }

  /** Takes the linked names of a `linkingRequest` (articles changed since then are skipped). */
  applyLinking(request: LinkingRequest, linked: readonly (readonly string[])[]): void {
    runSteps(this.linkingSteps(request, linked));
  }

  /** `applyLinking` in slices: `pause` yields to the event loop when the slice's time is up. */
  async applyLinkingInSlices(request: LinkingRequest, linked: readonly (readonly string[])[], pause: () => Promise<void>): Promise<void> {
    await runStepsInSlices(this.linkingSteps(request, linked), pause);
  }

  /** Applies linked names one article per step, then the corpus-wide types. */
  private *linkingSteps(request: LinkingRequest, linked: readonly (readonly string[])[]): Generator<void> {
    const votes = new Map<string, Map<EntityType, number>>();
    for (let i = 0; i < request.articles.length; i++) {
      const article = request.articles[i] as ArticleRecord;
      if (this.byId.get(article.id) !== article) continue;
      article.entityAlias.clear();
      article.linked = undefined;
      request.names[i].forEach((name, j) => {
        const { type, canonical } = splitEntityName(name);
        const corpusCanonical = linked[i]?.[j];
        if (typeof corpusCanonical === 'string' && corpusCanonical && corpusCanonical !== canonical) article.entityAlias.set(canonical, corpusCanonical);
        voteType(votes, (article.entityAlias.get(canonical) ?? canonical).toLowerCase(), type);
      });
      // Unread claims take the new names when their records are made.
      for (const claim of article.claims) {
        if (claim.localEntities.length === 0) continue;
        Object.assign(claim, entityEvidence(claim.localEntities.map(name => linkedEntity(name, article.entityAlias))));
      }
      yield;
    }
    this.entityTypes = majorityTypes(votes);
    this.invalidateMatches();
  }

  // ── Matching ────────────────────────────────────────────────────────────────────────────────

  get threshold(): number {
    return this.thresholdValue;
  }

  set threshold(value: number) {
    const next = clampThreshold(value);
    if (next !== this.thresholdValue) {
      this.thresholdValue = next;
      this.views.clear();
    }
  }

  /** Drops every memoised match (term statistics changed a lot, or entities were relinked). */
  invalidateMatches(): void {
    this.pendingMatchings.clear();
    this.memo.clear();
    this.referencedBy.clear();
    this.views.clear();
  }

  /** The claims of an article with their matches at the current threshold (memoised). */
  getClaims(path: string): ClaimWithMatches[] {
    const article = this.byPath.get(path);
    if (!article) return [];
    let view = this.views.get(article.id);
    if (view) {
      // Most recently used last, so the oldest views are dropped first.
      this.views.delete(article.id);
      this.views.set(article.id, view);
      return view;
    }
    const memo = this.matchesOf(article);
    view = this.claimsOf(article).map((claim, i) => {
      const matches: ClaimMatch[] = [];
      for (let at = memo.offsets[i]; at < memo.offsets[i + 1]; at++) {
        if (memo.scores[at] < this.thresholdValue) break;
        const other = this.claimById(memo.others[at]) as ClaimRecord;
        matches.push({ ...this.refOf(other), score: round(memo.scores[at]), conflicts: memo.conflicts.get(at) ?? NO_CONFLICTS });
      }
      return { ...this.refOf(claim), matches };
    });
    this.views.set(article.id, view);
    if (this.views.size > MAX_VIEWS) this.views.delete(this.views.keys().next().value as number);
    return view;
  }

  /**
   * Computes an article's matches within a time budget: true once they are memoised (getClaims then returns
   * at once), false when the budget ran out between two claims (the next call goes on from there).
   */
  matchArticle(path: string, budgetMs = Infinity, now: () => number = () => Date.now()): boolean {
    const article = this.byPath.get(path);
    if (!article || this.memo.has(article.id)) return true;
    const deadline = now() + budgetMs;
    return this.matchUntil(article, () => now() > deadline) !== undefined;
  }

  /** The claims of an article without their matches (nothing is matched). */
  getClaimRefs(path: string): ClaimRef[] {
    const article = this.byPath.get(path);
    return article ? this.claimsOf(article).map(claim => this.refOf(claim)) : [];
  }

  /** The `claims` array of the `analyze --json` contract for an article. */
  contractClaims(path: string): ContractClaim[] {
    return this.getClaims(path).map(claim => ({
      start: claim.start,
      end: claim.end,
      text: claim.text,
      matches: claim.matches.map(match => ({
        path: match.path, start: match.start, end: match.end, score: match.score,
        ...(match.conflicts.length > 0 ? { conflicts: match.conflicts } : {}),
      })),
    }));
  }

  /** Matches for an arbitrary selection of an indexed article (best one per other article). */
  findMatchesForText(path: string, start: number, end: number): ClaimMatch[] {
    const article = this.byPath.get(path);
    if (!article || end <= start) return [];
    const { text } = article;
    const analysis = this.analysisOf(article);
    const span = { start: Math.max(0, start), end: Math.min(text.length, end) };
    const exact = this.claimsOf(article).find(claim => claim.start === span.start && claim.end === span.end);
    if (exact) return this.getClaims(path).find(claim => claim.start === exact.start)?.matches ?? [];
    const attribution = findAttribution(text, span, analysis.language);
    const terms = claimTerms(text, span, analysis.language, framesOf(attribution), mentionTerms(analysis))
      .map(term => this.termIds.get(term))
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => a - b);
    const evidence = selectionEvidence(text, analysis, span, framesOf(attribution));
    const localEntities = evidence.entities;
    const probe: ClaimRecord = {
      id: -1, article, start: span.start, end: span.end, terms: Int32Array.from(terms),
      anchors: terms.filter(term => isAnchorCode(this.termCode[term])).length, localEntities,
      ...entityEvidence(localEntities.map(name => linkedEntity(name, article.entityAlias))),
      facts: evidence.facts,
    };
    const bestPerArticle = new Map<number, StoredMatch>();
    const { others, scores } = this.scoreCandidates(probe, this.thresholdValue, this.storyFactors(article));
    others.forEach((candidate, i) => {
      const score = scores[i];
      const best = bestPerArticle.get(candidate.article.id);
      if (!best || score > best.score) bestPerArticle.set(candidate.article.id, { claim: candidate, score, conflicts: [] });
    });
    return [...bestPerArticle.values()]
      .sort(byScoreThenPlace)
      .map(match => ({
        ...this.refOf(match.claim), score: round(match.score), conflicts: findConflicts(probe.facts, match.claim.facts),
      }));
  }

  /**
   * Groups matched claims across the corpus. Clusters whose claims disagree on a date or a
   * quantity come first, then the ones spanning more articles. Computes missing matches first.
   */
  clusters(): ClaimCluster[] {
    return runSteps(this.clusterSteps());
  }

  /** `clusters()` in slices: `pause` yields to the event loop when the slice's time is up. */
  clustersInSlices(pause: () => Promise<void>): Promise<ClaimCluster[]> {
    return runStepsInSlices(this.clusterSteps(), pause);
  }

  /** The work of `clusters()`, in steps of an article or a few hundred claims each. */
  private *clusterSteps(): Generator<void, ClaimCluster[]> {
    const parent = new Map<number, number>();
    const find = (id: number): number => {
      let root = id;
      while (parent.get(root) !== root) root = parent.get(root) as number;
      let node = id;
      while (node !== root) {
        const next = parent.get(node) as number;
        parent.set(node, root);
        node = next;
      }
      return root;
    };
    const union = (a: number, b: number) => {
      if (!parent.has(a)) parent.set(a, a);
      if (!parent.has(b)) parent.set(b, b);
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
    };
    const conflictsByPair: ContractConflict[][] = [];
    const conflictOwner: number[] = [];
    for (const article of this.byId.values()) {
      const memo = this.matchesOf(article);
      this.claimsOf(article).forEach((claim, i) => {
        for (let at = memo.offsets[i]; at < memo.offsets[i + 1]; at++) {
          const other = memo.others[at];
          if (memo.scores[at] < this.thresholdValue) break;
          if (other < claim.id) continue;
          union(claim.id, other);
          const conflicts = memo.conflicts.get(at);
          if (conflicts) {
            conflictsByPair.push(conflicts);
            conflictOwner.push(claim.id);
          }
        }
      });
      yield;
    }
    const groups = new Map<number, number[]>();
    let done = 0;
    for (const id of parent.keys()) {
      const root = find(id);
      const group = groups.get(root);
      if (group) group.push(id);
      else groups.set(root, [id]);
      if (++done % CLAIMS_PER_STEP === 0) yield;
    }
    const conflictsByRoot = new Map<number, ContractConflict[]>();
    conflictsByPair.forEach((conflicts, i) => {
      const root = find(conflictOwner[i]);
      const list = conflictsByRoot.get(root);
      if (list) list.push(...conflicts);
      else conflictsByRoot.set(root, [...conflicts]);
    });
    const clusters: ClaimCluster[] = [];
    done = 0;
    for (const [root, ids] of groups) {
      done += ids.length;
      if (done >= CLAIMS_PER_STEP) {
        done = 0;
        yield;
      }
      const members = ids.map(id => this.claimById(id)).filter((claim): claim is ClaimRecord => claim !== undefined);
      members.sort((a, b) => a.article.path.localeCompare(b.article.path) || a.start - b.start);
      clusters.push({
        claims: members.map(claim => this.refOf(claim)),
        articles: new Set(members.map(claim => claim.article.id)).size,
        conflicts: summariseConflicts(conflictsByRoot.get(root) ?? []),
      });
    }
    return clusters.sort((a, b) =>
      Number(b.conflicts.length > 0) - Number(a.conflicts.length > 0) || b.articles - a.articles || b.claims.length - a.claims.length);
  }

  /**
   * Computes missing matches for up to `budgetMs` milliseconds (for idle time in the editor);
   * returns true when every article's matches are ready.
   */
  precomputeMatches(budgetMs = Infinity, now: () => number = () => Date.now()): boolean {
    const deadline = now() + budgetMs;
    // Packed claims' records first: a lens is then never kept waiting for its candidates' records.
    if (!this.readClaimsUntil(deadline, now)) return false;
    for (const article of this.byId.values()) {
      if (this.memo.has(article.id)) continue;
      if (now() > deadline) return false;
      // One article's claims can take longer than a slice in a big corpus: the work stops between
      // two claims and the next slice goes on from there.
      if (!this.matchUntil(article, () => now() > deadline)) return false;
    }
    // A changed article's matching may have made articles passed before drop their matches.
    for (const article of this.byId.values()) if (!this.memo.has(article.id)) return false;
    return true;
  }

  /**
   * Makes the records of the claims taken packed, from the cache or from worker threads (they are
   * otherwise made when first needed), until all are made (true) or the budget is spent (false).
   */
  makeClaimRecords(budgetMs = Infinity, now: () => number = () => Date.now()): boolean {
    return this.readClaimsUntil(now() + budgetMs, now);
  }

  private readClaimsUntil(deadline: number, now: () => number): boolean {
    if (this.unreadArticles === 0) return true;
    for (const article of this.byId.values()) {
      if (!article.unread) continue;
      if (now() > deadline) return false;
      this.claimsOf(article);
    }
    return true;
  }

  private refOf(claim: ClaimRecord): ClaimRef {
    const ref: ClaimRef = { path: claim.article.path, start: claim.start, end: claim.end, text: claim.article.text.slice(claim.start, claim.end) };
    if (claim.attribution) ref.attribution = claim.attribution.text;
    return ref;
  }

  private invalidate(articleId: number): void {
    this.views.delete(articleId);
    this.pendingMatchings.delete(articleId);
    const own = this.memo.get(articleId);
    if (!own) return;
    this.memo.delete(articleId);
    for (const partner of own.partners) this.referencedBy.get(partner)?.delete(articleId);
  }

  /**
   * Scores every claim of the article against its candidates. A pair is kept when it clears the
   * floor and is the best match of one of its two claims within the other's article: restating
   * a fact twice in one article is fine, but a claim does not match every sentence that shares
   * a few words with it. The rule is symmetric, so both articles agree on their pairs.
   */
  private matchesOf(article: ArticleRecord): ArticleMatches {
    return this.memo.get(article.id) ?? this.matchUntil(article, () => false)!;
  }

  /**
   * Goes on with the article's matching until it is done (its matches, now memoised) or `stop()` says so
   * between two claims (undefined; the next call goes on from there).
   */
  private matchUntil(article: ArticleRecord, stop: () => boolean): ArticleMatches | undefined {
    const matching = this.matchingOf(article);
    return this.scoreClaims(matching, stop) ? this.finishMatching(matching) : undefined;
  }

  /** The article's matching in progress, if it is still valid, else a new one. */
  private matchingOf(article: ArticleRecord): Matching {
    const pending = this.pendingMatchings.get(article.id);
    if (pending?.article === article && pending.epoch === this.epoch) return pending;
    // Matchings begun before the corpus last changed are of no use any more.
    for (const [id, stale] of this.pendingMatchings) if (stale.epoch !== this.epoch) this.pendingMatchings.delete(id);
    const matching: Matching = { article, epoch: this.epoch, next: 0, scoredByOwn: [], bestOfOther: new Map() };
    this.pendingMatchings.set(article.id, matching);
    return matching;
  }

  /**
   * Scores the article's claims against their candidates, from where `matching` stopped, until
   * all are done (true) or `stop()` says so between two claims (false). Scores at least one claim
   * per call, so slices always make progress.
   */
  private scoreClaims(matching: Matching, stop: () => boolean): boolean {
    const { article, scoredByOwn, bestOfOther } = matching;
    const claims = this.claimsOf(article);
    const stories = this.storyFactors(article);
    for (let scored = 0; matching.next < claims.length; scored++) {
      if (scored > 0 && stop()) return false;
      const own = claims[matching.next++];
      const { others, scores } = this.scoreCandidates(own, MIN_MATCH_THRESHOLD, stories);
      others.forEach((other, i) => {
        const best = bestOfOther.get(other.id);
        if (best === undefined || scores[i] > best) bestOfOther.set(other.id, scores[i]);
      });
      if (others.length > 0) scoredByOwn.push({ own, others, scores });
    }
    return true;
  }

  /** Keeps the pairs that are the best of one of their claims within the other's article, and memoises them. */
  private finishMatching(matching: Matching): ArticleMatches {
    const { article, scoredByOwn, bestOfOther } = matching;
    if (this.pendingMatchings.get(article.id) === matching) this.pendingMatchings.delete(article.id);
    const byClaim = new Map<number, StoredMatch[]>();
    const partners = new Set<number>();
    const bestOfOwn = new Map<number, number>();
    for (const { own, others, scores } of scoredByOwn) {
      bestOfOwn.clear();
      others.forEach((other, i) => bestOfOwn.set(other.article.id, Math.max(bestOfOwn.get(other.article.id) ?? 0, scores[i])));
      const list: StoredMatch[] = [];
      others.forEach((other, i) => {
        const score = scores[i];
        if (score < (bestOfOwn.get(other.article.id) ?? 0) && score < (bestOfOther.get(other.id) ?? 0)) return;
        list.push({ claim: other, score, conflicts: NO_CONFLICTS });
        partners.add(other.article.id);
      });
      if (list.length > 0) byClaim.set(own.id, list);
    }
    const result = this.compact(article, byClaim, partners);
    this.memo.set(article.id, result);
    if (article.partnersToTell) {
      article.partnersToTell = false;
      for (const partner of result.partners) if (partner !== article.id) this.invalidate(partner);
    }
    for (const partner of result.partners) {
      let list = this.referencedBy.get(partner);
      if (!list) this.referencedBy.set(partner, list = new IdList());
      list.add(article.id);
    }
    return result;
  }

  /** Sorts, caps and packs an article's matches, with the conflicts of the ones kept. */
  private compact(article: ArticleRecord, byClaim: Map<number, StoredMatch[]>, partners: Set<number>): ArticleMatches {
    const claims = this.claimsOf(article);
    const offsets = new Int32Array(claims.length + 1);
    let total = 0;
    for (const list of byClaim.values()) total += Math.min(list.length, MAX_MATCHES_PER_CLAIM);
    const others = new Int32Array(total);
    const scores = new Float32Array(total);
    const conflicts = new Map<number, ContractConflict[]>();
    let at = 0;
    claims.forEach((own, i) => {
      offsets[i] = at;
      const list = byClaim.get(own.id);
      if (!list) return;
      list.sort(byScoreThenPlace);
      for (const match of list.slice(0, MAX_MATCHES_PER_CLAIM)) {
        others[at] = match.claim.id;
        scores[at] = match.score;
        const found = findConflicts(own.facts, match.claim.facts);
        if (found.length > 0) conflicts.set(at, found);
        at++;
      }
    });
    offsets[claims.length] = at;
    return { offsets, others, scores, conflicts, partners: Int32Array.from(partners) };
  }

  /**
   * Claims of other articles that share at least two stems or numbers with `claim`, ranked by
   * BM25. Terms found in a large share of all claims are too common to find candidates with
   * (they still count when scoring), and the rarest terms are looked up first within a budget of
   * postings, which keeps a lookup fast on big corpora whatever the claim.
   */
  private candidates(claim: ClaimRecord): ClaimRecord[] {
    const capacity = this.claims.length;
    if (this.scratchCounts.length < capacity) {
      this.scratchCounts = grow(this.scratchCounts, capacity);
      this.scratchScores = grow(this.scratchScores, capacity);
    }
    const counts = this.scratchCounts;
    const scores = this.scratchScores;
    let touchedCount = 0;
    const ownArticle = claim.article.id;
    const commonDf = Math.max(COMMON_TERM_MIN_DF, Math.ceil(this.liveClaims * COMMON_TERM_SHARE));
    const saturation = this.saturationByLength();
    const lookups: number[] = [];
    for (const term of claim.terms) {
      if (isAnchorCode(this.termCode[term]) && this.documentFrequency[term] <= commonDf) lookups.push(term);
    }
    lookups.sort((a, b) => this.documentFrequency[a] - this.documentFrequency[b] || a - b);
    let visited = 0;
    for (let t = 0; t < lookups.length; t++) {
      const term = lookups[t];
      const { list, length } = this.postings.get(term);
      if (t >= MIN_SHARED_ANCHORS && visited + length > POSTINGS_BUDGET) break;
      visited += length;
      const idf = this.idf(term);
      for (let i = 0; i < length; i++) {
        const other = list[i];
        const otherArticle = this.claimArticle[other];
        if (otherArticle < 0 || otherArticle === ownArticle) continue;
        if (counts[other] === 0) {
          if (touchedCount === this.scratchTouched.length) this.scratchTouched = grow(this.scratchTouched, touchedCount + 1);
          this.scratchTouched[touchedCount++] = other;
        }
        counts[other]++;
        scores[other] += idf * saturation[this.claimLength[other]];
      }
    }
    const found: number[] = [];
    const visitedClaims = this.scratchTouched;
    for (let i = 0; i < touchedCount; i++) {
      const other = visitedClaims[i];
      if (counts[other] >= MIN_SHARED_ANCHORS) found.push(other);
      counts[other] = 0;
    }
    found.sort((a, b) => scores[b] - scores[a] || a - b);
    for (let i = 0; i < touchedCount; i++) scores[visitedClaims[i]] = 0;
    if (found.length > MAX_CANDIDATES) found.length = MAX_CANDIDATES;
    return found.map(id => this.claimById(id) as ClaimRecord);
  }

  /** Scores `own` against each of its candidates; keeps the ones at or above `floor`. */
  private scoreCandidates(own: ClaimRecord, floor: number, stories: StoryFactors): { others: ClaimRecord[]; scores: number[] } {
    const others: ClaimRecord[] = [];
    const scores: number[] = [];
    this.probe.set(own.terms);
    for (const other of this.candidates(own)) {
      const score = this.score(own, other, stories);
      if (score < floor) continue;
      others.push(other);
      scores.push(score);
    }
    return { others, scores };
  }

  /**
   * BM25's length factor for each claim length (anchor count), remembered while term statistics stay
   * the same: the candidate lookup needs it for every posting it reads.
   */
  private saturationByLength(): Float64Array {
    if (this.saturationEpoch !== this.epoch || this.saturation.length <= this.longestClaim) {
      const averageLength = this.totalAnchors / Math.max(1, this.liveClaims);
      this.saturation = new Float64Array(this.longestClaim + 1);
      for (let length = 0; length <= this.longestClaim; length++) this.saturation[length] = bm25Saturation(length, averageLength);
      this.saturationEpoch = this.epoch;
    }
    return this.saturation;
  }

  /** The score of `a` (the current probe, see scoreCandidates) and `b`. */
  private score(a: ClaimRecord, b: ClaimRecord, stories: StoryFactors): number {
    const overlap = this.probe.overlap(b.terms);
    if (overlap.sharedAnchors < MIN_SHARED_ANCHORS) return 0;
    const disagree = figuresDisagree(overlap);
    if (!this.enoughEvidence(a.terms, b.terms, disagree)) return 0;
    const lexical = disagree
      ? wordsOnlyScore(a.terms, b.terms, this.termWeight, this.codeOf, (term, side) => this.isValueWord(term, side === 0 ? a.terms : b.terms))
      : overlap.similarity;
    return combineScore(lexical, a, b) * stories(b.article);
  }

  /**
   * Claims match best within one story: between articles that share little of their vocabulary
   * (unrelated articles in a mixed folder), similar sentences are usually different facts, so
   * their score is lowered; articles about one story are not affected. The factors are for one
   * article's lookups: its story terms are the story probe, and each other article's factor is
   * computed once.
   */
  private storyFactors(article: ArticleRecord): StoryFactors {
    const factors = new Map<number, number>();
    this.claimsOf(article); // an article still unread from the cache gets its storyTerms here
    this.storyProbe.set(article.storyTerms);
    return other => {
      let factor = factors.get(other.id);
      if (factor === undefined) {
        factor = Math.min(1, STORY_FLOOR + this.storyProbe.similarity(other.storyTerms, this.storyWeight(other)) / STORY_SAME);
        factors.set(other.id, factor);
      }
      return factor;
    };
  }

  /** The summed weight of an article's story terms, remembered while term statistics stay the same. */
  private storyWeight(article: ArticleRecord): number {
    if (article.storyWeightEpoch !== this.epoch) {
      article.storyWeight = this.storyProbe.totalWeight(article.storyTerms);
      article.storyWeightEpoch = this.epoch;
    }
    return article.storyWeight;
  }

  /**
   * Two claims state the same fact only if they share enough besides names: two of (a content
   * word, a figure, a name), at least one of them a content word or a figure. When their figures
   * disagree, the words around the figures must do it: a content word, and a second one or a name.
   */
  private enoughEvidence(a: Int32Array, b: Int32Array, figuresDisagree: boolean): boolean {
    let content = 0;
    let figures = 0;
    let names = 0;
    // `a` is the probe: its terms are looked up in the probe's table instead of merged.
    const probe = this.probe;
    for (let j = 0; j < b.length; j++) {
      const term = b[j];
      if (!probe.has(term)) continue;
      const code = this.termCode[term] as TermCode;
      if (code === TermCode.Number) figures++;
      else if (code === TermCode.Stem) {
        const name = this.nameMark[term];
        if (name >= 0 && probe.has(name) && contains(b, name)) names++;
        else if (!(this.isValueWord(term, a) && this.isValueWord(term, b))) content++;
      }
    }
    if (figuresDisagree) return content >= 1 && content + Math.min(1, names) >= 2;
    return content + figures >= 1 && content + figures + Math.min(1, names) >= 2;
  }

  /** Whether the claim marks this stem as a word of one of its figures ("Millionen" in "175 Millionen Euro"). */
  private isValueWord(term: number, claimTerms: Int32Array): boolean {
    const mark = this.unitMark[term];
    return mark >= 0 && contains(claimTerms, mark);
  }

  private readonly termWeight = (term: number): number => {
    const weight = this.idf(term) * this.termKindWeight[term];
    // A stem written mostly as (part of) a name: its name mark is in more than half of its claims.
    const mark = this.nameMark[term];
    return mark >= 0 && 2 * this.documentFrequency[mark] > this.documentFrequency[term] ? weight * NAME_STEM_WEIGHT : weight;
  };
  private readonly codeOf = (term: number): TermCode => this.termCode[term] as TermCode;

  private idf(term: number): number {
    if (this.idfEpochs[term] !== this.epoch) {
      this.idfCache[term] = bm25Idf(Math.max(1, this.documentFrequency[term]), Math.max(1, this.liveClaims));
      this.idfEpochs[term] = this.epoch;
    }
    return this.idfCache[term];
  }

  // ── Persistence ─────────────────────────────────────────────────────────────────────────────

  /** Every article's digest, keyed by content hash, in the cache's JSON-lines form (see cache.ts). */
  toCache(): string {
    return runSteps(this.cacheSteps()).join('\n');
  }

  /**
   * The cache's lines (join them with newlines), made an article per step with `pause` between
   * steps, for the editor to save the cache while the user works.
   */
  cacheLinesInSlices(pause: () => Promise<void>): Promise<string[]> {
    return runStepsInSlices(this.cacheSteps(), pause);
  }

  /** The work of `toCache`, one step per article; each article's lines are consistent on their own. */
  private *cacheSteps(): Generator<void, string[]> {
    const dictionary = cacheDictionary();
    const lines: string[] = [];
    for (const article of [...this.byId.values()]) {
      if (this.byId.get(article.id) !== article) continue;
      lines.push(...serialiseEntry(packDigest({
        hash: article.hash,
        entityNames: article.entityNames,
        analysis: article.analysis ?? (article.stored as StoredAnalysis),
        claims: this.claimsOf(article).map(claim => ({
          start: claim.start, end: claim.end, attribution: claim.attribution,
          entities: claim.localEntities.length > 0 ? claim.localEntities : undefined,
          facts: claim.facts === NO_FACTS ? undefined : claim.facts,
          terms: Array.from(claim.terms, term => dictionary.id(this.termStrings[term])),
        })),
      }, article.text)));
      yield;
    }
    return [serialiseHeader(dictionary.terms, this.cacheKey), ...lines];
  }

  /** An empty index that takes articles whose content hash is in the cache as they are. */
  static fromCache(serialised: string | Uint8Array, options: CorpusIndexOptions = {}): CorpusIndex {
    const index = new CorpusIndex(options);
    index.loadCache(parseCache(serialised, options.cacheKey ?? ''));
    return index;
  }

  /** Adds a cache's digests to the ones this index can reuse (invalid caches are ignored). */
  loadCache(cache: CorpusCache | undefined): void {
    if (!cache) return;
    this.cachedTerms = cache.terms;
    this.cachedTermIds = new Int32Array(cache.terms.length).fill(-1);
    this.cached = cache.articles;
    // An index that knows no terms yet takes the cache's numbering as its own: each claim's terms,
    // stored ascending, then need no sorting when they are read.
    if (this.termStrings.length === 0) for (let term = 0; term < cache.terms.length; term++) this.cachedTermId(term);
  }

  /** Forgets cached digests no indexed article uses (after the folder is loaded). */
  releaseCache(): void {
    this.cached.clear();
    this.cachedTerms = [];
    this.cachedTermIds = new Int32Array(0);
  }
}

function contains(sorted: Int32Array, value: number): boolean {
  const at = firstAtOrAfter(sorted, value);
  return at < sorted.length && sorted[at] === value;
}

/** Best first; ties in text order, so the order does not depend on the order of indexing. */
function byScoreThenPlace(a: StoredMatch, b: StoredMatch): number {
  return b.score - a.score || (a.claim.article.path < b.claim.article.path ? -1 : a.claim.article.path > b.claim.article.path ? 1 : 0) || a.claim.start - b.claim.start;
}

/**
 * Which type wins when as many articles give a name one type as another. Not the first seen: the editor
 * indexes articles in no fixed order, and the CLI and the editor must agree. Organisations first: the
 * tagger's recall is lowest for them (0.53 in cross-validation, people and places 0.71–0.76), so a name the
 * articles disagree on is most likely an organisation some of them took for something else.
 */
const TIE_ORDER: readonly EntityType[] = ['ORG', 'PER', 'LOC', 'MISC'];

/** For names whose articles give them different types, the type most articles give (ties: see TIE_ORDER). */
function majorityTypes(votes: ReadonlyMap<string, ReadonlyMap<EntityType, number>>): Map<string, EntityType> {
  const chosen = new Map<string, EntityType>();
  for (const [key, counts] of votes) {
    if (counts.size < 2) continue;
    let best: EntityType | undefined;
    for (const [type, n] of counts) {
      const bestCount = best === undefined ? -1 : counts.get(best)!;
      if (n > bestCount || (n === bestCount && TIE_ORDER.indexOf(type) < TIE_ORDER.indexOf(best!))) best = type;
    }
    chosen.set(key, best!);
  }
  return chosen;
}

/** "TYPE:Name" → "TYPE:name", through the article's cross-corpus aliases. */
function linkedEntity(entity: string, alias: ReadonlyMap<string, string>): string {
  const colon = entity.indexOf(':');
  const name = entity.slice(colon + 1);
  return `${entity.slice(0, colon)}:${(alias.get(name) ?? name).toLowerCase()}`;
}

function summariseConflicts(conflicts: ContractConflict[]): ClusterConflict[] {
  const byKind = new Map<'date' | 'quantity', Set<string>>();
  for (const conflict of conflicts) {
    const values = byKind.get(conflict.kind) ?? new Set<string>();
    values.add(conflict.here);
    values.add(conflict.there);
    byKind.set(conflict.kind, values);
  }
  return [...byKind].map(([kind, values]) => ({ kind, values: [...values] }));
}

// Shared empty values: most claims have no dates, quantities or entities, and a corpus has many claims.
const NO_CONFLICTS: ContractConflict[] = [];
const NO_TERMS = new Int32Array(0);
const NO_EVIDENCE = entityEvidence([]);

const KIND_WEIGHT: Record<TermKind, number> = { stem: 1, number: 1, gram: GRAM_WEIGHT, unit: UNIT_WEIGHT, name: NAME_MARK_WEIGHT };
const KIND_CODE: Record<TermKind, TermCode> = {
  stem: TermCode.Stem, number: TermCode.Number, gram: TermCode.Gram, unit: TermCode.Unit, name: TermCode.Name,
};

function clampThreshold(value: number): number {
  return Math.min(1, Math.max(MIN_MATCH_THRESHOLD, Number.isFinite(value) ? value : DEFAULT_MATCH_THRESHOLD));
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** `pool` with each claim's run of terms, pool[offsets[i], offsets[i + 1]), sorted ascending. */
function sortedRuns(pool: Int32Array, offsets: Int32Array): Int32Array {
  for (let i = 0; i + 1 < offsets.length; i++) pool.subarray(offsets[i], offsets[i + 1]).sort();
  return pool;
}
