// Binary searches over ascending offsets and over spans sorted by start: where a sentence, a line or the
// mentions inside a stretch begin.

/** The index of the first value at or after `value` in ascending `sorted`; its length when there is none. */
export function firstAtOrAfter(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first span starting at or after `offset` in spans sorted by start; their count when there is none. */
export function firstStartingAt(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
