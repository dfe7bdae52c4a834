// Hand-made analyses, so tests of claims, re-ranking and conflicts do not depend on how far the
// analysis pipeline (sentences, NER, dates, quantities) has come.
import type { ArticleAnalysis, DateMention, EntityMention, EntityType, Language, QuantityMention } from '../../../src/core/analysis/types';

export interface Mark {
  /** The words as they occur in the text (the first occurrence at or after `after`). */
  text: string;
  after?: string;
}

function locate(text: string, mark: Mark): { start: number; end: number } {
  const from = mark.after ? text.indexOf(mark.after) : 0;
  const start = text.indexOf(mark.text, Math.max(0, from));
  if (start < 0) throw new Error(`not in text: ${mark.text}`);
  return { start, end: start + mark.text.length };
}

/** One sentence per line (blank lines separate paragraphs). */
export function analysisOf(text: string, options: {
  language?: Language;
  entities?: Array<Mark & { type: EntityType; canonical?: string }>;
  dates?: Array<Mark & { value: string }>;
  quantities?: Array<Mark & { value: number; unit?: string; approx?: true }>;
} = {}): ArticleAnalysis {
  const sentences: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) sentences.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const entities: EntityMention[] = (options.entities ?? []).map(e => ({ ...locate(text, e), text: e.text, type: e.type, canonical: e.canonical ?? e.text }));
  const dates: DateMention[] = (options.dates ?? []).map(d => ({ ...locate(text, d), text: d.text, kind: 'DATE', value: d.value }));
  const quantities: QuantityMention[] = (options.quantities ?? []).map(q => {
    const mention: QuantityMention = { ...locate(text, q), text: q.text, value: q.value };
    if (q.unit) mention.unit = q.unit;
    if (q.approx) mention.approx = true;
    return mention;
  });
  return {
    language: options.language ?? 'de',
    metadata: { published: '2026-03-10', title: null, source: null, language: null, bodyStart: 0, header: null, fields: {} },
    referenceDate: '2026-03-10',
    sentences,
    entities: entities.sort((a, b) => a.start - b.start),
    dates,
    quantities,
  };
}
