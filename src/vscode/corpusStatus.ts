// The status-bar item that says how far indexing has come and how large the corpus is;
// clicking it opens the Corpus view, or resumes an indexing run that was cancelled.
import * as vscode from 'vscode';
import type { CorpusService, IndexState } from './corpusService';

export function registerCorpusStatus(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const item = vscode.window.createStatusBarItem('newsAnnotator.corpusStatus', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('News Annotator: Corpus');
  const show = (state: IndexState) => {
    render(item, state);
    if (state.kind === 'idle') item.hide();
    else item.show();
  };
  show(corpus.state);
  context.subscriptions.push(item, corpus.onDidChangeState(show));
}

function render(item: vscode.StatusBarItem, state: IndexState): void {
  switch (state.kind) {
    case 'indexing':
      item.text = `$(sync~spin) ${vscode.l10n.t('Indexing {0}/{1}', state.done, state.total)}`;
      item.tooltip = vscode.l10n.t('News Annotator is analysing the articles of this workspace');
      item.command = 'workbench.view.extension.newsAnnotator';
      break;
    case 'cancelled':
      item.text = `$(debug-pause) ${vscode.l10n.t('Indexed {0}/{1}', state.done, state.total)}`;
      item.tooltip = vscode.l10n.t('Indexing was cancelled. Click to index the corpus again.');
      item.command = 'newsAnnotator.refresh';
      break;
    case 'ready':
      item.text = `$(book) ${vscode.l10n.t('{0} articles', state.articles)}`;
      item.tooltip = vscode.l10n.t('News Annotator: articles in this corpus. Click to open the Corpus view.');
      item.command = 'workbench.view.extension.newsAnnotator';
      break;
    case 'idle':
      break;
  }
}
