// Building the index for a set of texts: articles whose content hash is indexed or cached are taken
// as they are; the rest are analysed in worker threads when a client is given, else in-line.
import type { CorpusIndex } from './corpusIndex';
import { contentHash } from './digest';
import type { AbortSignalLike, AnalyzeItem, IndexWorkerClient } from './workerClient';

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
