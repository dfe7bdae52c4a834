// Where claims are in an editor's current text, and where their matches are in other articles.
// While an edit waits for re-analysis (debounced), the analysed offsets may be off: each claim is found
// again by its text near its old place, so lenses and diagnostics stay on their sentence as the user
// types instead of jumping lines; a claim whose sentence was edited disappears until the analysis catches up.
import * as vscode from 'vscode';
import type { ClaimRef, ClaimWithMatches } from '../core/corpus/corpusIndex';
import { locationOf } from './articleText';
import type { CorpusService } from './corpusService';

/** How far from its analysed offset a claim's sentence is looked for in edited text. */
const RELOCATE_WINDOW = 4000;

export interface LocatedClaim {
  claim: ClaimWithMatches;
  range: vscode.Range;
}

/** The claims of a document that have matches, at their place in the document's current text. */
export function locateClaimsWithMatches(corpus: CorpusService, document: vscode.TextDocument): LocatedClaim[] {
  const article = corpus.get(document.uri);
  if (!article) return [];
  const text = document.getText();
  const current = text === article.text;
  const located: LocatedClaim[] = [];
  for (const claim of corpus.claims(document.uri)) {
    if (claim.matches.length === 0) continue;
    const start = current ? claim.start : relocate(text, claim.text, claim.start);
    if (start === undefined) continue;
    located.push({ claim, range: new vscode.Range(document.positionAt(start), document.positionAt(start + claim.text.length)) });
  }
  return located;
}

function relocate(text: string, sentence: string, hint: number): number | undefined {
  if (text.startsWith(sentence, hint)) return hint;
  const from = Math.max(0, hint - RELOCATE_WINDOW);
  let best: number | undefined;
  for (let at = text.indexOf(sentence, from); at !== -1 && at <= hint + RELOCATE_WINDOW; at = text.indexOf(sentence, at + 1)) {
    if (best === undefined || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}

/** A matching claim's place in its article (which need not be open). */
export function locationOfClaim(corpus: CorpusService, claim: ClaimRef): vscode.Location | undefined {
  const uri = vscode.Uri.parse(claim.path);
  const article = corpus.get(uri);
  return article ? locationOf(article, claim) : undefined;
}

/** "15. April vs 19.4." for every conflict of a claim's matches, each pair once. */
export function disagreementLabels(claim: ClaimWithMatches): string[] {
  const labels = new Set<string>();
  for (const match of claim.matches) {
    for (const conflict of match.conflicts) labels.add(vscode.l10n.t('{0} vs {1}', conflict.here, conflict.there));
  }
  return [...labels];
}

/** The article a claim path points at, as people name it: its title, else its file name. */
export function articleLabel(corpus: CorpusService, claimPath: string): string {
  const article = corpus.get(vscode.Uri.parse(claimPath));
  return article?.analysis.metadata.source ?? article?.relativePath ?? vscode.Uri.parse(claimPath).path.split('/').pop() ?? claimPath;
}
