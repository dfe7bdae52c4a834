// Backups of unsaved annotation changes in the extension's workspace storage, one small JSON file per
// article, written a moment after the last change (debounced) and when the window closes. After a crash or
// a window closed without saving, the annotation service restores them on activation and marks them unsaved.
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { StoreSnapshot } from '../core/annotations/store';
import { backupFileName } from './annotationHelpers';
import { deleteFile, writeFileAtomically } from './workspaceFiles';

export interface AnnotationBackup {
  /** The article's uri. */
  article: string;
  /** The sidecar on disk the changes were made on (null: there was none), to notice it changed since. */
  sidecarText: string | null;
  snapshot: StoreSnapshot;
}

interface BackupFile extends AnnotationBackup {
  format: 'news-annotator-annotation-backup';
  version: 1;
  savedAt: string;
}

const BACKUP_DELAY_MS = 1_000;
const FOLDER = 'annotation-backups';

export class AnnotationBackups implements vscode.Disposable {
  private readonly folder: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pending: (() => AnnotationBackup[]) | undefined;
  /** Articles with a backup file, so one whose changes were saved or dropped loses its backup. */
  private readonly onDisk = new Set<string>();
  private writing: Promise<void> = Promise.resolve();

  constructor(storageUri: vscode.Uri | undefined) {
    this.folder = storageUri && vscode.Uri.joinPath(storageUri, FOLDER);
  }

  /** Backs up what `entries` returns a moment from now (each call restarts the wait). */
  schedule(entries: () => AnnotationBackup[]): void {
    if (!this.folder) return;
    this.pending = entries;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), BACKUP_DELAY_MS);
  }

  /** Writes the backups now: one file per entry; files of articles no longer listed are deleted. */
  flush(entries = this.pending): Promise<void> {
    clearTimeout(this.timer);
    this.pending = undefined;
    if (!this.folder || !entries) return this.writing;
    const folder = this.folder;
    const list = entries();
    this.writing = this.writing.catch(() => undefined).then(async () => {
      await vscode.workspace.fs.createDirectory(folder);
      const listed = new Set(list.map(e => e.article));
      for (const entry of list) {
        await writeFileAtomically(vscode.Uri.joinPath(folder, backupFileName(entry.article)), serialise(entry));
        this.onDisk.add(entry.article);
      }
      for (const article of [...this.onDisk].filter(a => !listed.has(a))) await this.remove(article);
    });
    return this.writing;
  }

  /** The backups found in the storage (unreadable or foreign files are skipped). */
  async list(): Promise<AnnotationBackup[]> {
    if (!this.folder) return [];
    let names: [string, vscode.FileType][];
    try {
      // stat first: reading a missing folder is logged as an error by the file system layer.
      await vscode.workspace.fs.stat(this.folder);
      names = await vscode.workspace.fs.readDirectory(this.folder);
    } catch {
      return [];
    }
    const backups: AnnotationBackup[] = [];
    for (const [name, type] of names) {
      if (type !== vscode.FileType.File || !name.endsWith('.json')) continue;
      try {
        const parsed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, name)))) as BackupFile;
        if (parsed?.format !== 'news-annotator-annotation-backup' || parsed.version !== 1 || typeof parsed.article !== 'string') continue;
        this.onDisk.add(parsed.article);
        backups.push({ article: parsed.article, sidecarText: parsed.sidecarText ?? null, snapshot: parsed.snapshot });
      } catch {
        // A half-written or foreign file: not ours to restore.
      }
    }
    return backups;
  }

  async remove(article: string): Promise<void> {
    this.onDisk.delete(article);
    if (this.folder) await deleteFile(vscode.Uri.joinPath(this.folder, backupFileName(article))).catch(() => undefined);
  }

  /**
   * The window is closing: a backup still waiting for its moment is written now, synchronously (the
   * extension host does not wait for promises on shutdown). Only local storage can be written like this.
   */
  flushOnExit(entries: () => AnnotationBackup[]): void {
    clearTimeout(this.timer);
    if (!this.pending || !this.folder || this.folder.scheme !== 'file') return;
    this.pending = undefined;
    try {
      fs.mkdirSync(this.folder.fsPath, { recursive: true });
      for (const entry of entries()) fs.writeFileSync(vscode.Uri.joinPath(this.folder, backupFileName(entry.article)).fsPath, serialise(entry));
    } catch {
      // Nothing more can be done while the window closes.
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

function serialise(entry: AnnotationBackup): string {
  const file: BackupFile = { format: 'news-annotator-annotation-backup', version: 1, savedAt: new Date().toISOString(), ...entry };
  return JSON.stringify(file);
}
