// Shared helpers for the integration suite: the extension under test, the sample workspace, corpus changes, screenshots.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import type { CorpusChange } from '../../src/vscode/corpusService';

export const EXTENSION_ID = 'news-annotator.news-annotator';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

/** Resolves with the first corpus change that satisfies the predicate. */
/** Whether a corpus change includes the article at `uri` (a predicate for nextChange). */
export function touches(uri: vscode.Uri): (change: CorpusChange) => boolean {
  return change => change.changed.some(changed => changed.toString() === uri.toString());
}

export function nextChange(corpus: NewsAnnotatorApi['corpus'], predicate: (change: CorpusChange) => boolean): Promise<CorpusChange> {
  return new Promise(resolve => {
    const subscription = corpus.onDidChange(change => {
      if (predicate(change)) {
        subscription.dispose();
        resolve(change);
      }
    });
  });
}

/** Resolves with the reason the corpus gives for skipping `uri` the next time it does. */
export function nextSkip(corpus: NewsAnnotatorApi['corpus'], uri: vscode.Uri): Promise<string> {
  return new Promise(resolve => {
    const subscription = corpus.onDidSkipFile(event => {
      if (event.uri.toString() !== uri.toString()) return;
      subscription.dispose();
      resolve(event.reason);
    });
  });
}

/** Renames or moves a file or folder as the Explorer does: through a workspace edit, which extensions take part in. */
export async function renameInWorkbench(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  if (!await vscode.workspace.applyEdit(edit)) throw new Error(`could not rename ${from.path} to ${to.path}`);
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs a workspace folder (the samples copy)');
  return folder.uri;
}

/**
 * Asks the host runner for a screenshot of the workbench and waits until the file exists.
 * The runner writes it atomically (rename), so existence means complete. Hosts that cannot take
 * screenshots (desktop VS Code through @vscode/test-electron) do not set the folder: then nothing happens.
 */
export async function screenshot(name: string): Promise<string | null> {
  const dir = process.env.NEWS_ANNOTATOR_SCREENSHOT_DIR;
  if (!dir) return null;
  const file = path.join(dir, `${name}.png`);
  // Notifications left by earlier tests (a skipped file, a paused sidecar) would cover the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  const appeared = waitForFile(dir, `${name}.png`);
  console.log(`[[screenshot:${name}]]`);
  await appeared;
  return file;
}

function waitForFile(dir: string, name: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const target = path.join(dir, name);
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(target)) finish();
    });
    const timer = setTimeout(() => finish(new Error(`screenshot ${name} did not appear within ${timeoutMs} ms`)), timeoutMs);
    function finish(error?: Error) {
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else resolve();
    }
    if (fs.existsSync(target)) finish();
  });
}
