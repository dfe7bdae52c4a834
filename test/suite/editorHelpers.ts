// Helpers for the editor-feature tests: the extension's API, the indexed sample corpus, opening articles,
// waiting on events (never on time), and walking a tree through its TreeDataProvider.
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import type { Article, CorpusService } from '../../src/vscode/corpusService';
import { activateExtension, workspaceRoot } from './helpers';

export async function api(): Promise<NewsAnnotatorApi> {
  return (await activateExtension()).exports as NewsAnnotatorApi;
}

/** The API once the sample corpus is indexed and the entity index reflects it. */
export async function readyApi(): Promise<NewsAnnotatorApi> {
  const extension = await api();
  await extension.corpus.whenReady();
  await extension.services.entities.ready();
  return extension;
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export function article(corpus: CorpusService, name: string): Article {
  const found = corpus.get(sampleUri(name));
  if (!found) throw new Error(`${name} is not in the corpus`);
  return found;
}

/** Resolves once `predicate` holds: checked now and after every firing of `event`. */
export function until<T>(event: vscode.Event<T>, predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  if (predicate()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // The timeout only turns a hang into a readable failure; the test never waits on it.
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subscription = event(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

/** Shows an article and waits until the corpus' analysis matches the editor's text. */
export async function showArticle(extension: NewsAnnotatorApi, name: string): Promise<{ editor: vscode.TextEditor; article: Article }> {
  const uri = sampleUri(name);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  await until(extension.corpus.onDidChange, () => extension.corpus.get(uri)?.text === editor.document.getText(), `analysis of ${name}`);
  return { editor, article: extension.corpus.get(uri)! };
}

export interface TreeEntry<T> {
  node: T;
  item: vscode.TreeItem;
  depth: number;
  parent: TreeEntry<T> | undefined;
}

/** Every node of a tree, depth first, as the view would show it fully expanded. */
export async function walkTree<T>(provider: vscode.TreeDataProvider<T>, maxDepth = 10): Promise<TreeEntry<T>[]> {
  const entries: TreeEntry<T>[] = [];
  const visit = async (parent: TreeEntry<T> | undefined, depth: number) => {
    if (depth > maxDepth) return;
    const children = (await provider.getChildren(parent?.node)) ?? [];
    for (const node of children) {
      const entry = { node, item: await provider.getTreeItem(node), depth, parent };
      entries.push(entry);
      if (entry.item.collapsibleState !== vscode.TreeItemCollapsibleState.None) await visit(entry, depth + 1);
    }
  };
  await visit(undefined, 0);
  return entries;
}

export function label(item: vscode.TreeItem): string {
  const value = item.label;
  return typeof value === 'string' ? value : value?.label ?? '';
}

export function rangeKey(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Hover contents as the reader sees the text: Markdown escapes and non-breaking spaces undone. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents)
    .map(c => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~$])/g, '$1');
}
