// Words that open or fill a German noun phrase ("der dänische Konzern", "seine alten Freunde"): claim
// attribution reads where a source's noun phrase runs, and the entity rules take a capitalised word after
// them for a common noun, not a name.

/** Articles, possessives and numerals that open a noun phrase. */
export const GERMAN_DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'ihr', 'ihre', 'ihrer', 'ihres', 'sein', 'seine', 'seiner', 'seines', 'dessen', 'deren', 'unser',
  'unsere', 'mehrere', 'zwei', 'drei', 'beide', 'viele',
]);

/** A lower-case word with an inflected adjective's ending ("dänische", "alten"); function words have them too. */
export function hasAdjectiveEnding(word: string): boolean {
  return /^\p{Ll}+(?:e|en|er|es|em)$/u.test(word);
}
