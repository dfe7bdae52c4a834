// A cheap screen before a slow case-insensitive Unicode regex (/…/iu) that runs on every
// sentence. Where such a regex matches, some word of the match is often a whole run of letters of
// its own (between non-letters, or between the regex's literal spaces). Such a run is made of
// characters that fold to the word's letters, so hashing every run of foldable letters tells
// whether the regex can match at all: most sentences have no such run and skip the regex. A hash
// that merely collides costs the regex, never a different answer.

/**
 * The letter (a–z, ä, ö, ü, ß) a character matches case-insensitively under Unicode case
 * folding, as /…/iu regexes compare, or -1: besides the upper-case letters, "ſ" folds to "s",
 * the Kelvin sign to "k" and "ẞ" to "ß".
 */
export function foldedLetter(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  switch (code) {
    case 0xe4: case 0xf6: case 0xfc: case 0xdf: return code; // ä ö ü ß
    case 0xc4: case 0xd6: case 0xdc: return code + 0x20; // Ä Ö Ü
    case 0x1e9e: return 0xdf; // ẞ
    case 0x212a: return 0x6b; // Kelvin sign
    case 0x17f: return 0x73; // ſ
    default: return -1;
  }
}

export class WordScreen {
  private readonly hashes: Set<number>;

  /** `words` are lower case, of the letters a–z, ä, ö, ü and ß. */
  constructor(words: Iterable<string>) {
    this.hashes = new Set([...words].map(word => foldedHash(word, 0, word.length)));
  }

  /** Whether some run of foldable letters in `text[start, end)` may be one of the words. */
  mayHold(text: string, start: number, end: number): boolean {
    let runStart = start;
    for (let i = start; i <= end; i++) {
      if (i < end && foldedLetter(text.charCodeAt(i)) >= 0) continue;
      if (i > runStart && this.hashes.has(foldedHash(text, runStart, i))) return true;
      runStart = i + 1;
    }
    return false;
  }
}

function foldedHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash, 31) + foldedLetter(text.charCodeAt(i)) | 0;
  return hash;
}
