/**
 * Mixes a 32-bit hash's bits (MurmurHash3's finaliser), so hashes that differ in a few low bits, as
 * rolling hashes of neighbouring words do, land far apart in a table or a bit array.
 */
export function mixHash(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
