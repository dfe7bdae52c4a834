// What exporters take and importers give back.
import type { Language } from '../analysis/types';
import type { Annotation } from '../annotations/model';

export const EXPORT_FORMATS = ['w3c', 'brat', 'conll', 'labelstudio', 'doccano', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_FORMATS = ['w3c', 'brat'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One article to export. `annotations` carry their current UTF-16 span in
 * `target.position` and `target.quote.exact` equals that slice of `text` (re-anchor first and
 * leave orphans out). Suggestions (origin `suggested`) are exported only if included here.
 */
export interface ExportDocument {
  /** The article's path as it should appear in the export (relative, forward slashes). */
  path: string;
  text: string;
  annotations: readonly Annotation[];
  language?: Language;
}

export interface ImportedArticle {
  /** The article path as the import names it (W3C target.source, or the brat file's name). */
  source: string;
  annotations: Annotation[];
}

export type ImportResult =
  | { ok: true; articles: ImportedArticle[]; warnings: string[] }
  | { ok: false; error: string };

/** A short label per annotation, the same in every span-based format. */
export function labelOf(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'entity': return annotation.body.type;
    case 'date': return 'DATE';
    case 'claim': return 'CLAIM';
    case 'note': return 'NOTE';
    case 'link': return 'LINK';
  }
}

/** Annotations sorted by start, longer first (the order span formats list them in). */
export function sortedBySpan(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end);
}
