// Named entities (PER, ORG, LOC, MISC). German text goes through the averaged-perceptron tagger trained on
// GermEval 2014 (scripts/train-ner.ts) plus rules; English text through gazetteers and rules. Mentions of one
// entity in an article share a `canonical` name; linkEntitiesAcrossCorpus aligns them across articles.
import type { EntityMention, Language, Span } from '../types';
import { englishMentions } from './english';
import { germanMentions, type RawMention } from './german';
import { harmoniseTypes, harmoniseTypesByCanonical, linkAcrossCorpus, linkWithinArticle } from './linking';
import { getModel } from './model';
import type { TypeStance } from './rules';

export { NerModelError } from './model';
export { forgetTaggedSentences } from './german';

/** Sentences longer than this are tagged in windows, so one giant line cannot build huge arrays. */
const MAX_SENTENCE_CHARS = 5_000;

/** A sentence that ends in one of these was cut after a title, not at a sentence end ("Mr. Smith", "Dr. Muster"). */
const ENDS_WITH_TITLE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Hr|Fr)\.$/;

function mergeTitleBreaks(text: string, sentences: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of sentences) {
    const last = merged[merged.length - 1];
    if (last && ENDS_WITH_TITLE.test(text.slice(Math.max(last.start, last.end - 8), last.end))) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else {
      merged.push({ start: s.start, end: s.end });
    }
  }
  return merged;
}

function windows(text: string, sentences: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const s of mergeTitleBreaks(text, sentences)) {
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    let from = start;
    while (end - from > MAX_SENTENCE_CHARS) {
      // Cut at whitespace so no word is split; fall back to a hard cut inside an endless "word".
      let cut = text.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
      if (cut <= from) cut = from + MAX_SENTENCE_CHARS;
      result.push({ start: from, end: cut });
      from = cut;
    }
    if (end > from) result.push({ start: from, end });
  }
  return result;
}

/**
 * The entity mentions of `text`, sorted by start, non-overlapping, each with `text === content.slice(start, end)`.
 * `sentences` are the sentence spans of the part to analyse (text outside them is ignored).
 * Throws NerModelError if the model file cannot be found.
 */
export function findEntities(text: string, sentences: Span[], language: Language): EntityMention[] {
  if (!text || sentences.length === 0) return [];
  const model = getModel();
  const spans = windows(text, [...sentences].sort((a, b) => a.start - b.start));
  const raw: RawMention[] = language === 'en'
    ? englishMentions(text, spans, model.gazetteer)
    : germanMentions(text, spans, model);
  // One name, one type within an article: the tagger decides each mention from its sentence alone and may
  // call the same company ORG in one sentence and PER in the next.
  harmoniseTypes(raw, m => text.slice(m.start, m.end).toLowerCase(), m => m.stance);
  const mentions: EntityMention[] = [];
  const stances = new Map<EntityMention, TypeStance>();
  let lastEnd = -1;
  for (const m of raw.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd || m.end <= m.start) continue;
    const surface = text.slice(m.start, m.end);
    const mention: EntityMention = { start: m.start, end: m.end, text: surface, type: m.type, canonical: surface };
    mentions.push(mention);
    if (m.stance) stances.set(mention, m.stance);
    lastEnd = m.end;
  }
  linkWithinArticle(mentions, language, model.gazetteer);
  harmoniseTypesByCanonical(mentions, m => stances.get(m));
  return mentions;
}


/**
 * Aligns `canonical` across articles (mutating the mentions): the same entity gets the same canonical
 * everywhere, e.g. a surname used alone gets the longest full name any article gives.
 */
export function linkEntitiesAcrossCorpus(articles: EntityMention[][]): void {
  let gazetteer;
  try {
    gazetteer = getModel().gazetteer;
  } catch {
    gazetteer = undefined; // Without the lists, countries are only merged by identical names.
  }
  linkAcrossCorpus(articles, gazetteer);
}
