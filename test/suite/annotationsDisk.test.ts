import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/annotations/model';
import { parseSidecar, SIDECAR_SUFFIX } from '../../src/core/annotations/sidecar';
import { AnnotationService } from '../../src/vscode/annotationService';
import {
  annotationsApi, originalText, readSidecar, restoreArticle, selectWords, sidecarPath, untilAnnotations, writeSidecarOnDisk,
} from './annotationTestHelpers';
import { sampleUri, until } from './editorHelpers';
import { renameInWorkbench } from './helpers';

const BROKEN_ARTICLE = 'euro-ledger-2026-03-12.txt';
const RELOAD_ARTICLE = 'northbridge-wire-2026-03-11.txt';
const BACKUP_ARTICLE = 'rhein-main-depesche-2026-03-12.txt';
const LINKING_ARTICLE = 'continental-transit-review-2026-03-10.md';

/** The annotations of a sidecar file anywhere in the workspace. */
function parseSidecarFile(file: string): readonly Annotation[] {
  const parsed = parseSidecar(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse: ${parsed.errors[0].message}`);
  return parsed.sidecar.annotations;
}

/** A valid sidecar with one entity annotation on `exact` in `text`, with a comment the tests check survives. */
function sidecarWith(text: string, exact: string, canonical: string, source: string): string {
  const start = text.indexOf(exact);
  const end = start + exact.length;
  return `{
  // kept by hand
  "version": 1,
  "annotations": [
    {
      "id": "a-handmade01",
      "kind": "entity",
      "target": {
        "source": ${JSON.stringify(source)},
        "selector": [
          { "type": "TextQuoteSelector", "exact": ${JSON.stringify(exact)}, "prefix": ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}, "suffix": ${JSON.stringify(text.slice(end, end + 32))} },
          { "type": "TextPositionSelector", "start": ${start}, "end": ${end} }
        ]
      },
      "body": { "type": "ORG", "canonical": ${JSON.stringify(canonical)} }
    }
  ]
}
`;
}

describe('Annotation sidecars on disk', () => {
  const touched = [BROKEN_ARTICLE, RELOAD_ARTICLE, BACKUP_ARTICLE, LINKING_ARTICLE];
  const originals = new Map(touched.map(name => [name, originalText(name)]));

  before(async () => {
    // Conflicts are settled by the tests, not by a notification nobody answers.
    (await annotationsApi()).annotations.conflictPrompt = () => undefined;
  });

  after(async () => {
    const extension = await annotationsApi();
    for (const [name, text] of originals) await restoreArticle(extension, name, text);
  });

  it('never overwrites a sidecar that does not parse or fit the format: shows the problem and pauses annotating until it is fixed', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(BROKEN_ARTICLE);
    const broken = '{\n  "version": 1,\n  "annotations": [\n    { "id": "a-1", \n';
    writeSidecarOnDisk(BROKEN_ARTICLE, broken);
    await extension.annotations.reloadFromDisk(uri);
    assert.match(extension.annotations.pausedReason(uri) ?? '', /line \d+, column \d+/);
    const sidecar = extension.annotations.sidecarUri(uri)!;
    const problems = vscode.languages.getDiagnostics(sidecar);
    assert.ok(problems.length > 0 && problems.every(p => p.severity === vscode.DiagnosticSeverity.Error), 'errors in the Problems panel');
    assert.ok(problems[0].range.start.line >= 3, 'at the place of the problem');

    await selectWords(extension, BROKEN_ARTICLE, 'Helene Marquardt');
    const made = await vscode.commands.executeCommand('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Helene Marquardt' });
    assert.strictEqual(made, undefined, 'the command refuses (and says why)');
    // (The extension's bundle has its own copy of the error class: compare by name.)
    await assert.rejects(extension.annotations.add(uri, { start: 0, end: 5 }, { kind: 'note', body: { text: 'x', tags: [] } }), { name: 'AnnotationsPausedError' });
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    assert.strictEqual(fs.readFileSync(sidecarPath(BROKEN_ARTICLE), 'utf8'), broken, 'left exactly as it was');

    const text = originals.get(BROKEN_ARTICLE)!;
    const wrongType = sidecarWith(text, 'Nordline Mobility', 'Nordline Mobility', BROKEN_ARTICLE).replace('"type": "ORG"', '"type": "COMPANY"');
    writeSidecarOnDisk(BROKEN_ARTICLE, wrongType);
    await extension.annotations.reloadFromDisk(uri);
    assert.match(extension.annotations.pausedReason(uri) ?? '', /PER, ORG, LOC, MISC/);
    assert.strictEqual(vscode.languages.getDiagnostics(sidecar)[0].range.start.line, wrongType.split('\n').findIndex(l => l.includes('COMPANY')));

    writeSidecarOnDisk(BROKEN_ARTICLE, sidecarWith(text, 'Nordline Mobility', 'Nordline Mobility', BROKEN_ARTICLE));
    await extension.annotations.reloadFromDisk(uri);
    assert.strictEqual(extension.annotations.pausedReason(uri), undefined);
    assert.strictEqual(vscode.languages.getDiagnostics(sidecar).length, 0);
    assert.deepStrictEqual(extension.annotations.anchored(uri).map(a => a.annotation.id), ['a-handmade01']);
  });

  it('reloads a sidecar changed on disk, and keeps unsaved changes when both changed until the user chooses', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(RELOAD_ARTICLE);
    const text = originals.get(RELOAD_ARTICLE)!;
    await extension.annotations.load(uri);
    const canonicalOf = () => extension.annotations.annotations(uri).map(a => a.kind === 'entity' ? a.body.canonical : '');
    // Another program (git checkout) writes the sidecar: the file watcher brings it in.
    writeSidecarOnDisk(RELOAD_ARTICLE, sidecarWith(text, 'Nordline Mobility', 'Nordline', RELOAD_ARTICLE));
    await untilAnnotations(extension, () => canonicalOf().join() === 'Nordline', 'the new sidecar loaded');
    writeSidecarOnDisk(RELOAD_ARTICLE, sidecarWith(text, 'Nordline Mobility', 'Nordline Mobility A/S', RELOAD_ARTICLE));
    await untilAnnotations(extension, () => canonicalOf().join() === 'Nordline Mobility A/S', 'the changed sidecar reloaded');
    assert.strictEqual(extension.annotations.unsavedCount(uri), 0);

    await selectWords(extension, RELOAD_ARTICLE, 'Kasseler Tram AG');
    const mine = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'ORG', canonical: 'Kasseler Tram AG' });
    const conflict = new Promise<void>(resolve => {
      const subscription = extension.annotations.onDidConflict(changed => {
        if (changed.toString() !== uri.toString()) return;
        subscription.dispose();
        resolve();
      });
    });
    writeSidecarOnDisk(RELOAD_ARTICLE, sidecarWith(text, 'Nordline Mobility', 'Nordline (from disk)', RELOAD_ARTICLE));
    await conflict;
    assert.ok(extension.annotations.hasConflict(uri));
    assert.deepStrictEqual(extension.annotations.annotations(uri).map(a => a.id).sort(), ['a-handmade01', mine!.id].sort(), 'unsaved changes are kept');
    await extension.annotations.resolveConflict(uri, 'keepMine');
    assert.ok(await extension.annotations.save(uri));
    const saved = fs.readFileSync(sidecarPath(RELOAD_ARTICLE), 'utf8');
    assert.match(saved, /\/\/ kept by hand/, 'the hand-written comment of the file on disk survives');
    assert.deepStrictEqual(readSidecar(RELOAD_ARTICLE).annotations.map(a => a.kind === 'entity' && a.body.canonical), ['Nordline Mobility A/S', 'Kasseler Tram AG']);

    await extension.annotations.add(uri, { start: 0, end: 10 }, { kind: 'note', body: { text: 'unsaved', tags: [] } });
    writeSidecarOnDisk(RELOAD_ARTICLE, sidecarWith(text, 'Nordline Mobility', 'Reloaded', RELOAD_ARTICLE));
    await untilAnnotations(extension, () => extension.annotations.hasConflict(uri), 'second conflict');
    await extension.annotations.resolveConflict(uri, 'reload');
    assert.deepStrictEqual(canonicalOf(), ['Reloaded']);
    assert.strictEqual(extension.annotations.unsavedCount(uri), 0);
  });

  it('moves the sidecar with its article when the article is renamed or its folder moved, saving unsaved changes first', async () => {
    const extension = await annotationsApi();
    const { annotations, corpus } = extension;
    const name = 'umzug-2026-03-16.txt';
    const first = sampleUri(name);
    const renamed = sampleUri('hafenfest-2026-03-16.txt');
    const folder = sampleUri('archiv');
    const movedFolder = sampleUri('archiv-2026');
    const idsOf = (uri: vscode.Uri) => annotations.annotations(uri).map(a => a.id).sort();
    const annotate = async (article: string, words: string, type: string) => {
      await selectWords(extension, article, words);
      return (await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type, canonical: words }))!.id;
    };
    try {
      await vscode.workspace.fs.writeFile(first, Buffer.from('Die Stadt Rostock verschiebt das Hafenfest. Bürgermeisterin Karla Jensen nannte am Montag im Rathaus neue Gründe.\n'));
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      const ids = [await annotate(name, 'Karla Jensen', 'PER')];
      await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
      ids.push(await annotate(name, 'Rostock', 'LOC'));
      assert.strictEqual(annotations.unsavedCount(first), 1);

      await renameInWorkbench(first, renamed);
      assert.ok(!fs.existsSync(first.fsPath + SIDECAR_SUFFIX), 'no sidecar is left under the old name');
      assert.deepStrictEqual(parseSidecarFile(renamed.fsPath + SIDECAR_SUFFIX).map(a => a.id).sort(), [...ids].sort(), 'the sidecar moved, with the unsaved change saved');
      await untilAnnotations(extension, () => idsOf(renamed).join() === [...ids].sort().join(), 'annotations under the new name');
      assert.strictEqual(annotations.unsavedCount(renamed), 0);
      assert.deepStrictEqual(idsOf(first), []);

      // Moved into a folder, then the folder renamed: its sidecars go with it.
      const inFolder = vscode.Uri.joinPath(folder, 'hafenfest-2026-03-16.txt');
      await renameInWorkbench(renamed, inFolder);
      await untilAnnotations(extension, () => idsOf(inFolder).join() === [...ids].sort().join(), 'annotations in the folder');
      ids.push(await annotate('archiv/hafenfest-2026-03-16.txt', 'Rathaus', 'LOC'));
      await renameInWorkbench(folder, movedFolder);
      const last = vscode.Uri.joinPath(movedFolder, 'hafenfest-2026-03-16.txt');
      await untilAnnotations(extension, () => idsOf(last).join() === [...ids].sort().join() && annotations.storeOf(last)?.isDirty === false, 'annotations in the renamed folder, saved');
      const onDisk = parseSidecarFile(last.fsPath + SIDECAR_SUFFIX);
      assert.deepStrictEqual(onDisk.map(a => a.id).sort(), [...ids].sort());
      assert.deepStrictEqual([...new Set(onDisk.map(a => a.target.source))], ['hafenfest-2026-03-16.txt'], 'every annotation names the article by its new name');
      assert.deepStrictEqual(idsOf(inFolder), []);
      await until(corpus.onDidChange, () => corpus.get(last) !== undefined && corpus.get(inFolder) === undefined, 'the corpus follows the folder');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of [first, renamed, folder, movedFolder]) {
        fs.rmSync(uri.fsPath, { recursive: true, force: true });
        fs.rmSync(uri.fsPath + SIDECAR_SUFFIX, { force: true });
      }
      // A folder made by a rename and deleted soon after may never reach the file watcher: Refresh rescans.
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      const gone = (uri: vscode.Uri) => corpus.articles().every(article => !article.uri.toString().startsWith(uri.toString()));
      await until(corpus.onDidChange, () => [first, renamed, folder, movedFolder].every(gone), 'the test\'s articles gone from the corpus');
    }
  });

  it('keeps links to and from a moved article pointing where they pointed, and saves them so', async () => {
    const extension = await annotationsApi();
    const { annotations, corpus } = extension;
    const moving = sampleUri('verweis-2026-03-17.txt');
    const folder = sampleUri('quellen');
    const moved = vscode.Uri.joinPath(folder, 'verweis-2026-03-17.txt');
    const other = sampleUri(LINKING_ARTICLE);
    const linkOf = (uri: vscode.Uri, id: string) => {
      const found = annotations.annotations(uri).find(a => a.id === id);
      return found?.kind === 'link' ? found.body : undefined;
    };
    try {
      const text = 'Bürgermeisterin Karla Jensen verschiebt das Hafenfest in Rostock auf den Herbst.\n';
      await vscode.workspace.fs.writeFile(moving, Buffer.from(text));
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      await annotations.load(moving);
      await annotations.load(other);
      const start = text.indexOf('Karla Jensen');
      const named = await annotations.add(moving, { start, end: start + 12 }, { kind: 'entity', body: { type: 'PER', canonical: 'Karla Jensen' } });
      const incoming = await annotations.add(other, { start: 0, end: 5 }, { kind: 'link', body: { target: named.id, article: 'verweis-2026-03-17.txt', relation: 'same-as' } });
      const outgoing = await annotations.add(moving, { start: 0, end: 15 }, { kind: 'link', body: { target: incoming.id, article: LINKING_ARTICLE, relation: 'related' } });
      assert.ok(await annotations.save(moving) && await annotations.save(other));

      await renameInWorkbench(moving, moved);
      await untilAnnotations(extension, () => linkOf(other, incoming.id)?.article === 'quellen/verweis-2026-03-17.txt'
        && linkOf(moved, outgoing.id)?.article === `../${LINKING_ARTICLE}`
        && annotations.unsavedCount(other) === 0 && annotations.unsavedCount(moved) === 0, 'both links rewritten and saved');
      const onDisk = parseSidecarFile(sidecarPath(LINKING_ARTICLE)).find(a => a.id === incoming.id);
      assert.deepStrictEqual(onDisk?.kind === 'link' && onDisk.body.article, 'quellen/verweis-2026-03-17.txt');
      const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', other, annotations.positionAt(other, 2)!);
      assert.ok(definitions.some(d => 'uri' in d && d.uri.toString() === moved.toString()), 'the incoming link still leads to the moved article');
    } finally {
      await restoreArticle(extension, LINKING_ARTICLE, originals.get(LINKING_ARTICLE));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(moving.fsPath, { force: true });
      fs.rmSync(moving.fsPath + SIDECAR_SUFFIX, { force: true });
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      // A folder made by a rename and deleted soon after may never reach the file watcher: Refresh rescans.
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      await until(corpus.onDidChange, () => corpus.articles().every(a => !/verweis-2026-03-17/.test(a.uri.path)), 'the test\'s article gone from the corpus');
    }
  });

  it('forgets the annotations of an article deleted in the workbench, Problems entries included, and leaves its sidecar', async () => {
    const extension = await annotationsApi();
    const { annotations } = extension;
    const uri = sampleUri('geloescht-2026-03-18.txt');
    const orphanWarnings = () => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'News Annotator');
    try {
      await vscode.workspace.fs.writeFile(uri, Buffer.from('Die Stadt Rostock verschiebt das Hafenfest auf den Herbst.\n'));
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      // An annotation whose words are not in the article: orphaned, so the Problems panel lists it.
      const elsewhere = 'Der Vorstand von Nordline Mobility tagte am Montag.';
      writeSidecarOnDisk('geloescht-2026-03-18.txt', sidecarWith(elsewhere, 'Nordline Mobility', 'Nordline Mobility', 'geloescht-2026-03-18.txt'));
      await annotations.load(uri);
      await untilAnnotations(extension, () => orphanWarnings().length === 1, 'the orphan in the Problems panel');

      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(uri);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await untilAnnotations(extension, () => orphanWarnings().length === 0 && !annotations.loadedArticles().some(a => a.toString() === uri.toString()), 'the deleted article\'s annotations forgotten');
      assert.ok(fs.existsSync(sidecarPath('geloescht-2026-03-18.txt')), 'the sidecar is left alone');
    } finally {
      fs.rmSync(uri.fsPath, { force: true });
      fs.rmSync(sidecarPath('geloescht-2026-03-18.txt'), { force: true });
    }
  });

  it('keeps an annotated claim in place when an update of the article on disk adds a sentence right before it', async () => {
    const extension = await annotationsApi();
    const { annotations } = extension;
    const name = 'aktualisiert-2026-03-21.txt';
    const uri = sampleUri(name);
    const claim = 'Bürgermeisterin Erika Muster sagte am Montag, der Bau der Brücke solle im Frühjahr beginnen.';
    const first = `Tarnfeld plant eine neue Brücke über die Varnik. ${claim} Die Kosten liegen bei 30 Millionen Euro.\n`;
    const updated = first.replace('Varnik. ', 'Varnik. Der Stadtrat hatte monatelang über die Pläne gestritten. ');
    try {
      fs.writeFileSync(uri.fsPath, first);
      await vscode.commands.executeCommand('newsAnnotator.refresh');
      await annotations.load(uri);
      const note = await annotations.add(uri, { start: first.indexOf(claim), end: first.indexOf(claim) + claim.length }, { kind: 'note', body: { text: 'prüfen', tags: [] } });
      assert.ok(await annotations.save(uri));

      // The site publishes an update; a download script (not VS Code) writes it over the file.
      fs.writeFileSync(uri.fsPath, updated);
      const placed = () => annotations.anchored(uri).find(a => a.annotation.id === note.id)?.span;
      await untilAnnotations(extension, () => placed()?.start === updated.indexOf(claim), 'the claim re-anchored in the updated article');
      assert.deepStrictEqual(placed(), { start: updated.indexOf(claim), end: updated.indexOf(claim) + claim.length });
      assert.deepStrictEqual(annotations.orphans(uri), []);
    } finally {
      await annotations.discard(uri);
      fs.rmSync(uri.fsPath, { force: true });
      fs.rmSync(sidecarPath(name), { force: true });
    }
  });

  it('backs up unsaved changes and restores them, marked unsaved, in a new session', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(BACKUP_ARTICLE);
    await selectWords(extension, BACKUP_ARTICLE, 'Jonas Pfeiffer');
    const made = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Jonas Pfeiffer' });
    assert.ok(made);
    await extension.annotations.flushBackups();
    assert.ok(!fs.existsSync(sidecarPath(BACKUP_ARTICLE)), 'nothing saved to the sidecar yet');

    // A new session (after a crash) on the same workspace storage.
    const next = new AnnotationService({ corpus: extension.corpus, storageUri: extension.annotations.storageUri });
    next.conflictPrompt = () => undefined;
    try {
      const restored = await next.restoreBackups();
      assert.ok(restored.some(u => u.toString() === uri.toString()), 'the article is restored');
      assert.deepStrictEqual(next.annotations(uri).map(a => [a.id, a.target.quote.exact]), [[made.id, 'Jonas Pfeiffer']]);
      assert.strictEqual(next.unsavedCount(uri), 1, 'restored changes are unsaved');
      assert.ok(next.anchored(uri).length === 1, 're-anchored in the article');
    } finally {
      next.dispose();
    }
    // Saved (or discarded) changes leave no backup behind.
    await extension.annotations.save(uri);
    await extension.annotations.flushBackups();
    const again = new AnnotationService({ corpus: extension.corpus, storageUri: extension.annotations.storageUri });
    try {
      assert.ok(!(await again.restoreBackups()).some(u => u.toString() === uri.toString()));
    } finally {
      again.dispose();
    }
  });

  it('serves the sidecar schema offline under news-annotator://', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('news-annotator://schemas/annotations.schema.json'));
    const schema = JSON.parse(document.getText());
    assert.strictEqual(schema.$id, 'news-annotator://schemas/annotations.schema.json');
  });
});
