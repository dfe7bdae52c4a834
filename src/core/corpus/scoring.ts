// How alike two claims are, in [0, 1]. Lexical similarity first, then what the analysis knows:
//   lexical   the BM25 term weights (idf) of the terms both claims share, as a share of each
//             claim's own weight; the geometric mean of the two shares is symmetric and is the
//             self-normalised BM25 score of one claim against the other with the length factors
//             cancelled out (a sentence holds each term once, so BM25's tf saturation is moot)
//   entities  the same canonical people, organisations and places raise the score; claims that
//             both name entities but none in common are about different actors and lose some
//   values    the same date or quantity raises the score
// Analysis evidence can only amplify lexical evidence, never create a match on its own: a wrong
// match costs the user's trust more than a missed one.
import { sharedFacts, type ClaimFacts } from './conflicts';

/** Weight of a term kind relative to a stem: edge grams are partial evidence. */
export const GRAM_WEIGHT = 0.3;
const ENTITY_BONUS = 0.3;
const ENTITY_MISMATCH = 0.85;
const VALUE_BONUS = 0.2;
const NUMBER_MISMATCH = 0.75;
/** Lexical similarity at which analysis evidence counts fully; below it counts proportionally less. */
const LEXICAL_SUPPORT = 0.3;

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export function bm25Idf(documentFrequency: number, documents: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25's term-frequency part for a term that occurs once in a document of `length` terms. */
export function bm25Saturation(length: number, averageLength: number): number {
  return (BM25_K1 + 1) / (1 + BM25_K1 * (1 - BM25_B + BM25_B * length / Math.max(1, averageLength)));
}

export interface LexicalOverlap {
  similarity: number;
  /** Stems and numbers both claims contain (edge grams excluded). */
  sharedAnchors: number;
  sharedNumbers: number;
  numbersA: number;
  numbersB: number;
}

/** Term kinds as small integers, for the inner loops. */
export const enum TermCode { Stem = 0, Number = 1, Gram = 2 }

/**
 * Similarity of two ascending term-id lists. `weight(term)` is the term's idf times its kind weight,
 * `code(term)` its kind.
 */
export function lexicalOverlap(
  a: ArrayLike<number>, b: ArrayLike<number>, weight: (term: number) => number, code: (term: number) => TermCode,
): LexicalOverlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  let sharedAnchors = 0;
  let sharedNumbers = 0;
  let numbersA = 0;
  let numbersB = 0;
  while (i < a.length || j < b.length) {
    const ta = i < a.length ? a[i] : Infinity;
    const tb = j < b.length ? b[j] : Infinity;
    if (ta === tb) {
      const w = weight(ta);
      shared += w;
      totalA += w;
      totalB += w;
      const kind = code(ta);
      if (kind !== TermCode.Gram) sharedAnchors++;
      if (kind === TermCode.Number) {
        sharedNumbers++;
        numbersA++;
        numbersB++;
      }
      i++;
      j++;
    } else if (ta < tb) {
      totalA += weight(ta);
      if (code(ta) === TermCode.Number) numbersA++;
      i++;
    } else {
      totalB += weight(tb);
      if (code(tb) === TermCode.Number) numbersB++;
      j++;
    }
  }
  const similarity = totalA > 0 && totalB > 0 ? shared / Math.sqrt(totalA * totalB) : 0;
  return { similarity, sharedAnchors, sharedNumbers, numbersA, numbersB };
}

/**
 * Lexical similarity, lowered when both claims give figures and none of them agree: sentences
 * sharing "Millionen Euro" and a few words but no number are usually about different amounts.
 */
export function lexicalScore(overlap: LexicalOverlap): number {
  const disjointNumbers = overlap.numbersA > 0 && overlap.numbersB > 0 && overlap.sharedNumbers === 0;
  return disjointNumbers ? overlap.similarity * NUMBER_MISMATCH : overlap.similarity;
}

export interface ClaimEvidence {
  /** Canonical entity names in the claim (lower-cased), without its reporting frame. */
  entities: readonly string[];
  facts: ClaimFacts;
}

/** The match score: lexical similarity re-ranked with shared entities and values. */
export function combineScore(lexical: number, a: ClaimEvidence, b: ClaimEvidence): number {
  let score = lexical;
  const support = Math.min(1, lexical / LEXICAL_SUPPORT);
  if (a.entities.length > 0 && b.entities.length > 0) {
    const shared = a.entities.filter(entity => b.entities.includes(entity)).length;
    const union = a.entities.length + b.entities.length - shared;
    if (shared > 0) score += (1 - score) * ENTITY_BONUS * support * (shared / union);
    else score *= ENTITY_MISMATCH;
  }
  const agreeing = sharedFacts(a.facts, b.facts);
  if (agreeing > 0) score += (1 - score) * VALUE_BONUS * support * Math.min(1, agreeing / 2);
  return Math.max(0, Math.min(1, score));
}
