import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/annotations/model';
import { ENTITY_TYPES } from '../../src/core/analysis/types';
import { annotationsApi, readSidecar, restoreArticle, selectWords } from './annotationTestHelpers';
import { sampleUri, showArticle, until } from './editorHelpers';

// Written with Windows line endings and a byte order mark: every offset after the first line would be off
// by one per line if anything counted "\r\n" as one character, and every offset by one if the mark counted.
const NAME = 'kuestenkurier-2026-09-14.txt';
const TEXT = [
  'Title: Hafenfest in Rostock abgesagt',
  'Source: Küstenkurier',
  'Date: 2026-09-14',
  '',
  'Die Hafenbehörde in Rostock hat das Hafenfest am Sonntag (13.9.) kurzfristig abgesagt.',
  '',
  'Bürgermeisterin Karla Jensen sagte, die Stadt zahle den Händlern 40.000 Euro als Entschädigung.',
  '',
].join('\r\n');

describe('An article with CRLF line endings and a byte order mark', () => {
  after(async () => {
    const extension = await annotationsApi();
    await restoreArticle(extension, NAME);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(sampleUri(NAME));
    await vscode.commands.executeCommand('newsAnnotator.refresh');
  });

  it('is decorated on the very words the analysis found, and an annotation on it is saved at the offsets of the file', async () => {
    const extension = await annotationsApi();
    const uri = sampleUri(NAME);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    await vscode.workspace.fs.writeFile(uri, bytes);
    await vscode.commands.executeCommand('newsAnnotator.refresh');
    const { editor, article } = await showArticle(extension, NAME);
    assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF);
    assert.strictEqual(editor.document.getText(), TEXT, 'the editor shows the text without the mark, as the corpus reads it');

    const { decorations } = extension;
    await until(decorations.onDidApply, () => decorations.appliedRanges(editor) !== undefined, 'decorations');
    const applied = decorations.appliedRanges(editor)!;
    const shown = (ranges: readonly vscode.Range[]) => ranges.map(range => editor.document.getText(range));
    for (const type of ENTITY_TYPES) {
      assert.deepStrictEqual(shown(applied[type]), article.analysis.entities.filter(m => m.type === type).map(m => m.text), type);
    }
    assert.deepStrictEqual(shown(applied.dates), article.analysis.dates.map(m => m.text));
    assert.deepStrictEqual(shown(applied.quantities), article.analysis.quantities.map(m => m.text));
    assert.ok(shown(applied.PER).includes('Karla Jensen'));
    assert.ok(shown(applied.quantities).includes('40.000 Euro'));
    assert.deepStrictEqual(article.analysis.dates.find(d => d.text.startsWith('Sonntag'))?.value, '2026-09-13', 'resolved against the Date line');

    const { start, end } = await selectWords(extension, NAME, 'Karla Jensen');
    const annotation = await vscode.commands.executeCommand<Annotation>('newsAnnotator.annotateEntity', { type: 'PER', canonical: 'Karla Jensen' });
    assert.deepStrictEqual(annotation && [annotation.target.position.start, annotation.target.position.end], [start, end]);
    await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
    assert.ok(fs.readFileSync(uri.fsPath).equals(bytes), 'the article keeps its line endings and its mark');
    const { position } = readSidecar(NAME).annotations[0].target;
    assert.strictEqual(TEXT.slice(position.start, position.end), 'Karla Jensen', 'offsets count from after the mark');
  });
});
