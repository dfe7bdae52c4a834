// The one string hash of the hand-written tables (RangeKeyedTable, LaidOutTable, WordListFilter): a polynomial hash
// built from a string's end, so a scanner reading a word from its end extends it one character at a
// time (extendLeft), and a stretch of a longer string is hashed in place (hashOfRange).

const HASH_BASE = 0x01000193;

/** The hash of a string extended on its left by one code unit. */
export function extendLeft(hash: number, code: number): number {
  return (Math.imul(hash, HASH_BASE) + code) | 0;
}

/** The hash of text.slice(start, end), as extendLeft builds it from the empty string's 0. */
export function hashOfRange(text: string, start = 0, end = text.length): number {
  let hash = 0;
  for (let i = end - 1; i >= start; i--) hash = extendLeft(hash, text.charCodeAt(i));
  return hash;
}

/**
 * Mixes a 32-bit hash's bits (MurmurHash3's finaliser), so hashes that differ in a few low bits, as
 * rolling hashes of neighbouring words do, land far apart in a table or a bit array.
 */
export function mixHash(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
