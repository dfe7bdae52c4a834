import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CorpusNode } from '../../src/vscode/corpusTree';
import { entityKey } from '../../src/vscode/entityIndex';
import { article, label, rangeKey, readyApi, walkTree } from './editorHelpers';
import { screenshot, workspaceRoot } from './helpers';

const SAMPLE = 'fuldabote-2026-03-09.txt';

describe('Corpus view', () => {
  afterEach(async () => {
    const { corpusTree } = await readyApi();
    await corpusTree.setGrouping('source');
  });

  it('groups every article by source, then publication date', async () => {
    const { corpus, corpusTree } = await readyApi();
    await corpusTree.setGrouping('source');
    const entries = await walkTree(corpusTree, 2);
    const sources = entries.filter(e => e.depth === 0).map(e => label(e.item));
    const expectedSources = [...new Set(corpus.articles().map(a => a.analysis.metadata.source ?? 'Unknown source'))];
    assert.deepStrictEqual([...sources].sort(), [...expectedSources].sort());

    const articles = entries.filter(e => e.node.kind === 'article');
    assert.deepStrictEqual(
      articles.map(e => (e.node as Extract<CorpusNode, { kind: 'article' }>).article.relativePath).sort(),
      corpus.articles().map(a => a.relativePath).sort(),
      'each article exactly once',
    );
    for (const entry of articles) {
      const { article: shown } = entry.node as Extract<CorpusNode, { kind: 'article' }>;
      assert.strictEqual(entry.depth, 2, 'source › date › article');
      assert.strictEqual(label(entry.item), shown.title);
      assert.strictEqual(label(entry.parent!.parent!.item), shown.analysis.metadata.source ?? 'Unknown source');
      assert.match(String(entry.item.description), /entit/, 'the description counts entities');
      assert.strictEqual(entry.item.contextValue, 'article');
    }
  });

  it('groups by publication date, newest first, and by folder, and remembers the choice', async () => {
    const { corpus, corpusTree } = await readyApi();
    await corpusTree.setGrouping('date');
    const byDate = await walkTree(corpusTree, 1);
    const dateGroups = byDate.filter(e => e.depth === 0 && e.node.kind === 'group');
    const published = [...new Set(corpus.articles().map(a => a.analysis.metadata.published))];
    assert.strictEqual(dateGroups.length, published.length);
    const firstArticles = dateGroups.map(g => byDate.find(e => e.parent === g && e.node.kind === 'article')!.node as Extract<CorpusNode, { kind: 'article' }>);
    const dates = firstArticles.map(a => a.article.analysis.metadata.published ?? '');
    const datedOnly = dates.filter(Boolean);
    assert.deepStrictEqual(datedOnly, [...datedOnly].sort().reverse(), 'newest first');
    assert.strictEqual(corpusTree.grouping, 'date');

    await corpusTree.setGrouping('folder');
    const byFolder = await walkTree(corpusTree, 0);
    // The samples sit flat in the workspace folder: every article is a root.
    assert.strictEqual(byFolder.filter(e => e.node.kind === 'article').length, corpus.articles().length);
  });

  it('lists an article\'s entities and selects a mention when one is clicked', async () => {
    const { corpus, corpusTree } = await readyApi();
    const sample = article(corpus, SAMPLE);
    const entries = await walkTree(corpusTree);
    const articleEntry = entries.find(e => e.node.kind === 'article' && e.node.article.uri.toString() === sample.uri.toString())!;
    const entityEntries = entries.filter(e => e.node.kind === 'entity' && e.parent?.parent === articleEntry);
    const distinct = new Set(sample.analysis.entities.map(entityKey));
    assert.strictEqual(entityEntries.length, distinct.size, 'one item per distinct entity');
    if (!entityEntries.length) return; // nothing to click until the entity analysis delivers

    const { item, node } = entityEntries[0];
    const first = (node as Extract<CorpusNode, { kind: 'entity' }>).mentions[0];
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), sample.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), first.text);
  });

  it('shows claims and annotations from the facets, orphans with a warning', async () => {
    const { corpus, corpusTree, services } = await readyApi();
    const sample = article(corpus, SAMPLE);
    const claimRange = new vscode.Range(6, 0, 6, 20);
    const annotationRange = new vscode.Range(8, 0, 8, 10);
    const changed = new vscode.EventEmitter<void>();
    const isSample = (uri: vscode.Uri) => uri.toString() === sample.uri.toString();
    const claims = services.facets.provideClaims({
      claims: uri => (isSample(uri) ? [{ range: claimRange, label: 'Kaufpreis 175 Millionen Euro', matches: 4, disagreements: 1 }] : []),
      onDidChange: changed.event,
    });
    const annotations = services.facets.provideAnnotations({
      annotations: uri => (isSample(uri) ? [
        { id: 'a1', range: annotationRange, label: 'Quelle prüfen', orphan: false },
        { id: 'a2', range: undefined, label: 'Verlorene Notiz', orphan: true },
      ] : []),
      onDidChange: changed.event,
    });
    try {
      const entries = await walkTree(corpusTree);
      const articleEntry = entries.find(e => e.node.kind === 'article' && isSample(e.node.article.uri))!;
      assert.match(String(articleEntry.item.description), /1 claim with matches/);
      assert.match(String(articleEntry.item.description), /1 disagreement/);
      assert.match(String(articleEntry.item.description), /2 annotations/);

      const claim = entries.find(e => e.node.kind === 'claim' && isSample(e.node.article.uri))!;
      assert.strictEqual(label(claim.item), 'Kaufpreis 175 Millionen Euro');
      assert.strictEqual(claim.item.contextValue, 'claim.disputed');
      assert.deepStrictEqual(claim.item.command?.arguments, [sample.uri, claimRange]);

      const orphan = entries.find(e => e.node.kind === 'annotation' && e.node.annotation.orphan)!;
      assert.strictEqual(orphan.item.contextValue, 'annotation.orphan');
      assert.strictEqual((orphan.item.iconPath as vscode.ThemeIcon).id, 'warning');
      assert.strictEqual(orphan.parent?.parent, articleEntry, 'under its article');

      const placed = entries.find(e => e.node.kind === 'annotation' && !e.node.annotation.orphan)!;
      await vscode.commands.executeCommand(placed.item.command!.command, ...(placed.item.command!.arguments ?? []));
      assert.strictEqual(rangeKey(vscode.window.activeTextEditor!.selection), rangeKey(annotationRange));
    } finally {
      claims.dispose();
      annotations.dispose();
    }
  });

  it('groups by what Group By is given (from a keybinding) without asking', async () => {
    const { corpusTree } = await readyApi();
    await vscode.commands.executeCommand('newsAnnotator.corpus.groupBy', 'folder');
    assert.strictEqual(corpusTree.grouping, 'folder');
    await vscode.commands.executeCommand('newsAnnotator.corpus.groupBy', 'date');
    assert.strictEqual(corpusTree.grouping, 'date');
  });

  it('indexes an article written to disk when Refresh is run', async () => {
    const { corpus } = await readyApi();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'refresh-probe-2026-03-20.txt');
    try {
      await vscode.workspace.fs.writeFile(uri, Buffer.from('Die Stadt Kassel prüft seit Montag einen neuen Fahrplan für die Tram.\n'));
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      assert.ok(corpus.articles().some(a => a.uri.toString() === uri.toString()), 'the new article is in the corpus once Refresh is done');
    } finally {
      await vscode.workspace.fs.delete(uri);
      await vscode.commands.executeCommand('newsAnnotator.refresh');
    }
    assert.ok(!corpus.articles().some(a => a.uri.toString() === uri.toString()));
  });

  it('registers the grouping and open commands and shows in the workbench', async () => {
    const { corpusTree } = await readyApi();
    await vscode.commands.executeCommand('newsAnnotator.corpus.groupByDate');
    assert.strictEqual(corpusTree.grouping, 'date');
    await vscode.commands.executeCommand('newsAnnotator.corpus.groupByFolder');
    assert.strictEqual(corpusTree.grouping, 'folder');
    await vscode.commands.executeCommand('newsAnnotator.corpus.groupBySource');
    assert.strictEqual(corpusTree.grouping, 'source');
    const articleNode = (await walkTree(corpusTree)).find(e => e.node.kind === 'article')!.node;
    await vscode.commands.executeCommand('newsAnnotator.openArticle', articleNode);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), (articleNode as Extract<CorpusNode, { kind: 'article' }>).article.uri.toString());
    await vscode.commands.executeCommand('newsAnnotator.corpus.focus');
    await screenshot('corpus-view');
  });
});
