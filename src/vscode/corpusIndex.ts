// Corpus-wide groupings (entities by canonical name, dated expressions by day) kept current incrementally:
// a corpus change re-reads only the changed articles, in slices of a few milliseconds, so a big corpus never
// blocks the extension host. Readers `await ready()` and then read synchronously; `onDidChange` fires
// after each batch of updates, which is when views refresh.
import * as vscode from 'vscode';
import type { Span } from '../core/analysis/types';
import type { Article, CorpusService } from './corpusService';

/** How long one slice of index work may hold the extension host. */
const SLICE_MS = 12;

export interface Keyed<T> {
  key: string;
  item: T;
}

export interface Occurrence<T> {
  article: Article;
  item: T;
}

/** Everything the corpus says under one key, article by article. */
export class CorpusGroup<T extends Span> {
  private readonly byArticle = new Map<string, Occurrence<T>[]>();
  private ordered: Occurrence<T>[] | undefined;
  private count = 0;

  constructor(readonly key: string) {}

  get size(): number {
    return this.count;
  }

  get articleCount(): number {
    return this.byArticle.size;
  }

  /** Every occurrence in corpus order: earliest published article first, then by position in the text. */
  occurrences(): readonly Occurrence<T>[] {
    if (!this.ordered) {
      this.ordered = [...this.byArticle.values()].flat()
        .sort((a, b) => compareArticles(a.article, b.article) || a.item.start - b.item.start);
    }
    return this.ordered;
  }

  first(): Occurrence<T> | undefined {
    return this.occurrences()[0];
  }

  /** @internal */ set(uriKey: string, occurrences: Occurrence<T>[]): void {
    this.count += occurrences.length - (this.byArticle.get(uriKey)?.length ?? 0);
    this.byArticle.set(uriKey, occurrences);
    this.ordered = undefined;
  }

  /** @internal */ delete(uriKey: string): void {
    this.count -= this.byArticle.get(uriKey)?.length ?? 0;
    this.byArticle.delete(uriKey);
    this.ordered = undefined;
  }
}

export class KeyedCorpusIndex<T extends Span> implements vscode.Disposable {
  private readonly groupsByKey = new Map<string, CorpusGroup<T>>();
  private readonly keysByArticle = new Map<string, string[]>();
  private readonly pending = new Map<string, vscode.Uri>();
  private draining: Promise<void> | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  private changeCount = 0;

  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService, private readonly extract: (article: Article) => Keyed<T>[]) {
    for (const article of corpus.articles()) this.pending.set(article.uri.toString(), article.uri);
    this.subscription = corpus.onDidChange(change => {
      for (const uri of [...change.changed, ...change.removed]) this.pending.set(uri.toString(), uri);
      void this.ready();
    });
  }

  /** Grows with every applied change: readers cache derived lists against it. */
  get version(): number {
    return this.changeCount;
  }

  /** Resolves once every corpus change seen so far is reflected in the index. */
  ready(): Promise<void> {
    if (!this.draining) {
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
        // A change that arrived between the last slice and this callback starts the next drain.
        if (this.pending.size) void this.ready();
      });
    }
    return this.draining;
  }

  group(key: string): CorpusGroup<T> | undefined {
    return this.groupsByKey.get(key);
  }

  groups(): IterableIterator<CorpusGroup<T>> {
    return this.groupsByKey.values();
  }

  private async drain(): Promise<void> {
    let changed = false;
    while (this.pending.size) {
      const sliceEnd = Date.now() + SLICE_MS;
      for (const [key, uri] of this.pending) {
        this.pending.delete(key);
        this.reindex(key, uri);
        changed = true;
        if (Date.now() >= sliceEnd) break;
      }
      if (this.pending.size) await new Promise(resolve => setImmediate(resolve));
    }
    if (changed) {
      this.changeCount++;
      this.changeEmitter.fire();
    }
  }

  private reindex(uriKey: string, uri: vscode.Uri): void {
    for (const key of this.keysByArticle.get(uriKey) ?? []) {
      const group = this.groupsByKey.get(key);
      group?.delete(uriKey);
      if (group && group.size === 0) this.groupsByKey.delete(key);
    }
    this.keysByArticle.delete(uriKey);
    const article = this.corpus.get(uri);
    if (!article) return;
    const byKey = new Map<string, Occurrence<T>[]>();
    for (const { key, item } of this.extract(article)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, list = []);
      list.push({ article, item });
    }
    for (const [key, occurrences] of byKey) {
      let group = this.groupsByKey.get(key);
      if (!group) this.groupsByKey.set(key, group = new CorpusGroup<T>(key));
      group.set(uriKey, occurrences);
    }
    this.keysByArticle.set(uriKey, [...byKey.keys()]);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

/** Corpus order: by publication date (undated last), then by path. */
export function compareArticles(a: Article, b: Article): number {
  const dateA = a.analysis.metadata.published;
  const dateB = b.analysis.metadata.published;
  if (dateA !== dateB) {
    if (!dateA) return 1;
    if (!dateB) return -1;
    return dateA < dateB ? -1 : 1;
  }
  return pathCollator.compare(a.relativePath, b.relativePath);
}

const pathCollator = new Intl.Collator();
