// CSV (RFC 4180): a header row, then one row per annotation; CRLF line ends; fields with a comma,
// quote or line break are quoted, quotes doubled. start/end are Unicode code points (like the
// other exchange formats); start_utf16/end_utf16 are the offsets JavaScript and the sidecar use.
// Spreadsheet note: cells are data, not formulas — a cell starting with "=" is written as it is.
import type { Annotation } from '../annotations/model';
import { CodePointIndex } from './codePoints';
import { labelOf, sortedBySpan, type ExportDocument } from './types';

export const CSV_COLUMNS = [
  'article', 'id', 'kind', 'label', 'origin', 'start', 'end', 'start_utf16', 'end_utf16', 'text',
  'canonical', 'value', 'status', 'source', 'note', 'tags', 'link_target', 'link_article', 'relation',
] as const;

export function exportCsv(documents: readonly ExportDocument[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const doc of documents) {
    const index = new CodePointIndex(doc.text);
    for (const a of sortedBySpan(doc.annotations)) rows.push(CSV_COLUMNS.map(column => cell(column, a, doc, index)));
  }
  return rows.map(row => row.map(quoteField).join(',') + '\r\n').join('');
}

function cell(column: (typeof CSV_COLUMNS)[number], a: Annotation, doc: ExportDocument, index: CodePointIndex): string {
  const { start, end } = a.target.position;
  const body = a.body as unknown as Record<string, unknown>;
  switch (column) {
    case 'article': return doc.path;
    case 'id': return a.id;
    case 'kind': return a.kind;
    case 'label': return labelOf(a);
    case 'origin': return a.origin;
    case 'start': return String(index.toCodePoint(start));
    case 'end': return String(index.toCodePoint(end));
    case 'start_utf16': return String(start);
    case 'end_utf16': return String(end);
    case 'text': return doc.text.slice(start, end);
    case 'canonical': return a.kind === 'entity' ? a.body.canonical : '';
    case 'value': return a.kind === 'date' ? a.body.value : '';
    case 'status': return a.kind === 'claim' ? a.body.status : '';
    case 'source': return a.kind === 'claim' ? a.body.source ?? '' : '';
    case 'note': return a.kind === 'claim' ? a.body.note ?? '' : a.kind === 'note' ? a.body.text : '';
    case 'tags': return a.kind === 'note' ? a.body.tags.join(';') : '';
    case 'link_target': return a.kind === 'link' ? a.body.target : '';
    case 'link_article': return a.kind === 'link' ? a.body.article ?? '' : '';
    case 'relation': return a.kind === 'link' ? String(body.relation ?? '') : '';
  }
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
