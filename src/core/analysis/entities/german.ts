// German entities: the trained tagger proposes spans, the rules clean them, and listed country names the
// tagger missed are added (a country name in running text is a place unless it is part of a longer name).
import { tokenize, type Token } from '../../text/tokenize';
import type { EntityType, Span } from '../types';
import { TAGS } from './features';
import type { NerModel } from './model';
import { cleanSpans, isRoleWord, type TokenSpan } from './rules';

export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
}

/** Decodes BIO tag indices into token spans (a stray I-X opens a new span). */
export function spansFromTags(tags: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]];
    if (tag === 'O') {
      open = undefined;
      continue;
    }
    const type = tag.slice(2) as EntityType;
    if (tag.startsWith('I-') && open && open.type === type) {
      open.end = i + 1;
      continue;
    }
    open = { start: i, end: i + 1, type };
    spans.push(open);
  }
  return spans;
}

/**
 * Adds listed names the tagger left out: any country name, and names from the curated organisation and place
 * lists when none of their words is a German common noun ("Essen", "Halle" are also ordinary words).
 */
function addListedNames(spans: TokenSpan[], words: readonly string[], labels: readonly (readonly string[])[], model: NerModel): TokenSpan[] {
  const covered = new Uint8Array(labels.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const added: TokenSpan[] = [];
  const listed: [string, EntityType, boolean][] = [['CTRY', 'LOC', false], ['ORG', 'ORG', true], ['LOC', 'LOC', true]];
  for (let i = 0; i < labels.length; i++) {
    if (covered[i]) continue;
    for (const [kind, type, mustNotBeNoun] of listed) {
      const genitive = labels[i].includes(kind + '-G');
      if (!labels[i].includes(kind + '-B') && !genitive) continue;
      let end = i + 1;
      while (!genitive && end < labels.length && labels[end].includes(kind + '-I') && !labels[end].includes(kind + '-B')) end++;
      if (covered.subarray(i, end).some(c => c)) continue;
      if (mustNotBeNoun && words.slice(i, end).some(w => model.gazetteer.nounClass(w) === 'lem' || model.gazetteer.nounClass(w) === 'infl')) continue;
      added.push({ start: i, end, type });
      covered.fill(1, i, end);
      break;
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/**
 * A person's name does not start with a common noun the tagger pulled in ("Fußballprofi Erika Muster"), nor
 * end in a role or common noun ("Musters Sprecher"); surnames that are also nouns ("Fischer") stay.
 */
function trimNouns(spans: TokenSpan[], words: readonly string[], model: NerModel): TokenSpan[] {
  const { gazetteer } = model;
  const isPlainNoun = (word: string) => {
    const noun = gazetteer.nounClass(word);
    return noun === 'lem' || noun === 'infl';
  };
  for (const span of spans) {
    if (span.type !== 'PER') continue;
    while (span.end - span.start > 1 && gazetteer.nounClass(words[span.start]) !== '' && !gazetteer.firstNames.has(words[span.start])) {
      span.start++;
    }
    while (span.end - span.start > 1 && isPlainNoun(words[span.end - 1]) && (isRoleWord(words[span.end - 1]) || !gazetteer.surnames.has(words[span.end - 1]))) {
      span.end--;
    }
  }
  return spans;
}

interface SentenceResult {
  tokens: Token[];
  spans: TokenSpan[];
}

/** Words that keep their period in the training data's tokenization: abbreviations, initials, ordinals. */
const KEEPS_PERIOD = /^(?:\p{Lu}|[IVX]{1,5}|\d{1,2}|Dr|Prof|St|Nr|Hr|Fr|Abs|Art|bzw|ca|vgl|evtl|ggf|inkl|Mio|Mrd|Jh|Jhd|Str|usw|etc|Co|Inc|Corp|Ltd|Mr|Mrs|Ms|Jr|Sr|Gen|Sen|Rep|Gov)$/u;

/**
 * Joins a period to the word before it where GermEval's tokenization does ("W.", "II.", "Dr.", "7."), so the
 * tagger sees tokens shaped like those it was trained on ("George W. Bush", "Johannes Paul II.").
 */
export function attachPeriods(tokens: Token[]): Token[] {
  const result: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (next && next.text === '.' && next.start === token.end && KEEPS_PERIOD.test(token.text) &&
        // A number before the last period of a sentence ends the sentence, it is no ordinal.
        !(/^\d/.test(token.text) && i + 2 >= tokens.length)) {
      result.push({ text: token.text + '.', start: token.start, end: next.end });
      i++;
    } else {
      result.push(token);
    }
  }
  return result;
}

function tagSentence(text: string, sentence: Span, model: NerModel): SentenceResult {
  const tokens: Token[] = attachPeriods(tokenize(text, sentence.start, sentence.end));
  if (tokens.length === 0) return { tokens, spans: [] };
  const words = tokens.map(t => t.text);
  const labels = model.gazetteer.label(words);
  const tags = model.tagger.tag(words, labels);
  const spans = cleanSpans(trimNouns(addListedNames(spansFromTags(tags), words, labels, model), words, model), tokens, model.gazetteer);
  return { tokens, spans };
}

/**
 * Names found once stand for the same entity elsewhere in the article: a surname alone or in the genitive
 * ("Muster", "Musters" after "Erika Muster"), or a one-word organisation or place the tagger missed later.
 */
function propagateNames(results: SentenceResult[], model: NerModel): void {
  const names = new Map<string, EntityType>();
  for (const { tokens, spans } of results) {
    for (const span of spans) {
      const last = tokens[span.end - 1].text;
      if (span.type === 'PER') {
        if (!names.has(last)) names.set(last, 'PER');
        if (!names.has(last + 's')) names.set(last + 's', 'PER');
      } else if (span.end - span.start === 1 && !names.has(last)) {
        names.set(last, span.type);
        if (!names.has(last + 's')) names.set(last + 's', span.type);
      }
    }
  }
  if (names.size === 0) return;
  for (const result of results) {
    const covered = new Uint8Array(result.tokens.length);
    for (const s of result.spans) covered.fill(1, s.start, s.end);
    let added = false;
    result.tokens.forEach((token, i) => {
      const type = covered[i] ? undefined : names.get(token.text);
      if (!type || !/^\p{Lu}/u.test(token.text)) return;
      const noun = model.gazetteer.nounClass(token.text);
      if (noun === 'lem' || noun === 'infl') return;
      result.spans.push({ start: i, end: i + 1, type });
      added = true;
    });
    if (added) result.spans.sort((a, b) => a.start - b.start);
  }
}

/** Entities of German text over the given sentence spans, as offsets into the text. */
export function germanMentions(text: string, sentences: readonly Span[], model: NerModel): RawMention[] {
  const results = sentences.map(s => tagSentence(text, s, model));
  propagateNames(results, model);
  return results.flatMap(({ tokens, spans }) =>
    spans.map(s => ({ start: tokens[s.start].start, end: tokens[s.end - 1].end, type: s.type })));
}
