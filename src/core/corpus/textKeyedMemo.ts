// A memo keyed by stretches of a text: term extraction looks up every word of every claim, and a word
// is only copied out of the text as a string when it is new (see RangeKeyedTable). Cleared when full.

import { RangeKeyedTable } from '../text/rangeKeyedTable';

export class TextKeyedMemo<V> {
  private readonly table = new RangeKeyedTable<V>();

  /** At most `limit` entries are kept; past that the memo starts afresh. */
  constructor(private readonly limit: number) {}

  /** The value for `text[start, end)`, computed from the key by `compute` the first time. */
  get(text: string, start: number, end: number, compute: (key: string) => V): V {
    const found = this.table.get(text, start, end);
    if (found !== undefined) return found;
    const key = text.slice(start, end);
    const value = compute(key);
    if (this.table.size >= this.limit) this.table.clear();
    return this.table.add(key, value);
  }
}
