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

  /** The line whose key is `key`, or undefined. */
  private find(key: string): string | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const line = this.lineAt(middle);
      const tab = line.indexOf('\t');
      const found = tab < 0 ? line : line.slice(0, tab);
      if (found === key) return line;
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.find(key) !== undefined;
  }

  /** The value after the tab of the line with this key ("" for a line without one), or undefined. */
  get(key: string): string | undefined {
    const line = this.find(key);
    if (line === undefined) return undefined;
    const tab = line.indexOf('\t');
    return tab < 0 ? '' : line.slice(tab + 1);
  }
}
