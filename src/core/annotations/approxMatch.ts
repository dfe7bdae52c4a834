// Approximate matching of short patterns (the ≤ 32-unit quote context) against a whole text,
// with Myers' bit-parallel edit-distance algorithm (J. ACM 46(3), 1999). One 32-bit word holds
// the whole pattern, so a pass over the text is O(n).
//
// Written here rather than taken from a package: anchoring needs exactly two numbers per text
// position — how well the stored prefix fits *ending* there and how well the suffix fits
// *starting* there — and the packages we looked at (diff-match-patch's match_main, which also
// caps patterns at 32 and returns one best location; approx-string-match, which reports match
// lists) would have to be bent to give that.

const MAX_PATTERN = 32;

/**
 * For every position i of `text` (0…n), the smallest edit distance between `pattern` and some
 * substring of `text` that ends at i. Patterns longer than 32 units keep their last 32.
 */
export function distancesEndingAt(pattern: string, text: string): Int32Array {
  const p = pattern.length > MAX_PATTERN ? pattern.slice(pattern.length - MAX_PATTERN) : pattern;
  const m = p.length;
  const n = text.length;
  const distances = new Int32Array(n + 1);
  if (m === 0) return distances;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = p.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  const lastBit = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  distances[0] = m;
  for (let j = 0; j < n; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & lastBit) score++;
    else if (mh & lastBit) score--;
    // Row 0 is all zeros (the match may start anywhere), so nothing is shifted in at the bottom.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    distances[j + 1] = score;
  }
  return distances;
}

/**
 * For every position i of `text` (0…n), the smallest edit distance between `pattern` and some
 * substring of `text` that starts at i (patterns longer than 32 units keep their first 32).
 */
export function distancesStartingAt(pattern: string, text: string): Int32Array {
  const p = pattern.length > MAX_PATTERN ? pattern.slice(0, MAX_PATTERN) : pattern;
  const reversed = distancesEndingAt(reverse(p), reverse(text));
  const n = text.length;
  const distances = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) distances[i] = reversed[n - i];
  return distances;
}

/** Plain O(m·n) dynamic programme with the same meaning as `distancesEndingAt`; tests compare the two. */
export function distancesEndingAtNaive(pattern: string, text: string): Int32Array {
  const m = pattern.length;
  let previous = new Int32Array(m + 1).map((_, i) => i);
  const result = new Int32Array(text.length + 1);
  result[0] = m;
  for (let j = 1; j <= text.length; j++) {
    const current = new Int32Array(m + 1);
    current[0] = 0;
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1;
      current[i] = Math.min(previous[i - 1] + cost, previous[i] + 1, current[i - 1] + 1);
    }
    result[j] = current[m];
    previous = current;
  }
  return result;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
