// The article's outline (metadata header, headline, paragraphs with their claims) and the corpus'
// canonical entities as workspace symbols (Ctrl+T). The outline is read from the document's own text, so
// it is right while an edit still waits for re-analysis; claims come through ArticleFacets.
import * as vscode from 'vscode';
import type { ArticleMetadata, EntityType, Span } from '../core/analysis/types';
import { parseMetadata } from '../core/text/metadata';
import { oneLine } from '../core/text/oneLine';
import { ARTICLE_SELECTOR } from './articleLanguage';
import { locationOf } from './articleText';
import { disagreementsLabel, entityTypeName, matchesLabel } from './describe';
import { mentionSummary } from './entitiesView';
import { parseEntityKey } from './entityIndex';
import type { Services } from './services';

const MAX_NAME_LENGTH = 70;
const MAX_WORKSPACE_SYMBOLS = 500;

/** A line reads like a headline when it is short and does not end like a sentence (the grammar's rule too). */
const HEADLINE = /^\s*\S.{0,118}[^.!?,;:\s]\s*$/;
const TITLE_KEYS = /^\s*(?:title|titel|headline|überschrift)\s*:/i;

export class ArticleOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly services: Services) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    if (!this.services.corpus.isArticle(document.uri)) return undefined;
    const text = document.getText();
    const metadata = parseMetadata(text);
    const range = (span: Span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    const symbols: vscode.DocumentSymbol[] = [];

    if (metadata.header && metadata.header.end > metadata.header.start) symbols.push(headerSymbol(text, metadata, range));
    let paragraphs = paragraphsOf(text, metadata.bodyStart);
    const titleLine = metadata.header && metadata.title ? titleLineIn(text, metadata.header) : undefined;
    if (titleLine && metadata.title) {
      symbols.push(symbol(metadata.title, vscode.l10n.t('Headline'), vscode.SymbolKind.Class, range(titleLine)));
    } else if (paragraphs.length && isHeadline(text, paragraphs[0])) {
      symbols.push(symbol(shorten(text.slice(paragraphs[0].start, paragraphs[0].end)), vscode.l10n.t('Headline'), vscode.SymbolKind.Class, range(paragraphs[0])));
      paragraphs = paragraphs.slice(1);
    }

    const paragraphSymbols = paragraphs.map((p, i) =>
      symbol(shorten(text.slice(p.start, p.end)), vscode.l10n.t('Paragraph {0}', i + 1), vscode.SymbolKind.String, range(p)));
    symbols.push(...paragraphSymbols);
    this.addClaims(document.uri, symbols, paragraphSymbols);
    return symbols;
  }

  /** Each claim goes under the paragraph that holds it; a claim outside every paragraph stands alone. */
  private addClaims(uri: vscode.Uri, symbols: vscode.DocumentSymbol[], paragraphs: vscode.DocumentSymbol[]): void {
    for (const claim of this.services.facets.claims(uri)) {
      const detail = [vscode.l10n.t('Claim'), matchesLabel(claim.matches), ...(claim.disagreements ? [disagreementsLabel(claim.disagreements)] : [])].join(' · ');
      const claimSymbol = symbol(shorten(claim.label), detail, vscode.SymbolKind.Event, claim.range);
      const parent = paragraphs.find(p => p.range.contains(claim.range));
      if (parent) parent.children.push(claimSymbol);
      else symbols.push(claimSymbol);
    }
  }
}

function headerSymbol(text: string, metadata: ArticleMetadata, range: (span: Span) => vscode.Range): vscode.DocumentSymbol {
  const header = metadata.header!;
  const detail = [metadata.source, metadata.published].filter(Boolean).join(' · ');
  const headerSymbol = symbol(vscode.l10n.t('Metadata'), detail, vscode.SymbolKind.Namespace, range({ start: header.start, end: trimEnd(text, header) }));
  let offset = header.start;
  for (const line of text.slice(header.start, header.end).split('\n')) {
    const field = /^\s*([\p{L}][\p{L} _-]{0,24}?)\s*:\s*(.*?)\s*$/u.exec(line);
    if (field && field[2]) headerSymbol.children.push(symbol(field[1], field[2], vscode.SymbolKind.Property, range({ start: offset, end: offset + line.replace(/\r$/, '').length })));
    offset += line.length + 1;
  }
  return headerSymbol;
}

function titleLineIn(text: string, header: Span): Span | undefined {
  let offset = header.start;
  for (const line of text.slice(header.start, header.end).split('\n')) {
    if (TITLE_KEYS.test(line)) return { start: offset, end: offset + line.replace(/\r$/, '').length };
    offset += line.length + 1;
  }
  return undefined;
}

/** Paragraphs are separated by blank lines; each span is trimmed of surrounding whitespace. */
export function paragraphsOf(text: string, from: number): Span[] {
  const paragraphs: Span[] = [];
  const blankLines = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\s*/g;
  blankLines.lastIndex = from;
  let start = from;
  const push = (end: number) => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) paragraphs.push(span);
  };
  for (let match = blankLines.exec(text); match; match = blankLines.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}

function isHeadline(text: string, paragraph: Span): boolean {
  const content = text.slice(paragraph.start, paragraph.end);
  return !/[\r\n]/.test(content) && HEADLINE.test(content);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function trimEnd(text: string, span: Span): number {
  return trimSpan(text, span).end;
}

function shorten(text: string): string {
  return oneLine(text.replace(/^\s*#+\s*/, ''), MAX_NAME_LENGTH);
}

function symbol(name: string, detail: string, kind: vscode.SymbolKind, range: vscode.Range): vscode.DocumentSymbol {
  // A DocumentSymbol needs a non-empty name.
  return new vscode.DocumentSymbol(name || '…', detail, kind, range, range);
}

// ---- workspace symbols -------------------------------------------------------------------------------------

const SYMBOL_KIND_BY_TYPE: Record<EntityType, vscode.SymbolKind> = {
  PER: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Class,
  LOC: vscode.SymbolKind.Package,
  MISC: vscode.SymbolKind.Constant,
};

export class EntitySymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly services: Services) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.services.entities.ready();
    const wanted = query.toLocaleLowerCase().replace(/\s+/g, '');
    const symbols: vscode.SymbolInformation[] = [];
    for (const entity of this.services.entities.groups()) {
      if (token.isCancellationRequested || symbols.length >= MAX_WORKSPACE_SYMBOLS) break;
      const { type, canonical } = parseEntityKey(entity.key);
      if (!isSubsequence(wanted, canonical.toLocaleLowerCase())) continue;
      const first = entity.first();
      if (!first) continue;
      const container = `${entityTypeName(type)} · ${mentionSummary(entity)}`;
      symbols.push(new vscode.SymbolInformation(canonical, SYMBOL_KIND_BY_TYPE[type], container, locationOf(first.article, first.item)));
    }
    return symbols;
  }
}

/** VS Code filters and ranks the results itself; a relaxed subsequence match keeps what it may want. */
function isSubsequence(query: string, text: string): boolean {
  let i = 0;
  for (let j = 0; i < query.length && j < text.length; j++) if (query[i] === text[j]) i++;
  return i === query.length;
}

export function registerSymbols(context: vscode.ExtensionContext, services: Services): void {
  const outline = new ArticleOutlineProvider(services);
  const register = () => vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, outline, { label: vscode.l10n.t('News Article') });
  let registration = register();
  context.subscriptions.push(
    { dispose: () => registration.dispose() },
    // VS Code keeps an outline per document version and has no event for "symbols changed"; registering the
    // provider anew is what makes it ask again when claims change while the text does not.
    services.facets.onDidChange(() => {
      registration.dispose();
      registration = register();
    }),
    vscode.languages.registerWorkspaceSymbolProvider(new EntitySymbolProvider(services)),
  );
}
