// The corpus as the editor sees it: every article of the workspace with its analysis, kept up to date as
// files change on disk and as the user types (debounced). Views, decorations and providers read from here and
// listen to `onDidChange`; data flows one way: files → core → views.
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/analysis/types';
import { decodeArticle } from '../core/text/decode';
import { AnalysisRunner } from './analysisRunner';
import { readSettings, type NewsAnnotatorSettings } from './settings';

export interface Article {
  readonly uri: vscode.Uri;
  /** Path relative to its workspace folder, with forward slashes. */
  readonly relativePath: string;
  readonly text: string;
  readonly analysis: ArticleAnalysis;
  /** From the header, else the first line of the body. */
  readonly title: string;
}

export interface CorpusChange {
  changed: vscode.Uri[];
  removed: vscode.Uri[];
}

export type IndexState =
  | { kind: 'idle' }
  | { kind: 'indexing'; done: number; total: number }
  | { kind: 'ready'; articles: number }
  | { kind: 'cancelled'; done: number; total: number };

/** Above this many articles the first index shows a cancellable notification; below it, the status bar is enough. */
const NOTIFICATION_THRESHOLD = 200;

const EDIT_DEBOUNCE_MS = 300;

export class CorpusService implements vscode.Disposable {
  private readonly byKey = new Map<string, Article>();
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.stateEmitter];
  private currentState: IndexState = { kind: 'idle' };
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private readonly runner: AnalysisRunner;
  private settings: NewsAnnotatorSettings = readSettings();
  private initialScan: Promise<void> | undefined;
  private scanGeneration = 0;

  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;

  get state(): IndexState {
    return this.currentState;
  }

  private setState(state: IndexState): void {
    this.currentState = state;
    this.stateEmitter.fire(state);
  }

  constructor() {
    this.runner = new AnalysisRunner();
    this.disposables.push(this.runner);
  }

  /** Starts indexing the workspace (once) and keeps the index current afterwards. */
  start(): Promise<void> {
    if (!this.initialScan) {
      this.watch();
      this.initialScan = this.scan();
    }
    return this.initialScan;
  }

  /** Resolves when the first full index is built. */
  whenReady(): Promise<void> {
    return this.start();
  }

  articles(): Article[] {
    return [...this.byKey.values()].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }

  get(uri: vscode.Uri): Article | undefined {
    return this.byKey.get(uri.toString());
  }

  applySettings(settings: NewsAnnotatorSettings): void {
    const corpusChanged = settings.include !== this.settings.include
      || settings.exclude.join('\n') !== this.settings.exclude.join('\n')
      || settings.fallbackLanguage !== this.settings.fallbackLanguage
      || settings.referenceDate !== this.settings.referenceDate;
    this.settings = settings;
    if (corpusChanged && this.initialScan) void this.rescan();
  }

  /** Forgets everything and indexes the workspace again. */
  async rescan(): Promise<void> {
    if (!this.initialScan) return this.start();
    const removed = [...this.byKey.values()].map(a => a.uri);
    this.byKey.clear();
    if (removed.length) this.changeEmitter.fire({ changed: [], removed });
    this.initialScan = this.scan();
    await this.initialScan;
  }

  isArticle(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote') return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    return matchesGlob(relative, this.settings.include) && !this.settings.exclude.some(g => matchesGlob(relative, g))
      && !relative.endsWith('.annotations.jsonc');
  }

  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const uris = await this.findArticles();
    const location = uris.length > NOTIFICATION_THRESHOLD ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: vscode.l10n.t('Indexing news articles'), cancellable: true },
      async (progress, token) => {
        const batch: Article[] = [];
        let done = 0;
        this.setState({ kind: 'indexing', done, total: uris.length });
        for (const uri of uris) {
          if (generation !== this.scanGeneration) return;
          if (token.isCancellationRequested) {
            this.setState({ kind: 'cancelled', done, total: uris.length });
            break;
          }
          const article = await this.load(uri);
          if (article) batch.push(article);
          done++;
          progress.report({ message: `${done}/${uris.length}`, increment: 100 / uris.length });
          this.setState({ kind: 'indexing', done, total: uris.length });
        }
        for (const article of batch) this.byKey.set(article.uri.toString(), article);
        this.changeEmitter.fire({ changed: batch.map(a => a.uri), removed: [] });
        if (this.currentState.kind !== 'cancelled') this.setState({ kind: 'ready', articles: this.byKey.size });
      },
    );
  }

  private async findArticles(): Promise<vscode.Uri[]> {
    const exclude = `{${this.settings.exclude.join(',')}}`;
    const uris = await vscode.workspace.findFiles(this.settings.include, exclude);
    return uris.filter(uri => this.isArticle(uri));
  }

  /** Reads an article from its open editor if there is one (unsaved edits count), else from disk. */
  private async load(uri: vscode.Uri): Promise<Article | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    let text: string;
    if (open) {
      text = open.getText();
    } else {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        reportUnreadable(uri, decoded.message);
        return undefined;
      }
      text = decoded.text;
    }
    const analysis = await this.runner.analyze(text, {
      fallbackLanguage: this.settings.fallbackLanguage,
      defaultReferenceDate: this.settings.referenceDate ?? undefined,
    });
    return { uri, relativePath: vscode.workspace.asRelativePath(uri, false), text, analysis, title: displayTitle(text, analysis) };
  }

  private async reload(uri: vscode.Uri): Promise<void> {
    if (!this.isArticle(uri)) return;
    const article = await this.load(uri);
    if (article) {
      this.byKey.set(uri.toString(), article);
      this.changeEmitter.fire({ changed: [uri], removed: [] });
    }
  }

  private forget(uri: vscode.Uri): void {
    if (this.byKey.delete(uri.toString())) this.changeEmitter.fire({ changed: [], removed: [uri] });
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => this.reloadUnlessOpen(uri)),
      watcher.onDidChange(uri => this.reloadUnlessOpen(uri)),
      watcher.onDidDelete(uri => this.forget(uri)),
      vscode.workspace.onDidRenameFiles(event => {
        for (const { oldUri, newUri } of event.files) {
          this.forget(oldUri);
          void this.reload(newUri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.contentChanges.length && this.isArticle(event.document.uri)) this.scheduleReload(event.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument(document => {
        // A closed editor with unsaved changes discarded: the file on disk is the truth again.
        if (this.isArticle(document.uri)) this.scheduleReload(document.uri);
      }),
    );
  }

  private reloadUnlessOpen(uri: vscode.Uri): void {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open?.isDirty) return; // the editor's text wins until it is saved or reverted
    void this.reload(uri);
  }

  private scheduleReload(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(key, setTimeout(() => {
      this.pendingEdits.delete(key);
      void this.reload(uri);
    }, EDIT_DEBOUNCE_MS));
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    this.disposables.forEach(d => d.dispose());
  }
}

/** The header's title, else the body's first non-empty line (trimmed to a readable length). */
export function displayTitle(text: string, analysis: ArticleAnalysis): string {
  if (analysis.metadata.title) return analysis.metadata.title;
  const firstLine = text.slice(analysis.metadata.bodyStart).split(/\r?\n/).find(line => line.trim()) ?? '';
  const trimmed = firstLine.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
}

const unreadableReported = new Set<string>();

function reportUnreadable(uri: vscode.Uri, message: string): void {
  if (unreadableReported.has(uri.toString())) return;
  unreadableReported.add(uri.toString());
  void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator skipped {0}: {1}', vscode.workspace.asRelativePath(uri), message));
}

/** A small glob matcher for the corpus settings: `**`, `*`, `?` and `{a,b}`. */
export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path);
}

const globCache = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
  let cached = globCache.get(glob);
  if (!cached) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i];
      if (c === '*' && glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else if (c === '*') source += '[^/]*';
      else if (c === '?') source += '[^/]';
      else if (c === '{') source += '(?:';
      else if (c === '}') source += ')';
      else if (c === ',') source += '|';
      else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
    cached = new RegExp(`^${source}$`);
    globCache.set(glob, cached);
  }
  return cached;
}
