import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import { activateExtension, nextChange, screenshot, touches, workspaceRoot } from './helpers';

async function api(): Promise<NewsAnnotatorApi> {
  const extension = await activateExtension();
  const exports = extension.exports as NewsAnnotatorApi;
  await exports.corpus.whenMatchesReady();
  return exports;
}

/** The sample article with the most claims that other articles share. */
async function busiestArticle(corpus: NewsAnnotatorApi['corpus']): Promise<vscode.Uri> {
  const ranked = corpus.articles()
    .map(article => ({ uri: article.uri, shared: corpus.claims(article.uri).filter(c => c.matches.length > 0).length }))
    .sort((a, b) => b.shared - a.shared);
  assert.ok(ranked[0]?.shared > 0, 'some sample article shares claims with another');
  return ranked[0].uri;
}

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  await vscode.workspace.openTextDocument(uri); // the workbench computes lenses only for loaded documents
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

function ourLenses(lenses: vscode.CodeLens[]): vscode.CodeLens[] {
  return lenses.filter(lens => lens.command?.command === 'newsAnnotator.peekMatchingClaims');
}

describe('Claims: CodeLens, peek, view, diagnostics', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('puts a lens over each claim that other articles make, and only there', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    const document = await vscode.workspace.openTextDocument(uri);
    const lenses = ourLenses(await lensesOf(uri));
    const shared = corpus.claims(uri).filter(c => c.matches.length > 0);
    const matchLenses = lenses.filter(lens => lens.command?.title.startsWith('⇄'));
    assert.strictEqual(matchLenses.length, shared.length);
    for (const claim of shared) {
      const lens = matchLenses.find(l => document.offsetAt(l.range.start) === claim.start);
      assert.ok(lens, `a lens on "${claim.text.slice(0, 40)}…"`);
      const articles = new Set(claim.matches.map(m => m.path)).size;
      assert.match(lens.command!.title, new RegExp(`^⇄ ${articles} other article`));
    }
  });

  it('says where articles disagree, in the lens and in the Problems panel', async () => {
    const { corpus, claimDiagnostics } = await api();
    const disagreeing = corpus.articles().flatMap(article => corpus.claims(article.uri)
      .filter(claim => claim.matches.some(m => m.conflicts.length > 0))
      .map(claim => ({ article, claim })));
    assert.ok(disagreeing.length > 0, 'the samples plant a disputed deadline and a disputed price');
    await claimDiagnostics.whenSettled();
    for (const { article, claim } of disagreeing) {
      const lenses = ourLenses(await lensesOf(article.uri));
      const document = await vscode.workspace.openTextDocument(article.uri);
      const warning = lenses.find(l => l.command?.title.startsWith('⚠') && document.offsetAt(l.range.start) === claim.start);
      assert.ok(warning, `a disagreement lens in ${article.relativePath}`);
      const conflict = claim.matches.flatMap(m => m.conflicts)[0];
      assert.ok(warning.command!.title.includes(conflict.here) && warning.command!.title.includes(conflict.there));
      const diagnostics = vscode.languages.getDiagnostics(article.uri).filter(d => d.source === 'News Annotator' && d.code === 'disagreement');
      assert.ok(diagnostics.length > 0, `a disagreement diagnostic in ${article.relativePath}`);
      assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
      const related = diagnostics[0].relatedInformation?.[0];
      assert.ok(related && related.location.uri.toString() !== article.uri.toString(), 'links the other article');
    }
  });

  it('opens the peek view on the matching sentences', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    await vscode.window.showTextDocument(uri);
    const [lens] = ourLenses(await lensesOf(uri));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(lens.command!.command, ...(lens.command!.arguments ?? []));
    const claim = corpus.claims(uri).find(c => c.start === lens.command!.arguments![2]);
    assert.strictEqual(locations.length, claim?.matches.length);
    for (const location of locations) {
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.ok(claim?.matches.some(m => m.text === text), 'each location is a matching sentence');
    }
    await screenshot('claim-peek');
  });

  it('keeps lenses on their sentences while the user types above them', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    const editor = await vscode.window.showTextDocument(uri);
    const before = ourLenses(await lensesOf(uri)).map(l => editor.document.getText(l.range));
    await editor.edit(edit => edit.insert(new vscode.Position(0, 0), 'Neue Zeile.\n'));
    const after = ourLenses(await lensesOf(uri)).map(l => editor.document.getText(l.range));
    assert.deepStrictEqual(after, before);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lists claim clusters in the Claims view, disagreements first', async () => {
    const { claimsView } = await api();
    const clusters = await claimsView.getChildren();
    assert.ok(clusters.length > 0);
    const flags = clusters.map(item => item.kind === 'cluster' && item.cluster.conflicts.length > 0);
    assert.deepStrictEqual(flags, [...flags].sort((a, b) => Number(b) - Number(a)), 'disagreements come first');
    const children = await claimsView.getChildren(clusters[0]);
    assert.ok(children.length >= 2, 'a cluster holds claims from at least two articles');
    const item = claimsView.getTreeItem(children[0]);
    assert.strictEqual(item.command?.command, 'newsAnnotator.revealRange');
    await vscode.commands.executeCommand('newsAnnotator.claims.focus');
    await screenshot('claims-view');
  });

  it('shows only the clusters where articles disagree, then all again, and refreshes from the title bar', async () => {
    const { claimsView } = await api();
    const all = await claimsView.getChildren();
    try {
      await vscode.commands.executeCommand('newsAnnotator.claims.showDisagreementsOnly');
      const disagreements = await claimsView.getChildren();
      assert.ok(disagreements.length > 0 && disagreements.length < all.length, `${disagreements.length} of ${all.length}`);
      assert.ok(disagreements.every(item => item.kind === 'cluster' && item.cluster.conflicts.length > 0));
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.claims.showAll');
    }
    assert.strictEqual((await claimsView.getChildren()).length, all.length);
    const refreshed = new Promise<void>(resolve => {
      const subscription = claimsView.onDidChangeTreeData(() => {
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('newsAnnotator.claims.refresh');
    await refreshed;
    assert.strictEqual((await claimsView.getChildren()).length, all.length);
  });

  it('finds matching claims for the selection, from the command', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    const editor = await vscode.window.showTextDocument(uri);
    const claim = corpus.claims(uri).find(c => c.matches.length > 0)!;
    editor.selection = new vscode.Selection(editor.document.positionAt(claim.start), editor.document.positionAt(claim.end));
    const matches = await vscode.commands.executeCommand<unknown[]>('newsAnnotator.findMatchingClaims');
    assert.strictEqual(matches.length, claim.matches.length);
  });

  it('shows matches and attribution in the hover', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    const document = await vscode.workspace.openTextDocument(uri);
    const claim = corpus.claims(uri).find(c => c.matches.length > 0)!;
    // A position inside the claim that is not on an entity, date or number, so only the claim answers if any.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(claim.start + 1));
    const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Also stated in|Auch in/);
  });

  it('counts a new article that states a claim in the lens of an article matched before', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    const document = await vscode.workspace.openTextDocument(uri);
    const claim = corpus.claims(uri).find(c => c.matches.length > 0)!;
    const lensTitle = async () => ourLenses(await lensesOf(uri))
      .find(lens => lens.command?.title.startsWith('⇄') && document.offsetAt(lens.range.start) === claim.start)?.command?.title;
    const articlesBefore = new Set(claim.matches.map(m => m.path)).size;
    assert.match((await lensTitle()) ?? '', new RegExp(`^⇄ ${articlesBefore} `));
    const added = vscode.Uri.joinPath(workspaceRoot(), 'echo-during-test.txt');
    const indexed = nextChange(corpus, touches(added));
    await vscode.workspace.fs.writeFile(added, Buffer.from(`Title: Nachgemeldet\n\n${claim.text}\n`));
    try {
      await indexed;
      // The new article is matched after it is indexed, and the articles it matches then see it.
      await corpus.whenMatchesReady();
      assert.match((await lensTitle()) ?? '', new RegExp(`^⇄ ${articlesBefore + 1} `));
    } finally {
      const removed = nextChange(corpus, change => change.removed.some(u => u.toString() === added.toString()));
      await vscode.workspace.fs.delete(added);
      await removed;
    }
  });

  it('turns lenses off and on with the setting', async () => {
    const { corpus } = await api();
    const uri = await busiestArticle(corpus);
    await vscode.commands.executeCommand('newsAnnotator.claims.toggleCodeLens');
    try {
      assert.deepStrictEqual(ourLenses(await lensesOf(uri)), []);
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.claims.toggleCodeLens');
    }
    assert.ok(ourLenses(await lensesOf(uri)).length > 0);
  });
});
