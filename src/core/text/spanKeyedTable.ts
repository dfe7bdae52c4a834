// A hash table whose keys are stretches of one source text, kept as offsets into it, with whole numbers as
// values: the tagger's feature values, filed by where they stand in the model's feature names. Filing them as
// strings cut some 200,000 keys out of the model file's text (its 109,000 names, then the value of each), and
// the garbage collector took a fifth of the model's load copying them (CPU profile of loadModelFile). Here a
// key costs two numbers, and lookups ask about a stretch of another string without cutting it out, as
// RangeKeyedTable does (same hash). Hand-written because no library keys a table by offsets into a text.

import { keyHash } from './rangeKeyedTable';

/**
 * Per slot: the key's hash (see keyHash), its start and end in the source, and its value + 1 (0 for an empty
 * slot): a lookup reads one slot, not an entry list besides, since the tagger asks a dozen per new word.
 */
const SLOT = 4;
const INITIAL_SLOTS = 16;
/** What get() gives for a key the table does not hold (values are never negative). */
export const ABSENT = -1;

export class SpanKeyedTable {
  private count = 0;
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);

  constructor(readonly source: string) {}

  /** How many keys the table holds. */
  get size(): number {
    return this.count;
  }

  /** The value of text.slice(start, end), or ABSENT. */
  get(text: string, start = 0, end = text.length, hash = keyHash(text, start, end)): number {
    return this.slots[this.slotOf(hash, text, start, end) + 3] - 1;
  }

  /** The value of source.slice(start, end): the one it has, or else `value` (≥ 0), which it gets. */
  add(start: number, end: number, value: number): number {
    const hash = keyHash(this.source, start, end);
    const at = this.slotOf(hash, this.source, start, end);
    const slots = this.slots;
    if (slots[at + 3] !== 0) return slots[at + 3] - 1;
    slots[at] = hash;
    slots[at + 1] = start;
    slots[at + 2] = end;
    slots[at + 3] = value + 1;
    this.count++;
    // Keep at least half the slots empty, so probes stay short.
    if (this.count * 2 * SLOT > slots.length) this.grow();
    return value;
  }

  /** Where text.slice(start, end) is, or the empty slot where it would go (an index into `slots`). */
  private slotOf(hash: number, text: string, start: number, end: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at + 3] === 0 || (slots[at] === hash && this.keyIs(slots[at + 1], slots[at + 2], text, start, end))) return at;
    }
  }

  private keyIs(keyStart: number, keyEnd: number, text: string, start: number, end: number): boolean {
    const length = keyEnd - keyStart;
    if (length !== end - start) return false;
    const source = this.source;
    for (let i = 0; i < length; i++) if (source.charCodeAt(keyStart + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 3] === 0) continue;
      let at = (old[from] & mask) * SLOT;
      while (slots[at + 3] !== 0) at = (at + SLOT) & (slots.length - 1);
      // Slot by slot, not slots.set(old.subarray(…)): a typed-array view per key slowed the model's load.
      slots[at] = old[from];
      slots[at + 1] = old[from + 1];
      slots[at + 2] = old[from + 2];
      slots[at + 3] = old[from + 3];
    }
  }
}
