// Following a link annotation ("this claim contradicts that one in another article"): Go to Definition (F12,
// Ctrl+click) on the linked words opens the claim linked to, and their hover names the relation and quotes
// that claim with a link to it. A link whose article or annotation is gone says so instead.
import * as vscode from 'vscode';
import type { Annotation, LinkBody } from '../core/annotations/model';
import { linkedArticlePath } from '../core/annotations/paths';
import { ARTICLE_SELECTOR } from './articleLanguage';
import { oneLine } from './annotationHelpers';
import { escapeMarkdown } from './describe';
import type { AnnotationService } from './annotationService';
import { REVEAL_COMMAND, revealLink } from './reveal';

/** Where a link annotation points: the linked annotation's article, and its words there if it is anchored. */
interface LinkTarget {
  uri: vscode.Uri;
  annotation: Annotation | undefined;
  range: vscode.Range | undefined;
}

/** The article a link points into: its `article` path is relative to the linking article's folder. */
function linkedArticle(source: vscode.Uri, body: LinkBody): vscode.Uri {
  return source.with({ path: linkedArticlePath(source.path, body.article) });
}

export class AnnotationLinkProvider implements vscode.DefinitionProvider, vscode.HoverProvider {
  constructor(private readonly annotations: AnnotationService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const targets = await this.targetsAt(document, position);
    const found = targets.flatMap(({ target }) => target.range ? [new vscode.Location(target.uri, target.range)] : []);
    return found.length ? found : undefined;
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const targets = await this.targetsAt(document, position);
    if (!targets.length) return undefined;
    const markdown = new vscode.MarkdownString();
    markdown.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
    for (const { link, target } of targets) markdown.appendMarkdown(`${this.describe(link, target)}\n\n`);
    return new vscode.Hover(markdown, targets[0].range);
  }

  /** The link annotations of the document at the position, each with where it points. */
  async targetsAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ link: Annotation & { kind: 'link' }; range: vscode.Range; target: LinkTarget }[]> {
    const links = this.annotations.anchored(document.uri)
      .filter((a): a is typeof a & { annotation: Annotation & { kind: 'link' } } => a.annotation.kind === 'link' && a.range.contains(position));
    return Promise.all(links.map(async ({ annotation, range }) => ({ link: annotation, range, target: await this.targetOf(document.uri, annotation.body) })));
  }

  private async targetOf(source: vscode.Uri, body: LinkBody): Promise<LinkTarget> {
    const uri = linkedArticle(source, body);
    await this.annotations.load(uri);
    const anchored = this.annotations.anchored(uri).find(a => a.annotation.id === body.target);
    const annotation = anchored?.annotation ?? this.annotations.annotations(uri).find(a => a.id === body.target);
    return { uri, annotation, range: anchored?.range };
  }

  private describe(link: Annotation & { kind: 'link' }, target: LinkTarget): string {
    // The relation may be the user's own word, the quote and the path anything: all shown as written.
    const relation = `**${escapeMarkdown(vscode.l10n.t('Link: {0}', link.body.relation))}**`;
    const article = vscode.workspace.asRelativePath(target.uri);
    if (!target.annotation) return `${relation} · ${escapeMarkdown(vscode.l10n.t('the linked annotation is not in {0} (any more)', article))}`;
    const quote = `“${escapeMarkdown(oneLine(target.annotation.target.quote.exact, 160))}”`;
    if (!target.range) return `${relation} → ${quote} · ${escapeMarkdown(vscode.l10n.t('{0}, where it lost its place (orphaned)', article))}`;
    return `${relation} → ${quote} · [${escapeMarkdown(article)}](${revealLink(target.uri, target.range)})`;
  }
}

export function registerAnnotationLinks(context: vscode.ExtensionContext, annotations: AnnotationService): AnnotationLinkProvider {
  const provider = new AnnotationLinkProvider(annotations);
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, provider),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider),
  );
  return provider;
}
