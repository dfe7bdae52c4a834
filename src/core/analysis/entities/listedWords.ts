// The one-word lists (given names, surnames, English demonyms, towns), kept as the model file lays them out
// and asked through one memo of the words asked about.
//
// Filled into Sets, these 70,000 words took a tenth of the model's load. Kept as laid-out tables alone, they
// cost a tenth more time on unseen articles: a Set hashes a word natively, once per string, where a table
// hashes it on every question, and the rules ask about the same names again and again. So a new word's
// memberships are looked up together as the gazetteer gathers its facts (lookUp: one hash, a probe per list),
// and the rules' questions go through a memo that keeps the answers by the word in a Map, which hashes it
// natively from then on, as the Sets did. (Sending every new word through the memo cost more than it saved.)

import { ABSENT, LaidOutTable, type TableLayout } from '../../text/laidOutTable';
import { keyHash } from '../../text/rangeKeyedTable';
import { detached } from '../../text/textKeyedMemo';

/** What the rules ask of a list: a Set's has and size. */
export interface WordList {
  has(word: string): boolean;
  readonly size: number;
}

/** Words remembered before the memo starts afresh (as the tagger's word caches do). */
const MEMO_LIMIT = 100_000;

export class ListedWords {
  private readonly tables: LaidOutTable[];
  /** Per word asked about, a bit per list that holds it (bit i for the i-th list). */
  private readonly memberships = new Map<string, number>();

  /** The lists, each laid out (at most 31). */
  constructor(layouts: readonly TableLayout[]) {
    if (layouts.length > 31) throw new Error('too many word lists for one memo');
    this.tables = layouts.map(layout => new LaidOutTable(layout));
  }

  /** The i-th list, as the rules ask it. */
  list(i: number): WordList {
    const bit = 1 << i;
    return { has: word => (this.membershipsOf(word) & bit) !== 0, size: this.tables[i].size };
  }

  /** The lists that hold the word, a bit each (bit i for the i-th list), looked up afresh. */
  lookUp(word: string): number {
    let bits = 0;
    const hash = keyHash(word);
    for (let i = 0; i < this.tables.length; i++) {
      if (this.tables[i].rankOf(word, 0, word.length, hash) !== ABSENT) bits |= 1 << i;
    }
    return bits;
  }

  private membershipsOf(word: string): number {
    let bits = this.memberships.get(word);
    if (bits !== undefined) return bits;
    bits = this.lookUp(word);
    if (this.memberships.size >= MEMO_LIMIT) this.memberships.clear();
    // A long word may be a view into a whole article (see detached).
    this.memberships.set(detached(word), bits);
    return bits;
  }
}
