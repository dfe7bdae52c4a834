// "Find Matching Claims": for the selection (or the sentence at the cursor), the sentences of other
// articles that state the same, in the peek view. From the palette and the editor's context menu.
import * as vscode from 'vscode';
import type { ClaimMatch } from '../core/corpus/corpusIndex';
import { isCurrent } from './articleText';
import { locationOfClaim } from './claimLocations';
import type { CorpusService } from './corpusService';

export const FIND_MATCHING_CLAIMS_COMMAND = 'newsAnnotator.findMatchingClaims';

/** The selection, or the analysed sentence around the cursor when nothing is selected. */
function querySpan(corpus: CorpusService, editor: vscode.TextEditor): { start: number; end: number } | undefined {
  const document = editor.document;
  const selection = editor.selection;
  if (!selection.isEmpty) return { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
  const article = corpus.get(document.uri);
  const offset = document.offsetAt(selection.active);
  return article?.analysis.sentences.find(s => s.start <= offset && offset <= s.end);
}

export async function findMatchingClaims(corpus: CorpusService, editor = vscode.window.activeTextEditor): Promise<ClaimMatch[]> {
  if (!editor || !corpus.isArticle(editor.document.uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article of the corpus and select a sentence to find matching claims.'));
    return [];
  }
  await corpus.whenReady();
  const article = corpus.get(editor.document.uri);
  if (article && !isCurrent(article, editor.document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The article is being analysed again after your edit; try again in a moment.'));
    return [];
  }
  const span = querySpan(corpus, editor);
  if (!span) return [];
  const matches = corpus.findMatches(editor.document.uri, span.start, span.end);
  if (matches.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No other article makes this claim.'));
    return matches;
  }
  const locations = matches.map(match => locationOfClaim(corpus, match)).filter((l): l is vscode.Location => l !== undefined);
  await vscode.commands.executeCommand('editor.action.peekLocations', editor.document.uri, editor.selection.start, locations, 'peek');
  return matches;
}

export function registerFindMatchingClaims(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(vscode.commands.registerCommand(FIND_MATCHING_CLAIMS_COMMAND, () => findMatchingClaims(corpus)));
}
