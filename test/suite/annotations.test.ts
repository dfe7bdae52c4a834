import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/annotations/model';
import { SIDECAR_SCHEMA_URI } from '../../src/core/annotations/sidecar';
import { UnsavedAnnotationDecorations } from '../../src/vscode/annotationStatus';
import {
  annotationsApi, originalText, readSidecar, restoreArticle, selectWords, sidecarPath, untilAnnotations,
} from './annotationTestHelpers';
import { hoverText, rangeKey, sampleUri, showArticle, until } from './editorHelpers';
import { screenshot } from './helpers';

const ENTITY_ARTICLE = 'fuldabote-2026-03-09.txt';
const SUGGESTION_ARTICLE = 'morgenecho-2026-03-11.txt';
const CLAIM_ARTICLE = 'kassel-aktuell-2026-03-13.txt';
const NOTE_ARTICLE = 'hessenblick-2026-03-10.md';
const ORPHAN_ARTICLE = 'tram-und-takt-2026-03-11.md';
const TOUCHED = [ENTITY_ARTICLE, SUGGESTION_ARTICLE, CLAIM_ARTICLE, NOTE_ARTICLE, ORPHAN_ARTICLE];

describe('Annotations in the editor', () => {
  const originals = new Map(TOUCHED.map(name => [name, originalText(name)]));

  after(async () => {
    const extension = await annotationsApi();
    for (const [name, text] of originals) await restoreArticle(extension, name, text);
  });

  it('annotates the selection as an entity, shows it, saves it to the sidecar and re-anchors it when text is inserted before it', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(ENTITY_ARTICLE);
    // The Explorer's and tabs' mark on an article with unsaved annotation changes (the one registered works alike).
    const marks = new UnsavedAnnotationDecorations(extension.annotations);
    const { editor, start, end } = await selectWords(extension, ENTITY_ARTICLE, 'Helene Marquardt');
    const annotation = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Helene Marquardt' });
    assert.ok(annotation, 'the command resolves to the annotation');
    assert.deepStrictEqual([annotation.kind, annotation.target.position.start, annotation.target.position.end], ['entity', start, end]);
    assert.strictEqual(extension.annotations.unsavedCount(uri), 1);
    assert.ok(extension.services.facets.hasUnsavedAnnotations(uri), 'the Corpus tree can mark the article');
    assert.deepStrictEqual([marks.provideFileDecoration(uri)?.badge, marks.provideFileDecoration(uri)?.tooltip], ['✎', '1 unsaved annotation change']);
    const unmarked = new Promise<vscode.Uri[]>(resolve => marks.onDidChangeFileDecorations(resolve));
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    await until(extension.decorations.onDidApply, () => extension.decorations.appliedRanges(editor)?.annotations.some(r => r.isEqual(range)) ?? false, 'user annotation decorated');

    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    assert.strictEqual(extension.annotations.unsavedCount(uri), 0);
    assert.ok(!extension.services.facets.hasUnsavedAnnotations(uri));
    assert.deepStrictEqual((await unmarked).map(String), [uri.toString()], 'the file decoration is told to drop its mark');
    assert.strictEqual(marks.provideFileDecoration(uri), undefined);
    marks.dispose();
    const saved = readSidecar(ENTITY_ARTICLE);
    assert.strictEqual(saved.annotations.length, 1);
    const [onDisk] = saved.annotations;
    assert.strictEqual(onDisk.id, annotation.id);
    assert.deepStrictEqual(onDisk.target.position, { start, end });
    assert.strictEqual(onDisk.target.quote.exact, 'Helene Marquardt');
    assert.strictEqual(onDisk.target.source, ENTITY_ARTICLE);
    assert.deepStrictEqual(onDisk.kind === 'entity' && onDisk.body, { type: 'PER', canonical: 'Helene Marquardt' });
    assert.match(fs.readFileSync(sidecarPath(ENTITY_ARTICLE), 'utf8'), new RegExp(`"\\$schema": "${SIDECAR_SCHEMA_URI.replace(/[.]/g, '\\.')}"`));

    const inserted = 'EILMELDUNG: ';
    await editor.edit(builder => builder.insert(new vscode.Position(0, 0), inserted));
    assert.deepStrictEqual(extension.annotations.storeOf(uri)!.anchorOf(annotation.id), { start: start + inserted.length, end: end + inserted.length });
    assert.strictEqual(extension.annotations.unsavedCount(uri), 1, 'the moved annotation is unsaved');
    // Saving the article saves its annotations too (newsAnnotator.annotations.saveWithArticle, on by default).
    await editor.document.save();
    await untilAnnotations(extension, () => extension.annotations.unsavedCount(uri) === 0, 'annotations saved with the article');
    assert.deepStrictEqual(readSidecar(ENTITY_ARTICLE).annotations[0].target.position, { start: start + inserted.length, end: end + inserted.length });
    await editor.edit(builder => builder.delete(new vscode.Range(0, 0, 0, inserted.length)));
    await editor.document.save();
    await untilAnnotations(extension, () => extension.annotations.unsavedCount(uri) === 0, 'saved again');
    assert.deepStrictEqual(readSidecar(ENTITY_ARTICLE).annotations[0].target.position, { start, end });

    const next = await vscode.commands.executeCommand<Annotation>('newsAnnotator.nextAnnotation');
    assert.strictEqual(next?.id, annotation.id);
    assert.strictEqual(editor.document.getText(editor.selection), 'Helene Marquardt');
  });

  it('deletes the annotation under the cursor, and deletes a sidecar left without annotations', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(ENTITY_ARTICLE);
    const { editor } = await selectWords(extension, ENTITY_ARTICLE, 'Helene Marquardt');
    if (extension.annotations.annotations(uri).length === 0) {
      await vscode.commands.executeCommand('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Helene Marquardt' });
      await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    }
    assert.ok(fs.existsSync(sidecarPath(ENTITY_ARTICLE)));
    editor.selection = new vscode.Selection(editor.selection.start.translate(0, 3), editor.selection.start.translate(0, 3));
    const deleted = await vscode.commands.executeCommand<Annotation>('newsAnnotator.deleteAnnotation');
    assert.strictEqual(deleted?.kind, 'entity');
    assert.strictEqual(extension.annotations.annotations(uri).length, 0);
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    assert.ok(!fs.existsSync(sidecarPath(ENTITY_ARTICLE)), 'an emptied sidecar is deleted');
  });

  it('steps back through the annotations, and discards unsaved changes without touching the sidecar on disk', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(ENTITY_ARTICLE);
    await selectWords(extension, ENTITY_ARTICLE, 'Helene Marquardt');
    const first = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Helene Marquardt' });
    const { editor } = await selectWords(extension, ENTITY_ARTICLE, 'Jonas Pfeiffer');
    const second = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Jonas Pfeiffer' });
    const sidecarBefore = fs.existsSync(sidecarPath(ENTITY_ARTICLE)) ? fs.readFileSync(sidecarPath(ENTITY_ARTICLE), 'utf8') : null;
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    assert.strictEqual((await vscode.commands.executeCommand<Annotation>('newsAnnotator.previousAnnotation'))?.id, second?.id);
    assert.strictEqual(editor.document.getText(editor.selection), 'Jonas Pfeiffer');
    assert.strictEqual((await vscode.commands.executeCommand<Annotation>('newsAnnotator.previousAnnotation'))?.id, first?.id);
    assert.strictEqual(editor.document.getText(editor.selection), 'Helene Marquardt');
    assert.strictEqual((await vscode.commands.executeCommand<Annotation>('newsAnnotator.nextAnnotation'))?.id, second?.id, 'and forward again');

    assert.strictEqual(extension.annotations.unsavedCount(uri), 2);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.discardAnnotationChanges', { confirm: false }), true);
    assert.strictEqual(extension.annotations.unsavedCount(uri), 0);
    assert.deepStrictEqual(extension.annotations.annotations(uri).map(a => a.id).filter(id => id === first?.id || id === second?.id), []);
    assert.strictEqual(fs.existsSync(sidecarPath(ENTITY_ARTICLE)) ? fs.readFileSync(sidecarPath(ENTITY_ARTICLE), 'utf8') : null, sidecarBefore);
  });

  it('accepts and rejects the suggestion under the cursor and keeps both decisions in the sidecar', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(SUGGESTION_ARTICLE);
    const { editor, article } = await showArticle(extension, SUGGESTION_ARTICLE);
    await extension.annotations.load(uri);
    const suggestions = extension.annotations.suggestions(uri, article.analysis);
    const entities = suggestions.filter(s => s.kind === 'entity');
    assert.ok(entities.length >= 2, 'the analysis suggests entities');
    const [first, second] = entities;
    const cursorIn = (s: Annotation) => {
      const at = editor.document.positionAt(s.target.position.start + 1);
      editor.selection = new vscode.Selection(at, at);
    };
    cursorIn(first);
    const accepted = await vscode.commands.executeCommand<Annotation>('newsAnnotator.acceptSuggestion', { id: first.id });
    assert.strictEqual(accepted?.origin, 'user');
    assert.deepStrictEqual(accepted.target.position, first.target.position);
    cursorIn(second);
    await vscode.commands.executeCommand('newsAnnotator.rejectSuggestion', { id: second.id });
    const remaining = extension.annotations.suggestions(uri, article.analysis).map(s => s.id);
    assert.ok(!remaining.includes(first.id) && !remaining.includes(second.id), 'neither is offered again');
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    const saved = readSidecar(SUGGESTION_ARTICLE);
    assert.deepStrictEqual(saved.annotations.map(a => a.target.quote.exact), [first.target.quote.exact]);
    assert.deepStrictEqual(saved.rejected.map(r => [r.kind, r.quote.exact, r.position.start]), [['entity', second.target.quote.exact, second.target.position.start]]);
  });

  it('sets the status of the claim under the cursor, then changes it, and links a claim to one in another article', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(CLAIM_ARTICLE);
    const { editor } = await showArticle(extension, CLAIM_ARTICLE);
    const [claim] = extension.corpus.claims(uri);
    assert.ok(claim, 'the analysis finds claims');
    const inside = editor.document.positionAt(claim.start + 2);
    editor.selection = new vscode.Selection(inside, inside);
    const made = await vscode.commands.executeCommand<Annotation>('newsAnnotator.setClaimStatus', { status: 'disputed', source: 'https://example.org/faktencheck', note: 'Zahl unklar' });
    assert.strictEqual(made?.kind, 'claim');
    assert.deepStrictEqual(made.target.position, { start: claim.start, end: claim.end });
    assert.deepStrictEqual(made.kind === 'claim' && made.body, { status: 'disputed', source: 'https://example.org/faktencheck', note: 'Zahl unklar' });
    const changed = await vscode.commands.executeCommand<Annotation>('newsAnnotator.setClaimStatus', { status: 'verified' });
    assert.strictEqual(changed?.id, made.id, 'the same claim annotation is updated');
    assert.deepStrictEqual(changed.kind === 'claim' && changed.body, { status: 'verified', source: 'https://example.org/faktencheck', note: 'Zahl unklar' });

    const other = extension.corpus.articles().find(a => a.uri.toString() !== uri.toString() && extension.corpus.claims(a.uri).length > 0)!;
    const target = extension.corpus.claims(other.uri)[0];
    const link = await vscode.commands.executeCommand<Annotation>('newsAnnotator.linkToClaim', {
      target: { uri: other.uri.toString(), start: target.start, end: target.end }, relation: 'contradicts',
    });
    assert.strictEqual(link?.kind, 'link');
    assert.deepStrictEqual(link.target.position, { start: claim.start, end: claim.end });
    const targetAnnotation = extension.annotations.annotations(other.uri).find(a => link.kind === 'link' && a.id === link.body.target);
    assert.ok(targetAnnotation, 'the other article got a claim annotation to point at');
    assert.deepStrictEqual(targetAnnotation.target.position, { start: target.start, end: target.end });
    assert.deepStrictEqual(link.kind === 'link' && link.body, { target: targetAnnotation.id, article: other.uri.path.split('/').pop(), relation: 'contradicts' });
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    assert.strictEqual(readSidecar(CLAIM_ARTICLE).annotations.length, 2);

    // The link is followed: Go to Definition on the linked words opens the claim linked to, and the hover quotes it.
    const targetRange = extension.annotations.anchored(other.uri).find(a => a.annotation.id === targetAnnotation.id)!.range;
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, inside);
    assert.ok(definitions.some(d => 'uri' in d && d.uri.toString() === other.uri.toString() && d.range.isEqual(targetRange)), 'Go to Definition reaches the linked claim');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, inside));
    assert.match(hover, /Link: contradicts/);
    assert.ok(hover.includes(targetAnnotation.target.quote.exact.slice(0, 20)), 'the hover quotes the linked claim');
    await restoreArticle(extension, other.uri.path.split('/').pop()!);
  });

  it('shows notes as comment threads that follow the text, with replies as notes on the same words', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(NOTE_ARTICLE);
    const { editor } = await selectWords(extension, NOTE_ARTICLE, 'lediglich 100 Millionen Euro');
    const selection = editor.selection;
    const note = await vscode.commands.executeCommand<Annotation>('newsAnnotator.addNote', { text: 'Stadt nennt 175 Millionen #zahl #prüfen' });
    assert.deepStrictEqual(note?.kind === 'note' && note.body, { text: 'Stadt nennt 175 Millionen #zahl #prüfen', tags: ['zahl', 'prüfen'] });
    const [thread] = extension.notes.threadsOf(uri);
    assert.ok(thread, 'a thread for the note');
    assert.strictEqual(rangeKey(thread.range!), rangeKey(selection));
    await vscode.commands.executeCommand('newsAnnotator.notes.reply', { thread, text: 'Quelle: Wirtschaftsblatt' });
    assert.deepStrictEqual(thread.comments.map(c => c.body), ['Stadt nennt 175 Millionen #zahl #prüfen', 'Quelle: Wirtschaftsblatt']);
    assert.strictEqual(extension.annotations.annotations(uri).filter(a => a.kind === 'note').length, 2);
    const notes = () => extension.annotations.annotations(uri).flatMap(a => a.kind === 'note' ? [a.body] : []);
    const reply = thread.comments[1];
    reply.body = 'Quelle: Wirtschaftsblatt Mitte #quelle';
    await vscode.commands.executeCommand('newsAnnotator.notes.saveEdit', reply);
    assert.deepStrictEqual(notes()[1], { text: 'Quelle: Wirtschaftsblatt Mitte #quelle', tags: ['quelle'] }, 'an edited comment edits its note');
    await vscode.commands.executeCommand('newsAnnotator.notes.edit', reply);
    assert.strictEqual(reply.mode, vscode.CommentMode.Editing);
    reply.body = 'ein Entwurf, der verworfen wird';
    await vscode.commands.executeCommand('newsAnnotator.notes.cancelEdit', reply);
    assert.strictEqual(reply.mode, vscode.CommentMode.Preview);
    assert.strictEqual(reply.body, 'Quelle: Wirtschaftsblatt Mitte #quelle', 'cancelling restores the saved text');
    assert.deepStrictEqual(notes()[1], { text: 'Quelle: Wirtschaftsblatt Mitte #quelle', tags: ['quelle'] }, 'and leaves the note as it was');
    await vscode.commands.executeCommand('newsAnnotator.notes.delete', thread.comments[1]);
    assert.deepStrictEqual(thread.comments.map(c => c.body), ['Stadt nennt 175 Millionen #zahl #prüfen']);
    assert.strictEqual(notes().length, 1);

    await editor.edit(builder => builder.insert(new vscode.Position(0, 0), '\n'));
    assert.strictEqual(rangeKey(thread.range!), rangeKey(new vscode.Range(selection.start.translate(1), selection.end.translate(1))), 'the thread moved with its words');
    await editor.edit(builder => builder.delete(new vscode.Range(0, 0, 1, 0)));

    // The screenshot: an entity annotation framed in the text and the note thread open beside it.
    await selectWords(extension, NOTE_ARTICLE, 'Helene Marquardt');
    await vscode.commands.executeCommand('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Helene Marquardt' });
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    editor.revealRange(selection, vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.view.extension.newsAnnotator');
    await screenshot('annotations');
  });

  it('flags an annotation whose text was edited as orphaned (tree, Problems panel) and re-attaches or deletes it', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(ORPHAN_ARTICLE);
    const { editor, start } = await selectWords(extension, ORPHAN_ARTICLE, 'Nordline Mobility');
    const annotation = (await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'ORG', canonical: 'Nordline Mobility' }))!;
    await editor.edit(builder => builder.replace(new vscode.Range(editor.document.positionAt(start + 2), editor.document.positionAt(start + 3)), 'X'));
    assert.deepStrictEqual(extension.annotations.orphans(uri).map(a => a.id), [annotation.id]);
    const warnings = vscode.languages.getDiagnostics(uri).filter(d => d.code === 'orphaned-annotation');
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].severity, vscode.DiagnosticSeverity.Warning);
    await until(extension.services.facets.onDidChange, () => extension.services.facets.annotations(uri).some(f => f.id === annotation.id && f.orphan), 'orphan in the tree');

    const elsewhere = editor.document.getText().indexOf('Kasseler Tram AG');
    const range = new vscode.Range(editor.document.positionAt(elsewhere), editor.document.positionAt(elsewhere + 'Kasseler Tram AG'.length));
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    const reattach = fixes.find(f => f.command?.command === 'newsAnnotator.reattachOrphan');
    assert.ok(reattach, 'a quick fix re-attaches the orphan to the selection');
    await vscode.commands.executeCommand(reattach.command!.command, ...reattach.command!.arguments!);
    assert.deepStrictEqual(extension.annotations.storeOf(uri)!.anchorOf(annotation.id), { start: elsewhere, end: elsewhere + 'Kasseler Tram AG'.length });
    assert.strictEqual(vscode.languages.getDiagnostics(uri).filter(d => d.code === 'orphaned-annotation').length, 0);

    await editor.edit(builder => builder.replace(range, 'Kasseler Tram GmbH'));
    assert.strictEqual(extension.annotations.orphans(uri).length, 1);
    await vscode.commands.executeCommand('newsAnnotator.deleteOrphan', { uri, id: annotation.id });
    assert.strictEqual(extension.annotations.annotations(uri).length, 0);
  });
});
