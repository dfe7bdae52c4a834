// Offsets in Unicode code points, as the W3C model, brat (Python str), doccano and Label Studio
// count them, converted from and to the UTF-16 code units used everywhere else in the project.
// "😀" is 1 code point and 2 UTF-16 units; "é" written as e + combining accent is 2 of both.

/** Converts UTF-16 offsets of one text to code point offsets and back, in O(log n) per lookup. */
export class CodePointIndex {
  /** UTF-16 offsets where an astral character (a surrogate pair) starts, ascending. */
  private readonly astralStarts: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astralStarts.push(i);
          i++;
        }
      }
    }
  }

  get codePointLength(): number {
    return this.text.length - this.astralStarts.length;
  }

  /** Code point offset of a UTF-16 offset (an offset inside a surrogate pair maps to the pair's start). */
  toCodePoint(utf16: number): number {
    // Pairs that start before `utf16` each count one unit less.
    return utf16 - countBelow(this.astralStarts, utf16);
  }

  /** UTF-16 offset of a code point offset, or null when it lies beyond the text. */
  toUtf16(codePoint: number): number | null {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePointLength) return null;
    // Smallest u with u - pairsBefore(u) === codePoint: binary search over the monotone mapping.
    let low = codePoint;
    let high = Math.min(this.text.length, codePoint + this.astralStarts.length);
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.toCodePoint(mid) < codePoint) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function countBelow(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Drops a surrogate half cut off at the edge of a context string, so exported JSON is well formed. */
export function wellFormed(context: string): string {
  return context.replace(/^[\udc00-\udfff]/, '').replace(/[\ud800-\udbff]$/, '');
}
