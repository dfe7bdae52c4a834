// A memo keyed by stretches of a text, looked up without cutting the stretch out (see RangeKeyedTable):
// term extraction asks about every word of every claim, the tagger about every sentence. A key is copied
// out of the text only when it is new. Cleared when full.

import { RangeKeyedTable } from './rangeKeyedTable';

export class TextKeyedMemo<V> {
  private readonly table = new RangeKeyedTable<V>();

  /** At most `limit` entries are kept; past that the memo starts afresh. */
  constructor(private readonly limit: number) {}

  /** The value for `text[start, end)`, computed from the key by `compute` the first time. */
  get(text: string, start: number, end: number, compute: (key: string) => V): V {
    const found = this.table.get(text, start, end);
    if (found !== undefined) return found;
    const key = detached(text.slice(start, end));
    const value = compute(key);
    if (this.table.size >= this.limit) this.table.clear();
    return this.table.add(key, value);
  }
}

/**
 * The string as a copy of its own. V8 makes a slice of 13 or more characters a view into the whole
 * text it was cut from, so a remembered sentence would keep its article alive. Joining it to a
 * character gives a new string, flattened at its first read, and slicing that keeps only the copy.
 */
function detached(key: string): string {
  return key.length < 13 ? key : (' ' + key).slice(1);
}
