// A hash table keyed by strings that is asked about a stretch of a longer string without cutting the stretch
// out. Term extraction looks up every word of every claim in the text it stands in, and the tagger a dozen
// pieces of every new word (its endings, its first letters, the word itself). A Map would need each stretch
// copied out as a new string and hashed by V8, then found through pointer hops to scattered keys; here the
// characters are hashed in place, one probe of a flat array mostly settles the answer, and a hit is
// confirmed against the stored key. Open addressing with linear probing. Hand-written because no library
// looks a string up by a range of another.

import { hashOfRange, mixHash } from './stringHash';

/** Per slot: the key's mixed hash (see keyHash), and its entry's index + 1 (0 for an empty slot). */
const SLOT = 2;
const INITIAL_SLOTS = 16;

/**
 * The hash a table files text.slice(start, end) under: hashOfRange, its bits mixed (slots are picked by its
 * low bits; stored so growing need not mix again). A caller that looks a key up and then adds it hashes once.
 */
export function keyHash(text: string, start = 0, end = text.length): number {
  return keyHashOf(hashOfRange(text, start, end));
}

/** keyHash of a string whose hashOfRange is `hash` (as a scanner builds it with extendLeft). */
export function keyHashOf(hash: number): number {
  return mixHash(hash) | 0;
}

export class RangeKeyedTable<V> {
  private keys: string[] = [];
  private values: V[] = [];
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);

  /** How many keys the table holds. */
  get size(): number {
    return this.keys.length;
  }

  /** The value of text.slice(start, end), or undefined if the table does not hold it. */
  get(text: string, start = 0, end = text.length, hash = keyHash(text, start, end)): V | undefined {
    const entry = this.slots[this.slotOf(hash, text, start, end) + 1];
    return entry === 0 ? undefined : this.values[entry - 1];
  }

  /** The value of `key`: the one it has, or else `value`, which it gets. */
  add(key: string, value: V, hash = keyHash(key)): V {
    const at = this.slotOf(hash, key, 0, key.length);
    const entry = this.slots[at + 1];
    if (entry !== 0) return this.values[entry - 1];
    this.keys.push(key);
    this.values.push(value);
    this.slots[at] = hash;
    this.slots[at + 1] = this.keys.length;
    // Keep at least half the slots empty, so probes stay short.
    if (this.keys.length * 2 * SLOT > this.slots.length) this.grow();
    return value;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT);
  }

  /** Where text.slice(start, end) is, or the empty slot where it would go (an index into `slots`). */
  private slotOf(hash: number, text: string, start: number, end: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const entry = slots[at + 1];
      if (entry === 0 || (slots[at] === hash && sameText(this.keys[entry - 1], text, start, end))) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] === 0) continue;
      let slot = old[from] & mask;
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * SLOT] = old[from];
      slots[slot * SLOT + 1] = old[from + 1];
    }
  }
}

/** Keys this long are compared as a slice (see sameText); V8 copies shorter slices. */
const SLICED_COMPARISON_LENGTH = 13;

/**
 * Whether `key` is text.slice(start, end). A long key (a sentence, a paragraph) is compared with a slice of
 * the text, which V8 makes a view and compares as memory: five times faster than code unit by code unit
 * (measured on sentences), and the memos compare every sentence they recall.
 */
function sameText(key: string, text: string, start: number, end: number): boolean {
  const length = key.length;
  if (length !== end - start) return false;
  if (length >= SLICED_COMPARISON_LENGTH) return text.slice(start, end) === key;
  for (let i = 0; i < length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
