// The analysis pipeline for one article: metadata → language → sentences → entities, dates, quantities.
import { dateInFileName, parseMetadata } from '../text/metadata';
import { findDates } from './dates';
import { findEntities } from './entities';
import { detectLanguage } from './language';
import { findQuantities } from './quantities';
import { splitSentences } from './sentences';
import type { AnalysisOptions, ArticleAnalysis } from './types';

export function analyzeArticle(text: string, options: AnalysisOptions = {}): ArticleAnalysis {
  const metadata = parseMetadata(text);
  const body = { start: metadata.bodyStart, end: text.length };
  const language = metadata.language ?? detectLanguage(text.slice(body.start), options.fallbackLanguage ?? 'de');
  const referenceDate = options.referenceDate ?? metadata.published ?? dateInFileName(options.sourcePath) ?? options.defaultReferenceDate;
  const sentences = splitSentences(text, language, body);
  return {
    language,
    metadata,
    referenceDate: referenceDate ?? null,
    sentences,
    entities: findEntities(text, sentences, language),
    dates: findDates(text, language, referenceDate ?? null, body),
    quantities: findQuantities(text, language, body),
  };
}
