// How alike two claims are, in [0, 1]. Lexical similarity first, then what the analysis knows:
//   lexical   the BM25 term weights (idf) of the terms both claims share, as a share of each
//             claim's own weight; the geometric mean of the two shares is symmetric and is the
//             self-normalised BM25 score of one claim against the other with the length factors
//             cancelled out (a sentence holds each term once, so BM25's tf saturation is moot)
//   entities  the same canonical people, organisations and places raise the score; claims that
//             both name people but none with the same surname are about different people and
//             lose some (other entity types are not compared that way: their names vary more)
//   values    the same date or quantity raises the score
// Analysis evidence can only amplify lexical evidence, never create a match on its own: a wrong
// match costs the user's trust more than a missed one.
import { sharedFacts, type ClaimFacts } from './conflicts';

/** Weight of a term kind relative to a stem: edge grams are partial evidence. */
export const GRAM_WEIGHT = 0.3;
/** Units say what kind of figure it is, not which. */
export const UNIT_WEIGHT = 0.5;
/** Naming the same actors says less about the fact than saying the same about them. */
export const ENTITY_TERM_WEIGHT = 0.6;
const ENTITY_BONUS = 0.3;
const PERSON_MISMATCH = 0.85;
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
  /** Shared weight and each side's total, without number terms. */
  wordsShared: number;
  wordsA: number;
  wordsB: number;
}

/** Term kinds as small integers, for the inner loops. */
export const enum TermCode { Stem = 0, Number = 1, Gram = 2, Unit = 3, Entity = 4 }

/** Whether a term kind can find candidates and counts as shared content. */
export function isAnchorCode(code: TermCode): boolean {
  return code === TermCode.Stem || code === TermCode.Number || code === TermCode.Entity;
}

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
  let numberWeightA = 0;
  let numberWeightB = 0;
  let sharedNumberWeight = 0;
  while (i < a.length || j < b.length) {
    const ta = i < a.length ? a[i] : Infinity;
    const tb = j < b.length ? b[j] : Infinity;
    if (ta === tb) {
      const w = weight(ta);
      shared += w;
      totalA += w;
      totalB += w;
      const kind = code(ta);
      if (isAnchorCode(kind)) sharedAnchors++;
      if (kind === TermCode.Number) {
        sharedNumbers++;
        numbersA++;
        numbersB++;
      }
      if (kind === TermCode.Number || kind === TermCode.Unit) {
        numberWeightA += w;
        numberWeightB += w;
        sharedNumberWeight += w;
      }
      i++;
      j++;
    } else if (ta < tb) {
      const w = weight(ta);
      totalA += w;
      const kind = code(ta);
      if (kind === TermCode.Number) numbersA++;
      if (kind === TermCode.Number || kind === TermCode.Unit) numberWeightA += w;
      i++;
    } else {
      const w = weight(tb);
      totalB += w;
      const kind = code(tb);
      if (kind === TermCode.Number) numbersB++;
      if (kind === TermCode.Number || kind === TermCode.Unit) numberWeightB += w;
      j++;
    }
  }
  const similarity = totalA > 0 && totalB > 0 ? shared / Math.sqrt(totalA * totalB) : 0;
  return {
    similarity, sharedAnchors, sharedNumbers, numbersA, numbersB,
    wordsShared: shared - sharedNumberWeight, wordsA: totalA - numberWeightA, wordsB: totalB - numberWeightB,
  };
}

/**
 * Lexical similarity. When both claims give figures and none agree, the figures are what may be
 * disputed, so the claims are compared on their words alone, and a little lower: sentences that
 * share only "Millionen Euro" and a common word are usually about different amounts, while the
 * same statement with another figure ("zahlt 100 Millionen" / "zahlt 175 Millionen") still matches
 * and then shows the disagreement.
 */
export function lexicalScore(overlap: LexicalOverlap): number {
  const disjointNumbers = overlap.numbersA > 0 && overlap.numbersB > 0 && overlap.sharedNumbers === 0;
  if (!disjointNumbers) return overlap.similarity;
  const words = overlap.wordsA > 0 && overlap.wordsB > 0 ? overlap.wordsShared / Math.sqrt(overlap.wordsA * overlap.wordsB) : 0;
  return words * NUMBER_MISMATCH;
}

export interface ClaimEvidence {
  /** "TYPE:canonical name" (name lower-cased) of the entities in the claim, without its reporting frame. */
  entities: readonly string[];
  facts: ClaimFacts;
}

const nameOf = (entity: string) => entity.slice(entity.indexOf(':') + 1);
const surnamesOf = (entities: readonly string[]) =>
  entities.filter(entity => entity.startsWith('PER:')).map(entity => nameOf(entity).split(' ').pop() ?? '');

/** The match score: lexical similarity re-ranked with shared entities and values. */
export function combineScore(lexical: number, a: ClaimEvidence, b: ClaimEvidence): number {
  let score = lexical;
  const support = Math.min(1, lexical / LEXICAL_SUPPORT);
  if (a.entities.length > 0 && b.entities.length > 0) {
    const namesA = new Set(a.entities.map(nameOf));
    const namesB = new Set(b.entities.map(nameOf));
    const shared = [...namesA].filter(name => namesB.has(name)).length;
    const union = namesA.size + namesB.size - shared;
    if (shared > 0) score += (1 - score) * ENTITY_BONUS * support * (shared / union);
    const surnamesA = surnamesOf(a.entities);
    const surnamesB = surnamesOf(b.entities);
    if (surnamesA.length > 0 && surnamesB.length > 0 && !surnamesA.some(name => surnamesB.includes(name))) score *= PERSON_MISMATCH;
  }
  const agreeing = sharedFacts(a.facts, b.facts);
  if (agreeing > 0) score += (1 - score) * VALUE_BONUS * support * Math.min(1, agreeing / 2);
  return Math.max(0, Math.min(1, score));
}
