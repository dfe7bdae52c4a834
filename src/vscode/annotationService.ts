// The user's annotations in the editor: one AnnotationStore (src/core/annotations) per article, loaded from
// the `<article>.annotations.jsonc` sidecar beside it and written back atomically. Anchors follow the
// article while the user types (store.applyEdits with each change's offsets) and are searched again in the
// full text when the text comes from elsewhere (revert, reload from disk, a file changed outside the editor).
//
// Nothing the user did is lost:
// - a sidecar that does not parse or does not fit the format is never overwritten: its problems show in the
//   Problems panel and annotating that article is paused (commands say why) until the file is fixed;
// - a sidecar changed on disk (git checkout, another editor) is reloaded; when there are unsaved changes
//   too they are kept and the user chooses: reload from disk, keep mine, or compare;
// - unsaved changes are backed up to the workspace storage (annotationBackups.ts) and restored after a crash;
// - before every write the sidecar is read again, so a change on disk the watcher has not reported yet
//   is never overwritten unseen.
// No sidecar is written for an article nobody annotated; one whose last annotation was deleted is deleted
// (to the trash where the file system has one), since an empty sidecar says nothing.
import * as path from 'path';
import * as vscode from 'vscode';
import { anchor } from '../core/annotations/anchoring';
import type { Annotation, AnnotationContent, Span } from '../core/annotations/model';
import { linkArticleFor, linkedArticlePath } from '../core/annotations/paths';
import { parseSidecar, SIDECAR_SUFFIX, type SidecarProblem } from '../core/annotations/sidecar';
import { AnnotationStore, type StoreSnapshot } from '../core/annotations/store';
import type { ArticleAnalysis } from '../core/analysis/types';
import { AnnotationBackups, type AnnotationBackup } from './annotationBackups';
import {
  editsFromChanges, lineAndCharacter, lineStartsOf, savedStateOf, unsavedChangeCount, type SavedState,
} from './annotationHelpers';
import { annotationLabel } from './annotationLabels';
import { registerAnnotationStatus, SAVE_ANNOTATIONS_COMMAND } from './annotationStatus';
import type { AnnotationFacetSource, ArticleFacetsHub } from './articleFacets';
import type { CorpusService } from './corpusService';
import type { ArticleDecorations } from './decorations';
import type { Services } from './services';
import { readSettings } from './settings';
import { deleteFile, fileExists, isAtOrUnder, movedUri, openDocument, readArticleFile, readTextIfExists, writeFileAtomically } from './workspaceFiles';

/** Thrown by edits of an article whose sidecar is broken; the message says what to fix. */
export class AnnotationsPausedError extends Error {
  override readonly name = 'AnnotationsPausedError';

  constructor(readonly articleUri: vscode.Uri, readonly sidecarUri: vscode.Uri, message: string) {
    super(message);
  }
}

export type ConflictChoice = 'reload' | 'keepMine';

export interface AnchoredAnnotation {
  annotation: Annotation;
  span: Span;
  range: vscode.Range;
}

/** The part of the corpus service the annotations need (tests pass a fake). */
export type AnnotationCorpus = Pick<CorpusService, 'isArticle' | 'get' | 'onDidChange'>;

export interface AnnotationServiceOptions {
  corpus: AnnotationCorpus;
  /** The extension's workspace storage, for backups of unsaved changes; none: no backups. */
  storageUri: vscode.Uri | undefined;
}

/** One article's annotations and what is known about its sidecar on disk. */
class ArticleAnnotations {
  /** The sidecar's text on disk as last read or written; null when there is none. */
  diskText: string | null = null;
  /** What the sidecar held when last read or written, to count unsaved changes. */
  saved: SavedState = savedStateOf([], []);
  /** Set while the sidecar on disk does not parse or fit the format: annotating is paused. */
  problems: SidecarProblem[] | undefined;
  /** A newer sidecar on disk (null: deleted) that came while there were unsaved changes, not decided about yet. */
  conflict: { text: string | null } | undefined;
  /** The article text the anchors refer to while no editor has the article open. */
  text = '';
  private lineStarts: number[] | undefined;
  /** Counts store changes, so a save can tell whether something changed while it was writing. */
  version = 0;
  /** Saves and reloads of this article run one after the other. */
  queue: Promise<unknown> = Promise.resolve();
  private unsubscribe: () => void = () => undefined;

  constructor(readonly uri: vscode.Uri, readonly sidecar: vscode.Uri, public store: AnnotationStore) {}

  setStore(store: AnnotationStore, onChange: () => void): void {
    this.unsubscribe();
    this.store = store;
    this.unsubscribe = store.onDidChange(() => {
      this.version++;
      onChange();
    });
  }

  setText(text: string): void {
    this.text = text;
    this.lineStarts = undefined;
  }

  /** Position of an offset in the text the anchors refer to (the open editor's, else the last one read). */
  positionAt(offset: number): vscode.Position {
    return this.positions()(offset);
  }

  /** positionAt for many offsets: looks up the open editor once. */
  positions(): (offset: number) => vscode.Position {
    const document = openDocument(this.uri);
    if (document) return offset => document.positionAt(offset);
    const starts = this.lineStarts ??= lineStartsOf(this.text);
    const length = this.text.length;
    return offset => {
      const { line, character } = lineAndCharacter(starts, length, offset);
      return new vscode.Position(line, character);
    };
  }

  currentText(): string {
    return openDocument(this.uri)?.getText() ?? this.text;
  }

  dispose(): void {
    this.unsubscribe();
  }
}

export class AnnotationService implements vscode.Disposable {
  private readonly states = new Map<string, ArticleAnnotations>();
  private readonly loading = new Map<string, Promise<ArticleAnnotations | undefined>>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly conflictEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly sidecarDiagnostics = vscode.languages.createDiagnosticCollection('newsAnnotator.sidecars');
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.conflictEmitter, this.sidecarDiagnostics];
  private readonly backups: AnnotationBackups;
  private initialLoad: Promise<void> | undefined;
  private disposed = false;
  /** The articles whose unsaved changes the first ready() brought back from the backups. */
  restoredOnActivation: vscode.Uri[] = [];
  /** Asked when a sidecar changed on disk while there are unsaved changes; the default shows a notification. */
  conflictPrompt: (uri: vscode.Uri) => void = uri => void this.promptConflict(uri);

  /** Fires with the article's uri whenever its annotations, their places or their saved state change. */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when a sidecar changed on disk while its article had unsaved annotation changes. */
  readonly onDidConflict = this.conflictEmitter.event;

  constructor(private readonly options: AnnotationServiceOptions) {
    this.backups = new AnnotationBackups(options.storageUri);
    this.disposables.push(this.backups);
    this.watch();
  }

  /** Where backups of unsaved changes are kept (the extension's workspace storage). */
  get storageUri(): vscode.Uri | undefined {
    return this.options.storageUri;
  }

  // ---- loading -----------------------------------------------------------------------------------------

  /** Loads every sidecar of the workspace (so views list all annotations), then restores backups; once. */
  ready(): Promise<void> {
    this.initialLoad ??= this.loadWorkspace();
    return this.initialLoad;
  }

  private async loadWorkspace(): Promise<void> {
    const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
    for (const sidecar of sidecars) {
      const article = articleUriOf(sidecar);
      if (article && this.options.corpus.isArticle(article)) await this.load(article);
    }
    this.restoredOnActivation = await this.restoreBackups();
  }

  /** The article's annotations, loaded from its sidecar on first use; undefined for a file that is no article. */
  load(uri: vscode.Uri): Promise<ArticleAnnotations | undefined> {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) return Promise.resolve(state);
    if (!this.options.corpus.isArticle(uri)) return Promise.resolve(undefined);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.readState(uri).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async readState(uri: vscode.Uri): Promise<ArticleAnnotations | undefined> {
    const sidecar = sidecarUriOf(uri);
    const [diskText, text] = await Promise.all([readTextIfExists(sidecar), readArticleText(uri)]);
    if (text === undefined || this.disposed) return undefined;
    const state = new ArticleAnnotations(uri, sidecar, new AnnotationStore(path.posix.basename(uri.path)));
    state.setStore(state.store, () => this.storeChanged(state));
    state.setText(text);
    this.states.set(uri.toString(), state);
    this.takeDiskText(state, diskText);
    return state;
  }

  /** Makes the store what `diskText` says (a sidecar that does not parse pauses the article instead). */
  private takeDiskText(state: ArticleAnnotations, diskText: string | null): void {
    state.diskText = diskText;
    state.conflict = undefined;
    if (diskText === null) {
      this.setProblems(state, undefined);
      this.replaceStore(state, new AnnotationStore(state.store.articlePath));
      return;
    }
    const parsed = parseSidecar(diskText);
    if (!parsed.ok) {
      this.setProblems(state, parsed.errors);
      this.fire(state);
      return;
    }
    this.setProblems(state, undefined);
    this.replaceStore(state, new AnnotationStore(state.store.articlePath, parsed.sidecar.annotations, parsed.sidecar.rejected));
  }

  private replaceStore(state: ArticleAnnotations, store: AnnotationStore, saved = savedStateOf(store.annotations, store.rejected)): void {
    state.setStore(store, () => this.storeChanged(state));
    state.saved = saved;
    store.reanchor(state.currentText());
    this.storeChanged(state);
  }

  // ---- reading ----------------------------------------------------------------------------------------

  /** The store of a loaded article (read it, never change it: use the methods below, which check the pause). */
  storeOf(uri: vscode.Uri): AnnotationStore | undefined {
    return this.states.get(uri.toString())?.store;
  }

  /** Articles whose annotations are loaded. */
  loadedArticles(): vscode.Uri[] {
    return [...this.states.values()].map(s => s.uri);
  }

  annotations(uri: vscode.Uri): readonly Annotation[] {
    return this.states.get(uri.toString())?.store.annotations ?? [];
  }

  /** Annotations with a place in the current text, in text order. */
  anchored(uri: vscode.Uri): AnchoredAnnotation[] {
    const state = this.states.get(uri.toString());
    if (!state) return [];
    const positionAt = state.positions();
    return state.store.annotations.flatMap(annotation => {
      const span = state.store.anchorOf(annotation.id);
      return span ? [{ annotation, span, range: new vscode.Range(positionAt(span.start), positionAt(span.end)) }] : [];
    }).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  orphans(uri: vscode.Uri): Annotation[] {
    return this.states.get(uri.toString())?.store.orphans() ?? [];
  }

  /** Where an orphan was last (its stored position), for the Problems panel. */
  lastKnownRange(uri: vscode.Uri, annotation: Annotation): vscode.Range {
    const state = this.states.get(uri.toString());
    const start = state?.positionAt(annotation.target.position.start) ?? new vscode.Position(0, 0);
    return new vscode.Range(start, start);
  }

  positionAt(uri: vscode.Uri, offset: number): vscode.Position | undefined {
    return this.states.get(uri.toString())?.positionAt(offset);
  }

  /** The text the anchors refer to: the open editor's, else the file's as last read. */
  currentText(uri: vscode.Uri): string | undefined {
    return this.states.get(uri.toString())?.currentText();
  }

  /** Why annotating the article is paused (its sidecar has problems), or undefined. */
  pausedReason(uri: vscode.Uri): string | undefined {
    const state = this.states.get(uri.toString());
    const first = state?.problems?.[0];
    if (!state || !first) return undefined;
    const name = path.posix.basename(state.sidecar.path);
    const more = state.problems!.length > 1 ? vscode.l10n.t(' (and {0} more problems)', state.problems!.length - 1) : '';
    return vscode.l10n.t('Annotating is paused: {0} has a problem at line {1}, column {2}: {3}{4}. Fix the file (see the Problems panel); nothing is written to it until then.',
      name, first.line, first.column, first.message, more);
  }

  sidecarUri(uri: vscode.Uri): vscode.Uri | undefined {
    return this.states.get(uri.toString())?.sidecar;
  }

  hasConflict(uri: vscode.Uri): boolean {
    return this.states.get(uri.toString())?.conflict !== undefined;
  }

  /** Changes not yet in the sidecar (added, changed, moved, deleted annotations and rejections). */
  unsavedCount(uri: vscode.Uri): number {
    const state = this.states.get(uri.toString());
    if (!state) return 0;
    const { store } = state;
    return unsavedChangeCount(state.saved, store.annotations, store.rejected, id => store.anchorOf(id));
  }

  unsavedArticles(): vscode.Uri[] {
    return [...this.states.values()].filter(s => this.unsavedCount(s.uri) > 0).map(s => s.uri);
  }

  totalUnsaved(): number {
    return [...this.states.values()].reduce((sum, s) => sum + this.unsavedCount(s.uri), 0);
  }

  /** The analysis' entities and dates not yet accepted or rejected (needs the analysis of the current text). */
  suggestions(uri: vscode.Uri, analysis: ArticleAnalysis): Annotation[] {
    const state = this.states.get(uri.toString());
    if (!state) return [];
    return state.store.suggestions(state.currentText(), analysis);
  }

  /** What saving would write now (for "Compare" with the file on disk); null: the sidecar would be deleted. */
  pendingSidecarText(uri: vscode.Uri): string | null | undefined {
    const state = this.states.get(uri.toString());
    if (!state) return undefined;
    const base = state.conflict ? state.conflict.text : state.diskText;
    const result = state.store.toSidecarText(base !== null && parseSidecar(base).ok ? base : null, state.currentText());
    return result.ok ? result.text : undefined;
  }

  // ---- changing -------------------------------------------------------------------------------------

  async add(uri: vscode.Uri, span: Span, content: AnnotationContent): Promise<Annotation> {
    const state = await this.editable(uri);
    return state.store.add(state.currentText(), span, content);
  }

  /** Changes an annotation's content and/or moves it to `span` of the current text (re-attaching an orphan). */
  async update(uri: vscode.Uri, id: string, change: { content?: AnnotationContent; span?: Span }): Promise<Annotation> {
    const state = await this.editable(uri);
    return state.store.update(id, { ...change, text: change.span ? state.currentText() : undefined });
  }

  async delete(uri: vscode.Uri, id: string): Promise<void> {
    const state = await this.editable(uri);
    state.store.delete(id);
  }

  async accept(uri: vscode.Uri, suggestion: Annotation, content?: AnnotationContent): Promise<Annotation> {
    const state = await this.editable(uri);
    return state.store.accept(suggestion, content);
  }

  async reject(uri: vscode.Uri, suggestion: Annotation): Promise<void> {
    const state = await this.editable(uri);
    state.store.reject(suggestion);
  }

  /** The loaded article, unless its sidecar is broken (then AnnotationsPausedError, saying what to fix). */
  private async editable(uri: vscode.Uri): Promise<ArticleAnnotations> {
    const state = await this.load(uri);
    if (!state) throw new Error(vscode.l10n.t('{0} is not an article of the corpus (see the setting newsAnnotator.corpus.include).', path.posix.basename(uri.path)));
    const reason = this.pausedReason(uri);
    if (reason) throw new AnnotationsPausedError(uri, state.sidecar, reason);
    return state;
  }

  // ---- saving --------------------------------------------------------------------------------------------

  /** Writes the sidecar of every article with unsaved changes; says which were saved and which could not be. */
  async saveAll(): Promise<{ saved: vscode.Uri[]; failed: { uri: vscode.Uri; error: Error }[] }> {
    const saved: vscode.Uri[] = [];
    const failed: { uri: vscode.Uri; error: Error }[] = [];
    for (const state of [...this.states.values()].filter(s => this.needsSave(s))) {
      try {
        if (await this.save(state.uri)) saved.push(state.uri);
      } catch (error) {
        failed.push({ uri: state.uri, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    return { saved, failed };
  }

  /**
   * Writes the article's sidecar if anything changed. Resolves to false when nothing was written because
   * the sidecar is broken (see pausedReason) or the user kept the version on disk.
   */
  save(uri: vscode.Uri, conflictChoice?: ConflictChoice): Promise<boolean> {
    const state = this.states.get(uri.toString());
    if (!state) return Promise.resolve(true);
    return this.enqueue(state, () => this.write(state, conflictChoice));
  }

  private needsSave(state: ArticleAnnotations): boolean {
    return state.store.isDirty || this.unsavedCount(state.uri) > 0;
  }

  private async write(state: ArticleAnnotations, conflictChoice: ConflictChoice | undefined): Promise<boolean> {
    // Read the file again: a change on disk the watcher has not reported yet must not be overwritten unseen.
    const onDisk = await readTextIfExists(state.sidecar);
    if (onDisk !== state.diskText && onDisk !== state.conflict?.text) this.diskChanged(state, onDisk, false);
    if (state.problems) throw new AnnotationsPausedError(state.uri, state.sidecar, this.pausedReason(state.uri)!);
    if (state.conflict) {
      const choice = conflictChoice ?? await this.askConflict(state, true);
      if (choice !== 'keepMine') {
        if (choice === 'reload') this.takeDiskText(state, state.conflict.text);
        return false;
      }
      state.diskText = state.conflict.text;
      state.conflict = undefined;
    }
    const text = state.currentText();
    const version = state.version;
    const result = state.store.toSidecarText(state.diskText, text);
    if (!result.ok) {
      this.setProblems(state, result.errors);
      throw new AnnotationsPausedError(state.uri, state.sidecar, this.pausedReason(state.uri)!);
    }
    if (result.text !== state.diskText) {
      if (result.text === null) await deleteFile(state.sidecar);
      else await writeFileAtomically(state.sidecar, result.text);
    }
    state.diskText = result.text;
    const written = result.text === null ? undefined : parseSidecar(result.text);
    state.saved = written?.ok ? savedStateOf(written.sidecar.annotations, written.sidecar.rejected) : savedStateOf([], []);
    // Changes made while writing are not in the file: they stay unsaved.
    if (state.version === version) state.store.markSaved(text);
    this.backups.schedule(() => this.backupEntries());
    this.fire(state);
    return true;
  }

  // ---- following the article ------------------------------------------------------------------------

  private watch(): void {
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const onSidecar = (uri: vscode.Uri) => void this.reloadFromDisk(articleUriOf(uri)).catch(() => undefined);
    this.disposables.push(
      sidecars,
      sidecars.onDidCreate(onSidecar),
      sidecars.onDidChange(onSidecar),
      sidecars.onDidDelete(onSidecar),
      vscode.workspace.onDidChangeTextDocument(event => this.documentChanged(event)),
      vscode.workspace.onDidOpenTextDocument(document => {
        if (this.options.corpus.isArticle(document.uri)) void this.load(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument(document => void this.documentClosed(document)),
      vscode.workspace.onWillRenameFiles(event => event.waitUntil(this.sidecarRenames(event.files))),
      vscode.workspace.onDidRenameFiles(event => void this.articlesRenamed(event.files)),
      vscode.workspace.onDidDeleteFiles(event => this.articlesDeleted(event.files)),
      this.options.corpus.onDidChange(change => {
        for (const uri of change.changed) void this.articleChangedOnDisk(uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) {
      if (this.options.corpus.isArticle(document.uri)) void this.load(document.uri);
    }
  }

  private documentChanged(event: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(event.document.uri.toString());
    if (!state || event.contentChanges.length === 0) return;
    if (event.document.isDirty) {
      state.store.applyEdits(editsFromChanges(event.contentChanges));
    } else {
      // The text is the file's again (revert, undo to the saved state, reload after a change on disk):
      // search every annotation anew, which also brings back those an edit had orphaned.
      state.store.reanchor(event.document.getText());
    }
  }

  /** A dirty editor closed without saving: the anchors go back to the file's text. */
  private async documentClosed(document: vscode.TextDocument): Promise<void> {
    const state = this.states.get(document.uri.toString());
    if (!state) return;
    const text = await readArticleText(document.uri);
    // Closing is also how VS Code changes a document's language: then it is open again at once.
    if (text === undefined || openDocument(document.uri)) return;
    const closedText = document.getText();
    state.setText(text);
    if (text !== closedText) state.store.reanchor(text);
  }

  /** The article changed on disk while no editor has it open (another program, git). */
  private async articleChangedOnDisk(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state || openDocument(uri)) return;
    const text = await readArticleText(uri);
    if (text === undefined || text === state.text || openDocument(uri)) return;
    state.setText(text);
    state.store.reanchor(text);
  }

  /** After the article was saved: its annotations are saved with it (setting), orphans get another chance. */
  async articleSaved(document: vscode.TextDocument, saveAnnotations: boolean): Promise<void> {
    const state = this.states.get(document.uri.toString());
    if (!state) return;
    state.setText(document.getText());
    this.retryOrphans(state);
    if (saveAnnotations && this.needsSave(state) && !state.problems) await this.save(state.uri);
  }

  /** Orphans whose text is back (an undo, a fix) are placed again; anchored ones keep their tracked place. */
  private retryOrphans(state: ArticleAnnotations): void {
    const text = state.currentText();
    for (const orphan of state.store.orphans()) {
      const result = anchor(text, orphan.target);
      if (result.status === 'anchored' && !state.problems) state.store.update(orphan.id, { span: { start: result.start, end: result.end }, text });
    }
  }

  /**
   * The sidecar changed on disk (or may have): reload it, unless there are unsaved changes, which are kept
   * while the user decides (onDidConflict, conflictPrompt).
   */
  async reloadFromDisk(uri: vscode.Uri | undefined): Promise<void> {
    if (!uri || !this.options.corpus.isArticle(uri)) return;
    const state = this.states.get(uri.toString());
    if (!state) {
      await this.load(uri);
      return;
    }
    await this.enqueue(state, async () => {
      const text = await readTextIfExists(state.sidecar);
      if (text !== state.diskText || state.problems) this.diskChanged(state, text);
    });
  }

  private diskChanged(state: ArticleAnnotations, text: string | null, prompt = true): void {
    const parsed = text === null ? undefined : parseSidecar(text);
    if (parsed && !parsed.ok) {
      // Broken on disk: keep what is in memory, pause until it is fixed.
      state.diskText = text;
      this.setProblems(state, parsed.errors);
      this.fire(state);
      return;
    }
    this.setProblems(state, undefined);
    if (!this.needsSave(state)) {
      this.takeDiskText(state, text);
      return;
    }
    const isNew = state.conflict === undefined || state.conflict.text !== text;
    state.conflict = { text };
    this.fire(state);
    if (isNew) {
      this.conflictEmitter.fire(state.uri);
      if (prompt) this.conflictPrompt(state.uri);
    }
  }

  /** Settles a change on disk that met unsaved changes: take the file's version, or keep the one in memory. */
  resolveConflict(uri: vscode.Uri, choice: ConflictChoice): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state?.conflict) return Promise.resolve();
    return this.enqueue(state, async () => {
      if (!state.conflict) return;
      if (choice === 'reload') {
        this.takeDiskText(state, state.conflict.text);
      } else {
        state.diskText = state.conflict.text;
        state.conflict = undefined;
        this.fire(state);
      }
    });
  }

  private async promptConflict(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state?.conflict) return;
    const choice = await this.askConflict(state, false);
    if (choice) await this.resolveConflict(uri, choice);
  }

  private async askConflict(state: ArticleAnnotations, modal: boolean): Promise<ConflictChoice | undefined> {
    const reload = vscode.l10n.t('Reload from Disk');
    const keep = vscode.l10n.t('Keep Mine');
    const compare = vscode.l10n.t('Compare');
    const name = path.posix.basename(state.sidecar.path);
    const message = vscode.l10n.t('{0} changed on disk while you had unsaved annotation changes. Your changes are kept until you choose.', name);
    for (;;) {
      const answer = await vscode.window.showWarningMessage(message, { modal }, reload, keep, compare);
      if (answer === compare) {
        await vscode.commands.executeCommand('vscode.diff', state.sidecar, unsavedSidecarUri(state.uri),
          vscode.l10n.t('{0} (on disk ↔ your unsaved annotations)', name));
        continue;
      }
      return answer === reload ? 'reload' : answer === keep ? 'keepMine' : undefined;
    }
  }

  // ---- backups -------------------------------------------------------------------------------------------

  private backupEntries(): AnnotationBackup[] {
    return [...this.states.values()].filter(s => this.needsSave(s)).map(s => ({
      article: s.uri.toString(),
      sidecarText: s.diskText,
      snapshot: s.store.snapshot(),
    }));
  }

  /** Writes the pending backups now (tests; the debounce otherwise waits a moment). */
  flushBackups(): Promise<void> {
    return this.backups.flush(() => this.backupEntries());
  }

  /**
   * Brings back unsaved changes a crash or a closed window left in the backups, marked unsaved. Returns the
   * articles restored. Called once on activation (ready()); safe to call again.
   */
  async restoreBackups(): Promise<vscode.Uri[]> {
    const restored: vscode.Uri[] = [];
    for (const backup of await this.backups.list()) {
      const uri = vscode.Uri.parse(backup.article);
      const state = await this.load(uri);
      if (!state || this.needsSave(state)) continue;
      if (this.restoreInto(state, backup.snapshot, backup.sidecarText)) restored.push(uri);
      else await this.backups.remove(backup.article);
    }
    return restored;
  }

  private restoreInto(state: ArticleAnnotations, snapshot: StoreSnapshot, sidecarText: string | null): boolean {
    let store: AnnotationStore;
    try {
      store = AnnotationStore.restore(snapshot);
    } catch {
      return false;
    }
    const diskText = state.diskText;
    this.replaceStore(state, store, state.saved);
    if (!this.needsSave(state)) return false;
    // The sidecar changed on disk since the backup: keep the restored changes and let the user decide.
    if (sidecarText !== diskText && !state.problems) {
      state.conflict = { text: diskText };
      state.diskText = sidecarText;
      this.conflictEmitter.fire(state.uri);
    }
    this.fire(state);
    return true;
  }

  /** Drops the unsaved changes of an article: its sidecar on disk is the truth again. */
  async discard(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state) return;
    await this.enqueue(state, async () => this.takeDiskText(state, await readTextIfExists(state.sidecar)));
  }

  // ---- renames and moves -------------------------------------------------------------------------------

  /**
   * Files renamed or moved in the workbench (Explorer, drag and drop, applyEdit). An article's sidecar is
   * renamed with it in the same edit, so its annotations follow it; its unsaved changes are saved first, so
   * what moves is complete. A folder carries its sidecars along by itself. A sidecar already at the new
   * place is not overwritten (the old one then stays where it is).
   */
  private async sidecarRenames(files: readonly FileRename[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    for (const { oldUri, newUri } of files) {
      for (const state of this.statesUnder(oldUri)) {
        // A sidecar that does not parse, or one changed on disk that the user has not decided about, is not
        // overwritten here: those changes go along in memory (moveState).
        if (this.needsSave(state) && !state.problems && !state.conflict) await this.save(state.uri).catch(() => undefined);
      }
      if (!this.options.corpus.isArticle(oldUri)) continue;
      const from = sidecarUriOf(oldUri);
      const to = sidecarUriOf(newUri);
      if (await fileExists(from) && !(await fileExists(to))) edit.renameFile(from, to, { ignoreIfExists: true });
    }
    return edit;
  }

  /**
   * After a rename or move, the annotations of every article under an old name belong to its new name, and
   * links from or to a moved article get the path between their new places.
   */
  private async articlesRenamed(files: readonly FileRename[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const moves = this.statesUnder(oldUri).map(state => ({ state, before: state.uri, after: movedUri(state.uri, oldUri, newUri)! }));
      await Promise.all(moves.map(({ state, after }) => this.moveState(state, after)));
      await this.relink(new Map(moves.map(({ before, after }) => [after.toString(), before])), oldUri, newUri);
    }
  }

  /** `previous` gives the former place of each moved article. */
  private async relink(previous: Map<string, vscode.Uri>, oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    for (const state of [...this.states.values()]) {
      const before = previous.get(state.uri.toString());
      const unsavedBefore = this.needsSave(state);
      let changed = false;
      for (const annotation of state.store.annotations) {
        if (annotation.kind !== 'link') continue;
        const from = before ?? state.uri;
        const target = from.with({ path: linkedArticlePath(from.path, annotation.body.article) });
        const movedTarget = movedUri(target, oldUri, newUri);
        // Links that neither moved nor point at what moved stay as written (also when written otherwise by hand).
        if (!before && !movedTarget) continue;
        const article = linkArticleFor(state.uri.path, (movedTarget ?? target).path);
        if (article === annotation.body.article) continue;
        const body = { ...annotation.body, article };
        if (!article) delete body.article;
        await this.update(state.uri, annotation.id, { content: { kind: 'link', body } }).then(() => (changed = true), () => undefined);
      }
      // Like the sidecar's own move, this is saved at once; other unsaved work is left for the user to save.
      if (changed && !unsavedBefore) await this.save(state.uri).catch(() => undefined);
    }
  }

  /**
   * Articles (or folders of them) deleted in the workbench: their annotations leave the views and the Problems
   * panel. The sidecar on disk is left alone (deleting an article says nothing about its annotations), and
   * annotations with unsaved changes stay loaded, so Save still keeps them.
   */
  private articlesDeleted(files: readonly vscode.Uri[]): void {
    for (const uri of files) {
      for (const state of this.statesUnder(uri)) if (!this.needsSave(state)) this.unload(state);
    }
  }

  private statesUnder(uri: vscode.Uri): ArticleAnnotations[] {
    return [...this.states.values()].filter(state => isAtOrUnder(state.uri, uri));
  }

  /** Forgets an article's annotations (its views and Problems entries go); the sidecar on disk stays. */
  private unload(state: ArticleAnnotations): void {
    this.states.delete(state.uri.toString());
    this.sidecarDiagnostics.delete(state.sidecar);
    state.dispose();
    this.changeEmitter.fire(state.uri);
  }

  private async moveState(state: ArticleAnnotations, uri: vscode.Uri): Promise<void> {
    const unsaved = this.needsSave(state);
    this.unload(state);
    if (!unsaved) {
      // From the moved sidecar, whose annotations still name the old file as their source.
      if ((await this.load(uri))?.store.adoptSources()) await this.save(uri).catch(() => undefined);
      return;
    }
    // Changes that were not saved (beside a sidecar that does not parse or a conflict) go along in memory.
    const moved = new ArticleAnnotations(uri, sidecarUriOf(uri), state.store);
    moved.setStore(state.store, () => this.storeChanged(moved));
    moved.setText(state.text);
    moved.diskText = state.diskText;
    moved.saved = state.saved;
    moved.conflict = state.conflict;
    this.states.set(uri.toString(), moved);
    this.setProblems(moved, state.problems);
    this.storeChanged(moved);
  }

  // ---- plumbing ------------------------------------------------------------------------------------------

  private storeChanged(state: ArticleAnnotations): void {
    this.backups.schedule(() => this.backupEntries());
    this.fire(state);
  }

  private fire(state: ArticleAnnotations): void {
    this.changeEmitter.fire(state.uri);
  }

  private setProblems(state: ArticleAnnotations, problems: SidecarProblem[] | undefined): void {
    state.problems = problems;
    if (!problems) {
      this.sidecarDiagnostics.delete(state.sidecar);
      return;
    }
    const text = state.diskText ?? '';
    const starts = lineStartsOf(text);
    const position = (offset: number) => {
      const { line, character } = lineAndCharacter(starts, text.length, offset);
      return new vscode.Position(line, character);
    };
    this.sidecarDiagnostics.set(state.sidecar, problems.map(problem => {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(position(problem.offset), position(problem.offset + problem.length)),
        problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'News Annotator';
      diagnostic.code = 'sidecar';
      return diagnostic;
    }));
  }

  private enqueue<T>(state: ArticleAnnotations, task: () => Promise<T>): Promise<T> {
    const run = () => (this.disposed ? Promise.reject(new Error('the annotation service was closed')) : task());
    const next = state.queue.then(run, run);
    state.queue = next.catch(() => undefined);
    return next;
  }

  dispose(): void {
    this.disposed = true;
    this.backups.flushOnExit(() => this.backupEntries());
    this.states.forEach(s => s.dispose());
    this.disposables.forEach(d => d.dispose());
  }
}

// ---- files -------------------------------------------------------------------------------------------------

type FileRename = { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri };

/** The article a sidecar belongs to. */
export function articleUriOf(sidecar: vscode.Uri): vscode.Uri | undefined {
  if (!sidecar.path.endsWith(SIDECAR_SUFFIX)) return undefined;
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

export function sidecarUriOf(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

/** The "your unsaved annotations" side of a comparison, served by the news-annotator content provider. */
export function unsavedSidecarUri(article: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: 'news-annotator', authority: 'unsaved', path: sidecarUriOf(article).path, query: article.toString() });
}

/** The article as the anchors see it: the open editor's text (unsaved edits count), else the file's. */
async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri);
  if (open) return open.getText();
  const decoded = await readArticleFile(uri);
  return decoded?.ok ? decoded.text : undefined;
}

// ---- registration ------------------------------------------------------------------------------------------

/** Where the annotations show besides the text: the Corpus tree (facets) and the editor's decorations. */
export interface AnnotationSinks {
  facets: Pick<ArticleFacetsHub, 'provideAnnotations'>;
  decorations: Pick<ArticleDecorations, 'setUserAnnotations'>;
}

const FACET_DEBOUNCE_MS = 150;

export function registerAnnotationService(context: vscode.ExtensionContext, services: Services, sinks: AnnotationSinks): AnnotationService {
  const annotations = new AnnotationService({ corpus: services.corpus, storageUri: context.storageUri });
  context.subscriptions.push(
    annotations,
    sinks.facets.provideAnnotations(annotationFacets(annotations)),
    annotations.onDidChange(uri => sinks.decorations.setUserAnnotations(uri, annotations.anchored(uri).map(a => a.range))),
    vscode.workspace.registerTextDocumentContentProvider(CONTENT_SCHEME, new NewsAnnotatorContent(context.extensionUri, annotations)),
    vscode.workspace.onDidSaveTextDocument(document => {
      if (articleUriOf(document.uri)) void annotations.reloadFromDisk(articleUriOf(document.uri));
      else void annotations.articleSaved(document, readSettings().saveAnnotationsWithArticle).catch(error => showSaveError(document.uri, error));
    }),
  );
  registerAnnotationStatus(context, annotations, uri => services.corpus.isArticle(uri));
  void annotations.ready().then(() => offerRestored(annotations, annotations.restoredOnActivation), error => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Loading the annotations failed: {0}', error instanceof Error ? error.message : String(error)));
  });
  return annotations;
}

/** The annotations as the Corpus tree lists them; changes reach the tree at most every FACET_DEBOUNCE_MS. */
function annotationFacets(annotations: AnnotationService): AnnotationFacetSource & vscode.Disposable {
  const emitter = new vscode.EventEmitter<void>();
  let timer: NodeJS.Timeout | undefined;
  const subscription = annotations.onDidChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => emitter.fire(), FACET_DEBOUNCE_MS);
  });
  return {
    annotations: uri => {
      const ranges = new Map(annotations.anchored(uri).map(a => [a.annotation.id, a.range]));
      return annotations.annotations(uri).map(annotation => ({
        id: annotation.id,
        label: annotationLabel(annotation),
        range: ranges.get(annotation.id),
        orphan: !ranges.has(annotation.id),
      }));
    },
    hasUnsavedAnnotations: uri => annotations.unsavedCount(uri) > 0,
    onDidChange: emitter.event,
    dispose: () => {
      clearTimeout(timer);
      subscription.dispose();
      emitter.dispose();
    },
  };
}

const CONTENT_SCHEME = 'news-annotator';

/**
 * news-annotator://schemas/<name>.schema.json  the extension's schemas, so a sidecar's "$schema" resolves offline;
 * news-annotator://unsaved/<sidecar>?<article>  what saving the article's annotations would write (for Compare).
 */
class NewsAnnotatorContent implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri, private readonly annotations: AnnotationService) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    if (uri.authority === 'schemas') {
      const name = path.posix.basename(uri.path);
      if (!/^[\w.-]+\.schema\.json$/.test(name)) throw new Error(vscode.l10n.t('No such schema: {0}', uri.toString()));
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'schemas', name)));
    }
    if (uri.authority === 'unsaved') {
      const text = this.annotations.pendingSidecarText(vscode.Uri.parse(uri.query));
      return text ?? `${vscode.l10n.t('// No annotations: saving would delete this sidecar.')}\n`;
    }
    throw new Error(vscode.l10n.t('No such document: {0}', uri.toString()));
  }
}

async function offerRestored(annotations: AnnotationService, restored: readonly vscode.Uri[]): Promise<void> {
  if (restored.length === 0) return;
  const save = vscode.l10n.t('Save Now');
  const discard = vscode.l10n.t('Discard');
  const names = restored.map(uri => path.posix.basename(uri.path)).join(', ');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Unsaved annotation changes from the last session were restored ({0}). They are not saved yet.', names), save, discard);
  if (answer === save) await vscode.commands.executeCommand(SAVE_ANNOTATIONS_COMMAND);
  if (answer === discard) for (const uri of restored) await annotations.discard(uri);
}

/** Says why annotations could not be saved, with a way to the problem. */
export async function showSaveError(uri: vscode.Uri, error: unknown): Promise<void> {
  if (error instanceof AnnotationsPausedError) {
    const open = vscode.l10n.t('Open Sidecar');
    if (await vscode.window.showErrorMessage(error.message, open) === open) await vscode.window.showTextDocument(error.sidecarUri);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(vscode.l10n.t('The annotations of {0} could not be saved: {1}', path.posix.basename(uri.path), message));
}
