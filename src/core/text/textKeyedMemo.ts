// A memo keyed by stretches of a text, looked up without cutting the stretch out (see RangeKeyedTable):
// term extraction asks about every word of every claim, the tagger about every sentence. A key is copied
// out of the text only when it is new. Cleared when full.

import { offerMemoEntry, registerSharedMemo } from './memoSharing';
import { keyHash, RangeKeyedTable } from './rangeKeyedTable';

export interface TextKeyedMemoOptions {
  /**
   * Remember a key only the second time it is asked about, while most keys come once (sentences of a
   * corpus of different articles), where a memo would copy and keep each of them for nothing; a key that
   * recurs is computed once more before it is remembered. Once most of the keys recently asked about had
   * been met before (a corpus that repeats its text, as papers print the same agency copy), a new key is
   * remembered at once: it will most likely come again.
   */
  secondSight?: boolean;
  /**
   * The name under which other threads doing the same work get what this memo keeps, and it what they
   * keep (see memoSharing.ts). Its values must be plain data.
   */
  sharedAs?: string;
}

export class TextKeyedMemo<V> {
  private readonly table = new RangeKeyedTable<V>();
  private readonly seen: SeenKeys | undefined;
  private readonly sharedAs: string | undefined;

  /** At most `limit` entries are kept; past that the memo starts afresh. */
  constructor(private readonly limit: number, options: TextKeyedMemoOptions = {}) {
    if (options.secondSight) this.seen = new SeenKeys();
    this.sharedAs = options.sharedAs;
    if (this.sharedAs !== undefined) registerSharedMemo(this.sharedAs, this);
  }

  /**
   * The value for `text[start, end)`, computed from the key by `compute` the first time. `compute` is told
   * whether its value is kept: with `secondSight`, a value computed for a new key is not.
   */
  get(text: string, start: number, end: number, compute: (key: string, kept: boolean) => V): V {
    const hash = keyHash(text, start, end);
    const found = this.table.get(text, start, end, hash);
    if (found !== undefined) {
      this.seen?.noteRecalled();
      return found;
    }
    if (this.seen && !this.seen.admits(hash)) return compute(text.slice(start, end), false);
    const key = detached(text.slice(start, end));
    const value = compute(key, true);
    this.offer(key, value);
    return this.store(key, value, hash);
  }

  // For callers that compute the values of several keys in one go (the date parser reads an article's
  // sentences in one call): recall what is kept, ask which of the rest to keep, then remember those.

  /** The value kept for `text[start, end)`, if any; `hash` is its keyHash (a caller that asks keeps() too hashes once). */
  recall(text: string, start: number, end: number, hash = keyHash(text, start, end)): V | undefined {
    const found = this.table.get(text, start, end, hash);
    if (found !== undefined) this.seen?.noteRecalled();
    return found;
  }

  /** Whether a value computed now for `text[start, end)` is to be kept; with `secondSight`, this notes a sight. */
  keeps(text: string, start: number, end: number, hash = keyHash(text, start, end)): boolean {
    return !this.seen || this.seen.admits(hash);
  }

  /** Keeps `value` for `text[start, end)` (see keeps). */
  remember(text: string, start: number, end: number, value: V): void {
    const key = detached(text.slice(start, end));
    this.offer(key, value);
    this.store(key, value);
  }

  /** Keeps a value another thread kept for `key` (see TextKeyedMemoOptions.sharedAs), unless one is kept already. */
  adopt(key: string, value: unknown): void {
    if (this.table.get(key) === undefined) this.store(key, value as V);
  }

  /** Adds an entry, starting afresh when the memo is full; the value kept for `key`. */
  private store(key: string, value: V, hash?: number): V {
    if (this.table.size >= this.limit) this.table.clear();
    return this.table.add(key, value, hash);
  }

  private offer(key: string, value: V): void {
    if (this.sharedAs !== undefined) offerMemoEntry(this.sharedAs, key, value);
  }
}

/**
 * Memos of text met again, one per language (or other key), each made when first asked for and keeping a
 * value from its key's second sight, or its first where most text recurs (see TextKeyedMemoOptions.secondSight).
 */
export class RecurringTextMemos<K extends string, V> {
  private readonly memos = new Map<K, TextKeyedMemo<V>>();

  /** With `sharedAs`, the memo of key k is shared as "sharedAs:k" (see TextKeyedMemoOptions.sharedAs). */
  constructor(private readonly limit: number, private readonly sharedAs?: string) {}

  of(key: K): TextKeyedMemo<V> {
    let memo = this.memos.get(key);
    if (!memo) {
      const sharedAs = this.sharedAs === undefined ? undefined : `${this.sharedAs}:${key}`;
      this.memos.set(key, (memo = new TextKeyedMemo<V>(this.limit, { secondSight: true, sharedAs })));
    }
    return memo;
  }

  /** Forgets everything remembered: for benchmarks that time the work itself, and for tests. */
  forget(): void {
    this.memos.clear();
  }
}

/**
 * Which key hashes were asked about: one bit each in a fixed array, so a key that comes once costs its
 * hash and a bit. Two keys may share a bit; the second is then remembered at once, which is harmless.
 * Cleared when an eighth of the bits are set, so at most that share of new keys is taken for seen.
 * Also counts how many of the last WINDOW keys asked about had been met before (recalled or seen).
 */
class SeenKeys {
  private static readonly BITS = 1 << 20;
  private static readonly WINDOW = 1024;
  private readonly words = new Uint32Array(SeenKeys.BITS / 32);
  private bitsSet = 0;
  private asked = 0;
  private metBefore = 0;
  /** Whether most of the keys in the last full window had been met before. */
  private repeating = false;

  /** Notes a key whose value was kept. */
  noteRecalled(): void {
    this.note(true);
  }

  /** Whether a value computed now for a key with this hash is to be kept; notes the sight. */
  admits(hash: number): boolean {
    const seen = this.sawBefore(hash);
    this.note(seen);
    return seen || this.repeating;
  }

  private note(metBefore: boolean): void {
    if (metBefore) this.metBefore++;
    if (++this.asked < SeenKeys.WINDOW) return;
    this.repeating = this.metBefore * 2 > this.asked;
    this.asked = this.metBefore = 0;
  }

  /** Whether the hash was seen before; it is seen from now on. */
  private sawBefore(hash: number): boolean {
    const bit = hash & (SeenKeys.BITS - 1);
    const mask = 1 << (bit & 31);
    const word = bit >>> 5;
    if (this.words[word] & mask) return true;
    if (++this.bitsSet > SeenKeys.BITS / 8) {
      this.words.fill(0);
      this.bitsSet = 1;
    }
    this.words[word] |= mask;
    return false;
  }
}

/**
 * The string as a copy of its own. V8 makes a slice of 13 or more characters a view into the whole
 * text it was cut from, so a remembered sentence would keep its article alive. Joining it to a
 * character gives a new string, flattened at its first read, and slicing that keeps only the copy.
 */
export function detached(key: string): string {
  return key.length < 13 ? key : (' ' + key).slice(1);
}
