// Disagreements in the Problems panel: an Information diagnostic on each claim whose matches give a
// different date or number, with related information linking the other article's sentence.
// Computed for the whole corpus once every article's matches are ready, then per changed article.
import * as vscode from 'vscode';
import type { ClaimWithMatches } from '../core/corpus/corpusIndex';
import { rangeOf } from './articleText';
import { articleLabel, locationOfClaim } from './claimLocations';
import type { Article, CorpusService } from './corpusService';

export const DISAGREEMENT_CODE = 'disagreement';
export const DIAGNOSTIC_SOURCE = 'News Annotator';

export class ClaimDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator.disagreements');
  private readonly subscription: vscode.Disposable;
  private generation = 0;
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly corpus: CorpusService) {
    this.subscription = corpus.onDidChange(() => this.update());
  }

  /** Resolves when the diagnostics reflect the corpus as it is now. */
  whenSettled(): Promise<void> {
    return this.settled;
  }

  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  update(): void {
    const generation = ++this.generation;
    this.settled = this.corpus.whenMatchesReady().then(() => {
      if (generation !== this.generation) return this.settled;
      // Matches of one article can change when another changes: recompute all (cheap once memoised).
      this.collection.clear();
      for (const article of this.corpus.articles()) {
        const diagnostics = this.corpus.claims(article.uri).flatMap(claim => this.diagnosticsFor(article, claim));
        if (diagnostics.length) this.collection.set(article.uri, diagnostics);
      }
      return undefined;
    });
  }

  private diagnosticsFor(article: Article, claim: ClaimWithMatches): vscode.Diagnostic[] {
    return claim.matches.filter(match => match.conflicts.length > 0).map(match => {
      const values = match.conflicts.map(conflict => vscode.l10n.t('{0} vs {1}', conflict.here, conflict.there)).join('; ');
      const diagnostic = new vscode.Diagnostic(
        rangeOf(article, claim),
        vscode.l10n.t('Disagrees with {0}: {1}', articleLabel(this.corpus, match.path), values),
        vscode.DiagnosticSeverity.Information,
      );
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = DISAGREEMENT_CODE;
      const other = locationOfClaim(this.corpus, match);
      if (other) diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(other, match.text.replace(/\s+/g, ' '))];
      return diagnostic;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

export function registerClaimDiagnostics(context: vscode.ExtensionContext, corpus: CorpusService): ClaimDiagnostics {
  const diagnostics = new ClaimDiagnostics(corpus);
  context.subscriptions.push(diagnostics);
  return diagnostics;
}
