// The sources a report cites for what it tells: "…, berichtet Tarnwelt", "laut Kestrelnews", "wie Varnikpost
// schreibt", found over a whole article's sentences.
import { GERMAN_DETERMINERS } from '../../../text/germanNounPhrases';
import type { NerModel } from '../model';
import { isInflectedRole } from '../rules';
import { STARTS_CAPITALISED, type TaggedWords } from './shared';

/**
 * A one-word name cited as a report's source is a paper, a site, an agency or a firm, an organisation, where
 * the tagger took it for a person: news name a person in full or by a role before they cite them by surname
 * ("laut Erika Muster" … "laut Muster"), so a name the article never gives so, and no list knows as a given
 * name or surname, is no one. Every one-word mention of it takes the organisation's type.
 */
export function citedSourcesAreOrganisations(sentences: readonly TaggedWords[], model: NerModel): void {
  const cited = new Set<string>();
  const persons = new Set<string>();
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type !== 'PER') continue;
      if (span.end - span.start > 1) for (let i = span.start; i < span.end; i++) persons.add(tokens.word(i));
      else if (isInflectedRole(tokens.word(span.start - 1))) persons.add(tokens.word(span.start));
      else if (isCitedSource(tokens, span.start)) cited.add(tokens.word(span.start));
    }
  }
  for (const word of persons) cited.delete(word);
  for (const word of cited) if (model.gazetteer.isPersonsName(word)) cited.delete(word);
  if (cited.size === 0) return;
  for (const { tokens, spans } of sentences) {
    for (const span of spans) {
      if (span.type === 'PER' && span.end - span.start === 1 && cited.has(tokens.word(span.start))) span.type = 'ORG';
    }
  }
}

/**
 * Whether the word at i is cited as a source: after "laut" or a reporting verb that names a text's author
 * ("berichtet", "schreibt", "meldet"; not "sagt": people speak, nor "schrieb": authors wrote books), or
 * between "wie" and such a verb. Not where its genitive's head follows ("erklärte Tarnfelds Manager"), nor
 * an object ("schreibt Muster die Drehbücher"): a source ends its clause or a phrase of time or place follows.
 */
function isCitedSource(tokens: TaggedWords['tokens'], i: number): boolean {
  return isCitedBetween(tokens.word(i - 1), tokens.word(i + 1));
}

/** isCitedSource for the word between `before` and `after` (also for callers that hold a sentence's words). */
export function isCitedBetween(before: string, after: string): boolean {
  if ((before === 'wie' || before === 'Wie') && AUTHORING_VERBS.has(after)) return true;
  if (before !== 'laut' && before !== 'Laut' && !AUTHORING_VERBS.has(before)) return false;
  return !STARTS_CAPITALISED.test(after) && !GERMAN_DETERMINERS.has(after);
}

/** Third-person present and past verbs that report what a text says. */
const AUTHORING_VERBS = new Set(['berichtet', 'berichtete', 'schreibt', 'meldet', 'meldete']);
