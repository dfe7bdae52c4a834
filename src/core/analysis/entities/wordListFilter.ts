// A Bloom filter over a word list that is asked about pieces of a word without cutting them out.
//
// Whether a capitalised word is a compound ending in a listed noun ("Trollhöhle") is asked at every split
// point, with and without an inflection ending: a dozen or more candidates per word, each hashed as the word
// is read from its end. Most words asked about end in no listed noun (names above all), so the answer is
// nearly always "no". The filter says that from a 128 KB bit array, which stays in the processor's cache
// where the noun table's slots (2 MB) do not; only a "maybe" (about 1 in 150 for an absent candidate) asks
// the table. The model file keeps the bits (54 KB compressed), since hashing the 45,000 nouns to set them
// took a twentieth of the model's load. Hand-written: npm's Bloom filters hash whole strings, which is the
// cost this avoids.

import { hashOfRange, mixHash } from '../../text/stringHash';

const BITS = 1 << 20;
/** The size of the filter's bits as bytes (see WordListFilter.bytes). */
export const FILTER_BYTES = BITS >>> 3;

export class WordListFilter {
  /** A filter over the words. */
  static of(words: Iterable<string>): WordListFilter {
    const filter = new WordListFilter(new Uint8Array(FILTER_BYTES));
    for (const word of words) {
      const h = mixHash(hashOfRange(word));
      filter.set(h & (BITS - 1));
      filter.set(Math.imul(h, 0x9e3779b1) >>> 12);
    }
    return filter;
  }

  private readonly bits: Int32Array;

  /** A filter with the given bits (as `bytes` gave them), which it keeps: 32-bit words in the machine's byte order. */
  constructor(readonly bytes: Uint8Array) {
    if (bytes.length !== FILTER_BYTES || bytes.byteOffset % 4 !== 0) throw new Error(`a word-list filter takes ${FILTER_BYTES} bytes, aligned`);
    this.bits = new Int32Array(bytes.buffer, bytes.byteOffset, BITS >>> 5);
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
