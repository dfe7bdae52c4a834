// A memo keyed by stretches of a text. Term extraction looks up every word of every claim; a Map
// would need each word copied out of the text as a string and hashed again, while this table
// hashes the characters in place and compares them against the stored key, so a word is only
// copied out when it is new. Open addressing with linear probing; cleared when full.

import { mixHash } from '../text/mixHash';

const INITIAL_SLOTS = 1 << 12;

export class TextKeyedMemo<V> {
  private keys: string[] = [];
  private values: V[] = [];
  /** Per slot: the key's hash, and its entry's index + 1 (0 for an empty slot). */
  private hashes = new Int32Array(INITIAL_SLOTS);
  private entries = new Int32Array(INITIAL_SLOTS);

  /** At most `limit` entries are kept; past that the memo starts afresh. */
  constructor(private readonly limit: number) {}

  /** The value for `text[start, end)`, computed from the key by `compute` the first time. */
  get(text: string, start: number, end: number, compute: (key: string) => V): V {
    const hash = hashOf(text, start, end);
    const mask = this.entries.length - 1;
    for (let slot = mixHash(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.entries[slot];
      if (entry === 0) return this.add(text.slice(start, end), hash, compute);
      if (this.hashes[slot] === hash && sameText(this.keys[entry - 1], text, start, end)) return this.values[entry - 1];
    }
  }

  private add(key: string, hash: number, compute: (key: string) => V): V {
    const value = compute(key);
    if (this.keys.length >= this.limit) this.clear();
    // Keep at least half the slots empty, so probes stay short.
    if ((this.keys.length + 1) * 2 > this.entries.length) this.grow();
    this.keys.push(key);
    this.values.push(value);
    this.place(hash, this.keys.length);
    return value;
  }

  private place(hash: number, entry: number): void {
    const mask = this.entries.length - 1;
    let slot = mixHash(hash) & mask;
    while (this.entries[slot] !== 0) slot = (slot + 1) & mask;
    this.entries[slot] = entry;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldEntries = this.entries;
    this.hashes = new Int32Array(oldEntries.length * 2);
    this.entries = new Int32Array(oldEntries.length * 2);
    for (let slot = 0; slot < oldEntries.length; slot++) {
      if (oldEntries[slot] !== 0) this.place(oldHashes[slot], oldEntries[slot]);
    }
  }

  private clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = new Int32Array(INITIAL_SLOTS);
    this.entries = new Int32Array(INITIAL_SLOTS);
  }
}

function hashOf(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = Math.imul(hash, 31) + text.charCodeAt(i) | 0;
  return hash;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
