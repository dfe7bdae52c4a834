// The Corpus view: every article, grouped by source then publication date (or by date, or by folder),
// with its counts; expanding an article lists its entities, claims and annotations, and clicking one
// selects it in the text. Claims and annotations come through ArticleFacets.
import * as path from 'path';
import * as vscode from 'vscode';
import type { EntityMention } from '../core/analysis/types';
import type { AnnotationFacet, ClaimFacet } from './articleFacets';
import { rangeOf } from './articleText';
import { compareArticles } from './corpusIndex';
import type { Article } from './corpusService';
import { disagreementsLabel, entityTypeIcon, entityTypeName, escapeMarkdown, formatCount, formatPublished, matchesLabel } from './describe';
import { distinctEntityCount, entityKey } from './entityIndex';
import { REVEAL_COMMAND } from './reveal';
import type { Services } from './services';

export const CORPUS_VIEW = 'newsAnnotator.corpus';
export type CorpusGrouping = 'source' | 'date' | 'folder';
const GROUPINGS: readonly CorpusGrouping[] = ['source', 'date', 'folder'];

function isGrouping(value: unknown): value is CorpusGrouping {
  return GROUPINGS.includes(value as CorpusGrouping);
}

const GROUPING_STATE_KEY = 'newsAnnotator.corpus.groupBy';

export type CorpusNode =
  | { kind: 'group'; id: string; label: string; icon: vscode.ThemeIcon; children: CorpusNode[]; articleCount: number }
  | { kind: 'article'; id: string; article: Article }
  | { kind: 'section'; id: string; article: Article; section: 'entities' | 'claims' | 'annotations' }
  | { kind: 'entity'; id: string; article: Article; key: string; mentions: EntityMention[] }
  | { kind: 'claim'; id: string; article: Article; claim: ClaimFacet }
  | { kind: 'annotation'; id: string; article: Article; annotation: AnnotationFacet };

export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<CorpusNode | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private roots: CorpusNode[] | undefined;

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly services: Services, private readonly state: vscode.Memento) {
    this.disposables.push(
      services.corpus.onDidChange(() => this.refresh()),
      services.facets.onDidChange(() => this.refresh()),
    );
  }

  get grouping(): CorpusGrouping {
    const stored = this.state.get<unknown>(GROUPING_STATE_KEY);
    return isGrouping(stored) ? stored : 'source';
  }

  async setGrouping(grouping: CorpusGrouping): Promise<void> {
    await this.state.update(GROUPING_STATE_KEY, grouping);
    await vscode.commands.executeCommand('setContext', 'newsAnnotator.corpusGrouping', grouping);
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire(undefined);
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    if (!node) {
      // Showing the view is what starts indexing; until it is done the welcome content says so.
      void this.services.corpus.start();
      return this.roots ??= groupArticles(this.services.corpus.articles(), this.grouping);
    }
    switch (node.kind) {
      case 'group': return node.children;
      case 'article': return this.sections(node.article);
      case 'section': return this.sectionItems(node.article, node.section);
      default: return [];
    }
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': return groupItem(node);
      case 'article': return this.articleItem(node);
      case 'section': return this.sectionItem(node);
      case 'entity': return entityItem(node);
      case 'claim': return claimItem(node);
      case 'annotation': return annotationItem(node);
    }
  }

  private sections(article: Article): CorpusNode[] {
    const id = article.uri.toString();
    const sections: CorpusNode[] = [];
    if (article.analysis.entities.length) sections.push({ kind: 'section', id: `${id}#entities`, article, section: 'entities' });
    if (this.services.facets.claims(article.uri).length) sections.push({ kind: 'section', id: `${id}#claims`, article, section: 'claims' });
    if (this.services.facets.annotations(article.uri).length) sections.push({ kind: 'section', id: `${id}#annotations`, article, section: 'annotations' });
    return sections;
  }

  private sectionItems(article: Article, section: 'entities' | 'claims' | 'annotations'): CorpusNode[] {
    const id = article.uri.toString();
    switch (section) {
      case 'entities': return entitiesOf(article).map(([key, mentions]) => ({ kind: 'entity', id: `${id}#entity:${key}`, article, key, mentions }));
      case 'claims': return this.services.facets.claims(article.uri).map((claim, i) => ({ kind: 'claim', id: `${id}#claim:${i}`, article, claim }));
      case 'annotations': return this.services.facets.annotations(article.uri).map(annotation => ({ kind: 'annotation', id: `${id}#annotation:${annotation.id}`, article, annotation }));
    }
  }

  private articleItem(node: Extract<CorpusNode, { kind: 'article' }>): vscode.TreeItem {
    const { article } = node;
    const item = new vscode.TreeItem(article.title || path.posix.basename(article.relativePath), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.resourceUri = article.uri;
    item.iconPath = vscode.ThemeIcon.File;
    const counts = this.counts(article);
    const date = this.grouping === 'date' ? undefined : article.analysis.metadata.published;
    item.description = [date && formatPublished(date), ...counts.summary].filter(Boolean).join(' · ');
    item.tooltip = this.articleTooltip(article, counts.lines);
    item.contextValue = 'article';
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Open Article'), arguments: [article.uri] };
    return item;
  }

  private counts(article: Article): { summary: string[]; lines: string[] } {
    const entities = distinctEntityCount(article);
    const claims = this.services.facets.claims(article.uri);
    const matched = claims.filter(c => c.matches > 0).length;
    const disagreements = claims.reduce((sum, c) => sum + c.disagreements, 0);
    const annotations = this.services.facets.annotations(article.uri);
    const orphans = annotations.filter(a => a.orphan).length;
    const parts = [
      entities === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', formatCount(entities)),
      matched === 1 ? vscode.l10n.t('1 claim with matches') : vscode.l10n.t('{0} claims with matches', formatCount(matched)),
      disagreementsLabel(disagreements),
      annotations.length === 1 ? vscode.l10n.t('1 annotation') : vscode.l10n.t('{0} annotations', formatCount(annotations.length)),
    ];
    if (orphans) parts.push(orphans === 1 ? vscode.l10n.t('1 orphaned annotation') : vscode.l10n.t('{0} orphaned annotations', formatCount(orphans)));
    // The description stays short: entities always, the rest only when there is something to see.
    const summary = [parts[0], ...(matched ? [parts[1]] : []), ...(disagreements ? [parts[2]] : []), ...(annotations.length ? [parts[3]] : [])];
    return { summary, lines: parts };
  }

  private articleTooltip(article: Article, countLines: string[]): vscode.MarkdownString {
    const { metadata } = article.analysis;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMarkdown(article.title)}**\n\n`);
    if (metadata.source) tooltip.appendMarkdown(`$(megaphone) ${escapeMarkdown(metadata.source)}  \n`);
    if (metadata.published) tooltip.appendMarkdown(`$(calendar) ${escapeMarkdown(formatPublished(metadata.published))}  \n`);
    tooltip.appendMarkdown(`$(file) ${escapeMarkdown(article.relativePath)}\n\n`);
    tooltip.appendMarkdown(countLines.map(escapeMarkdown).join('  \n'));
    return tooltip;
  }

  private sectionItem(node: Extract<CorpusNode, { kind: 'section' }>): vscode.TreeItem {
    const { article, section } = node;
    const children = this.sectionItems(article, section).length;
    const label = section === 'entities' ? vscode.l10n.t('Entities') : section === 'claims' ? vscode.l10n.t('Claims') : vscode.l10n.t('Annotations');
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = formatCount(children);
    item.iconPath = new vscode.ThemeIcon(section === 'entities' ? 'symbol-class' : section === 'claims' ? 'comment-discussion' : 'note');
    item.contextValue = `section.${section}`;
    return item;
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
  }
}

/** The article's distinct entities, most mentioned first, each with its mentions in text order. */
function entitiesOf(article: Article): [string, EntityMention[]][] {
  const byKey = new Map<string, EntityMention[]>();
  for (const mention of article.analysis.entities) {
    const key = entityKey(mention);
    let list = byKey.get(key);
    if (!list) byKey.set(key, list = []);
    list.push(mention);
  }
  return [...byKey.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
}

function groupItem(node: Extract<CorpusNode, { kind: 'group' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.iconPath = node.icon;
  item.description = formatCount(node.articleCount);
  item.contextValue = 'group';
  return item;
}

function entityItem(node: Extract<CorpusNode, { kind: 'entity' }>): vscode.TreeItem {
  const first = node.mentions[0];
  const item = new vscode.TreeItem(first.canonical, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = entityTypeIcon(first.type);
  item.description = `${entityTypeName(first.type)} · ${formatCount(node.mentions.length)}×`;
  item.tooltip = node.mentions.map(m => m.text).filter((t, i, all) => all.indexOf(t) === i).join(', ');
  item.contextValue = 'entity';
  item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Show in Article'), arguments: [node.article.uri, rangeOf(node.article, first)] };
  return item;
}

function claimItem(node: Extract<CorpusNode, { kind: 'claim' }>): vscode.TreeItem {
  const { claim } = node;
  const item = new vscode.TreeItem(claim.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const matches = matchesLabel(claim.matches);
  const disagreements = disagreementsLabel(claim.disagreements);
  item.description = claim.disagreements ? `${matches} · ${disagreements}` : matches;
  item.iconPath = claim.disagreements
    ? new vscode.ThemeIcon('diff-modified', new vscode.ThemeColor('list.warningForeground'))
    : new vscode.ThemeIcon('comment-discussion');
  item.contextValue = claim.disagreements ? 'claim.disputed' : 'claim';
  item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Show in Article'), arguments: [node.article.uri, claim.range] };
  return item;
}

function annotationItem(node: Extract<CorpusNode, { kind: 'annotation' }>): vscode.TreeItem {
  const { annotation } = node;
  const item = new vscode.TreeItem(annotation.label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  if (annotation.orphan || !annotation.range) {
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    item.description = vscode.l10n.t('orphaned');
    item.tooltip = vscode.l10n.t('This annotation lost its place: the text it was attached to changed.');
    item.contextValue = 'annotation.orphan';
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Open Article'), arguments: [node.article.uri] };
  } else {
    item.iconPath = new vscode.ThemeIcon('note');
    item.contextValue = 'annotation';
    item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Show in Article'), arguments: [node.article.uri, annotation.range] };
  }
  return item;
}

// ---- grouping ---------------------------------------------------------------------------------------

function groupArticles(articles: Article[], grouping: CorpusGrouping): CorpusNode[] {
  switch (grouping) {
    case 'source': return bySource(articles);
    case 'date': return byDate(articles, 'date');
    case 'folder': return byFolder(articles);
  }
}

function articleNode(article: Article, prefix: string): CorpusNode {
  return { kind: 'article', id: `${prefix}/${article.uri.toString()}`, article };
}

function bySource(articles: Article[]): CorpusNode[] {
  const bySourceName = groupBy(articles, a => a.analysis.metadata.source ?? '');
  return [...bySourceName.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([source, members]) => {
      const id = `source:${source}`;
      return {
        kind: 'group', id, label: source || vscode.l10n.t('Unknown source'), icon: new vscode.ThemeIcon('megaphone'),
        children: byDate(members, id), articleCount: members.length,
      };
    });
}

/** Newest first, undated last: a reader follows a story back from today. */
function byDate(articles: Article[], prefix: string): CorpusNode[] {
  const byPublished = groupBy(articles, a => a.analysis.metadata.published ?? '');
  return [...byPublished.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)))
    .map(([published, members]) => {
      const id = `${prefix}/date:${published}`;
      return {
        kind: 'group', id, label: published ? formatPublished(published) : vscode.l10n.t('Undated'), icon: new vscode.ThemeIcon('calendar'),
        children: members.sort(compareArticles).map(a => articleNode(a, id)), articleCount: members.length,
      };
    });
}

/** The folder tree as on disk, folders before files, so the view mirrors the explorer. */
function byFolder(articles: Article[]): CorpusNode[] {
  interface Folder { folders: Map<string, Folder>; files: Article[] }
  const root: Folder = { folders: new Map(), files: [] };
  for (const article of articles) {
    const segments = article.relativePath.split('/').slice(0, -1);
    let folder = root;
    for (const segment of segments) {
      let next = folder.folders.get(segment);
      if (!next) folder.folders.set(segment, next = { folders: new Map(), files: [] });
      folder = next;
    }
    folder.files.push(article);
  }
  const toNodes = (folder: Folder, prefix: string): { nodes: CorpusNode[]; count: number } => {
    let count = folder.files.length;
    const folderNodes = [...folder.folders.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, sub]): CorpusNode => {
      const id = `${prefix}/${name}`;
      const inner = toNodes(sub, id);
      count += inner.count;
      return { kind: 'group', id, label: name, icon: vscode.ThemeIcon.Folder, children: inner.nodes, articleCount: inner.count };
    });
    const files = [...folder.files].sort((a, b) => a.relativePath.localeCompare(b.relativePath)).map(a => articleNode(a, prefix));
    return { nodes: [...folderNodes, ...files], count };
  };
  return toNodes(root, 'folder:').nodes;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let list = groups.get(k);
    if (!list) groups.set(k, list = []);
    list.push(item);
  }
  return groups;
}

// ---- registration -----------------------------------------------------------------------------------

export function registerCorpusTree(context: vscode.ExtensionContext, services: Services): CorpusTreeProvider {
  const { corpus } = services;
  const provider = new CorpusTreeProvider(services, context.workspaceState);
  const view = vscode.window.createTreeView(CORPUS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  // The welcome content (package.json viewsWelcome) tells "indexing" from "no articles" by these keys.
  const updateContext = () => {
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.indexing', corpus.state.kind === 'indexing' || corpus.state.kind === 'idle');
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.articleCount', corpus.articles().length);
  };
  updateContext();
  void vscode.commands.executeCommand('setContext', 'newsAnnotator.corpusGrouping', provider.grouping);
  context.subscriptions.push(
    provider, view,
    corpus.onDidChangeState(updateContext),
    corpus.onDidChange(updateContext),
    // A grouping given as the argument (from a keybinding) is taken without asking.
    vscode.commands.registerCommand('newsAnnotator.corpus.groupBy', (grouping?: unknown) =>
      isGrouping(grouping) ? provider.setGrouping(grouping) : pickGrouping(provider)),
    vscode.commands.registerCommand('newsAnnotator.corpus.groupBySource', () => provider.setGrouping('source')),
    vscode.commands.registerCommand('newsAnnotator.corpus.groupByDate', () => provider.setGrouping('date')),
    vscode.commands.registerCommand('newsAnnotator.corpus.groupByFolder', () => provider.setGrouping('folder')),
    vscode.commands.registerCommand('newsAnnotator.openArticle', (node?: CorpusNode) => {
      if (node && 'article' in node) return vscode.window.showTextDocument(node.article.uri, { preview: false });
      return undefined;
    }),
  );
  return provider;
}

async function pickGrouping(provider: CorpusTreeProvider): Promise<void> {
  const options: (vscode.QuickPickItem & { grouping: CorpusGrouping })[] = [
    { grouping: 'source', label: `$(megaphone) ${vscode.l10n.t('By Source, then Date')}` },
    { grouping: 'date', label: `$(calendar) ${vscode.l10n.t('By Publication Date')}` },
    { grouping: 'folder', label: `$(folder) ${vscode.l10n.t('By Folder')}` },
  ];
  for (const option of options) if (option.grouping === provider.grouping) option.description = vscode.l10n.t('current');
  const picked = await vscode.window.showQuickPick(options, { title: vscode.l10n.t('Group Articles') });
  if (picked) await provider.setGrouping(picked.grouping);
}
