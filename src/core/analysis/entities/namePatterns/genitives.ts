// A name in the genitive before the nouns it owns ("Kestrels Datenbanken"), where the tagger ran it on into them.
import type { NerModel } from '../model';
import { isOrganisationDescriptor, type TokenSpan } from '../rules';
import { isGivenName, STARTS_CAPITALISED_WORD } from './shared';

/**
 * A name in the genitive ends the span before the nouns it owns: "Kestrels Datenbanken", "Varniks
 * Parteibürokratie", "Zalvanos Öffnungspolitik", where the tagger ran the name on into them. The genitive is a
 * capitalised word ending in a small letter and "s" (not "-us": "Oculus") that no noun, adjective or given
 * name explains, and that no list knows as a name of its own ("Hopkins"); what follows are common nouns, none
 * a surname nor a word for an organisation ("Varniks Universität" may be its name), and the last no plural in
 * "s" (English names pair two: "Hells Angels"). What is left takes the type the lists give it. Not in a work
 * or a product, which may be named so ("Varniks Update", an English name the lists lack).
 */
export function genitivesEndNames(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  const { gazetteer } = model;
  for (const span of spans) {
    if (span.type === 'MISC') continue;
    // Only given names come before the genitive ("Erika Varniks Pausenfilm").
    let k = span.start;
    while (k < span.end - 1 && isGivenName(words[k], model)) k++;
    if (k === span.end - 1 || !isGenitiveOfName(words[k], model) || !ownedNouns(words, k + 1, span.end, gazetteer)) continue;
    span.end = k + 1;
    const listed = gazetteer.kindOf(words[k].slice(0, -1));
    if (listed === 'COMP') span.type = 'ORG';
    else if (listed === 'CTRY' || listed === 'LOC') span.type = 'LOC';
  }
  return spans;
}

function isGenitiveOfName(word: string, model: NerModel): boolean {
  const { gazetteer } = model;
  return GENITIVE_OF_NAME.test(word) && !word.endsWith('us') && gazetteer.nounClass(word) === '' && !gazetteer.isAdjectiveForm(word) &&
    !isGivenName(word, model) && !gazetteer.isKnownName(word);
}
/** Capitalised, ending in a small letter and "s" ("Kestrels", "Tarnfelds"; not "SMS", "Ss"). */
const GENITIVE_OF_NAME = /^\p{Lu}.*\p{Ll}s$/u;

function ownedNouns(words: readonly string[], from: number, to: number, gazetteer: NerModel['gazetteer']): boolean {
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (!STARTS_CAPITALISED_WORD.test(word) || gazetteer.nounClass(word) === '' || gazetteer.isPersonsName(word)) return false;
  }
  const last = words[to - 1];
  return !isOrganisationDescriptor(last) && !last.endsWith('s');
}
