import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import type { Annotation } from '../../src/core/annotations/model';
import type { ExportResult } from '../../src/vscode/exportCommand';
import { annotationsApi, originalText, restoreArticle, selectWords } from './annotationTestHelpers';
import { sampleUri } from './editorHelpers';

const ARTICLE = 'wirtschaftsblatt-mitte-2026-03-10.txt';

describe('Annotation export and keybindings', () => {
  // Outside the workspace: exported brat .txt files would otherwise join the corpus.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-export-'));
  const exportsFolder = () => vscode.Uri.file(folder);

  after(async () => {
    fs.rmSync(exportsFolder().fsPath, { recursive: true, force: true });
    await restoreArticle(await annotationsApi(), ARTICLE, originalText(ARTICLE));
  });

  it('exports the corpus as W3C JSON-LD and as brat, and one article as CSV with suggestions', async () => {
    const extension = await annotationsApi();
    const { editor } = await selectWords(extension, ARTICLE, 'Nordline');
    const made = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'ORG', canonical: 'Nordline Mobility' });
    assert.ok(made);

    const w3cTarget = vscode.Uri.joinPath(exportsFolder(), 'corpus.jsonld');
    const w3c = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.export', { format: 'w3c', scope: 'corpus', includeSuggestions: false, target: w3cTarget });
    assert.ok(w3c, 'the export resolves to its result');
    assert.ok(w3c.articles >= 10 && w3c.annotations >= 1);
    const collection = JSON.parse(fs.readFileSync(w3cTarget.fsPath, 'utf8'));
    assert.strictEqual(collection.type, 'AnnotationCollection');
    assert.strictEqual(collection.total, w3c.annotations);
    const item = collection.items.find((i: { id: string }) => i.id.includes(made.id));
    assert.ok(item, 'the new annotation is in the export (unsaved changes count)');

    const bratTarget = vscode.Uri.joinPath(exportsFolder(), 'brat');
    const brat = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.export', { format: 'brat', scope: 'corpus', includeSuggestions: false, target: bratTarget });
    assert.ok(brat && brat.files.some(f => f.path.endsWith('.ann')) && brat.files.some(f => f.path.endsWith('annotation.conf')));
    const ann = fs.readFileSync(path.join(bratTarget.fsPath, ARTICLE.replace(/\.txt$/, '.ann')), 'utf8');
    assert.match(ann, /^T\d+\tORG \d+ \d+\tNordline$/m);

    const csvTarget = vscode.Uri.joinPath(exportsFolder(), 'article.csv');
    const csv = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.export', { format: 'csv', scope: 'article', includeSuggestions: true, target: csvTarget, uri: editor.document.uri });
    assert.ok(csv && csv.articles === 1 && csv.annotations > 1, 'suggestions included');
    assert.ok(fs.readFileSync(csvTarget.fsPath, 'utf8').split('\n').length > 2);
    assert.ok(fs.existsSync(sampleUri(ARTICLE).fsPath));
  });

  it('binds keys that VS Code does not already use', async () => {
    const extension = await annotationsApi();
    const ours: { command: string; key: string }[] = (vscode.extensions.getExtension('news-annotator.news-annotator')!.packageJSON as any).contributes.keybindings;
    assert.ok(ours.length >= 8 && extension);
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const document = vscode.window.activeTextEditor!.document;
    const defaults: { key: string; command: string }[] = parse(document.getText());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const normalise = (key: string) => key.toLowerCase().split(' ').map(chord => chord.split('+').sort().join('+')).join(' ');
    const taken = new Map(defaults.filter(d => !d.command.startsWith('newsAnnotator.') && !d.command.startsWith('-')).map(d => [normalise(d.key), d.command]));
    const clashes = ours.filter(b => taken.has(normalise(b.key))).map(b => `${b.key} (${b.command}) is taken by ${taken.get(normalise(b.key))}`);
    const ctrlAlt = [...taken.keys()].filter(k => k.split('+').length === 3 && k.split('+').includes('alt') && k.split('+').includes('ctrl')).sort().join(' ');
    assert.deepStrictEqual(clashes, [], `VS Code binds these ctrl+alt keys: ${ctrlAlt}`);
  });
});
