// Unsaved annotation changes are visible: a count in the status bar ("$(edit) 3 unsaved annotations", a
// click saves them), a mark on the article wherever VS Code shows its file (Corpus view, Explorer, tabs),
// and context keys for menus and keybindings:
//   newsAnnotator.isArticle               the active editor shows an article of the corpus
//   newsAnnotator.hasUnsavedAnnotations   some article has unsaved annotation changes
//   newsAnnotator.annotationsPaused       the active article's sidecar is broken (annotating is paused)
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';

export const SAVE_ANNOTATIONS_COMMAND = 'newsAnnotator.saveAnnotations';

export function registerAnnotationStatus(context: vscode.ExtensionContext, annotations: AnnotationService, isArticle: (uri: vscode.Uri) => boolean): void {
  const item = vscode.window.createStatusBarItem('newsAnnotator.unsavedAnnotations', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Unsaved Annotations');
  item.command = SAVE_ANNOTATIONS_COMMAND;
  const decorations = new UnsavedAnnotationDecorations(annotations);
  const update = () => {
    updateStatusItem(item, annotations);
    const editor = vscode.window.activeTextEditor;
    const article = !!editor && isArticle(editor.document.uri);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.isArticle', article);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.hasUnsavedAnnotations', annotations.totalUnsaved() > 0);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.annotationsPaused', article && !!annotations.pausedReason(editor.document.uri));
  };
  update();
  context.subscriptions.push(
    item,
    decorations,
    vscode.window.registerFileDecorationProvider(decorations),
    annotations.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}

function updateStatusItem(item: vscode.StatusBarItem, annotations: AnnotationService): void {
  const total = annotations.totalUnsaved();
  if (total === 0) {
    item.hide();
    return;
  }
  item.text = total === 1 ? vscode.l10n.t('$(edit) 1 unsaved annotation') : vscode.l10n.t('$(edit) {0} unsaved annotations', total);
  const tooltip = new vscode.MarkdownString(vscode.l10n.t('Click to save the annotations of:'));
  for (const uri of annotations.unsavedArticles()) {
    tooltip.appendMarkdown(`\n- ${path.posix.basename(uri.path).replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')}`);
  }
  item.tooltip = tooltip;
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  item.show();
}

/** A pencil on every article with unsaved annotation changes. */
export class UnsavedAnnotationDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri[]>();
  private readonly subscription: vscode.Disposable;
  private marked = new Set<string>();
  readonly onDidChangeFileDecorations = this.emitter.event;

  constructor(private readonly annotations: AnnotationService) {
    this.subscription = annotations.onDidChange(uri => {
      const unsaved = annotations.unsavedCount(uri) > 0;
      if (unsaved === this.marked.has(uri.toString())) return;
      if (unsaved) this.marked.add(uri.toString());
      else this.marked.delete(uri.toString());
      this.emitter.fire([uri]);
    });
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const count = this.annotations.unsavedCount(uri);
    if (count === 0) return undefined;
    const decoration = new vscode.FileDecoration('✎',
      count === 1 ? vscode.l10n.t('1 unsaved annotation change') : vscode.l10n.t('{0} unsaved annotation changes', count),
      new vscode.ThemeColor('newsAnnotator.annotationBorder'));
    decoration.propagate = false;
    return decoration;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
