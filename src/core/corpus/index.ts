// The corpus module's public API: the index, its worker client and the pieces hosts need.
export {
  CorpusIndex, DEFAULT_MATCH_THRESHOLD, MIN_MATCH_THRESHOLD, AUTO_LINK_ARTICLES,
  type ClaimCluster, type ClaimMatch, type ClaimRef, type ClaimWithMatches, type ClusterConflict,
  type CorpusIndexOptions, type IndexedArticle, type UpsertItem,
} from './corpusIndex';
export { indexArticles, type IndexArticlesOptions, type IndexArticlesResult } from './build';
export { IndexWorkerClient, AnalysisCancelledError, type AbortSignalLike, type AnalyzeCallbacks, type AnalyzeItem, type AnalyzeResult, type IndexWorkerClientOptions } from './workerClient';
export { createPathFilter, matchesGlob, globToRegExp, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, type PathFilterOptions } from './glob';
export { contentHash, digestArticle, type ArticleDigest } from './digest';
export { findClaims, isClaim, type ClaimCandidate } from './claims';
export { findAttribution, framesOf, type Attribution } from './attribution';
export { findConflicts, formatDate } from './conflicts';
