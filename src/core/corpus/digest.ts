// An article's digest: everything the corpus index needs from one article that depends only on
// its text — the analysis, its claim candidates and their index terms. Digests are what worker
// threads send back and what the persistent cache stores, keyed by the text's content hash.
import { createHash } from 'crypto';
import type { ArticleAnalysis, Span } from '../analysis/types';
import type { Attribution } from './attribution';
import { findClaims } from './claims';

/** Bump when claim detection or term extraction changes, so stale caches are not reused. */
export const DIGEST_VERSION = 4;

export interface DigestClaim extends Span {
  /** Indices into the digest's vocabulary, ascending. */
  terms: number[];
  attribution?: Attribution;
}

export interface ArticleDigest {
  hash: string;
  analysis: ArticleAnalysis;
  /** The distinct index terms of the article's claims. */
  vocabulary: string[];
  claims: DigestClaim[];
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export function digestArticle(text: string, analysis: ArticleAnalysis, hash = contentHash(text)): ArticleDigest {
  const vocabulary: string[] = [];
  const vocabularyIndex = new Map<string, number>();
  const claims: DigestClaim[] = [];
  for (const candidate of findClaims(text, analysis)) {
    const terms = candidate.terms.map(term => {
      let index = vocabularyIndex.get(term);
      if (index === undefined) {
        index = vocabulary.length;
        vocabulary.push(term);
        vocabularyIndex.set(term, index);
      }
      return index;
    });
    terms.sort((a, b) => a - b);
    const claim: DigestClaim = { start: candidate.start, end: candidate.end, terms };
    if (candidate.attribution) claim.attribution = candidate.attribution;
    claims.push(claim);
  }
  return { hash, analysis, vocabulary, claims };
}
