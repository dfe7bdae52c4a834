// A hash table of strings laid out when it was written: its keys stand one a line in the order of their slots,
// and a byte per key says how many empty slots come before it. Reading it back is one pass over the line
// breaks, with no hashing and no string cut out, where filling a table key by key hashes every key: the
// entity model's load spent most of its time filling its feature tables that way (its tables hold 80,000
// keys). Lookups take a stretch of another string, hashed in place as RangeKeyedTable hashes it (keyHash).
// Open addressing with linear probing. Hand-written because no library stores a hash table as text.

import { keyHash } from './rangeKeyedTable';

/** What lookups give for a key the table does not hold. */
export const ABSENT = -1;

/** A table as it is written down (see layOutTable). */
export interface TableLayout {
  /** The keys in slot order, joined by "\n". */
  text: string;
  /** Per key, the empty slots before it (after the previous key): 255 adds 255 and goes on to the next byte. */
  gaps: Uint8Array;
  /** A power of two, at least twice the number of keys. */
  slotCount: number;
}

/**
 * Lays out distinct keys (none holding "\n") as a table: the layout, and `order`, the index in `keys` of the
 * key at each rank (a key's rank is its line in `layout.text`, what LaidOutTable.rankOf gives for it).
 */
export function layOutTable(keys: readonly string[]): { layout: TableLayout; order: number[] } {
  let slotCount = 16;
  while (slotCount < keys.length * 2) slotCount *= 2;
  const mask = slotCount - 1;
  const slots = new Int32Array(slotCount).fill(ABSENT);
  keys.forEach((key, index) => {
    if (key.includes('\n')) throw new Error(`a table key holds a line break: ${JSON.stringify(key)}`);
    let slot = keyHash(key) & mask;
    while (slots[slot] !== ABSENT) {
      if (keys[slots[slot]] === key) throw new Error(`a table key is given twice: ${JSON.stringify(key)}`);
      slot = (slot + 1) & mask;
    }
    slots[slot] = index;
  });
  const order: number[] = [];
  const gaps: number[] = [];
  let empty = 0;
  for (const index of slots) {
    if (index === ABSENT) {
      empty++;
      continue;
    }
    for (; empty >= 255; empty -= 255) gaps.push(255);
    gaps.push(empty);
    empty = 0;
    order.push(index);
  }
  return { layout: { text: order.map(index => keys[index]).join('\n'), gaps: Uint8Array.from(gaps), slotCount }, order };
}

/** Numbers per slot: the key's rank + 1 (0 for an empty slot), its length, its start in the text, its value. */
const SLOT = 4;

export class LaidOutTable {
  /**
   * Per slot (see SLOT), all a lookup reads besides the key's characters: a probe that meets a key of another
   * length moves on without reading it, as a stored hash would let it (which the load would have to compute),
   * and a hit finds the key and its value in the slot, one place in memory where a rank would send it to
   * several (a new word's dozen lookups are mostly cache misses).
   */
  private readonly slots: Int32Array;
  private readonly text: string;
  readonly size: number;

  constructor({ text, gaps, slotCount }: TableLayout) {
    if (slotCount < 1 || (slotCount & (slotCount - 1)) !== 0) throw new Error(`a table's slot count is not a power of two: ${slotCount}`);
    this.text = text;
    const slots = (this.slots = new Int32Array(slotCount * SLOT));
    let size = 0;
    for (let at = 0; at < gaps.length; at++) if (gaps[at] !== 255) size++;
    this.size = size;
    let slot = 0;
    let lineStart = 0;
    for (let rank = 0, at = 0; rank < size; rank++) {
      for (let gap = 255; gap === 255; at++) slot += gap = gaps[at];
      if (slot >= slotCount) throw new Error('a table runs past its slots');
      const lineEnd = text.indexOf('\n', lineStart);
      const last = rank + 1 === size;
      if (last && lineEnd >= 0) throw new Error(`a table's text has more lines than keys (${size})`);
      if (!last && lineEnd < 0) throw new Error(`a table's text has fewer lines than keys (${rank + 1} of ${size})`);
      const keyEnd = last ? text.length : lineEnd;
      slots[SLOT * slot] = rank + 1;
      slots[SLOT * slot + 1] = keyEnd - lineStart;
      slots[SLOT * slot + 2] = lineStart;
      slots[SLOT * slot + 3] = rank;
      slot++;
      lineStart = keyEnd + 1;
    }
    if (size === 0 && text !== '') throw new Error('a table with no keys has text');
  }

  /** Gives each key a value (values[rank], a 32-bit integer), which valueOf answers; a key's rank until then. */
  setValues(values: ArrayLike<number>): void {
    if (values.length !== this.size) throw new Error(`${values.length} values for a table of ${this.size} keys`);
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += SLOT) if (slots[at] !== 0) slots[at + 3] = values[slots[at] - 1];
  }

  /** The rank of text.slice(start, end) (0 to size − 1), or ABSENT. */
  rankOf(text: string, start = 0, end = text.length, hash = keyHash(text, start, end)): number {
    const at = this.slotOf(text, start, end, hash);
    return at === ABSENT ? ABSENT : this.slots[at] - 1;
  }

  /** The value of text.slice(start, end) (see setValues), or `absent`. */
  valueOf(text: string, start = 0, end = text.length, absent = ABSENT): number {
    const at = this.slotOf(text, start, end, keyHash(text, start, end));
    return at === ABSENT ? absent : this.slots[at + 3];
  }

  /**
   * Whether the table holds the key String.fromCharCode(first) + text.slice(start, end), whose keyHash is `hash`:
   * for a scanner that builds a candidate's hash character by character and would otherwise have to build the
   * candidate itself (a compound's head, capitalised, read from a word's end). The probe is slotOf's, written out
   * again rather than shared through a callback: slotOf serves the tagger's dozen lookups per new word.
   */
  holdsJoined(first: number, text: string, start: number, end: number, hash: number): boolean {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start + 1;
    const source = this.text;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at] === 0) return false;
      if (slots[at + 1] !== length) continue;
      const keyStart = slots[at + 2];
      if (source.charCodeAt(keyStart) !== first) continue;
      let i = 1;
      while (i < length && source.charCodeAt(keyStart + i) === text.charCodeAt(start + i - 1)) i++;
      if (i === length) return true;
    }
  }

  /** Where in `slots` the key text.slice(start, end) is, or ABSENT. */
  private slotOf(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    const source = this.text;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at] === 0) return ABSENT;
      if (slots[at + 1] !== length) continue;
      const keyStart = slots[at + 2];
      let i = 0;
      while (i < length && source.charCodeAt(keyStart + i) === text.charCodeAt(start + i)) i++;
      if (i === length) return at;
    }
  }
}
