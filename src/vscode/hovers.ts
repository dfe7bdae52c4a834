// Hovers on what the analysis found: an entity's type, canonical name and where else the corpus mentions
// it; a date's resolved value written out in the UI language; a quantity's value and unit. Claims add
// their own section through `setClaimSource` (matches and conflicts), so this file needs no change when
// they arrive.
import * as vscode from 'vscode';
import type { DateMention, EntityMention, QuantityMention, Span } from '../core/analysis/types';
import { ARTICLE_SELECTOR } from './articleLanguage';
import { isCurrent, rangeOf } from './articleText';
import type { Article } from './corpusService';
import { describeDate, describeQuantity, entityTypeIcon, entityTypeName, formatCount, formatPublished } from './describe';
import { entityAt, entityKey } from './entityIndex';
import { FIND_ALL_MENTIONS_COMMAND, mentionSummary } from './entitiesView';
import { REVEAL_COMMAND, revealLink } from './reveal';
import type { Services } from './services';

/** How many other articles an entity hover lists before "and N more". */
const MAX_LISTED_ARTICLES = 8;

/** Adds a section to the hover of an article position, e.g. the claim there with its matches and conflicts. */
export interface HoverSection {
  provideHoverSection(article: Article, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.MarkdownString>;
}

export class ArticleHoverProvider implements vscode.HoverProvider {
  private claimSource: HoverSection | undefined;

  constructor(private readonly services: Services) {}

  /** Plugs in the claims' hover section; disposing the result removes it again. */
  setClaimSource(source: HoverSection): vscode.Disposable {
    this.claimSource = source;
    return new vscode.Disposable(() => {
      if (this.claimSource === source) this.claimSource = undefined;
    });
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const article = this.services.corpus.get(document.uri);
    if (!article || !isCurrent(article, document)) return undefined;
    const offset = document.offsetAt(position);
    const sections: vscode.MarkdownString[] = [];
    const spans: Span[] = [];
    const entity = entityAt(article, offset);
    if (entity) {
      sections.push(await this.entitySection(article, entity));
      spans.push(entity);
    }
    const date = article.analysis.dates.find(d => covers(d, offset));
    if (date) {
      sections.push(dateSection(article, date));
      spans.push(date);
    }
    const quantity = article.analysis.quantities.find(q => covers(q, offset));
    if (quantity) {
      sections.push(quantitySection(quantity));
      spans.push(quantity);
    }
    const claim = await this.claimSource?.provideHoverSection(article, position, token);
    if (claim) sections.push(claim);
    if (!sections.length || token.isCancellationRequested) return undefined;
    // The hover covers the innermost span the cursor is on, so moving within it keeps the hover open.
    const innermost = spans.sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    return new vscode.Hover(sections, innermost && new vscode.Range(document.positionAt(innermost.start), document.positionAt(innermost.end)));
  }

  private async entitySection(article: Article, mention: EntityMention): Promise<vscode.MarkdownString> {
    await this.services.entities.ready();
    const key = entityKey(mention);
    const entity = this.services.entities.group(key);
    const md = trustedMarkdown();
    md.appendMarkdown(`$(${entityTypeIcon(mention.type).id}) **`).appendText(mention.canonical).appendMarkdown('** — ').appendText(entityTypeName(mention.type));
    if (mention.text !== mention.canonical) md.appendMarkdown('  \n').appendText(vscode.l10n.t('Written here as "{0}"', mention.text));
    if (!entity) return md;
    md.appendMarkdown('\n\n').appendText(mentionSummary(entity));
    const others = otherArticles(entity.occurrences(), article);
    if (others.length) {
      md.appendMarkdown('\n\n').appendText(vscode.l10n.t('Also mentioned in:')).appendMarkdown('\n');
      for (const { article: other, first, count } of others.slice(0, MAX_LISTED_ARTICLES)) {
        const label = other.analysis.metadata.source ?? other.relativePath;
        const date = other.analysis.metadata.published;
        md.appendMarkdown(`\n- [${escapeLinkText(label)}](${revealLink(other.uri, rangeOf(other, first))} "${escapeTitle(other.title)}")`);
        md.appendText(` ${date ? `${formatPublished(date)} · ` : ''}${count}×`);
      }
      if (others.length > MAX_LISTED_ARTICLES) {
        md.appendMarkdown('\n- ').appendText(vscode.l10n.t('and {0} more articles', formatCount(others.length - MAX_LISTED_ARTICLES)));
      }
    }
    const findArgs = encodeURIComponent(JSON.stringify([{ key }]));
    md.appendMarkdown(`\n\n[$(references) ${escapeLinkText(vscode.l10n.t('Find All Mentions'))}](command:${FIND_ALL_MENTIONS_COMMAND}?${findArgs})`);
    return md;
  }
}

function otherArticles(occurrences: readonly { article: Article; item: EntityMention }[], current: Article): { article: Article; first: EntityMention; count: number }[] {
  const byUri = new Map<string, { article: Article; first: EntityMention; count: number }>();
  for (const { article, item } of occurrences) {
    if (article.uri.toString() === current.uri.toString()) continue;
    const entry = byUri.get(article.uri.toString());
    if (entry) entry.count++;
    else byUri.set(article.uri.toString(), { article, first: item, count: 1 });
  }
  return [...byUri.values()];
}

function dateSection(article: Article, date: DateMention): vscode.MarkdownString {
  const md = trustedMarkdown();
  md.appendMarkdown('$(calendar) **').appendText(describeDate(date)).appendMarkdown('**');
  md.appendMarkdown('  \n').appendText(date.kind === 'DURATION' ? vscode.l10n.t('Duration') : vscode.l10n.t('Date')).appendMarkdown(' · `').appendText(date.value).appendMarkdown('`');
  if (article.analysis.referenceDate && date.kind !== 'DURATION') {
    md.appendMarkdown('  \n').appendText(vscode.l10n.t('Resolved against {0}', formatPublished(article.analysis.referenceDate)));
  }
  return md;
}

function quantitySection(quantity: QuantityMention): vscode.MarkdownString {
  const md = trustedMarkdown();
  md.appendMarkdown('$(symbol-number) **').appendText(describeQuantity(quantity)).appendMarkdown('**');
  md.appendMarkdown('  \n').appendText(vscode.l10n.t('Quantity'));
  if (quantity.unit) md.appendText(` · ${quantity.unit}`);
  return md;
}

function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND, FIND_ALL_MENTIONS_COMMAND] };
  return md;
}

function covers(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]*_`<>$]/g, '\\$&');
}

function escapeTitle(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}

export function registerHovers(context: vscode.ExtensionContext, services: Services): ArticleHoverProvider {
  const provider = new ArticleHoverProvider(services);
  context.subscriptions.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider));
  return provider;
}
