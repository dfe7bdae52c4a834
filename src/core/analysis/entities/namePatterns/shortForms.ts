// A short form in brackets after a name ("… GmbH (Tabeg)"): the same thing, with the name's type, in every
// mention.
import { tokenSpan, type TokenSpan } from '../rules';
import { withSpanInstead } from './shared';

/**
 * A short form written in brackets after a name names the same thing, with the name's type, in every mention
 * (stance 'defined'): "die Tarnfelder Beteiligungs GmbH (Tabeg)", "Large Hadron Collider (LHC)" — where the
 * tagger read the short form as a surname elsewhere in the article, or not at all. A short form is one
 * capitalised word whose letters run through the name in order from its first letter ("Tabeg" through
 * "Tarnfelder Beteiligungs GmbH"): what else news put in brackets after a name, a place, a weekday, a
 * person of a club, a country's code, mostly does not ("Hoerner Bank (Heidelberg)", "Tagblatt (Montag)").
 * Not after a person, whose brackets hold a party or an age.
 */
export function shortFormsInBrackets(spans: TokenSpan[], words: readonly string[]): TokenSpan[] {
  let result = spans;
  for (const span of spans) {
    const at = span.end + 1;
    if (span.type === 'PER' || words[span.end] !== '(' || words[at + 1] !== ')' || !SHORT_FORM.test(words[at] ?? '')) continue;
    if (!isShortFormOf(words[at], words.slice(span.start, span.end))) continue;
    result = withSpanInstead(result, tokenSpan(at, at + 1, span.type, 'defined'));
  }
  return result;
}
const SHORT_FORM = /^\p{Lu}[\p{L}\d&]{1,9}$/u;

/** Whether the letters of `short` run through the words of a name in order, the first being its first. */
function isShortFormOf(short: string, nameWords: readonly string[]): boolean {
  if (nameWords.includes(short)) return false;
  const name = nameWords.join(' ').toLowerCase();
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters[0] !== name[0]) return false;
  let from = 1;
  for (let k = 1; k < letters.length; k++) {
    from = name.indexOf(letters[k], from) + 1;
    if (from === 0) return false;
  }
  return true;
}
