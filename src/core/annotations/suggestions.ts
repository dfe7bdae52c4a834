// Suggestions: entities and dates the analysis found, offered as annotations to accept or reject.
// They are not stored in the sidecar unless accepted; rejected ones are remembered there.
import type { ArticleAnalysis } from '../analysis/types';
import { anchor } from './anchoring';
import { rejectionKey, targetAt, type Annotation, type AnnotationContent, type RejectedSuggestion, type Span } from './model';

/**
 * Suggested annotations for the analysis' entities and dates, minus those the user rejected
 * (rejections are re-anchored first, so they still apply after the article was edited).
 * Ids are derived from kind and span (`s-…`), so the same suggestion keeps its id across runs.
 */
export function suggestionsFromAnalysis(text: string, analysis: ArticleAnalysis, rejected: readonly RejectedSuggestion[], source = ''): Annotation[] {
  const rejectedHere = new Set(rejected.flatMap(entry => {
    const result = anchor(text, entry);
    return result.status === 'anchored' ? [rejectionKey({ ...entry, position: { start: result.start, end: result.end } })] : [];
  }));
  const suggestions: Annotation[] = [];
  const add = (span: Span, content: AnnotationContent) => {
    if (span.end <= span.start || span.end > text.length) return;
    const target = targetAt(text, span, source);
    if (rejectedHere.has(rejectionKey({ kind: content.kind, quote: target.quote, position: span }))) return;
    suggestions.push({ ...content, id: `s-${content.kind}-${span.start}-${span.end}`, target, origin: 'suggested' } as Annotation);
  };
  for (const entity of analysis.entities) {
    add(entity, { kind: 'entity', body: { type: entity.type, canonical: entity.canonical || entity.text } });
  }
  for (const date of analysis.dates) {
    add(date, { kind: 'date', body: { value: date.value } });
  }
  return suggestions.sort((a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end);
}
