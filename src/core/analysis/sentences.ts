// Sentence boundaries. STUB: replaced by the analysis-engine work (issue 3).
import type { Language, Span } from './types';

export function splitSentences(text: string, _language: Language, range: Span = { start: 0, end: text.length }): Span[] {
  const spans: Span[] = [];
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  for (const segment of segmenter.segment(text.slice(range.start, range.end))) {
    const start = range.start + segment.index;
    const trimmed = segment.segment.trimEnd();
    const lead = segment.segment.length - segment.segment.trimStart().length;
    if (trimmed.trim()) spans.push({ start: start + lead, end: start + trimmed.length });
  }
  return spans;
}
