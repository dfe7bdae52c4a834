// The corpus as the editor sees it: every article of the workspace with its analysis and its claims'
// matches, kept current as files change on disk and as the user types (debounced). Analysis runs in
// worker threads; the core's CorpusIndex holds the articles and matches claims; its digests persist in
// the workspace storage keyed by content hash, so reopening a large corpus does not redo the analysis.
// Views, decorations and providers read from here and listen to `onDidChange`: files → core → views.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/analysis/types';
import { indexArticlesInSlices } from '../core/corpus/build';
import { parseCache } from '../core/corpus/cache';
import { SliceQueue, slicePause } from '../core/corpus/slices';
import { CorpusIndex, type ClaimCluster, type ClaimMatch, type ClaimRef, type ClaimWithMatches } from '../core/corpus/corpusIndex';
import { createPathFilter } from '../core/corpus/glob';
import { IndexWorkerClient, type AnalyzeItem } from '../core/corpus/workerClient';
import { checkedArticleText, DEFAULT_MAX_ARTICLE_BYTES, type DecodeFailure } from '../core/text/decode';
import { dateInFileName } from '../core/text/metadata';
import { oneLine } from '../core/text/oneLine';
import { readSettings, type NewsAnnotatorSettings } from './settings';
import { fileExists, movedUri, openDocument, readArticleFile } from './workspaceFiles';

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
  /** `analysed` articles went through the analysis in the last scan, `fromCache` were taken from the cache or the index. */
  | { kind: 'ready'; articles: number; analysed?: number; fromCache?: number }
  | { kind: 'cancelled'; done: number; total: number };

export interface CorpusServiceOptions {
  /** dist/indexWorker.js */
  workerPath: string;
  /** Where the index cache is kept (the extension's workspace storage); none: no persistence. */
  storageUri: vscode.Uri | undefined;
  /** Part of the cache key: a new version of the extension does not trust old caches. */
  version: string;
  /** Where analysis failures are written (the "News Annotator" output channel). */
  log: vscode.LogOutputChannel;
}

/** Above this many articles the first index shows a cancellable notification; below it, the status bar is enough. */
const NOTIFICATION_THRESHOLD = 200;
const EDIT_DEBOUNCE_MS = 300;
/** Matches (and clusters) are computed ahead of time in idle slices this long, so CodeLens requests find them ready. */
const PRECOMPUTE_SLICE_MS = 15;
const CACHE_FILE = 'corpus-index.json';
/** The names article files have; the corpus filter decides which of them are articles. */
const ARTICLE_FILE_NAME = /\.(?:txt|md)$/i;
/** Cache lines written per call when saving in idle time. */
const CACHE_LINES_PER_WRITE = 200;
/** The cache is saved in idle time at most this often; the window's close saves what is left. */
const CACHE_SAVE_INTERVAL_MS = 5 * 60_000;

export class CorpusService implements vscode.Disposable {
  private index: CorpusIndex;
  private client: IndexWorkerClient | undefined;
  private readonly views = new Map<string, { analysis: ArticleAnalysis; article: Article }>();
  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly skippedEmitter = new vscode.EventEmitter<{ uri: vscode.Uri; reason: DecodeFailure }>();
  private readonly unreadableReported = new Set<string>();
  /** Deleted paths that may be folders of articles, until the next pass looks for their articles. */
  private readonly deletedFolders = new Set<string>();
  /** Created paths that may be folders of articles, until the next pass reads what is in them. */
  private createdFolders = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.stateEmitter, this.skippedEmitter];
  /** Fires for each file of the corpus that cannot be read as text (binary, not UTF-8, too large). */
  readonly onDidSkipFile = this.skippedEmitter.event;
  /** Fires when every article's matches have been computed (after indexing or a change). */
  readonly onDidComputeMatches: vscode.Event<void>;
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private settings: NewsAnnotatorSettings = readSettings();
  private isInCorpus = pathFilterFor(this.settings);
  private currentState: IndexState = { kind: 'idle' };
  /** The sliced work lenses and hovers wait for, one job at a time (see SliceQueue). */
  private readonly requestSlices = new SliceQueue();
  private initialScan: Promise<void> | undefined;
  private scanGeneration = 0;
  /** Whether the index holds analyses the persisted cache lacks; `cacheVersion` counts such changes. */
  private cacheStale = false;
  private cacheVersion = 0;
  private cacheSaving: Promise<void> | undefined;
  private cacheSavedAt = -Infinity;
  private disposed = false;
  private precomputeTimer: NodeJS.Immediate | undefined;
  private matchesReadyWaiters: (() => void)[] = [];
  private allMatchesComputed = false;
  private readonly matchesEmitter = new vscode.EventEmitter<void>();

  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(private readonly options: CorpusServiceOptions) {
    this.index = this.createIndex();
    this.onDidComputeMatches = this.matchesEmitter.event;
    this.disposables.push(this.matchesEmitter);
  }

  /**
   * True when every article's matches are computed: corpus-wide readers (tree counts) then read them
   * for free; before, asking for all of them at once would block the editor on a large corpus.
   */
  get matchesReady(): boolean {
    return this.allMatchesComputed;
  }

  get state(): IndexState {
    return this.currentState;
  }

  /** Starts indexing the workspace (once) and keeps the index current afterwards. */
  start(): Promise<void> {
    if (!this.initialScan) {
      this.watch();
      this.initialScan = this.scan();
    }
    return this.initialScan;
  }

  /** Resolves when the first full index is built (starting it if need be). */
  whenReady(): Promise<void> {
    return this.start();
  }

  /**
   * Resolves once every claim has its record. Claims come packed, from the cache or the worker threads,
   * and their records are made in idle slices after indexing; matching an article's claims before then
   * would make the records of hundreds of candidate articles in one block (over 100 ms at 10,000
   * articles), so requests that match wait for this.
   */
  async whenClaimsRead(): Promise<void> {
    await this.whenReady();
    await this.requestSlices.run(() => this.index.makeClaimRecords(PRECOMPUTE_SLICE_MS));
  }

  /**
   * Resolves once the article's claims are matched (claims() then answers at once). The matching runs in
   * 15 ms slices: one long article in a big corpus takes up to about 100 ms in one go.
   */
  async whenMatched(uri: vscode.Uri): Promise<void> {
    await this.whenClaimsRead();
    await this.requestSlices.run(() => this.index.matchArticle(uri.toString(), PRECOMPUTE_SLICE_MS));
  }

  articles(): Article[] {
    return this.index.paths().map(key => this.viewOf(key)).filter((a): a is Article => a !== undefined)
      .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }

  get(uri: vscode.Uri): Article | undefined {
    return this.viewOf(uri.toString());
  }

  /** The article's claims, each with its matches in other articles at the current threshold. */
  claims(uri: vscode.Uri): ClaimWithMatches[] {
    return this.index.getClaims(uri.toString());
  }

  /** The article's claims without their matches (nothing is matched). */
  claimRefs(uri: vscode.Uri): ClaimRef[] {
    return this.index.getClaimRefs(uri.toString());
  }

  /** Matches for any span of an indexed article, best one per other article. */
  findMatches(uri: vscode.Uri, start: number, end: number): ClaimMatch[] {
    return this.index.findMatchesForText(uri.toString(), start, end);
  }

  /** Claim clusters across the corpus, disagreements first; computed in slices (a big corpus has millions of matches). */
  clusters(): Promise<ClaimCluster[]> {
    return this.index.clustersInSlices(slicePause(PRECOMPUTE_SLICE_MS));
  }

  isArticle(uri: vscode.Uri): boolean {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    return this.isInCorpus(vscode.workspace.asRelativePath(uri, false));
  }

  applySettings(settings: NewsAnnotatorSettings): void {
    const previous = this.settings;
    this.settings = settings;
    this.isInCorpus = pathFilterFor(settings);
    if (settings.matchThreshold !== previous.matchThreshold) {
      this.index.threshold = settings.matchThreshold;
      this.changeEmitter.fire({ changed: this.index.paths().map(p => vscode.Uri.parse(p)), removed: [] });
    }
    const reanalyse = settings.fallbackLanguage !== previous.fallbackLanguage || settings.referenceDate !== previous.referenceDate;
    const refilter = settings.include !== previous.include || settings.exclude.join('\n') !== previous.exclude.join('\n');
    if (reanalyse) {
      void this.client?.terminate();
      this.client = undefined;
      this.index = this.createIndex();
      this.views.clear();
    }
    if ((reanalyse || refilter) && this.initialScan) void this.rescan();
  }

  /** Indexes the workspace again (unchanged articles are taken from the index as they are). */
  async rescan(): Promise<void> {
    if (!this.initialScan) return this.start();
    this.initialScan = this.scan();
    await this.initialScan;
  }

  private createIndex(): CorpusIndex {
    return new CorpusIndex({ threshold: this.settings.matchThreshold, cacheKey: this.cacheKey() });
  }

  private cacheKey(): string {
    return `${this.options.version}|${this.settings.fallbackLanguage}|${this.settings.referenceDate ?? ''}`;
  }

  private workerClient(): IndexWorkerClient {
    if (!this.client) {
      this.client = new IndexWorkerClient({
        workerPath: this.options.workerPath,
        analysisOptions: {
          fallbackLanguage: this.settings.fallbackLanguage,
          defaultReferenceDate: this.settings.referenceDate ?? undefined,
        },
      });
    }
    return this.client;
  }

  private setState(state: IndexState): void {
    this.currentState = state;
    this.stateEmitter.fire(state);
  }

  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const uris = await this.findArticles();
    await this.loadCache();
    const location = uris.length > NOTIFICATION_THRESHOLD ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress(
      { location, title: vscode.l10n.t('Indexing news articles'), cancellable: true },
      async (progress, token) => {
        this.setState({ kind: 'indexing', done: 0, total: uris.length });
        const abort = new AbortController();
        const cancelled = token.onCancellationRequested(() => abort.abort());
        try {
          const items = await this.readAll(uris, token);
          const started = Date.now();
          let reported = 0;
          const result = await indexArticlesInSlices(this.index, items, {
            client: this.workerClient(),
            signal: abort.signal,
            onProgress: (done, total) => {
              progress.report({ message: `${done}/${total}`, increment: ((done - reported) / Math.max(1, total)) * 100 });
              reported = done;
              this.setState({ kind: 'indexing', done, total });
            },
          });
          this.reportFailures(result.failed);
          if (generation !== this.scanGeneration) return;
          this.forgetMissing(new Set(items.map(item => item.path)));
          this.index.releaseCache();
          this.options.log.info(`Indexed ${this.index.size} articles in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.analysed} analysed, ${result.reused} from the cache.`);
          this.setState({ kind: 'ready', articles: this.index.size, analysed: result.analysed, fromCache: result.reused });
        } catch (error) {
          if (!abort.signal.aborted) throw error;
          this.setState({ kind: 'cancelled', done: this.index.size, total: uris.length });
        } finally {
          cancelled.dispose();
          this.changeEmitter.fire({ changed: this.index.paths().map(p => vscode.Uri.parse(p)), removed: [] });
          this.markCacheStale();
          this.schedulePrecompute();
        }
      },
    );
  }

  private async findArticles(): Promise<vscode.Uri[]> {
    const uris = await vscode.workspace.findFiles(this.settings.include, this.excludeGlob());
    return uris.filter(uri => this.isArticle(uri));
  }

  /**
   * findFiles takes one glob and cannot nest {…} groups: the plain exclude patterns are given there (to skip big
   * folders such as node_modules early), and the corpus filter applies every pattern exactly afterwards.
   */
  private excludeGlob(): string | undefined {
    const plain = this.settings.exclude.filter(glob => !/[{}]/.test(glob));
    return plain.length ? `{${plain.join(',')}}` : undefined;
  }

  private async readAll(uris: vscode.Uri[], token: vscode.CancellationToken): Promise<AnalyzeItem[]> {
    const items: AnalyzeItem[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const text = await this.readArticleText(uri);
      if (text !== undefined) items.push({ path: uri.toString(), text });
    }
    return items;
  }

  /** An article the analysis fails on is left out of the index; the user hears about it once per run. */
  private reportFailures(failed: { path: string; error: string }[]): void {
    if (failed.length === 0) return;
    for (const { path: key, error } of failed) {
      this.options.log.error(`Could not analyse ${vscode.workspace.asRelativePath(vscode.Uri.parse(key))}: ${error}`);
    }
    void vscode.window.showWarningMessage(
      vscode.l10n.t('News Annotator could not analyse {0} article(s); see the output channel for details.', failed.length),
      vscode.l10n.t('Show Output'),
    ).then(choice => {
      if (choice) this.options.log.show(true);
    });
  }

  private forgetMissing(present: Set<string>): void {
    const removed = this.index.paths().filter(p => !present.has(p));
    for (const key of removed) {
      this.index.remove(key);
      this.views.delete(key);
    }
    if (removed.length) this.changeEmitter.fire({ changed: [], removed: removed.map(p => vscode.Uri.parse(p)) });
  }

  private async reload(uri: vscode.Uri): Promise<void> {
    if (!this.isArticle(uri)) return;
    const text = await this.readArticleText(uri);
    if (text === undefined) return;
    const key = uri.toString();
    // The article's matching is left to the lenses' slices and the idle-time precompute: done here, it
    // would hold the editor for up to 100 ms on a long article in a big corpus.
    let changed: boolean;
    if (this.index.needsAnalysis(key, text)) {
      const [result] = await this.workerClient().analyze([{ path: key, text }]);
      if (!result?.digest) {
        this.reportFailures([{ path: key, error: result?.error ?? 'no result' }]);
        return;
      }
      changed = this.index.upsert(key, text, result.digest, { deferMatching: true });
    } else {
      changed = this.index.upsert(key, text, undefined, { deferMatching: true });
    }
    // Reopening a document (VS Code closes and reopens it when its language changes) changes nothing.
    if (!changed) return;
    this.changeEmitter.fire({ changed: [uri], removed: [] });
    this.markCacheStale();
    this.schedulePrecompute();
  }

  /**
   * Reads an article from its open editor if there is one (unsaved edits count), else from disk. An open
   * document is held to the size limit a file is.
   */
  private async readArticleText(uri: vscode.Uri): Promise<string | undefined> {
    const open = openDocument(uri);
    // A document can stay open after its file was deleted (the editor says so); unless it has edits, it is gone.
    if (open && !open.isDirty && !(await fileExists(uri))) return undefined;
    const decoded = open ? checkedArticleText(open.getText()) : await readArticleFile(uri);
    if (!decoded) return undefined;
    if (decoded.ok) return decoded.text;
    this.reportUnreadable(uri, decoded.reason, decoded.message);
    return undefined;
  }

  /**
   * A file the corpus cannot read is left out (also when it was an article until now, say overwritten by a
   * binary file) and left alone; the user hears why, once per file.
   */
  private reportUnreadable(uri: vscode.Uri, reason: DecodeFailure, message: string): void {
    this.forget(uri);
    this.options.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${message}`);
    this.skippedEmitter.fire({ uri, reason });
    if (this.unreadableReported.has(uri.toString())) return;
    this.unreadableReported.add(uri.toString());
    void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator skipped {0}: {1}', vscode.workspace.asRelativePath(uri), describeUnreadable(reason)));
  }

  private forget(uri: vscode.Uri): void {
    this.forgetKeys([uri.toString()]);
  }

  private forgetKeys(keys: readonly string[]): void {
    const removed: vscode.Uri[] = [];
    for (const key of keys) {
      this.views.delete(key);
      if (this.index.remove(key)) removed.push(vscode.Uri.parse(key));
    }
    if (removed.length) this.changeEmitter.fire({ changed: [], removed });
  }

  /**
   * Something was deleted on disk: an article, or maybe a folder of them (a folder's deletion is one event, none
   * for its files). Possible folders are gathered and looked for in one pass over the index per batch of
   * events, so deleting thousands of files (a build's output, node_modules) costs one pass, not one each.
   */
  private deleted(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.index.has(key)) {
      this.forget(uri);
      return;
    }
    if (ARTICLE_FILE_NAME.test(uri.path)) return; // a file, and no article
    if (this.deletedFolders.size === 0) queueMicrotask(() => this.forgetDeletedFolders());
    this.deletedFolders.add(key.replace(/\/$/, ''));
  }

  private forgetDeletedFolders(): void {
    const folders = new Set(this.deletedFolders);
    this.deletedFolders.clear();
    this.forgetKeys(this.index.paths().filter(key => isInsideOneOf(key, folders)));
  }

  /**
   * Something was created on disk: maybe a folder of articles. The watcher watches each new folder on its own
   * once it has seen it, and files written into it before then are never reported (inotify; see
   * parcel-bundler/watcher#243, whose watcher VS Code uses): a new folder's articles are read when it appears.
   * A folder renamed or moved by another program (a terminal's mv, git) comes the same way, as the old folder's
   * deletion and the new one's creation with nothing for the files in them. Files written after the watcher
   * caught up are reported as well, and reading an article twice changes nothing.
   * Creations are gathered per batch of events, and a folder inside another created one is read with it.
   */
  private created(uri: vscode.Uri): void {
    if (ARTICLE_FILE_NAME.test(uri.path)) return; // a file: the article watcher reports it
    if (this.createdFolders.size === 0) queueMicrotask(() => void this.readCreatedFolders());
    this.createdFolders.add(uri.toString().replace(/\/$/, ''));
  }

  private async readCreatedFolders(): Promise<void> {
    const created = this.createdFolders;
    this.createdFolders = new Set();
    const outermost = [...created].filter(key => !isInsideOneOf(key, created));
    for (const key of outermost) await this.readAllUnder(vscode.Uri.parse(key));
  }

  /** The index keys of the article at `uri`, or of the articles under it when it is a folder. */
  private articleKeysUnder(uri: vscode.Uri): string[] {
    const key = uri.toString();
    if (this.index.has(key)) return [key];
    const folder = `${key.replace(/\/$/, '')}/`;
    return this.index.paths().filter(path => path.startsWith(folder));
  }

  private viewOf(key: string): Article | undefined {
    const indexed = this.index.getArticle(key);
    if (!indexed) return undefined;
    const cached = this.views.get(key);
    // The index hands out a new analysis object when the text or the corpus-wide entity linking changes.
    if (cached?.analysis === indexed.analysis) return cached.article;
    const uri = vscode.Uri.parse(key);
    const article: Article = {
      uri,
      relativePath: vscode.workspace.asRelativePath(uri, false),
      text: indexed.text,
      analysis: indexed.analysis,
      title: displayTitle(indexed.text, indexed.analysis),
    };
    this.views.set(key, { analysis: indexed.analysis, article });
    return article;
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,TXT,MD}');
    const anything = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => this.reloadUnlessDirty(uri)),
      watcher.onDidChange(uri => this.reloadUnlessDirty(uri)),
      // A folder deleted on disk is one event for the folder, none for its files, and a new folder's first files
      // may go unreported; the pattern above only matches files, so folders are watched for as anything.
      anything,
      anything.onDidCreate(uri => this.created(uri)),
      anything.onDidDelete(uri => this.deleted(uri)),
      vscode.workspace.onDidRenameFiles(event => {
        for (const { oldUri, newUri } of event.files) this.renamed(oldUri, newUri);
      }),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.contentChanges.length && this.isArticle(event.document.uri)) this.scheduleReload(event.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument(document => {
        // An editor closed with its changes discarded: the file on disk is the truth again.
        if (this.isArticle(document.uri)) this.scheduleReload(document.uri);
      }),
    );
  }

  /**
   * A file or folder renamed or moved in the workbench: its articles keep their analyses under the new names
   * (one event for a folder, none for the files in it). One that is no article under its new name (another
   * extension, an excluded folder) leaves the corpus; a file that becomes an article is read.
   */
  private renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const changed: vscode.Uri[] = [];
    const removed: vscode.Uri[] = [];
    for (const key of this.articleKeysUnder(oldUri)) {
      const from = vscode.Uri.parse(key);
      const to = movedUri(from, oldUri, newUri);
      if (!to) continue;
      this.views.delete(key);
      removed.push(from);
      // A date in the file name is the reference date of an article without a Date line: read anew if it changed.
      if (this.isArticle(to) && dateInFileName(from.path) === dateInFileName(to.path) && this.index.rename(key, to.toString())) {
        changed.push(to);
        continue;
      }
      this.index.remove(key);
      void this.reload(to);
    }
    if (changed.length || removed.length) this.changeEmitter.fire({ changed, removed });
    if (removed.length === 0) void this.readAllUnder(newUri);
  }

  /**
   * Reads the article at `uri`, or every article in it when it is a folder: a folder renamed into the corpus, or
   * one whose deletion event from the watcher came before the rename and took its articles out already.
   */
  private async readAllUnder(uri: vscode.Uri): Promise<void> {
    if (this.isArticle(uri)) return this.reload(uri);
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat || !(stat.type & vscode.FileType.Directory)) return;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), this.excludeGlob());
    for (const file of files) if (this.isArticle(file)) await this.reload(file);
  }

  private reloadUnlessDirty(uri: vscode.Uri): void {
    if (openDocument(uri)?.isDirty) return; // the editor's text wins until it is saved or reverted
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

  /**
   * Resolves once every article's matches are computed (they are, in idle slices, after indexing), so
   * corpus-wide readers (the Claims view, disagreement diagnostics) never compute them in one long block.
   */
  async whenMatchesReady(): Promise<void> {
    await this.whenReady();
    if (this.allMatchesComputed) return;
    await new Promise<void>(resolve => {
      this.matchesReadyWaiters.push(resolve);
      this.schedulePrecompute();
    });
  }

  /** Computes matches in short slices while the editor is idle. */
  private schedulePrecompute(): void {
    this.allMatchesComputed = false;
    if (this.precomputeTimer) return;
    this.precomputeTimer = setImmediate(() => {
      this.precomputeTimer = undefined;
      if (!this.index.precomputeMatches(PRECOMPUTE_SLICE_MS)) {
        this.schedulePrecompute();
        return;
      }
      this.allMatchesComputed = true;
      this.matchesEmitter.fire();
      const waiters = this.matchesReadyWaiters;
      this.matchesReadyWaiters = [];
      waiters.forEach(resolve => resolve());
      this.cacheSaving ??= this.saveCacheInSlices().finally(() => { this.cacheSaving = undefined; });
    });
  }

  private markCacheStale(): void {
    this.cacheStale = true;
    this.cacheVersion++;
  }

  /** Resolves when a save of the cache that is under way is done (tests wait for it). */
  async whenCacheSaved(): Promise<void> {
    await this.cacheSaving;
  }

  /**
   * Saves the cache while the editor is idle, once the matches are ready: its lines are made an
   * article per slice and written without blocking, so a crash later does not cost a cold start.
   * Changes made meanwhile leave it stale, for the next save or the window's close.
   */
  private async saveCacheInSlices(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || !this.options.storageUri || !this.cacheStale || uri.scheme !== 'file') return;
    // Edits make the cache stale again and again; rewriting a big corpus's cache after each would waste work.
    if (Date.now() - this.cacheSavedAt < CACHE_SAVE_INTERVAL_MS) return;
    this.cacheSavedAt = Date.now();
    const version = this.cacheVersion;
    const temporary = `${uri.fsPath}.${process.pid}.idle.tmp`;
    try {
      const lines = await this.index.cacheLinesInSlices(slicePause(PRECOMPUTE_SLICE_MS));
      await fs.promises.mkdir(this.options.storageUri.fsPath, { recursive: true });
      const file = await fs.promises.open(temporary, 'w');
      try {
        for (let i = 0; i < lines.length; i += CACHE_LINES_PER_WRITE) {
          const last = i + CACHE_LINES_PER_WRITE >= lines.length;
          await file.write(lines.slice(i, i + CACHE_LINES_PER_WRITE).join('\n') + (last ? '' : '\n'));
        }
      } finally {
        await file.close();
      }
      // A later version, or the window's close, has written or will write the newer state.
      if (this.disposed || version !== this.cacheVersion) {
        await fs.promises.rm(temporary, { force: true });
        return;
      }
      await fs.promises.rename(temporary, uri.fsPath);
      this.cacheStale = false;
    } catch (error) {
      await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
      this.options.log.warn(`Could not write the index cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private cacheUri(): vscode.Uri | undefined {
    return this.options.storageUri && vscode.Uri.joinPath(this.options.storageUri, CACHE_FILE);
  }

  private async loadCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || this.index.size > 0) return;
    try {
      // Only the header is parsed here; each article's lines are parsed when the sliced intake takes it.
      this.index.loadCache(parseCache(await vscode.workspace.fs.readFile(uri), this.cacheKey()));
    } catch {
      // No cache yet, or an unreadable one: index from scratch.
    }
  }

  /**
   * Writes the index cache at once when the window closes, if the idle-time save has not caught up
   * with the latest changes (about 0.2 s per 1,000 articles).
   */
  private flushCache(): void {
    const uri = this.cacheUri();
    if (!uri || !this.options.storageUri || !this.cacheStale || uri.scheme !== 'file') return;
    try {
      fs.mkdirSync(this.options.storageUri.fsPath, { recursive: true });
      const temporary = `${uri.fsPath}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, this.index.toCache());
      fs.renameSync(temporary, uri.fsPath);
      this.cacheStale = false;
    } catch (error) {
      this.options.log.warn(`Could not write the index cache: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    this.flushCache();
    if (this.precomputeTimer) clearImmediate(this.precomputeTimer);
    void this.client?.terminate();
    this.disposables.forEach(d => d.dispose());
  }
}

/** The header's title, else the body's first non-empty line (trimmed to a readable length). */
export function displayTitle(text: string, analysis: ArticleAnalysis): string {
  if (analysis.metadata.title) return analysis.metadata.title;
  const firstLine = text.slice(analysis.metadata.bodyStart).split(/\r?\n/).find(line => line.trim()) ?? '';
  return oneLine(firstLine, 80);
}

/** Why a file was left out, in the UI language (the decoder's own message is English). */
function describeUnreadable(reason: DecodeFailure): string {
  switch (reason) {
    case 'binary': return vscode.l10n.t('it is a binary file, not text');
    case 'encoding': return vscode.l10n.t('it is not valid UTF-8; save it as UTF-8 to include it');
    case 'too-large': return vscode.l10n.t('it is larger than {0} MB', DEFAULT_MAX_ARTICLE_BYTES / 1024 / 1024);
  }
}

/**
 * Whether the path `key` lies inside one of `folders` (keys without a trailing slash). Each of its ancestors is
 * looked up, so a batch of thousands of folders (a checkout, a build's output) costs no comparison of each with all.
 */
function isInsideOneOf(key: string, folders: ReadonlySet<string>): boolean {
  for (let slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
    if (folders.has(key.slice(0, slash))) return true;
  }
  return false;
}

function pathFilterFor(settings: NewsAnnotatorSettings): (relativePath: string) => boolean {
  return createPathFilter({ include: [settings.include], exclude: settings.exclude });
}

/** dist/indexWorker.js beside the extension's bundle. */
export function workerPathFor(extensionPath: string): string {
  return path.join(extensionPath, 'dist', 'indexWorker.js');
}
