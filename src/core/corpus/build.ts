// Building the index for a set of texts: articles whose content hash is indexed or cached are taken
// as they are; the rest are analysed in worker threads when a client is given, else in-line.
import type { CorpusIndex, UpsertItem } from './corpusIndex';
import { contentHash } from './digest';
import type { AbortSignalLike, AnalyzeItem, IndexWorkerClient } from './workerClient';
import { performance } from 'perf_hooks';

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
  const hashed = articles.map(article => ({ ...article, hash: article.hash ?? contentHash(article.text) }));
  const fresh = hashed.filter(article => index.needsAnalysis(article.path, article.text, article.hash));
  const reused = hashed.filter(article => !index.needsAnalysis(article.path, article.text, article.hash));
  const failed: IndexArticlesResult['failed'] = [];
  if (!options.client) {
    index.upsertMany([...reused, ...fresh]);
    options.onProgress?.(articles.length, articles.length);
    return { analysed: fresh.length, reused: reused.length, failed };
  }
  const byPath = new Map(fresh.map(article => [article.path, article]));
  const results = await options.client.analyze(fresh, {
    signal: options.signal,
    onProgress: (done, total) => options.onProgress?.(reused.length + done, reused.length + total),
  });
  const analysed = [];
  for (const result of results) {
    const article = byPath.get(result.path);
    if (!article) continue;
    if (result.digest) analysed.push({ ...article, prepared: result.digest });
    else failed.push({ path: result.path, error: result.error ?? 'unknown error' });
  }
  index.upsertMany([...reused, ...analysed]);
  return { analysed: analysed.length, reused: reused.length, failed };
}

export interface SlicedIndexOptions extends IndexArticlesOptions {
  /** How long one slice of main-thread work may run before yielding to the event loop (ms). */
  sliceMs?: number;
  now?: () => number;
}

const yieldToEventLoop = () => new Promise<void>(resolve => setImmediate(resolve));

/**
 * `indexArticles` for a host that must stay responsive (the editor): analysis runs in the workers,
 * and the main-thread work — hashing, taking results into the index — runs in slices of `sliceMs`
 * with yields between them, inside one bulk load. What remains in one piece is the bulk load's end
 * (posting lists, entity linking), which grows with the corpus.
 */
export async function indexArticlesInSlices(
  index: CorpusIndex, articles: readonly AnalyzeItem[], options: SlicedIndexOptions & { client: IndexWorkerClient },
): Promise<IndexArticlesResult> {
  const sliceMs = options.sliceMs ?? 10;
  const now = options.now ?? (() => performance.now());
  let deadline = now() + sliceMs;
  const pause = async () => {
    if (now() < deadline) return;
    await yieldToEventLoop();
    deadline = now() + sliceMs;
  };
  const reused: UpsertItem[] = [];
  const fresh: (AnalyzeItem & { hash: string })[] = [];
  for (const article of articles) {
    const hash = contentHash(article.text);
    if (index.needsAnalysis(article.path, article.text, hash)) fresh.push({ ...article, hash });
    else reused.push({ ...article, hash });
    await pause();
  }
  const byPath = new Map(fresh.map(article => [article.path, article]));
  const failed: IndexArticlesResult['failed'] = [];
  const results = await options.client.analyze(fresh, {
    signal: options.signal,
    onProgress: (done, total) => options.onProgress?.(reused.length + done, reused.length + total),
  });
  const analysed: UpsertItem[] = [];
  for (const result of results) {
    const article = byPath.get(result.path);
    if (!article) continue;
    if (result.digest) analysed.push({ ...article, prepared: result.digest });
    else failed.push({ path: result.path, error: result.error ?? 'unknown error' });
  }
  index.beginBulkLoad();
  try {
    for (const item of [...reused, ...analysed]) {
      index.upsertMany([item]);
      await pause();
    }
  } finally {
    index.endBulkLoad();
  }
  return { analysed: analysed.length, reused: reused.length, failed };
}
