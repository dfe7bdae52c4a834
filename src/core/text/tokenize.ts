// Splits text into word and punctuation tokens with their offsets. Words keep inner hyphens,
// apostrophes and dots ("US-Präsident", "O'Brien", "U.S"), numbers keep their separators
// ("1.000,5", "13.9"), so offsets map back to the text exactly. An English possessive "'s" is not
// part of the word ("Apple's" → "Apple", "'", "s"), so a name's span ends where the name does.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:(?:[-.&]|['’](?![sS](?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const from = start + (match.index ?? 0);
    tokens.push({ text: match[0], start: from, end: from + match[0].length });
  }
  return tokens;
}
