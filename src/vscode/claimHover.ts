// The claims' part of an article hover: who the article says states the claim, which other articles
// make it too (linked), and where they disagree.
import * as vscode from 'vscode';
import { rangeOf } from './articleText';
import { articleLabel, disagreementLabels } from './claimLocations';
import type { Article, CorpusService } from './corpusService';
import type { ArticleHoverProvider, HoverSection } from './hovers';
import { revealLink } from './reveal';

const MAX_LISTED_MATCHES = 8;

export class ClaimHoverSection implements HoverSection {
  constructor(private readonly corpus: CorpusService) {}

  async provideHoverSection(article: Article, position: vscode.Position): Promise<vscode.MarkdownString | undefined> {
    // While the corpus is being indexed its claims are not known: the hover shows the entities and dates
    // without waiting for them.
    if (this.corpus.state.kind === 'indexing') return undefined;
    await this.corpus.whenMatched(article.uri);
    const claim = this.corpus.claims(article.uri).find(c => rangeOf(article, c).contains(position));
    if (!claim || (claim.matches.length === 0 && !claim.attribution)) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: ['newsAnnotator.revealRange'] };
    md.appendMarkdown('$(comment-discussion) **').appendText(vscode.l10n.t('Claim')).appendMarkdown('**');
    if (claim.attribution) md.appendMarkdown('  \n').appendText(vscode.l10n.t('Attributed to: {0}', claim.attribution));
    const disagreements = disagreementLabels(claim);
    if (disagreements.length) md.appendMarkdown('\n\n$(warning) ').appendText(vscode.l10n.t('Disagreement: {0}', disagreements.join('; ')));
    if (claim.matches.length) {
      md.appendMarkdown('\n\n').appendText(vscode.l10n.t('Also stated in:')).appendMarkdown('\n');
      for (const match of claim.matches.slice(0, MAX_LISTED_MATCHES)) {
        const other = this.corpus.get(vscode.Uri.parse(match.path));
        if (!other) continue;
        const label = articleLabel(this.corpus, match.path).replace(/[[\]]/g, '');
        const conflict = match.conflicts.length ? ` ⚠ ${match.conflicts.map(c => `${c.here} ≠ ${c.there}`).join('; ')}` : '';
        md.appendMarkdown(`\n- [${label}](${revealLink(other.uri, rangeOf(other, match))})`);
        md.appendText(` — ${vscode.l10n.t('score {0}', match.score.toFixed(2))}${conflict}`);
      }
    }
    return md;
  }
}

export function registerClaimHover(context: vscode.ExtensionContext, corpus: CorpusService, hovers: ArticleHoverProvider): void {
  context.subscriptions.push(hovers.setClaimSource(new ClaimHoverSection(corpus)));
}
