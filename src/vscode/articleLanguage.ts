// Which documents the editor features serve, and the News Article language for plain-text articles.
// Plain text has no grammar to inject into, so the article grammar (syntaxes/) comes as its own language;
// the extension gives it to plain-text documents in the corpus (the include/exclude settings are the file
// pattern). Markdown articles keep Markdown. See syntaxes/README.md for the reasoning.
import * as vscode from 'vscode';
import type { Services } from './services';
import { onDidChangeSettings, readSettings } from './settings';

export const ARTICLE_LANGUAGE = 'news-article';

/** Providers register for these; each provider still answers only for documents in the corpus. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { language: ARTICLE_LANGUAGE },
  { language: 'plaintext' },
  { language: 'markdown' },
];

export function registerArticleLanguage(context: vscode.ExtensionContext, services: Services): void {
  // Once per document and session: if the user picks another language mode by hand, that choice sticks.
  const switched = new Set<string>();
  let enabled = readSettings().plainTextArticleGrammar;

  const adopt = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (!enabled || document.languageId !== 'plaintext' || switched.has(key) || !services.corpus.isArticle(document.uri)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  };
  const release = () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === ARTICLE_LANGUAGE && switched.has(document.uri.toString())) {
        void vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      }
    }
    switched.clear();
  };

  vscode.workspace.textDocuments.forEach(adopt);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(adopt),
    onDidChangeSettings(settings => {
      if (settings.plainTextArticleGrammar === enabled) {
        if (enabled) vscode.workspace.textDocuments.forEach(adopt); // the include pattern may have changed
        return;
      }
      enabled = settings.plainTextArticleGrammar;
      if (enabled) vscode.workspace.textDocuments.forEach(adopt);
      else release();
    }),
  );
}
