// Files and documents of the workspace, through vscode.workspace.fs (so remote and virtual workspaces work too),
// with the guarantees the features promise: an article's size is checked before it is read, writes are atomic,
// deletes go to the trash where possible. Also which documents are open, and where a file is after a rename.
import * as path from 'path';
import * as vscode from 'vscode';
import { decodeArticle, sizeFailure, type DecodeResult } from '../core/text/decode';

/**
 * The document of `uri` if an editor has it open. A closed document can linger in `workspace.textDocuments` for a
 * while; its text is not the file's any more (the file may even be gone), so it does not count.
 */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find(document => document.uri.toString() === key && !document.isClosed);
}

/**
 * An article file's text, or why it cannot be one; undefined when the file is gone. The size is asked first,
 * so a file far too large is refused without being read into memory.
 */
export async function readArticleFile(uri: vscode.Uri): Promise<DecodeResult | undefined> {
  try {
    return sizeFailure((await vscode.workspace.fs.stat(uri)).size) ?? decodeArticle(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined; // deleted in the meantime
  }
}

/** The file's text (UTF-8), or null when there is no such file. Other errors are thrown. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
    throw error;
  }
  // Text that is not UTF-8 decodes with replacement characters; a sidecar like that fails to parse and is
  // reported and left alone, never rewritten.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Writes a temporary file beside the target, then renames it over the target: readers never see half a file. */
export async function writeFileAtomically(target: vscode.Uri, text: string): Promise<void> {
  const name = path.posix.basename(target.path);
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}

/** Deletes to the trash where the file system has one (so the file can still be recovered), else for good. */
export async function deleteFile(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { useTrash: true });
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return;
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  }
}

export function fileExists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

/** Whether `uri` is `place` itself or inside it (when `place` is a folder). */
export function isAtOrUnder(uri: vscode.Uri, place: vscode.Uri): boolean {
  return uri.toString() === place.toString()
    || uri.toString().startsWith(place.with({ path: place.path.replace(/\/?$/, '/') }).toString());
}

/** Where `uri` is after `from` was renamed to `to`: `to` itself, or the same place inside it when `from` is a folder. */
export function movedUri(uri: vscode.Uri, from: vscode.Uri, to: vscode.Uri): vscode.Uri | undefined {
  if (uri.toString() === from.toString()) return to;
  if (!isAtOrUnder(uri, from)) return undefined;
  return to.with({ path: `${to.path.replace(/\/$/, '')}/${uri.path.slice(from.path.replace(/\/$/, '').length + 1)}` });
}
