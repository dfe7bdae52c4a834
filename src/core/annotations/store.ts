// The annotations of one article, in memory. Pure: no file system, no editor. The editor adapter
// (and the CLI) load it from sidecar text, feed it the article's edits, and ask it for the text
// to save. Positions are UTF-16 code units.
//
// Each annotation has its stored selectors (what the sidecar says) and an anchor (where it is in
// the current text, or null for an orphan). Orphans keep their selectors, so undoing an edit or
// reloading the original text can bring them back.
import type { ArticleAnalysis } from '../analysis/types';
import { anchor, shiftSpan, type AnchorResult, type TextEdit } from './anchoring';
import {
  cloneAnnotation, newAnnotationId, quoteAt, rejectionKey, sameContent, targetAt,
  type Annotation, type AnnotationContent, type RejectedSuggestion, type Span,
} from './model';
import { parseSidecar, writeSidecarText, type SidecarProblem, type WriteSidecarResult } from './sidecar';
import { suggestionsFromAnalysis } from './suggestions';

export interface StoreChange {
  /** Ids of annotations added, changed, re-anchored or removed ('*' when everything may have changed). */
  ids: string[];
}

export interface StoreSnapshot {
  format: 'news-annotator-annotation-store';
  version: 1;
  articlePath: string;
  annotations: Annotation[];
  rejected: RejectedSuggestion[];
  /** Current anchors by id (null = orphan); absent ids have not been anchored yet. */
  anchors: Record<string, Span | null>;
  userChanges: boolean;
}

export interface AnchorSummary {
  anchored: number;
  orphaned: string[];
}

export class AnnotationStore {
  private annotationList: Annotation[] = [];
  private rejectedList: RejectedSuggestion[] = [];
  private readonly anchors = new Map<string, Span | null>();
  /** Ids handed out in this session, never given again even after a delete. */
  private readonly usedIds = new Set<string>();
  private userChanges = false;
  private readonly listeners = new Set<(change: StoreChange) => void>();

  /** `articlePath` is how the sidecar names the article (normally its file name). */
  constructor(readonly articlePath: string, annotations: readonly Annotation[] = [], rejected: readonly RejectedSuggestion[] = []) {
    this.annotationList = annotations.map(cloneAnnotation);
    this.rejectedList = rejected.map(r => structuredClone(r));
    for (const a of this.annotationList) this.usedIds.add(a.id);
  }

  /** A store from sidecar text, or the sidecar's problems (with positions). */
  static fromSidecarText(text: string, articlePath: string): { ok: true; store: AnnotationStore } | { ok: false; errors: SidecarProblem[] } {
    const parsed = parseSidecar(text);
    if (!parsed.ok) return parsed;
    return { ok: true, store: new AnnotationStore(articlePath, parsed.sidecar.annotations, parsed.sidecar.rejected) };
  }

  static restore(snapshot: StoreSnapshot): AnnotationStore {
    if (snapshot?.format !== 'news-annotator-annotation-store' || snapshot.version !== 1) {
      throw new Error('not a News Annotator annotation backup (or from a newer version)');
    }
    const store = new AnnotationStore(snapshot.articlePath, snapshot.annotations, snapshot.rejected);
    for (const [id, span] of Object.entries(snapshot.anchors)) store.anchors.set(id, span && { ...span });
    store.userChanges = snapshot.userChanges;
    return store;
  }

  /** Everything needed to rebuild this store after a crash; plain JSON. */
  snapshot(): StoreSnapshot {
    return {
      format: 'news-annotator-annotation-store',
      version: 1,
      articlePath: this.articlePath,
      annotations: this.annotationList.map(cloneAnnotation),
      rejected: structuredClone(this.rejectedList),
      anchors: Object.fromEntries([...this.anchors].map(([id, span]) => [id, span && { ...span }])),
      userChanges: this.userChanges,
    };
  }

  get annotations(): readonly Annotation[] {
    return this.annotationList;
  }

  get rejected(): readonly RejectedSuggestion[] {
    return this.rejectedList;
  }

  get(id: string): Annotation | undefined {
    return this.annotationList.find(a => a.id === id);
  }

  /** Where the annotation is in the current text: a span, null for an orphan, undefined if never anchored. */
  anchorOf(id: string): Span | null | undefined {
    return this.anchors.get(id);
  }

  orphans(): Annotation[] {
    return this.annotationList.filter(a => this.anchors.get(a.id) === null);
  }

  /**
   * True when the sidecar needs saving: the user changed annotations, or anchored annotations
   * moved away from their stored positions (the article was edited).
   */
  get isDirty(): boolean {
    return this.userChanges || this.annotationList.some(a => {
      const span = this.anchors.get(a.id);
      return span != null && (span.start !== a.target.position.start || span.end !== a.target.position.end);
    });
  }

  onDidChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // -------------------------------------------------------------------------------------------
  // Editing annotations

  /** Adds a user annotation on `span` of `text`. */
  add(text: string, span: Span, content: AnnotationContent): Annotation {
    assertSpan(text, span);
    const annotation = { ...structuredClone(content), id: this.freshId(), target: targetAt(text, span, this.articlePath), origin: 'user' } as Annotation;
    this.annotationList.push(annotation);
    this.anchors.set(annotation.id, { start: span.start, end: span.end });
    this.changed([annotation.id]);
    return annotation;
  }

  /** Changes kind/body and/or moves the annotation to another span (which needs the text). */
  update(id: string, change: { content?: AnnotationContent; span?: Span; text?: string }): Annotation {
    const index = this.indexOf(id);
    const current = this.annotationList[index];
    let target = current.target;
    if (change.span) {
      if (change.text === undefined) throw new Error('moving an annotation needs the article text');
      assertSpan(change.text, change.span);
      target = targetAt(change.text, change.span, current.target.source);
      this.anchors.set(id, { ...change.span });
    }
    const content = change.content ? structuredClone(change.content) : { kind: current.kind, body: current.body };
    const updated = { ...current, ...content, target } as Annotation;
    this.annotationList[index] = updated;
    this.changed([id]);
    return updated;
  }

  delete(id: string): void {
    const index = this.indexOf(id);
    this.annotationList.splice(index, 1);
    this.anchors.delete(id);
    this.changed([id]);
  }

  // -------------------------------------------------------------------------------------------
  // Suggestions

  /** Suggestions for this article: not rejected, and not already annotated (same kind and span). */
  suggestions(text: string, analysis: ArticleAnalysis): Annotation[] {
    const taken = new Set(this.annotationList.flatMap(a => {
      const span = this.anchors.get(a.id) ?? a.target.position;
      return [`${a.kind}|${span.start}|${span.end}`];
    }));
    return suggestionsFromAnalysis(text, analysis, this.rejectedList, this.articlePath)
      .filter(s => !taken.has(`${s.kind}|${s.target.position.start}|${s.target.position.end}`));
  }

  /** Makes a suggestion a user annotation (with a fresh id), optionally with a corrected body. */
  accept(suggestion: Annotation, content: AnnotationContent = suggestion): Annotation {
    const annotation = {
      ...structuredClone({ kind: content.kind, body: content.body }),
      id: this.freshId(),
      target: { ...structuredClone(suggestion.target), source: this.articlePath },
      origin: 'user',
    } as Annotation;
    this.annotationList.push(annotation);
    this.anchors.set(annotation.id, { ...suggestion.target.position });
    this.changed([annotation.id]);
    return annotation;
  }

  /** Remembers that this suggestion is unwanted, so it is not offered again. */
  reject(suggestion: Annotation): void {
    const entry: RejectedSuggestion = { kind: suggestion.kind, quote: { ...suggestion.target.quote }, position: { ...suggestion.target.position } };
    if (this.rejectedList.some(r => rejectionKey(r) === rejectionKey(entry))) return;
    this.rejectedList.push(entry);
    this.changed([suggestion.id]);
  }

  // -------------------------------------------------------------------------------------------
  // Following the article

  /** Re-anchors every annotation in `text` (on load, or after the article changed outside the editor). */
  reanchor(text: string): AnchorSummary {
    const orphaned: string[] = [];
    for (const a of this.annotationList) {
      const result: AnchorResult = anchor(text, a.target);
      this.anchors.set(a.id, result.status === 'anchored' ? { start: result.start, end: result.end } : null);
      if (result.status === 'orphan') orphaned.push(a.id);
    }
    this.emit({ ids: ['*'] });
    return { anchored: this.annotationList.length - orphaned.length, orphaned };
  }

  /**
   * Moves anchors through an edit of the article without searching (while typing). Annotations
   * whose own text the edit touches become orphans. Several edits of one change event are applied
   * in order, each in the coordinates the previous one left.
   */
  applyEdits(edits: readonly TextEdit[]): void {
    const touched: string[] = [];
    for (const edit of edits) {
      for (const [id, span] of this.anchors) {
        if (!span) continue;
        const moved = shiftSpan(span, edit);
        if (!moved || moved.start !== span.start) touched.push(id);
        this.anchors.set(id, moved);
      }
    }
    if (touched.length > 0) this.emit({ ids: [...new Set(touched)] });
  }

  // -------------------------------------------------------------------------------------------
  // Saving

  /**
   * The sidecar text to save, made by editing `previousText` (null: no sidecar yet). With
   * `articleText`, the selectors of anchored annotations are first brought up to date (new
   * position, fresh context), so the sidecar matches the saved article. Returns `text: null`
   * when nothing needs a sidecar, and the problems (writing nothing) when `previousText` does
   * not parse: a broken sidecar is never overwritten.
   */
  toSidecarText(previousText: string | null, articleText?: string): WriteSidecarResult {
    const annotations = this.annotationList.map(a => {
      const span = this.anchors.get(a.id);
      if (articleText === undefined || !span || span.end > articleText.length) return a;
      const quote = quoteAt(articleText, span);
      if (quote.exact !== a.target.quote.exact) return a;
      return { ...a, target: { ...a.target, quote, position: { ...span } } };
    });
    return writeSidecarText(previousText, { annotations, rejected: this.rejectedList });
  }

  /** After a successful save of `toSidecarText(…, articleText)`: the stored selectors now are the saved ones. */
  markSaved(articleText?: string): void {
    if (articleText !== undefined) {
      this.annotationList = this.annotationList.map(a => {
        const span = this.anchors.get(a.id);
        if (!span || span.end > articleText.length || articleText.slice(span.start, span.end) !== a.target.quote.exact) return a;
        return { ...a, target: { ...a.target, quote: quoteAt(articleText, span), position: { ...span } } };
      });
    }
    this.userChanges = false;
  }

  /** Replaces the content with what a sidecar now says (it changed on disk, e.g. after git pull). */
  loadSidecarText(text: string): { ok: true } | { ok: false; errors: SidecarProblem[] } {
    const parsed = parseSidecar(text);
    if (!parsed.ok) return parsed;
    this.annotationList = parsed.sidecar.annotations;
    this.rejectedList = parsed.sidecar.rejected;
    this.anchors.clear();
    for (const a of this.annotationList) this.usedIds.add(a.id);
    this.userChanges = false;
    this.emit({ ids: ['*'] });
    return { ok: true };
  }

  /**
   * Writes `articlePath` as the source of every annotation that names another (the article was renamed or
   * moved, and its sidecar with it). A change like any other, so the sidecar is written again; false when
   * every source was right.
   */
  adoptSources(): boolean {
    const renamed = this.annotationList.filter(annotation => annotation.target.source !== this.articlePath);
    for (const annotation of renamed) annotation.target = { ...annotation.target, source: this.articlePath };
    if (renamed.length) this.changed(renamed.map(annotation => annotation.id));
    return renamed.length > 0;
  }

  /** True when an annotation with the same kind, body and span exists (used by imports to skip duplicates). */
  hasEquivalent(candidate: Annotation): boolean {
    return this.annotationList.some(a => sameContent(a, candidate)
      && a.target.position.start === candidate.target.position.start && a.target.position.end === candidate.target.position.end);
  }

  /** Adds an annotation as it is (imports): keeps its id unless taken. */
  addExisting(annotation: Annotation): Annotation {
    const copy = cloneAnnotation(annotation);
    copy.origin = 'user';
    copy.target = { ...copy.target, source: this.articlePath };
    if (this.usedIds.has(copy.id) || this.annotationList.some(a => a.id === copy.id)) copy.id = this.freshId();
    this.usedIds.add(copy.id);
    this.annotationList.push(copy);
    this.anchors.set(copy.id, { ...copy.target.position });
    this.changed([copy.id]);
    return copy;
  }

  private freshId(): string {
    const id = newAnnotationId(new Set([...this.usedIds, ...this.annotationList.map(a => a.id)]));
    this.usedIds.add(id);
    return id;
  }

  private indexOf(id: string): number {
    const index = this.annotationList.findIndex(a => a.id === id);
    if (index === -1) throw new Error(`no annotation with id ${id}`);
    return index;
  }

  private changed(ids: string[]): void {
    this.userChanges = true;
    this.emit({ ids });
  }

  private emit(change: StoreChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

function assertSpan(text: string, span: Span): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.end <= span.start) {
    throw new RangeError(`span ${span.start}–${span.end} is not a non-empty range of the text (length ${text.length})`);
  }
}
