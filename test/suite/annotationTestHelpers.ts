// Helpers for the annotation tests: the extension with its annotations loaded, selecting words in an
// article, reading sidecars from disk, and putting the workspace copy back as it was (other suites read it).
import * as fs from 'fs';
import * as vscode from 'vscode';
import { parseSidecar, SIDECAR_SUFFIX, type ParsedSidecar } from '../../src/core/annotations/sidecar';
import type { NewsAnnotatorApi } from '../../src/extension';
import { readyApi, sampleUri, showArticle, until } from './editorHelpers';

export async function annotationsApi(): Promise<NewsAnnotatorApi> {
  const extension = await readyApi();
  await extension.annotations.ready();
  return extension;
}

/** Shows the article and selects the `occurrence`-th appearance of `words` (0 = first). */
export async function selectWords(extension: NewsAnnotatorApi, article: string, words: string, occurrence = 0): Promise<{ editor: vscode.TextEditor; start: number; end: number }> {
  const { editor } = await showArticle(extension, article);
  const text = editor.document.getText();
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in ${article}`);
  const end = start + words.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return { editor, start, end };
}

export function sidecarPath(article: string): string {
  return sampleUri(article).fsPath + SIDECAR_SUFFIX;
}

export function readSidecar(article: string): ParsedSidecar {
  const parsed = parseSidecar(fs.readFileSync(sidecarPath(article), 'utf8'));
  if (!parsed.ok) throw new Error(`the sidecar of ${article} does not parse: ${parsed.errors[0].message}`);
  return parsed.sidecar;
}

/** Waits until the annotation service reports a state where `predicate` holds. */
export function untilAnnotations(extension: NewsAnnotatorApi, predicate: () => boolean, what: string): Promise<void> {
  return until(extension.annotations.onDidChange, predicate, what);
}

/** Writes a sidecar the way another program would (not through VS Code). */
export function writeSidecarOnDisk(article: string, text: string): void {
  fs.writeFileSync(sidecarPath(article), text);
}

/**
 * Puts an article back as the samples have it: unsaved edits reverted, its sidecar removed, the annotation
 * service emptied for it. Other suites count entities and annotations in these articles.
 */
export async function restoreArticle(extension: NewsAnnotatorApi, article: string, originalText?: string): Promise<void> {
  const uri = sampleUri(article);
  const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (document && originalText !== undefined && document.getText() !== originalText) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), originalText);
    await vscode.workspace.applyEdit(edit);
  }
  // Unsaved annotation changes go first, so saving the article does not save them.
  await extension.annotations.discard(uri);
  if (document?.isDirty) await document.save();
  fs.rmSync(sidecarPath(article), { force: true });
  await extension.annotations.discard(uri);
}

export function originalText(article: string): string {
  return fs.readFileSync(sampleUri(article).fsPath, 'utf8');
}

