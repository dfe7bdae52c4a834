import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/core/text/decode';
import { CorpusService, workerPathFor } from '../../src/vscode/corpusService';
import * as os from 'os';
import { until } from './editorHelpers';
import { activateExtension, nextChange, nextSkip, renameInWorkbench, touches, workspaceRoot } from './helpers';

async function api(): Promise<NewsAnnotatorApi> {
  return (await activateExtension()).exports as NewsAnnotatorApi;
}

/** Options for a corpus service of its own, with an empty storage folder and its own log. */
async function ownServiceOptions(name: string) {
  const extension = await activateExtension();
  const storage = vscode.Uri.file(fs.mkdtempSync(path.join(os.tmpdir(), 'na-service-')));
  const log = vscode.window.createOutputChannel(`News Annotator ${name}`, { log: true });
  return { workerPath: workerPathFor(extension.extensionPath), storageUri: storage, version: 'test', log };
}

function sampleArticleNames(): string[] {
  return fs.readdirSync(workspaceRoot().fsPath).filter(name => /\.(txt|md)$/.test(name) && name !== 'README.md');
}

describe('Corpus service', () => {
  it('indexes every article of the workspace', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const indexed = corpus.articles().map(a => a.relativePath).filter(p => p !== 'README.md');
    assert.deepStrictEqual(indexed.sort(), sampleArticleNames().sort());
    assert.strictEqual(corpus.state.kind, 'ready');
  });

  it('reads titles and publication dates from the three header forms', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    for (const article of corpus.articles()) {
      assert.ok(article.title.length > 0, `${article.relativePath} has a title`);
    }
    const frontMatter = corpus.articles().find(a => a.relativePath.endsWith('.md') && a.analysis.metadata.header);
    assert.ok(frontMatter?.analysis.metadata.published, 'a front-matter article has its date');
  });

  it('adds a new file, follows its change on disk, and forgets it when deleted', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'added-during-test.txt');
    const added = nextChange(corpus, touches(uri));
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Title: Testartikel\n\nDie Stadt baut eine Brücke.'));
    await added;
    assert.strictEqual(corpus.get(uri)?.title, 'Testartikel');

    const changed = nextChange(corpus, touches(uri));
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Title: Geändert\n\nDie Stadt baut zwei Brücken.'));
    await changed;
    assert.strictEqual(corpus.get(uri)?.title, 'Geändert');

    const removed = nextChange(corpus, c => c.removed.some(u => u.toString() === uri.toString()));
    await vscode.workspace.fs.delete(uri);
    await removed;
    assert.strictEqual(corpus.get(uri), undefined);
  });

  it('sees edits in an open editor before they are saved', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const [first] = sampleArticleNames().sort();
    const uri = vscode.Uri.file(path.join(workspaceRoot().fsPath, first));
    const editor = await vscode.window.showTextDocument(uri);
    const marker = 'Eingefügter Satz für den Test.';
    const reanalysed = nextChange(corpus, touches(uri));
    await editor.edit(edit => edit.insert(editor.document.positionAt(editor.document.getText().length), `\n\n${marker}`));
    await reanalysed;
    assert.ok(corpus.get(uri)?.text.includes(marker));
    assert.ok(editor.document.isDirty, 'the edit is not saved');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('persists its analyses when closed and starts warm from them', async () => {
    const options = await ownServiceOptions('cache test');
    const { storageUri: storage, log } = options;
    const first = new CorpusService(options);
    await first.whenReady();
    const indexed = first.articles().map(a => a.relativePath);
    const claimsOf = (service: CorpusService) => service.articles().map(a => service.claims(a.uri));
    const claims = claimsOf(first);
    first.dispose(); // writes the cache
    const cacheFile = path.join(storage.fsPath, 'corpus-index.json');
    assert.ok(fs.existsSync(cacheFile), 'the cache is written when the service is disposed');
    const second = new CorpusService(options);
    try {
      await second.whenReady();
      assert.deepStrictEqual(second.state, { kind: 'ready', articles: indexed.length, analysed: 0, fromCache: indexed.length }, 'nothing analysed again');
      assert.deepStrictEqual(second.articles().map(a => a.relativePath), indexed);
      assert.deepStrictEqual(second.articles().map(a => a.analysis.entities.length), first.articles().map(a => a.analysis.entities.length));
      // What lenses wait for: the claims read from the cache, then the article matched (each in slices).
      await second.whenClaimsRead();
      for (const article of second.articles()) await second.whenMatched(article.uri);
      assert.deepStrictEqual(second.articles().map(a => second.claimRefs(a.uri)), claims.map(list => list.map(({ matches: _matches, ...ref }) => ref)));
      // Claims read from the cache are made records on demand: the same claims, matches and conflicts.
      assert.deepStrictEqual(claimsOf(second), claims);
      assert.ok(claims.some(list => list.some(claim => claim.matches.some(match => match.conflicts.length > 0))), 'the samples disagree somewhere');
    } finally {
      second.dispose();
      log.dispose();
    }
  });

  it('saves its cache while idle, before the window closes', async () => {
    const options = await ownServiceOptions('idle cache test');
    const { storageUri: storage, log } = options;
    const first = new CorpusService(options);
    let second: CorpusService | undefined;
    try {
      await first.whenMatchesReady();
      await first.whenCacheSaved();
      const cacheFile = path.join(storage.fsPath, 'corpus-index.json');
      assert.ok(fs.existsSync(cacheFile), 'the cache is saved without closing the window');
      assert.deepStrictEqual(fs.readdirSync(storage.fsPath), ['corpus-index.json'], 'no temporary file is left');
      second = new CorpusService(options);
      await second.whenReady();
      assert.deepStrictEqual(second.state, { kind: 'ready', articles: first.articles().length, analysed: 0, fromCache: first.articles().length });
    } finally {
      first.dispose();
      second?.dispose();
      log.dispose();
    }
  });

  it('leaves a binary, non-UTF-8 or too large file out of the corpus, says why, and does not touch it', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const cases: [string, Uint8Array, string][] = [
      ['scan-binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]), 'binary'],
      ['latin1-article.txt', new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]), 'encoding'],
      // One byte over the limit (the corpus asks the size first and does not read it).
      ['server-log.txt', new Uint8Array(DEFAULT_MAX_ARTICLE_BYTES + 1).fill(0x61), 'too-large'],
    ];
    for (const [name, bytes, reason] of cases) {
      const uri = vscode.Uri.joinPath(workspaceRoot(), name);
      const skipped = nextSkip(corpus, uri);
      await vscode.workspace.fs.writeFile(uri, bytes);
      assert.strictEqual(await skipped, reason);
      assert.strictEqual(corpus.get(uri), undefined);
      assert.ok(Buffer.from(await vscode.workspace.fs.readFile(uri)).equals(bytes), 'the file is left as it was');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('drops an article whose file is overwritten with bytes it cannot read, and says why', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'overwritten-2026-03-14.txt');
    const indexed = nextChange(corpus, touches(uri));
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Die Stadt Kassel verlängert die Frist für Gebote bis zum 20. März.\n'));
    await indexed;
    assert.ok(corpus.get(uri), 'indexed while it was text');
    const skipped = nextSkip(corpus, uri);
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    assert.strictEqual(await skipped, 'binary');
    await until(corpus.onDidChange, () => corpus.get(uri) === undefined, 'the unreadable article dropped from the corpus');
    await vscode.workspace.fs.delete(uri);
  });

  it('follows an article renamed or moved in the workbench, and reads it anew when the date in its name changed', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const first = vscode.Uri.joinPath(workspaceRoot(), 'umbenannt-2026-03-10.txt');
    const moved = vscode.Uri.joinPath(workspaceRoot(), 'ordner', 'umbenannt-2026-03-10.txt');
    const redated = vscode.Uri.joinPath(workspaceRoot(), 'ordner', 'umbenannt-2026-03-20.txt');
    const sunday = (uri: vscode.Uri) => corpus.get(uri)?.analysis.dates.find(date => date.text === 'Sonntag')?.value;
    try {
      // No Date line: the date in the file name is what "Sonntag" is resolved against.
      await vscode.workspace.fs.writeFile(first, Buffer.from('Am Sonntag beschloss der Rat der Stadt Kassel einen neuen Fahrplan für die Tram.\n'));
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      assert.strictEqual(sunday(first), '2026-03-08');
      await renameInWorkbench(first, moved);
      await until(corpus.onDidChange, () => corpus.get(moved) !== undefined && corpus.get(first) === undefined, 'the moved article');
      assert.strictEqual(sunday(moved), '2026-03-08');
      await renameInWorkbench(moved, redated);
      await until(corpus.onDidChange, () => sunday(redated) === '2026-03-15', 'the article read against its new date');
      assert.strictEqual(corpus.get(moved), undefined);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'ordner'), { recursive: true });
      await vscode.workspace.fs.delete(first).then(undefined, () => undefined);
      await vscode.commands.executeCommand('newsAnnotator.refresh');
    }
  });

  it('reads the articles of a folder made on disk, and forgets them when the folder is deleted (one event for it)', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'abgelegt');
    const inside = [vscode.Uri.joinPath(folder, 'eins-2026-03-11.txt'), vscode.Uri.joinPath(folder, 'tiefer', 'zwei-2026-03-12.txt')];
    try {
      // As another program (a terminal, git, an archive tool) makes it: folders and files at once, faster than a
      // watcher can start watching the new folders, so the files' own events may never come.
      for (const uri of inside) {
        fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
        fs.writeFileSync(uri.fsPath, 'Die Stadt Kassel prüft seit Montag einen neuen Fahrplan für die Tram.\n');
      }
      // Read from the watcher's events, not by Refresh.
      await until(corpus.onDidChange, () => inside.every(uri => corpus.get(uri)), 'both read from the watcher');
      fs.rmSync(folder.fsPath, { recursive: true });
      await until(corpus.onDidChange, () => inside.every(uri => corpus.get(uri) === undefined), 'the folder\'s articles forgotten');
    } finally {
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('newsAnnotator.refresh');
    }
  });

  it('follows a folder renamed on disk by another program, which comes as its deletion and its creation', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    const before = vscode.Uri.joinPath(workspaceRoot(), 'mappe-alt');
    const after = vscode.Uri.joinPath(workspaceRoot(), 'mappe-neu');
    const name = 'umzug-2026-03-13.txt';
    try {
      fs.mkdirSync(before.fsPath);
      fs.writeFileSync(path.join(before.fsPath, name), 'Die Stadt Kassel prüft seit Montag einen neuen Fahrplan für die Tram.\n');
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      assert.ok(corpus.get(vscode.Uri.joinPath(before, name)), 'the article read before the rename');
      // As a terminal's mv or git does it: the watcher reports the old folder deleted and the new one created,
      // nothing for the files in them.
      fs.renameSync(before.fsPath, after.fsPath);
      await until(corpus.onDidChange, () => corpus.get(vscode.Uri.joinPath(after, name)) !== undefined
        && corpus.get(vscode.Uri.joinPath(before, name)) === undefined, 'the article under the folder\'s new name');
    } finally {
      for (const folder of [before, after]) fs.rmSync(folder.fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('newsAnnotator.refresh');
    }
  });

  it('reads the articles of a folder renamed into the corpus from an excluded name', async () => {
    const { corpus } = await api();
    await corpus.whenReady();
    // out/ is excluded by default (build output): its articles are no part of the corpus until it is renamed.
    const excluded = vscode.Uri.joinPath(workspaceRoot(), 'out');
    const included = vscode.Uri.joinPath(workspaceRoot(), 'entwuerfe');
    const name = 'entwurf-2026-03-19.txt';
    try {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(excluded, name), Buffer.from('Die Stadt Kassel prüft seit Montag einen neuen Fahrplan für die Tram.\n'));
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      assert.strictEqual(corpus.get(vscode.Uri.joinPath(excluded, name)), undefined);
      await renameInWorkbench(excluded, included);
      await until(corpus.onDidChange, () => corpus.get(vscode.Uri.joinPath(included, name)) !== undefined, 'the renamed folder\'s article read');
    } finally {
      for (const folder of [excluded, included]) fs.rmSync(folder.fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('newsAnnotator.refresh');
    }
  });
});
