// A Bloom filter over a word list that is asked about pieces of a word without cutting them out.
//
// Whether a capitalised word is a compound ending in a listed noun ("Trollhöhle") is asked at every split
// point, with and without an inflection ending: a dozen or more candidate strings per word, each built,
// hashed and looked up. Most words asked about end in no listed noun (names above all), so the answer is
// nearly always "no". The filter says that from a 128 KB bit array, hashing the candidates as the word is
// read from its end; only a "maybe" (about 1 in 150 for an absent candidate) costs a real lookup. Hand-written:
// npm's Bloom filters hash whole strings, which is the cost this avoids.

import { hashOfRange, mixHash } from '../../text/stringHash';

const BITS = 1 << 20;

export class WordListFilter {
  private readonly bits = new Int32Array(BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = mixHash(hashOfRange(word));
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

  /** False when no listed word has this hash (see hashOfRange); true when one may. */
  mayHold(hash: number): boolean {
    const h = mixHash(hash);
    return this.get(h & (BITS - 1)) && this.get(Math.imul(h, 0x9e3779b1) >>> 12);
  }
}
