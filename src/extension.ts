// The composition root: builds the services and registers the editor features in src/vscode/,
// one file per feature. Activation itself is cheap: indexing starts here but runs in slices/off-thread.
import * as vscode from 'vscode';
import { CorpusService } from './vscode/corpusService';
import { onDidChangeSettings } from './vscode/settings';

/** What activate() returns: the services, for the integration tests and for other extensions. */
export interface NewsAnnotatorApi {
  corpus: CorpusService;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const corpus = new CorpusService();
  context.subscriptions.push(
    corpus,
    onDidChangeSettings(settings => corpus.applySettings(settings)),
    vscode.commands.registerCommand('newsAnnotator.refresh', () => corpus.rescan()),
  );
  void corpus.start();
  return { corpus };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
