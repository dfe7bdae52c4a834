// Small pure helpers of the editor's annotation features, kept free of the vscode module so they are
// unit-tested in plain Node (test/unit/annotationEditor/).
import { createHash } from 'crypto';
import type { TextEdit } from '../core/annotations/anchoring';
import { normaliseBody, rejectionKey, type Annotation, type RejectedSuggestion, type Span } from '../core/annotations/model';
import { firstAtOrAfter } from '../core/text/sortedSearch';

/** A change of a text document as VS Code reports it (the fields we need of TextDocumentContentChangeEvent). */
export interface DocumentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * The store's edits for one change event. VS Code applies an event's changes one after the other (and
 * lists multi-cursor edits last-first, so each one's offsets still hold): the store does the same.
 */
export function editsFromChanges(changes: readonly DocumentChange[]): TextEdit[] {
  return changes.map(c => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text }));
}

/** What a sidecar held when it was last read or written: one fingerprint per annotation and the rejections. */
export interface SavedState {
  annotations: ReadonlyMap<string, string>;
  rejected: ReadonlySet<string>;
}

/** What identifies an annotation's saved form: kind, body and place. */
export function fingerprint(annotation: Annotation, span: Span | null | undefined): string {
  const place = span ?? annotation.target.position;
  return JSON.stringify([annotation.kind, normaliseBody(annotation), place.start, place.end, annotation.target.quote.exact]);
}

export function savedStateOf(annotations: readonly Annotation[], rejected: readonly RejectedSuggestion[]): SavedState {
  return {
    annotations: new Map(annotations.map(a => [a.id, fingerprint(a, a.target.position)])),
    rejected: new Set(rejected.map(rejectionKey)),
  };
}

/**
 * How many annotations differ from the saved sidecar: added, changed, moved by an edit of the article,
 * deleted; each rejection added or dropped counts as one too. Orphans keep their saved place (their
 * selectors are written as they were), so losing the anchor alone is no change.
 */
export function unsavedChangeCount(saved: SavedState, annotations: readonly Annotation[], rejected: readonly RejectedSuggestion[], anchorOf: (id: string) => Span | null | undefined): number {
  let count = 0;
  const present = new Set<string>();
  for (const annotation of annotations) {
    present.add(annotation.id);
    const span = anchorOf(annotation.id);
    if (saved.annotations.get(annotation.id) !== fingerprint(annotation, span ?? annotation.target.position)) count++;
  }
  for (const id of saved.annotations.keys()) if (!present.has(id)) count++;
  const rejectedNow = new Set(rejected.map(rejectionKey));
  for (const key of rejectedNow) if (!saved.rejected.has(key)) count++;
  for (const key of saved.rejected) if (!rejectedNow.has(key)) count++;
  return count;
}

/** Offsets where each line starts; a line ends at \n, \r\n or a lone \r, as in VS Code. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */ && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** Zero-based line and character of a UTF-16 offset, given the text's line starts and length. */
export function lineAndCharacter(starts: readonly number[], textLength: number, offset: number): { line: number; character: number } {
  const clamped = Math.max(0, Math.min(offset, textLength));
  // The last line starting at or before the offset (the first line starts at 0).
  const line = firstAtOrAfter(starts, clamped + 1) - 1;
  return { line, character: clamped - starts[line] };
}

/** #tags written in a note (letters, digits, "-", "_"; Unicode letters too), in order, without repeats. */
export function tagsOf(noteText: string): string[] {
  const tags = [...noteText.matchAll(/(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu)].map(m => m[1]);
  return [...new Set(tags)];
}

/** The annotation to go to from `offset`: the next one starting after it (or the previous one before it), wrapping around. */
export function neighbourSpan<T extends Span>(spans: readonly T[], offset: number, direction: 'next' | 'previous'): T | undefined {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return undefined;
  if (direction === 'next') return sorted.find(s => s.start > offset) ?? sorted[0];
  return [...sorted].reverse().find(s => s.start < offset) ?? sorted[sorted.length - 1];
}

/** Spans containing `offset` (touching counts) or, for a selection, overlapping it; the innermost first. */
export function spansAt<T extends Span>(spans: readonly T[], selection: Span): T[] {
  const hits = selection.start === selection.end
    ? spans.filter(s => s.start <= selection.start && selection.start <= s.end)
    : spans.filter(s => s.start < selection.end && selection.start < s.end);
  return hits.sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.start - b.start);
}

/** The backup file of an article's unsaved annotations: a hash of its uri, so any path fits a file name. */
export function backupFileName(articleUri: string): string {
  return `${createHash('sha256').update(articleUri).digest('hex').slice(0, 32)}.json`;
}

export { oneLine } from '../core/text/oneLine';

/** Whether `value` is an http(s) URL (a claim's source is a link to where the check was made). */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
