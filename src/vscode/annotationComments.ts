// Notes as comment threads on the text (VS Code's Comments API). A thread is the note annotations that
// share one span: each comment is one note, a reply adds a note on the same span, editing a comment changes
// that note's text (its #tags become the note's tags), deleting it deletes the note. Threads follow the
// anchors as the article changes; orphaned notes are not threads (the Corpus tree and the Problems panel
// list them).
import * as vscode from 'vscode';
import type { Annotation, Span } from '../core/annotations/model';
import { oneLine, tagsOf } from './annotationHelpers';
import { AnnotationsPausedError, showSaveError, type AnnotationService } from './annotationService';
import { openDocument } from './workspaceFiles';

export interface AddNoteArgs {
  /** The note; without it an empty thread opens at the selection to write it in. */
  text?: string;
  uri?: vscode.Uri | string;
  range?: vscode.Range | [number, number, number, number];
}

/** One note annotation shown as a comment. */
class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  readonly contextValue = 'newsAnnotator.note';
  readonly author: vscode.CommentAuthorInformation = { name: vscode.l10n.t('Note') };
  body: string | vscode.MarkdownString;

  constructor(readonly articleUri: vscode.Uri, readonly noteId: string, public text: string, readonly thread: vscode.CommentThread) {
    this.body = text;
  }
}

interface ThreadEntry {
  thread: vscode.CommentThread;
  span: Span;
  /** The note ids shown, in order, with their text: the comments are rebuilt only when these change. */
  shown: string;
}

export class AnnotationNotes implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController('newsAnnotator.notes', vscode.l10n.t('News Annotator Notes'));
  /** Per article: threads by the id of their first note. */
  private readonly threads = new Map<string, Map<string, ThreadEntry>>();
  /** Threads opened to write a first note in, not yet holding one. */
  private readonly drafts = new Set<vscode.CommentThread>();
  private readonly disposables: vscode.Disposable[] = [this.controller];

  constructor(private readonly annotations: AnnotationService, isArticle: (uri: vscode.Uri) => boolean) {
    this.controller.options = { prompt: vscode.l10n.t('Add a note…'), placeHolder: vscode.l10n.t('Write a note; #words become its tags') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: document => isArticle(document.uri)
        ? [new vscode.Range(0, 0, document.lineCount - 1, document.lineAt(document.lineCount - 1).text.length)]
        : undefined,
    };
    this.disposables.push(annotations.onDidChange(uri => this.refresh(uri)));
    for (const uri of annotations.loadedArticles()) this.refresh(uri);
  }

  /** The note threads of an article (tests; the Comments panel shows them all). */
  threadsOf(uri: vscode.Uri): vscode.CommentThread[] {
    return [...(this.threads.get(uri.toString())?.values() ?? [])].map(e => e.thread);
  }

  /** Opens an empty thread at `range` to write a note in (what "Add Note" does without text). */
  openDraft(uri: vscode.Uri, range: vscode.Range): vscode.CommentThread {
    const thread = this.controller.createCommentThread(uri, range, []);
    thread.canReply = true;
    thread.contextValue = 'newsAnnotator.draft';
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    this.drafts.add(thread);
    return thread;
  }

  /** The reply box's "Add Note": a note on the thread's span (a draft becomes a thread of its own). */
  async reply(reply: vscode.CommentReply): Promise<Annotation | undefined> {
    const text = reply.text.trim();
    if (!text) return undefined;
    const { thread } = reply;
    const span = this.spanOfThread(thread);
    if (!span) {
      void vscode.window.showInformationMessage(vscode.l10n.t('A note needs some text of the article to stand on; select words, then add the note.'));
      return undefined;
    }
    const note = await this.annotations.add(thread.uri, span, { kind: 'note', body: { text, tags: tagsOf(text) } });
    if (this.drafts.delete(thread)) {
      // The draft stays where the user wrote: it is now the thread of this note.
      this.adopt(thread.uri, note.id, thread, span);
    }
    this.refresh(thread.uri);
    return note;
  }

  startEditing(comment: NoteComment): void {
    comment.mode = vscode.CommentMode.Editing;
    this.touch(comment.thread);
  }

  cancelEditing(comment: NoteComment): void {
    comment.body = comment.text;
    comment.mode = vscode.CommentMode.Preview;
    this.touch(comment.thread);
  }

  async saveEdit(comment: NoteComment): Promise<void> {
    const text = (typeof comment.body === 'string' ? comment.body : comment.body.value).trim();
    if (!text) return this.delete(comment);
    await this.annotations.update(comment.articleUri, comment.noteId, { content: { kind: 'note', body: { text, tags: tagsOf(text) } } });
    comment.text = text;
    comment.mode = vscode.CommentMode.Preview;
    this.touch(comment.thread);
  }

  async delete(comment: NoteComment): Promise<void> {
    await this.annotations.delete(comment.articleUri, comment.noteId);
  }

  private spanOfThread(thread: vscode.CommentThread): Span | undefined {
    const entry = [...(this.threads.get(thread.uri.toString())?.values() ?? [])].find(e => e.thread === thread);
    if (entry) return entry.span;
    const document = openDocument(thread.uri);
    if (!document || !thread.range) return undefined;
    // A thread opened from the gutter covers whole lines: the note stands on their text without the spaces.
    const range = thread.range.isEmpty ? document.lineAt(thread.range.start.line).range : thread.range;
    const text = document.getText(range);
    const trimmed = text.trim();
    if (!trimmed) return undefined;
    const start = document.offsetAt(range.start) + (text.length - text.trimStart().length);
    return { start, end: start + trimmed.length };
  }

  private adopt(uri: vscode.Uri, noteId: string, thread: vscode.CommentThread, span: Span): void {
    thread.contextValue = 'newsAnnotator.note';
    this.entriesOf(uri).set(noteId, { thread, span, shown: '' });
  }

  /** Makes the article's threads match its anchored notes. */
  private refresh(uri: vscode.Uri): void {
    const entries = this.entriesOf(uri);
    const groups = notesBySpan(this.annotations.anchored(uri).filter(a => a.annotation.kind === 'note'));
    for (const [key, entry] of entries) {
      if (!groups.has(key)) {
        entry.thread.dispose();
        entries.delete(key);
      }
    }
    for (const [key, group] of groups) {
      const range = new vscode.Range(this.annotations.positionAt(uri, group.span.start)!, this.annotations.positionAt(uri, group.span.end)!);
      let entry = entries.get(key);
      if (!entry) {
        const thread = this.controller.createCommentThread(uri, range, []);
        thread.canReply = true;
        thread.contextValue = 'newsAnnotator.note';
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        entry = { thread, span: group.span, shown: '' };
        entries.set(key, entry);
      }
      entry.span = group.span;
      entry.thread.label = vscode.l10n.t('Notes on „{0}“', oneLine(group.notes[0].target.quote.exact, 50));
      if (!entry.thread.range?.isEqual(range)) entry.thread.range = range;
      const shown = JSON.stringify(group.notes.map(n => [n.id, n.kind === 'note' ? n.body.text : '']));
      if (shown !== entry.shown) {
        entry.shown = shown;
        const thread = entry.thread;
        thread.comments = group.notes.map(n => new NoteComment(uri, n.id, n.kind === 'note' ? n.body.text : '', thread));
      }
    }
  }

  private entriesOf(uri: vscode.Uri): Map<string, ThreadEntry> {
    let entries = this.threads.get(uri.toString());
    if (!entries) this.threads.set(uri.toString(), entries = new Map());
    return entries;
  }

  /** Comments are redrawn when the thread's comment list is set again. */
  private touch(thread: vscode.CommentThread): void {
    thread.comments = [...thread.comments];
  }

  dispose(): void {
    this.drafts.forEach(d => d.dispose());
    this.threads.forEach(entries => entries.forEach(e => e.thread.dispose()));
    this.disposables.forEach(d => d.dispose());
  }
}

/** Anchored notes grouped by span, keyed by the first note's id (stable while notes are added after it). */
function notesBySpan(notes: readonly { annotation: Annotation; span: Span }[]): Map<string, { span: Span; notes: Annotation[] }> {
  const bySpan = new Map<string, { span: Span; notes: Annotation[] }>();
  for (const { annotation, span } of notes) {
    const spanKey = `${span.start}:${span.end}`;
    const group = bySpan.get(spanKey);
    if (group) group.notes.push(annotation);
    else bySpan.set(spanKey, { span, notes: [annotation] });
  }
  return new Map([...bySpan.values()].map(group => [group.notes[0].id, group]));
}

export function registerAnnotationComments(context: vscode.ExtensionContext, annotations: AnnotationService, isArticle: (uri: vscode.Uri) => boolean): AnnotationNotes {
  const notes = new AnnotationNotes(annotations, isArticle);
  const guarded = <A>(run: (arg: A) => Promise<unknown> | unknown) => async (arg: A) => {
    try {
      return await run(arg);
    } catch (error) {
      if (error instanceof AnnotationsPausedError) void showSaveError(error.articleUri, error);
      else void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  context.subscriptions.push(
    notes,
    vscode.commands.registerCommand('newsAnnotator.addNote', guarded((args?: AddNoteArgs) => addNote(notes, annotations, isArticle, args ?? {}))),
    vscode.commands.registerCommand('newsAnnotator.notes.reply', guarded((reply: vscode.CommentReply) => notes.reply(reply))),
    vscode.commands.registerCommand('newsAnnotator.notes.edit', guarded((comment: NoteComment) => notes.startEditing(comment))),
    vscode.commands.registerCommand('newsAnnotator.notes.saveEdit', guarded((comment: NoteComment) => notes.saveEdit(comment))),
    vscode.commands.registerCommand('newsAnnotator.notes.cancelEdit', guarded((comment: NoteComment) => notes.cancelEditing(comment))),
    vscode.commands.registerCommand('newsAnnotator.notes.delete', guarded((comment: NoteComment) => notes.delete(comment))),
  );
  return notes;
}

/** "Add Note" on the selection: with text, the note is made at once; without, a thread opens to write it in. */
async function addNote(notes: AnnotationNotes, annotations: AnnotationService, isArticle: (uri: vscode.Uri) => boolean, args: AddNoteArgs): Promise<Annotation | undefined> {
  const uri = args.uri ? (typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!uri || !isArticle(uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article of the corpus first.'));
    return undefined;
  }
  const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString()) ?? await vscode.window.showTextDocument(uri);
  const range = args.range ? (Array.isArray(args.range) ? new vscode.Range(...args.range) : args.range) : editor.selection;
  const document = editor.document;
  const selected = document.getText(range);
  if (!selected.trim()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words the note is about first.'));
    return undefined;
  }
  const start = document.offsetAt(range.start) + (selected.length - selected.trimStart().length);
  const span = { start, end: start + selected.trim().length };
  if (args.text === undefined) {
    const reason = annotations.pausedReason(uri);
    if (reason) throw new AnnotationsPausedError(uri, annotations.sidecarUri(uri)!, reason);
    notes.openDraft(uri, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
    return undefined;
  }
  const text = args.text.trim();
  return annotations.add(uri, span, { kind: 'note', body: { text, tags: tagsOf(text) } });
}
