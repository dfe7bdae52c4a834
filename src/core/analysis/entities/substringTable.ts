// A table from strings to numbers that is asked about a piece of a longer string without cutting the piece out.
//
// The tagger looks up a dozen pieces of every word it meets for the first time (its last two to five letters,
// its first three and four, the word itself) in tables of thousands of feature values. With a Map, each piece
// is sliced into a new string, hashed by V8, and found through two or three pointer hops to scattered keys.
// Here a piece is hashed from the word's characters, and one probe of a flat array mostly settles the answer;
// a hit is confirmed against the key. Hand-written because no library looks a string up by a range of another.

import { mixHash } from '../../text/mixHash';
import { extendLeft } from './wordListFilter';

/** Per slot: mixed hash, value (-1: empty), index of the key in `keys`. */
const SLOT = 3;

/** hashOf(text.slice(from, to)) without the slice (see wordListFilter's extendLeft). */
export function hashOfRange(text: string, from: number, to: number): number {
  let hash = 0;
  for (let i = to - 1; i >= from; i--) hash = extendLeft(hash, text.charCodeAt(i));
  return hash;
}

export class SubstringTable {
  private slots = new Int32Array(0);
  private mask = -1;
  private readonly keys: string[] = [];

  /** How many keys the table holds. */
  get size(): number {
    return this.keys.length;
  }

  /** The value of text.slice(from, to), or -1 if the table does not hold it. */
  get(text: string, from = 0, to = text.length): number {
    if (this.keys.length === 0) return -1;
    const slot = this.slotOf(mixHash(hashOfRange(text, from, to)) | 0, text, from, to);
    return this.slots[slot * SLOT + 1];
  }

  /** The value of `key`: the one it has, or else `value` (a whole number ≥ 0), which it gets. */
  add(key: string, value: number): number {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`SubstringTable: value ${value} for "${key}" is not a whole number ≥ 0`);
    // At most half full, so probes stay short.
    if (this.keys.length * 2 >= this.mask + 1) this.grow();
    const mixed = mixHash(hashOfRange(key, 0, key.length)) | 0;
    const at = this.slotOf(mixed, key, 0, key.length) * SLOT;
    if (this.slots[at + 1] >= 0) return this.slots[at + 1];
    this.slots[at] = mixed;
    this.slots[at + 1] = value;
    this.slots[at + 2] = this.keys.length;
    this.keys.push(key);
    return value;
  }

  /** The slot holding text.slice(from, to), or the empty slot where it would go. */
  private slotOf(mixed: number, text: string, from: number, to: number): number {
    const slots = this.slots;
    for (let slot = mixed & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * SLOT;
      if (slots[at + 1] < 0) return slot;
      if (slots[at] === mixed && this.keyEquals(this.keys[slots[at + 2]], text, from, to)) return slot;
    }
  }

  private keyEquals(key: string, text: string, from: number, to: number): boolean {
    if (key.length !== to - from) return false;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = Math.max(16, (this.mask + 1) * 2);
    const slots = (this.slots = new Int32Array(capacity * SLOT).fill(-1));
    const mask = (this.mask = capacity - 1);
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] < 0) continue;
      let to = (old[from] & mask) * SLOT;
      while (slots[to + 1] >= 0) to = (to + SLOT) % slots.length;
      slots[to] = old[from];
      slots[to + 1] = old[from + 1];
      slots[to + 2] = old[from + 2];
    }
  }
}
