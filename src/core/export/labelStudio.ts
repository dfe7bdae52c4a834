// Label Studio tasks (JSON): one task per article with `data.text`; user annotations under
// `annotations[0].result`, suggestions under `predictions[0].result`. Each region is a `labels`
// result with start/end in Unicode code points (what Label Studio's Python side and current
// frontend use) and the labelled text; canonical names, date values, claim status and notes go
// into the region's `meta.text`. Labeling config to use: <Labels name="label" toName="text">.
import type { Annotation } from '../annotations/model';
import { CodePointIndex } from './codePoints';
import { labelOf, sortedBySpan, type ExportDocument } from './types';

export function exportLabelStudio(documents: readonly ExportDocument[]): string {
  const tasks = documents.map((doc, i) => {
    const index = new CodePointIndex(doc.text);
    const results = (origin: Annotation['origin']) => sortedBySpan(doc.annotations.filter(a => a.origin === origin)).map(a => resultFor(a, doc.text, index));
    const suggestions = results('suggested');
    return {
      id: i + 1,
      data: { text: doc.text, article: doc.path },
      annotations: [{ result: results('user') }],
      ...(suggestions.length > 0 ? { predictions: [{ model_version: 'news-annotator-analysis', result: suggestions }] } : {}),
    };
  });
  return JSON.stringify(tasks, null, 2) + '\n';
}

function resultFor(a: Annotation, text: string, index: CodePointIndex) {
  const { start, end } = a.target.position;
  const meta = metaText(a);
  return {
    id: a.id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: index.toCodePoint(start), end: index.toCodePoint(end), text: text.slice(start, end), labels: [labelOf(a)] },
    ...(meta.length > 0 ? { meta: { text: meta } } : {}),
  };
}

function metaText(a: Annotation): string[] {
  switch (a.kind) {
    case 'entity': return a.body.canonical ? [a.body.canonical] : [];
    case 'date': return [a.body.value];
    case 'claim': return [a.body.status, ...(a.body.source ? [a.body.source] : []), ...(a.body.note ? [a.body.note] : [])];
    case 'note': return [a.body.text, ...a.body.tags.map(t => `#${t}`)].filter(Boolean);
    case 'link': return [`${a.body.relation} → ${a.body.article ? a.body.article + '#' : ''}${a.body.target}`];
  }
}
