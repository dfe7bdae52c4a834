// The analysis pipeline for one article: metadata → language → sentences → entities, dates, quantities.
import { dateInFileName, parseMetadata } from '../text/metadata';
import { findDates, forgetRememberedDates } from './dates';
import { findEntities, forgetTaggedSentences } from './entities';
import { detectLanguage } from './language';
import { findQuantities, forgetRememberedQuantities } from './quantities';
import { forgetRememberedParagraphs, splitSentences } from './sentences';
import type { AnalysisOptions, ArticleAnalysis, EntityMention, Span } from './types';

export function analyzeArticle(text: string, options: AnalysisOptions = {}): ArticleAnalysis {
  const metadata = parseMetadata(text);
  const body = { start: metadata.bodyStart, end: text.length };
  const language = metadata.language ?? detectLanguage(text.slice(body.start), options.fallbackLanguage ?? 'de');
  const referenceDate = options.referenceDate ?? metadata.published ?? dateInFileName(options.sourcePath) ?? options.defaultReferenceDate;
  const sentences = splitSentences(text, language, body);
  const dates = findDates(text, language, referenceDate ?? null, body, { sentences });
  const quantities = findQuantities(text, language, body);
  return {
    language,
    metadata,
    referenceDate: referenceDate ?? null,
    sentences,
    entities: outsideValues(findEntities(text, sentences, language), [...dates, ...quantities]),
    dates,
    quantities,
  };
}

/**
 * Forgets what the stages remember of the paragraphs and sentences they met (see the memos in sentences.ts,
 * dates/index.ts, quantities.ts and entities/german.ts): for benchmarks that time the stages on text they
 * have read before.
 */
export function forgetRememberedText(): void {
  forgetRememberedParagraphs();
  forgetRememberedDates();
  forgetRememberedQuantities();
  forgetTaggedSentences();
}

/**
 * A person, place or organisation never lies inside a date or an amount ("Mitte November", "175
 * Millionen Euro"): the tagger sees capitalised words, the date and quantity stages know better.
 * MISC stays (GermEval-style annotation tags currencies such as "Euro" as MISC).
 */
export function outsideValues(entities: EntityMention[], values: Span[]): EntityMention[] {
  if (values.length === 0) return entities;
  return entities.filter(entity => entity.type === 'MISC'
    || !values.some(value => value.start <= entity.start && entity.end <= value.end));
}
