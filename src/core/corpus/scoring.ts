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
/** Name marks ("=marquardt") only tell which stems are names; the stems themselves carry the weight. */
export const NAME_MARK_WEIGHT = 0;
/**
 * Names are rare words, so their idf is high, but sharing a name says who a sentence is about, not
 * what it states: a stem that is mostly part of a name counts half ("Nordline Mobility hat in Bergen
 * gewonnen" is no match for "Nordline Mobility zahlt 100 Millionen").
 */
export const NAME_STEM_WEIGHT = 0.5;
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
}

/** Term kinds as small integers, for the inner loops. */
export const enum TermCode { Stem = 0, Number = 1, Gram = 2, Unit = 3, Name = 4 }

/** Whether a term kind can find candidates and counts as shared content. */
export function isAnchorCode(code: TermCode): boolean {
  return code === TermCode.Stem || code === TermCode.Number;
}

/**
 * The lexical overlap of one claim (the probe) with many others: the summed weights of the terms
 * both share, as a share of each claim's own total (their geometric mean), and the counts the
 * matcher's rules need. `weight(term)` is the term's idf times its kind weight, `code(term)` its
 * kind. The probe's terms are marked in a table indexed by term id, so each other claim costs one
 * pass over its own terms and the probe's total is summed once. Matching an article scores each of
 * its claims against up to 64 candidates, and this is its innermost loop.
 */
export class OverlapProbe {
  private marks = new Int32Array(1024);
  private stamp = 0;
  private totalA = 0;
  private numbersA = 0;
  /** The last `overlap` result; overwritten by the next call (a result object per candidate is garbage). */
  private readonly result: LexicalOverlap = { similarity: 0, sharedAnchors: 0, sharedNumbers: 0, numbersA: 0, numbersB: 0 };

  constructor(private readonly weight: (term: number) => number, private readonly code: (term: number) => TermCode) {}

  /** Makes `a` (ascending term ids) the probe. */
  set(a: ArrayLike<number>): void {
    if (++this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    let total = 0;
    let numbers = 0;
    for (let i = 0; i < a.length; i++) {
      const term = a[i];
      this.makeRoom(term);
      this.marks[term] = this.stamp;
      total += this.weight(term);
      if (this.code(term) === TermCode.Number) numbers++;
    }
    this.totalA = total;
    this.numbersA = numbers;
  }

  /** Adds `term` to the probe's table (not to its total); false if it was there already. */
  mark(term: number): boolean {
    this.makeRoom(term);
    if (this.marks[term] === this.stamp) return false;
    this.marks[term] = this.stamp;
    return true;
  }

  private makeRoom(term: number): void {
    if (term < this.marks.length) return;
    const bigger = new Int32Array(Math.max(term + 1, this.marks.length * 2));
    bigger.set(this.marks);
    this.marks = bigger;
  }

  /** Whether the probe contains `term`. */
  has(term: number): boolean {
    return term < this.marks.length && this.marks[term] === this.stamp;
  }

  /**
   * `overlap(b).similarity` when b's total weight is known (`totalWeight(b)`, remembered by the
   * caller): only the probe's marks are read for each of b's terms, not their weights.
   */
  similarity(b: ArrayLike<number>, totalB: number): number {
    const { marks, stamp } = this;
    let shared = 0;
    for (let j = 0; j < b.length; j++) {
      const term = b[j];
      if (term < marks.length && marks[term] === stamp) shared += this.weight(term);
    }
    return this.totalA > 0 && totalB > 0 ? shared / Math.sqrt(this.totalA * totalB) : 0;
  }

  /** The summed weight of `b`'s terms, as `overlap` and `similarity` sum it. */
  totalWeight(b: ArrayLike<number>): number {
    let total = 0;
    for (let j = 0; j < b.length; j++) total += this.weight(b[j]);
    return total;
  }

  /** The probe's overlap with `b` (ascending term ids). */
  overlap(b: ArrayLike<number>): Readonly<LexicalOverlap> {
    const { marks, stamp } = this;
    let shared = 0;
    let totalB = 0;
    let sharedAnchors = 0;
    let sharedNumbers = 0;
    let numbersB = 0;
    for (let j = 0; j < b.length; j++) {
      const term = b[j];
      const w = this.weight(term);
      totalB += w;
      const kind = this.code(term);
      if (kind === TermCode.Number) numbersB++;
      if (term < marks.length && marks[term] === stamp) {
        shared += w;
        if (isAnchorCode(kind)) sharedAnchors++;
        if (kind === TermCode.Number) sharedNumbers++;
      }
    }
    const result = this.result;
    result.similarity = this.totalA > 0 && totalB > 0 ? shared / Math.sqrt(this.totalA * totalB) : 0;
    result.sharedAnchors = sharedAnchors;
    result.sharedNumbers = sharedNumbers;
    result.numbersA = this.numbersA;
    result.numbersB = numbersB;
    return result;
  }
}

/** Whether both claims give figures (numbers, dates, amounts) and none of them agree. */
export function figuresDisagree(overlap: LexicalOverlap): boolean {
  return overlap.numbersA > 0 && overlap.numbersB > 0 && overlap.sharedNumbers === 0;
}

/**
 * Similarity on words alone, for claims whose figures disagree: the figures and the words that
 * belong to them ("Millionen Euro", "April") are what may be disputed, so the rest must carry the
 * match, and a little lower. Sentences sharing only "Millionen Euro" and a common word are usually
 * about different amounts; the same statement with another figure ("zahlt 100 Millionen" /
 * "zahlt 175 Millionen") still matches and then shows the disagreement.
 * `valueWord(term, side)` tells the words that belong to a figure in claim a (side 0) or b (side 1).
 */
export function wordsOnlyScore(
  a: ArrayLike<number>, b: ArrayLike<number>, weight: (term: number) => number, code: (term: number) => TermCode,
  valueWord: (term: number, side: 0 | 1) => boolean,
): number {
  const counts = (term: number, side: 0 | 1) => {
    const kind = code(term);
    return kind !== TermCode.Number && kind !== TermCode.Unit && !valueWord(term, side);
  };
  let i = 0;
  let j = 0;
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  while (i < a.length || j < b.length) {
    const ta = i < a.length ? a[i] : Infinity;
    const tb = j < b.length ? b[j] : Infinity;
    if (ta === tb) {
      const inA = counts(ta, 0);
      const inB = counts(tb, 1);
      const w = weight(ta);
      if (inA) totalA += w;
      if (inB) totalB += w;
      if (inA && inB) shared += w;
      i++;
      j++;
    } else if (ta < tb) {
      if (counts(ta, 0)) totalA += weight(ta);
      i++;
    } else {
      if (counts(tb, 1)) totalB += weight(tb);
      j++;
    }
  }
  return totalA > 0 && totalB > 0 ? NUMBER_MISMATCH * shared / Math.sqrt(totalA * totalB) : 0;
}

export interface ClaimEvidence {
  /** Canonical names (lower-cased) of the entities in the claim, without its reporting frame. */
  names: readonly string[];
  /** The last words of the people's canonical names. */
  surnames: readonly string[];
  facts: ClaimFacts;
}

/** Names and surnames from "TYPE:canonical name" entries (see corpusIndex). */
export function entityEvidence(entities: readonly string[]): Pick<ClaimEvidence, 'names' | 'surnames'> {
  if (entities.length === 0) return { names: NO_NAMES, surnames: NO_NAMES };
  const names = new Set<string>();
  const surnames = new Set<string>();
  for (const entity of entities) {
    // Only people, organisations and places: two claims that both name a currency or a language share a unit
    // or a medium, not a subject.
    if (entity.startsWith('MISC:')) continue;
    const name = entity.slice(entity.indexOf(':') + 1);
    names.add(name);
    if (entity.startsWith('PER:')) surnames.add(name.split(' ').pop() ?? name);
  }
  return { names: [...names], surnames: surnames.size === 0 ? NO_NAMES : [...surnames] };
}

const NO_NAMES: string[] = [];

/** The match score: lexical similarity re-ranked with shared entities and values. */
export function combineScore(lexical: number, a: ClaimEvidence, b: ClaimEvidence): number {
  let score = lexical;
  const support = Math.min(1, lexical / LEXICAL_SUPPORT);
  if (a.names.length > 0 && b.names.length > 0) {
    let shared = 0;
    for (const name of a.names) if (b.names.includes(name)) shared++;
    const union = a.names.length + b.names.length - shared;
    if (shared > 0) score += (1 - score) * ENTITY_BONUS * support * (shared / union);
    if (a.surnames.length > 0 && b.surnames.length > 0 && !a.surnames.some(name => b.surnames.includes(name))) score *= PERSON_MISMATCH;
  }
  const agreeing = sharedFacts(a.facts, b.facts);
  if (agreeing > 0) score += (1 - score) * VALUE_BONUS * support * Math.min(1, agreeing / 2);
  return Math.max(0, Math.min(1, score));
}
