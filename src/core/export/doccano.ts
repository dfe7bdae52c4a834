// doccano sequence-labelling JSONL: one line per article, `{"text": …, "label": [[start, end, "PER"], …]}`
// with offsets in Unicode code points (doccano counts Python characters), plus the article path.
import { CodePointIndex } from './codePoints';
import { labelOf, sortedBySpan, type ExportDocument } from './types';

export function exportDoccano(documents: readonly ExportDocument[]): string {
  return documents.map(doc => {
    const index = new CodePointIndex(doc.text);
    const label = sortedBySpan(doc.annotations).map(a => [index.toCodePoint(a.target.position.start), index.toCodePoint(a.target.position.end), labelOf(a)]);
    return JSON.stringify({ text: doc.text, label, article: doc.path }) + '\n';
  }).join('');
}
