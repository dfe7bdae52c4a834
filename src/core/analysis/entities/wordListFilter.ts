// A Bloom filter over a word list that is asked about pieces of a word without cutting them out.
//
// Whether a capitalised word is a compound ending in a listed noun ("Trollhöhle") is asked at every split
// point, with and without an inflection ending: a dozen or more candidate strings per word, each built,
// hashed and looked up. Most words asked about end in no listed noun (names above all), so the answer is
// nearly always "no". The filter says that from a 128 KB bit array, hashing the candidates as the word is
// read from its end; only a "maybe" (about 1 in 150 for an absent candidate) costs a real lookup. Hand-written:
// npm's Bloom filters hash whole strings, which is the cost this avoids.

import { mixHash } from '../../text/mixHash';

const BITS = 1 << 20;
const HASH_BASE = 0x01000193;

/** The hash of a string extended on its left by one code unit (strings are hashed from their end). */
export function extendLeft(hash: number, code: number): number {
  return (Math.imul(hash, HASH_BASE) + code) | 0;
}

/** The hash of a whole string, as extendLeft builds it from the empty string's 0. */
export function hashOf(text: string): number {
  let hash = 0;
  for (let i = text.length - 1; i >= 0; i--) hash = extendLeft(hash, text.charCodeAt(i));
  return hash;
}

export class WordListFilter {
  private readonly bits = new Int32Array(BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = mixHash(hashOf(word));
      this.set(h & (BITS - 1));
      this.set(Math.imul(h, 0x9e3779b1) >>> 12);
    }
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private get(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** False when no listed word has this hash (see hashOf); true when one may. */
  mayHold(hash: number): boolean {
    const h = mixHash(hash);
    return this.get(h & (BITS - 1)) && this.get(Math.imul(h, 0x9e3779b1) >>> 12);
  }
}
