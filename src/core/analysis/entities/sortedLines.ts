// A large sorted word list kept as its text and searched by bisection: nothing to build at model load but an
// array of line starts, for lists whose words are looked up rarely or once each (the callers cache per word).

export class SortedLines {
  private readonly starts: number[] = [];

  /**
   * `text`: lines "key" or "key<TAB>value", sorted by key in code-unit order (`<`), as the list generator and
   * the trainer write them (not checked: that would cost what this class saves).
   */
  constructor(private readonly text: string) {
    for (let at = 0; at < text.length;) {
      const end = text.indexOf('\n', at);
      if (end !== at) this.starts.push(at);
      at = end < 0 ? text.length : end + 1;
    }
  }

  get size(): number {
    return this.starts.length;
  }

  private lineAt(i: number): string {
    const start = this.starts[i];
    const end = this.text.indexOf('\n', start);
    return this.text.slice(start, end < 0 ? this.text.length : end);
  }

  /**
   * The sign of (key of line i) − `key` in code-unit order, read in place: slicing each probed line would
   * allocate a string per bisection step, and most words asked about are in no list.
   */
  private compareAt(i: number, key: string): number {
    const text = this.text;
    let at = this.starts[i];
    for (let k = 0; k < key.length; k++, at++) {
      const c = at < text.length ? text.charCodeAt(at) : 10;
      // A line's key ends at a tab or a newline; there it is the shorter string, so it sorts first.
      const found = c === 9 || c === 10 ? -1 : c;
      if (found !== key.charCodeAt(k)) return found < key.charCodeAt(k) ? -1 : 1;
    }
    const after = at < text.length ? text.charCodeAt(at) : 10;
    return after === 9 || after === 10 ? 0 : 1;
  }

  /** The index of the line whose key is `key`, or -1. */
  private find(key: string): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = this.compareAt(middle, key);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The value after the tab of the line with this key ("" for a line without one), or undefined. */
  get(key: string): string | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    const line = this.lineAt(i);
    const tab = line.indexOf('\t');
    return tab < 0 ? '' : line.slice(tab + 1);
  }
}
