// The Entities view: the corpus' canonical entities by type, with how often and in how many articles they
// are mentioned; expanding one lists every mention with its sentence. "Find All Mentions" opens them in
// the references peek. Built from the shared entity index, cached per index version and filter.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityMention, type EntityType } from '../core/analysis/types';
import { contextText, locationOf, offsetAt, rangeOf } from './articleText';
import type { Occurrence } from './corpusIndex';
import type { Article } from './corpusService';
import { entityTypeGroupName, entityTypeIcon, entityTypeName, formatCount, formatPublished } from './describe';
import { entityAt, entityKey, parseEntityKey, type CorpusEntity } from './entityIndex';
import { REVEAL_COMMAND } from './reveal';
import type { Services } from './services';

export const ENTITIES_VIEW = 'newsAnnotator.entities';
export const FIND_ALL_MENTIONS_COMMAND = 'newsAnnotator.entities.findAllMentions';
const FILTER_STATE_KEY = 'newsAnnotator.entities.types';
const collator = new Intl.Collator();

export type EntitiesNode =
  | { kind: 'type'; type: EntityType; entities: CorpusEntity[] }
  | { kind: 'entity'; key: string; entity: CorpusEntity }
  | { kind: 'mention'; key: string; article: Article; mention: EntityMention };

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<EntitiesNode | undefined>();
  private readonly subscription: vscode.Disposable;
  private cache: { version: number; filter: string; roots: EntitiesNode[] } | undefined;

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly services: Services, private readonly state: vscode.Memento) {
    this.subscription = services.entities.onDidChange(() => this.refresh());
  }

  /** The entity types shown; all four unless the user filtered. */
  get visibleTypes(): EntityType[] {
    const stored = this.state.get<string[]>(FILTER_STATE_KEY);
    const types = ENTITY_TYPES.filter(t => !stored || stored.includes(t));
    return types.length ? types : [...ENTITY_TYPES];
  }

  async setVisibleTypes(types: readonly EntityType[]): Promise<void> {
    const all = types.length === 0 || ENTITY_TYPES.every(t => types.includes(t));
    await this.state.update(FILTER_STATE_KEY, all ? undefined : [...types]);
    this.refresh();
  }

  refresh(): void {
    this.cache = undefined;
    this.changeEmitter.fire(undefined);
  }

  async getChildren(node?: EntitiesNode): Promise<EntitiesNode[]> {
    if (!node) return this.roots();
    if (node.kind === 'type') return node.entities.map(entity => ({ kind: 'entity', key: entity.key, entity }));
    if (node.kind === 'entity') return node.entity.occurrences().map(o => ({ kind: 'mention', key: node.key, article: o.article, mention: o.item }));
    return [];
  }

  private async roots(): Promise<EntitiesNode[]> {
    void this.services.corpus.start(); // a shown view is what starts indexing
    await this.services.entities.ready();
    const version = this.services.entities.version;
    const types = this.visibleTypes;
    const filter = types.join(',');
    if (this.cache?.version === version && this.cache.filter === filter) return this.cache.roots;
    const byType = new Map<EntityType, CorpusEntity[]>(types.map(t => [t, []]));
    for (const entity of this.services.entities.groups()) byType.get(parseEntityKey(entity.key).type)?.push(entity);
    const roots: EntitiesNode[] = [];
    for (const [type, entities] of byType) {
      if (!entities.length) continue;
      // Most mentioned first; names in alphabetical order among equals (keys share the type prefix).
      entities.sort((a, b) => b.size - a.size || collator.compare(a.key, b.key));
      roots.push({ kind: 'type', type, entities });
    }
    this.cache = { version, filter, roots };
    return roots;
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'type': return typeItem(node);
      case 'entity': return entityItem(node);
      case 'mention': return mentionItem(node);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

function typeItem(node: Extract<EntitiesNode, { kind: 'type' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(entityTypeGroupName(node.type), vscode.TreeItemCollapsibleState.Expanded);
  item.id = `type:${node.type}`;
  item.iconPath = entityTypeIcon(node.type);
  item.description = formatCount(node.entities.length);
  item.contextValue = 'entityType';
  return item;
}

function entityItem(node: Extract<EntitiesNode, { kind: 'entity' }>): vscode.TreeItem {
  const { type, canonical } = parseEntityKey(node.key);
  const item = new vscode.TreeItem(canonical, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `entity:${node.key}`;
  item.iconPath = entityTypeIcon(type);
  item.description = mentionSummary(node.entity);
  const surfaces = [...new Set(node.entity.occurrences().map(o => o.item.text))];
  item.tooltip = new vscode.MarkdownString()
    .appendMarkdown(`**`).appendText(canonical).appendMarkdown(`** — `).appendText(entityTypeName(type))
    .appendMarkdown('\n\n').appendText(mentionSummary(node.entity))
    .appendMarkdown('\n\n').appendText(surfaces.join(', '));
  item.contextValue = 'entity';
  return item;
}

export function mentionSummary(entity: CorpusEntity): string {
  const mentions = entity.size === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', formatCount(entity.size));
  const articles = entity.articleCount === 1 ? vscode.l10n.t('in 1 article') : vscode.l10n.t('in {0} articles', formatCount(entity.articleCount));
  return `${mentions} ${articles}`;
}

function mentionItem(node: Extract<EntitiesNode, { kind: 'mention' }>): vscode.TreeItem {
  const { article, mention } = node;
  const item = new vscode.TreeItem(mention.text, vscode.TreeItemCollapsibleState.None);
  item.id = `mention:${node.key}:${article.uri.toString()}:${mention.start}`;
  item.description = contextText(article, mention);
  item.iconPath = new vscode.ThemeIcon('quote');
  item.tooltip = articleTooltip(article, contextText(article, mention, 400));
  item.contextValue = 'entityMention';
  item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Show in Article'), arguments: [article.uri, rangeOf(article, mention)] };
  return item;
}

function articleTooltip(article: Article, sentence: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown('**').appendText(article.title).appendMarkdown('**  \n');
  const { source, published } = article.analysis.metadata;
  const where = [source, published && formatPublished(published), article.relativePath].filter(Boolean).join(' · ');
  tooltip.appendText(where).appendMarkdown('\n\n> ').appendText(sentence);
  return tooltip;
}

// ---- commands -----------------------------------------------------------------------------------------

/** Locations of every mention of an entity, in corpus order. */
export function mentionLocations(entity: CorpusEntity): vscode.Location[] {
  return entity.occurrences().map((o: Occurrence<EntityMention>) => locationOf(o.article, o.item));
}

/**
 * Shows every mention of an entity in the references peek and returns the locations. The entity comes
 * from a tree item (either view), else the cursor's entity, else a quick pick.
 */
async function findAllMentions(services: Services, node?: { key?: string }): Promise<vscode.Location[]> {
  await services.entities.ready();
  const key = node?.key ?? entityKeyAtCursor(services) ?? await pickEntity(services);
  const entity = key ? services.entities.group(key) : undefined;
  if (!entity) return [];
  const locations = mentionLocations(entity);
  const editor = vscode.window.activeTextEditor;
  // The peek opens where the user is if that is a mention, else at the first mention.
  const anchor = editor && locations.find(l => l.uri.toString() === editor.document.uri.toString() && l.range.contains(editor.selection.active))
    ? new vscode.Location(editor.document.uri, editor.selection.active)
    : locations[0];
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, locations);
  return locations;
}

function entityKeyAtCursor(services: Services): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const article = editor && services.corpus.get(editor.document.uri);
  if (!editor || !article) return undefined;
  const mention = entityAt(article, offsetAt(article, editor.selection.active));
  return mention && entityKey(mention);
}

async function pickEntity(services: Services): Promise<string | undefined> {
  const items = [...services.entities.groups()]
    .sort((a, b) => b.size - a.size)
    .map(entity => {
      const { type, canonical } = parseEntityKey(entity.key);
      return { label: canonical, description: entityTypeName(type), detail: mentionSummary(entity), key: entity.key };
    });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Find All Mentions'), placeHolder: vscode.l10n.t('Choose an entity'), matchOnDescription: true });
  return picked?.key;
}

function isTypeList(value: unknown): value is EntityType[] {
  return Array.isArray(value) && value.every(type => ENTITY_TYPES.includes(type));
}

async function pickTypes(provider: EntitiesTreeProvider): Promise<void> {
  const visible = provider.visibleTypes;
  const items = ENTITY_TYPES.map(type => ({ label: entityTypeGroupName(type), type, picked: visible.includes(type), iconPath: entityTypeIcon(type) }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Show Entity Types') });
  if (picked) await provider.setVisibleTypes(picked.map(p => p.type));
}

export function registerEntitiesView(context: vscode.ExtensionContext, services: Services): EntitiesTreeProvider {
  const provider = new EntitiesTreeProvider(services, context.workspaceState);
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const describeFilter = () => {
    const types = provider.visibleTypes;
    view.description = types.length < ENTITY_TYPES.length ? types.map(entityTypeGroupName).join(', ') : undefined;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.entitiesFiltered', types.length < ENTITY_TYPES.length);
  };
  describeFilter();
  context.subscriptions.push(
    provider, view,
    provider.onDidChangeTreeData(describeFilter),
    // Types given as the argument (from a keybinding) are shown without asking.
    vscode.commands.registerCommand('newsAnnotator.entities.filterByType', (types?: unknown) =>
      isTypeList(types) ? provider.setVisibleTypes(types) : pickTypes(provider)),
    vscode.commands.registerCommand('newsAnnotator.entities.showAllTypes', () => provider.setVisibleTypes(ENTITY_TYPES)),
    vscode.commands.registerCommand(FIND_ALL_MENTIONS_COMMAND, (node?: { key?: string }) => findAllMentions(services, node)),
  );
  return provider;
}
