// A person the article names in full, found over a whole article's sentences: the surname alone elsewhere is them.
import type { NerModel } from '../model';
import { isGivenName, type TaggedWords } from './shared';

/**
 * A one-word name that ends a person the article names with given names ("Erika Muster", "Jonas Karl Muster")
 * is that person where the tagger took it for an organisation, a place or a work: news name a person in full
 * before they shorten them ("sagte Muster"), and a surname the training sentences never had looks like any other
 * capitalised word. Also in the genitive ("Musters"). Not a word the lists know as a country, a place or a firm:
 * "Porsche" after "Ferdinand Porsche" may be the firm.
 * Written with index loops and the retyping in a function of its own: the same step as one function with
 * for-of loops took several times the instructions (see the CHANGELOG), though the same change to
 * citedSourcesAreOrganisations bought nothing; the compiler decides.
 */
export function surnamesOfFullNames(sentences: readonly TaggedWords[], model: NerModel): void {
  const surnames = new Set<string>();
  for (let k = 0; k < sentences.length; k++) {
    const { tokens, spans } = sentences[k];
    for (let j = 0; j < spans.length; j++) {
      const span = spans[j];
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      let given = span.start;
      while (given < span.end - 1 && isGivenName(tokens.word(given), model)) given++;
      if (given === span.end - 1) surnames.add(tokens.word(span.end - 1));
    }
  }
  for (const surname of surnames) if (surname.length < 3 || model.gazetteer.kindOf(surname) !== undefined) surnames.delete(surname);
  if (surnames.size > 0) retypeSurnames(sentences, surnames);
}

function retypeSurnames(sentences: readonly TaggedWords[], surnames: ReadonlySet<string>): void {
  for (let k = 0; k < sentences.length; k++) {
    const { tokens, spans } = sentences[k];
    for (let j = 0; j < spans.length; j++) {
      const span = spans[j];
      if (span.type === 'PER' || span.end - span.start !== 1) continue;
      const word = tokens.word(span.start);
      if (surnames.has(word) || (word.endsWith('s') && surnames.has(word.slice(0, -1)))) span.type = 'PER';
    }
  }
}
