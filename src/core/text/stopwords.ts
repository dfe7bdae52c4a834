// Stopwords ("und", "man", "sind"; "the", "is") from the stopwords-iso package, one set per language,
// made on first use. Claim terms leave them out; the entity rules read a capitalised one at a clause's
// start as the word, not a name.
import type { Language } from '../analysis/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lists = (): Record<string, string[]> => require('stopwords-iso');
const sets = new Map<Language, ReadonlySet<string>>();

/** The stopwords of a language, lower case. */
export function stopwordsOf(language: Language): ReadonlySet<string> {
  let set = sets.get(language);
  if (!set) sets.set(language, (set = new Set(lists()[language] ?? [])));
  return set;
}
