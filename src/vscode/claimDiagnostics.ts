// Disagreements in the Problems panel: an Information diagnostic on each claim whose matches give a
// different date or number, with related information linking the other article's sentence.
// Computed for the whole corpus once every article's matches are ready, then per changed article.
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import type { ClaimWithMatches } from '../core/corpus/corpusIndex';
import { rangeOf } from './articleText';
import { articleLabel, locationOfClaim } from './claimLocations';
import type { Article, CorpusService } from './corpusService';

export const DISAGREEMENT_CODE = 'disagreement';
export const DIAGNOSTIC_SOURCE = 'News Annotator';
const SLICE_MS = 10;

export class ClaimDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator.disagreements');
  private readonly subscription: vscode.Disposable;
  private generation = 0;
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly corpus: CorpusService) {
    this.subscription = corpus.onDidChange(() => this.update());
  }

  /** Resolves when the diagnostics reflect the corpus as it is now. */
  async whenSettled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.settled;
      await current;
    } while (current !== this.settled);
  }

  update(): void {
    const generation = ++this.generation;
    this.settled = this.corpus.whenMatchesReady().then(() => this.rebuild(generation));
  }

  /** Matches of one article can change when another changes: recompute all, in slices of a few ms. */
  private async rebuild(generation: number): Promise<void> {
    const fresh = new Map<string, vscode.Diagnostic[]>();
    let sliceStart = performance.now();
    for (const article of this.corpus.articles()) {
      if (generation !== this.generation) return;
      const diagnostics = this.corpus.claims(article.uri).flatMap(claim => this.diagnosticsFor(article, claim));
      if (diagnostics.length) fresh.set(article.uri.toString(), diagnostics);
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise(resolve => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    if (generation !== this.generation) return;
    this.collection.clear();
    for (const [uri, diagnostics] of fresh) this.collection.set(vscode.Uri.parse(uri), diagnostics);
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
