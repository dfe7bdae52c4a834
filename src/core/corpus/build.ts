// Building the index for a set of texts: articles whose content hash is indexed or cached are taken
// as they are; the rest are analysed in worker threads when a client is given, else in-line.
import type { CorpusIndex, UpsertItem } from './corpusIndex';
import { contentHash } from './digest';
import type { AbortSignalLike, AnalyzeItem, IndexWorkerClient } from './workerClient';
import { slicePause, yieldToEventLoop } from './slices';

export interface IndexArticlesOptions {
  client?: IndexWorkerClient;
  signal?: AbortSignalLike;
  onProgress?(done: number, total: number): void;
}

export interface IndexArticlesResult {
  analysed: number;
  reused: number;
  failed: Array<{ path: string; error: string }>;
}

/** Indexes texts (with their `contentHash` as `hash` if the caller has it). */
export async function indexArticles(
  index: CorpusIndex, articles: ReadonlyArray<AnalyzeItem & { hash?: string }>, options: IndexArticlesOptions = {},
): Promise<IndexArticlesResult> {
  const fresh: (AnalyzeItem & { hash: string })[] = [];
  const reused: (AnalyzeItem & { hash: string })[] = [];
  for (const article of articles) {
    const hashed = { ...article, hash: article.hash ?? contentHash(article.text) };
    (index.needsAnalysis(hashed.path, hashed.text, hashed.hash) ? fresh : reused).push(hashed);
  }
  const failed: IndexArticlesResult['failed'] = [];
  if (!options.client) {
    index.upsertMany([...reused, ...fresh]);
    options.onProgress?.(articles.length, articles.length);
    return { analysed: fresh.length, reused: reused.length, failed };
  }
  let analysed = 0;
  // Results are indexed as they arrive, while the workers analyse the rest.
  index.beginBulkLoad();
  try {
    index.upsertMany(reused);
    analysed = await analyseInWorkers(options.client, fresh, reused.length, options, failed, items => index.upsertMany(items));
  } finally {
    index.endBulkLoad();
  }
  return { analysed, reused: reused.length, failed };
}

/**
 * Has the workers analyse `fresh`, handing each chunk of results to `take` as index items as it
 * arrives; failures go to `failed`. Returns how many were analysed.
 */
async function analyseInWorkers(
  client: IndexWorkerClient, fresh: ReadonlyArray<AnalyzeItem & { hash: string }>, reused: number, options: IndexArticlesOptions,
  failed: IndexArticlesResult['failed'], take: (items: UpsertItem[]) => void,
): Promise<number> {
  const byPath = new Map(fresh.map(article => [article.path, article]));
  let analysed = 0;
  await client.analyze(fresh, {
    signal: options.signal,
    onProgress: (done, total) => options.onProgress?.(reused + done, reused + total),
    onResults: results => {
      const items: UpsertItem[] = [];
      for (const result of results) {
        const article = byPath.get(result.path);
        if (!article) continue;
        if (result.digest) items.push({ ...article, prepared: result.digest });
        else failed.push({ path: result.path, error: result.error ?? 'unknown error' });
      }
      analysed += items.length;
      take(items);
    },
  });
  return analysed;
}

export interface SlicedIndexOptions extends IndexArticlesOptions {
  /** How long one slice of main-thread work may run before yielding to the event loop (ms). */
  sliceMs?: number;
  now?: () => number;
  /** Corpora up to this size link their entities in-line, larger ones in a worker thread (default 200). */
  linkInLineUpTo?: number;
}

/**
 * `indexArticles` for a host that must stay responsive (the editor): analysis and entity linking run
 * in worker threads, and the main-thread work — hashing, taking results into the index as they
 * arrive, rebuilding the posting lists, taking the linked names — runs in slices of `sliceMs` with
 * yields between them.
 */
export async function indexArticlesInSlices(
  index: CorpusIndex, articles: readonly AnalyzeItem[], options: SlicedIndexOptions & { client: IndexWorkerClient },
): Promise<IndexArticlesResult> {
  const pause = slicesOf(options);
  const reused: UpsertItem[] = [];
  const fresh: (AnalyzeItem & { hash: string })[] = [];
  for (const article of articles) {
    const hash = contentHash(article.text);
    if (index.needsAnalysis(article.path, article.text, hash)) fresh.push({ ...article, hash });
    else reused.push({ ...article, hash });
    await pause();
  }
  const failed: IndexArticlesResult['failed'] = [];
  // The intake takes items into the index in slices while the workers analyse the rest; it ends
  // when the queue is empty and the analysis is over (done, failed or cancelled).
  const queue = new IntakeQueue(reused);
  let analysed = 0;
  index.beginBulkLoad();
  try {
    const intake = (async () => {
      for (let item = await queue.next(); item; item = await queue.next()) {
        index.upsertMany([item]);
        await pause();
      }
    })();
    try {
      analysed = await analyseInWorkers(options.client, fresh, reused.length, options, failed, items => queue.push(items));
    } finally {
      queue.close();
      await intake;
    }
  } finally {
    // Each of the closing steps begins with a turn of its own: their first steps are the longest (the
    // postings builder, handing the names to a worker, taking its answer) and would add to a slice.
    await yieldToEventLoop();
    await index.endBulkLoadInSlices(slicesOf(options));
  }
  await linkEntities(index, options);
  return { analysed, reused: reused.length, failed };
}

/** Up to this many articles, linking entities across the corpus takes a few milliseconds in-line. */
const IN_LINE_LINK_ARTICLES = 200;

/**
 * Links entity names across the corpus: in-line for small corpora, else in a worker thread, with the
 * result taken in slices. If the worker fails, articles keep the names they give themselves.
 */
async function linkEntities(index: CorpusIndex, options: SlicedIndexOptions & { client: IndexWorkerClient }): Promise<void> {
  if (index.size <= (options.linkInLineUpTo ?? IN_LINE_LINK_ARTICLES)) {
    index.relinkEntities();
    return;
  }
  await yieldToEventLoop();
  const request = index.linkingRequest();
  let linked: string[][];
  try {
    linked = await options.client.link(request.names);
  } catch {
    return;
  }
  await yieldToEventLoop();
  await index.applyLinkingInSlices(request, linked, slicesOf(options));
}

/** A pause for slices of `sliceMs` (10 by default), its clock started afresh for each step. */
function slicesOf(options: SlicedIndexOptions): () => Promise<void> {
  return slicePause(options.sliceMs ?? 10, options.now);
}

/** Items waiting to be indexed; `next()` waits for more until the queue is closed. */
class IntakeQueue {
  private readonly items: UpsertItem[];
  private head = 0;
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(initial: readonly UpsertItem[]) {
    this.items = [...initial];
  }

  push(items: readonly UpsertItem[]): void {
    for (const item of items) this.items.push(item);
    this.signal();
  }

  close(): void {
    this.closed = true;
    this.signal();
  }

  async next(): Promise<UpsertItem | undefined> {
    while (this.head === this.items.length && !this.closed) await new Promise<void>(resolve => (this.wake = resolve));
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    // Taken items are released, so the queue does not hold every digest until the end.
    this.items[this.head++] = undefined as unknown as UpsertItem;
    return item;
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
