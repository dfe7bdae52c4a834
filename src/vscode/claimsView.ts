// The Claims view: claims that several articles make, grouped into clusters across the corpus,
// disagreements first. Each cluster lists its claims article by article; clicking one reveals it.
import * as vscode from 'vscode';
import type { ClaimCluster, ClaimRef } from '../core/corpus/corpusIndex';
import { oneLine } from '../core/text/oneLine';
import { articleLabel, locationOfClaim } from './claimLocations';
import type { CorpusService } from './corpusService';
import { REVEAL_COMMAND } from './reveal';

export const CLAIMS_VIEW = 'newsAnnotator.claims';
const DISAGREEMENTS_ONLY_KEY = 'newsAnnotator.claims.disagreementsOnly';

export type ClaimsTreeItem =
  | { kind: 'cluster'; cluster: ClaimCluster; index: number }
  | { kind: 'claim'; claim: ClaimRef; cluster: ClaimCluster };

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsTreeItem>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private clustersCache: Promise<ClaimCluster[]> | undefined;
  private readonly subscription: vscode.Disposable;

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService, private readonly state: vscode.Memento) {
    this.subscription = corpus.onDidChange(() => this.refresh());
  }

  get disagreementsOnly(): boolean {
    return this.state.get<boolean>(DISAGREEMENTS_ONLY_KEY, false);
  }

  async setDisagreementsOnly(value: boolean): Promise<void> {
    await this.state.update(DISAGREEMENTS_ONLY_KEY, value);
    await vscode.commands.executeCommand('setContext', DISAGREEMENTS_ONLY_KEY, value);
    this.changeEmitter.fire();
  }

  refresh(): void {
    this.clustersCache = undefined;
    this.changeEmitter.fire();
  }

  /** Clusters are computed once per corpus change, after every article's matches are ready. */
  clusters(): Promise<ClaimCluster[]> {
    this.clustersCache ??= this.corpus.whenMatchesReady().then(() => this.corpus.clusters());
    return this.clustersCache;
  }

  async getChildren(element?: ClaimsTreeItem): Promise<ClaimsTreeItem[]> {
    if (!element) {
      const clusters = await this.clusters();
      return clusters
        .map((cluster, index): ClaimsTreeItem => ({ kind: 'cluster', cluster, index }))
        .filter(item => !this.disagreementsOnly || (item.kind === 'cluster' && item.cluster.conflicts.length > 0));
    }
    if (element.kind === 'cluster') {
      return element.cluster.claims.map(claim => ({ kind: 'claim', claim, cluster: element.cluster }));
    }
    return [];
  }

  getTreeItem(element: ClaimsTreeItem): vscode.TreeItem {
    return element.kind === 'cluster' ? this.clusterItem(element.cluster, element.index) : this.claimItem(element.claim);
  }

  private clusterItem(cluster: ClaimCluster, index: number): vscode.TreeItem {
    const item = new vscode.TreeItem(oneLine(cluster.claims[0]?.text ?? '', 120), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `cluster:${index}:${cluster.claims.map(c => `${c.path}#${c.start}`).join('|')}`;
    const disagreement = cluster.conflicts.map(conflict => conflict.values.join(' ≠ ')).join('; ');
    const articles = cluster.articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', cluster.articles);
    item.description = disagreement ? `${articles} · ⚠ ${disagreement}` : articles;
    item.iconPath = new vscode.ThemeIcon(disagreement ? 'warning' : 'link', disagreement
      ? new vscode.ThemeColor('editorWarning.foreground') : undefined);
    item.tooltip = new vscode.MarkdownString(disagreement
      ? vscode.l10n.t('The articles disagree: {0}', disagreement)
      : vscode.l10n.t('{0} articles make this claim', cluster.articles));
    item.contextValue = disagreement ? 'claimCluster.disagreement' : 'claimCluster';
    return item;
  }

  private claimItem(claim: ClaimRef): vscode.TreeItem {
    const item = new vscode.TreeItem(articleLabel(this.corpus, claim.path), vscode.TreeItemCollapsibleState.None);
    item.description = oneLine(claim.text, 120);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(claim.text);
    if (claim.attribution) tooltip.appendMarkdown(`\n\n*${vscode.l10n.t('Attributed to: {0}', claim.attribution)}*`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(claim.attribution ? 'quote' : 'symbol-string');
    item.contextValue = 'claim';
    const location = locationOfClaim(this.corpus, claim);
    if (location) {
      item.resourceUri = location.uri;
      item.command = { title: vscode.l10n.t('Reveal'), command: REVEAL_COMMAND, arguments: [location.uri, location.range] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

export function registerClaimsView(context: vscode.ExtensionContext, corpus: CorpusService): ClaimsTreeProvider {
  const provider = new ClaimsTreeProvider(corpus, context.workspaceState);
  const view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  void vscode.commands.executeCommand('setContext', DISAGREEMENTS_ONLY_KEY, provider.disagreementsOnly);
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand('newsAnnotator.claims.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('newsAnnotator.claims.showDisagreementsOnly', () => provider.setDisagreementsOnly(true)),
    vscode.commands.registerCommand('newsAnnotator.claims.showAll', () => provider.setDisagreementsOnly(false)),
  );
  return provider;
}
