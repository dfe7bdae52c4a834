// Claims as the Corpus view and the outline see them (their facet): each claim of an article with how
// many other articles match it and how many of those disagree.
import * as vscode from 'vscode';
import type { ArticleFacetsHub, ClaimFacet } from './articleFacets';
import { rangeOf } from './articleText';
import type { CorpusService } from './corpusService';

export function registerClaimFacets(context: vscode.ExtensionContext, corpus: CorpusService, facets: ArticleFacetsHub): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    corpus.onDidComputeMatches(() => changed.fire()),
    facets.provideClaims({
      onDidChange: changed.event,
      claims(uri: vscode.Uri): ClaimFacet[] {
        const article = corpus.get(uri);
        if (!article || !corpus.matchesReady) return [];
        return corpus.claims(uri).map(claim => ({
          range: rangeOf(article, claim),
          label: claim.text.replace(/\s+/g, ' '),
          matches: new Set(claim.matches.map(m => m.path)).size,
          disagreements: claim.matches.filter(m => m.conflicts.length > 0).length,
        }));
      },
    }),
  );
}
