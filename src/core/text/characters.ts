// Character classes for scanners that stand in for Unicode regexes on hot paths (tokenizing, term
// extraction): a scanner over character codes makes no match objects and no sliced copies. Each
// class is read from the regex it replaces, once per character, so scanner and regex agree.

export const OTHER = 1;
export const LETTER = 2; // \p{L}
export const MARK = 3; // \p{M}
export const DIGIT = 4; // \p{N}
/** Half of a surrogate pair: scanners leave text from there on to the regex they replace. */
export const SURROGATE = 5;
const UNKNOWN = 0;

/** Each BMP character's class, filled in on first sight (the Unicode property tests are slow). */
const classes = new Uint8Array(0x10000);

export function classOf(code: number): number {
  const known = classes[code];
  return known === UNKNOWN ? classify(code) : known;
}

function classify(code: number): number {
  const char = String.fromCharCode(code);
  const found = code >= 0xd800 && code <= 0xdfff ? SURROGATE
    : /\p{N}/u.test(char) ? DIGIT
      : /\p{L}/u.test(char) ? LETTER
        : /\p{M}/u.test(char) ? MARK
          : OTHER;
  classes[code] = found;
  return found;
}

/** `[\p{L}\p{M}\p{N}]` */
export const isWordClass = (kind: number): boolean => kind === LETTER || kind === MARK || kind === DIGIT;

/** Whether a UTF-16 code unit is whitespace as `\s` and `String.prototype.trim` read it. */
export function isSpace(code: number): boolean {
  return code <= 0x20 ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
      || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isNumberMark = (code: number) => code === 0x2e /* . */ || code === 0x2c /* , */ || code === 0x3a /* : */;

/** The end of `\p{N}+(?:[.,:]\p{N}+)*` from `at` (a number with its separators), or -1 where it meets a surrogate. */
export function numberEnd(text: string, at: number, to: number): number {
  let end = runEnd(text, at, to, true);
  while (end >= 0 && end + 1 < to && isNumberMark(text.charCodeAt(end))) {
    const next = classOf(text.charCodeAt(end + 1));
    if (next === SURROGATE) return -1;
    if (next !== DIGIT) break;
    end = runEnd(text, end + 1, to, true);
  }
  return end;
}

/** Where a run of digits (`digits`) or of word characters `[\p{L}\p{M}\p{N}]` ends; -1 at a surrogate. */
export function runEnd(text: string, at: number, to: number, digits: boolean): number {
  let end = at;
  while (end < to) {
    const kind = classOf(text.charCodeAt(end));
    if (kind === SURROGATE) return -1;
    if (digits ? kind !== DIGIT : !isWordClass(kind)) break;
    end++;
  }
  return end;
}

/**
 * The last index of `char` in text[from..at], or -1. For hot paths that ask every token: V8 runs
 * String.prototype.lastIndexOf in its runtime, not in compiled code, and the call costs more than the
 * search in a word; a bounded search also stops at `from`, where lastIndexOf would go on to the start.
 */
export function lastIndexOfChar(text: string, char: string, at = text.length - 1, from = 0): number {
  const code = char.charCodeAt(0);
  for (let i = Math.min(at, text.length - 1); i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}
