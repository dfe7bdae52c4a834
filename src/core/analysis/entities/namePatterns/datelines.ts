// The places of a dateline ("Tarnfeld – Die Stadt …", "Tarnfeld/Varnik – …"), found over a whole article's
// sentences.
import { stopwordsOf } from '../../../text/stopwords';
import type { NerModel } from '../model';
import { tokenSpan, type TokenSpan } from '../rules';
import { HAS_SMALL_LETTER, hasScore, type SentenceWords, STARTS_CAPITALISED, type TaggedWords, wordsOf } from './shared';

/**
 * A dateline names the places a report comes from: the names that open a sentence, alone or joined by "/",
 * before a dash and a capitalised word ("Tarnfeld – Die Stadt …", "Tarnfeld/Varnik – …"). The tagger, which
 * learned from single sentences, often reads a town there as a club or a person. Not a name the lists know
 * as an organisation, nor one that starts with a listed first name ("Erika Muster – Die Autorin …") unless
 * it is a listed place alone ("Sydney", "Aurora"), nor a result's teams ("Tarnfeld – Varnik 1:2").
 */
export function datelinePlaces(sentences: readonly TaggedWords[], model: NerModel): void {
  for (const { tokens, spans } of sentences) {
    if (isUntaggedDatelinePlace(tokens, spans, model)) spans.unshift(tokenSpan(0, 1, 'LOC'));
    const names = datelineNames(tokens, spans);
    for (const span of names) {
      if (span.type === 'LOC') continue;
      const kind = model.gazetteer.kindOf(wordsOf(tokens, span.start, span.end));
      const listedPlace = span.end - span.start === 1 && (kind === 'LOC' || kind === 'CTRY');
      if (model.gazetteer.firstNames.has(tokens.word(span.start)) && !listedPlace) continue;
      if (kind !== 'ORG' && kind !== 'COMP') span.type = 'LOC';
    }
  }
}

/**
 * Whether the sentence opens with a one-word dateline the tagger left out ("Tarnfeld – Die Stadt …"): a word
 * that is no common noun nor compound of one ("Gruppenphase – …", "Mitte – …", even where a place has that
 * name), no given name, and not a result's first team ("Tarnfeld – Varnik 1:2").
 */
function isUntaggedDatelinePlace(tokens: SentenceWords, spans: readonly TokenSpan[], model: NerModel): boolean {
  const word = tokens.word(0);
  if (spans[0]?.start === 0 || !DATELINE_DASHES.has(tokens.word(1)) || !STARTS_CAPITALISED.test(tokens.word(2)) || hasScore(tokens, 2, 7)) return false;
  if (!STARTS_CAPITALISED.test(word) || !HAS_SMALL_LETTER.test(word) || stopwordsOf('de').has(word.toLowerCase())) return false;
  return model.gazetteer.nounClass(word) === '' && !model.gazetteer.firstNames.has(word);
}

/** The spans of a sentence's dateline (see datelinePlaces), or none. */
export function datelineNames(tokens: SentenceWords, spans: readonly TokenSpan[]): readonly TokenSpan[] {
  let count = 0;
  let at = 0;
  while (spans[count]?.start === at) {
    at = spans[count++].end;
    // The region of a place abroad, in brackets: "Tarnfeld (Ohio) – …".
    if (tokens.word(at) === '(' && spans[count]?.start === at + 1 && tokens.word(spans[count].end) === ')') at = spans[count++].end + 1;
    if (tokens.word(at) !== '/') break;
    at++;
  }
  const isDateline = count > 0 && DATELINE_DASHES.has(tokens.word(at)) && STARTS_CAPITALISED.test(tokens.word(at + 1)) && !hasScore(tokens, at + 1, at + 6);
  return isDateline ? spans.slice(0, count) : [];
}
/** A dateline's dash, and the hyphen some papers set for it. */
const DATELINE_DASHES = new Set(['–', '-']);
