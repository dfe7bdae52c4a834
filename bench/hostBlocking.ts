// How long the editor's main thread is blocked while the corpus is indexed: runs the same path as the
// extension (analysis in worker threads, results taken into the index in slices, matches precomputed in
// idle slices, the cache made in slices and read again, the first lenses after that, then edits of the
// 20 longest articles) on real articles and prints the event loop's longest stalls and the thread's GC pauses.
//   node esbuild.js --scripts && node out/bench/hostBlocking.js [copies]
// `copies` repeats the 1,028 articles with shuffled paragraphs to make a larger corpus (default 1).
import * as fs from 'fs';
import * as path from 'path';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'perf_hooks';
import { indexArticlesInSlices } from '../src/core/corpus/build';
import { SliceQueue, slicePause, yieldToEventLoop } from '../src/core/corpus/slices';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { IndexWorkerClient, type AnalyzeItem } from '../src/core/corpus/workerClient';
import { readTenKGnadTexts, TEN_K_GNAD_CSV } from './tenKGnad';

const projectRoot = path.resolve(__dirname, '..', '..');
const workerPath = path.join(projectRoot, 'dist', 'indexWorker.js');

function loadArticles(texts: string[], copies: number): AnalyzeItem[] {
  const items: AnalyzeItem[] = texts.map((text, i) => ({ path: `real/${i}.txt`, text }));
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let copy = 1; copy < copies; copy++) {
    texts.forEach((text, i) => {
      const sentences = text.split(/(?<=[.!?])\s+/);
      const other = texts[Math.floor(random() * texts.length)].split(/(?<=[.!?])\s+/);
      const mixed = [...sentences.slice(0, sentences.length >> 1), ...other.slice(other.length >> 1)].join(' ');
      items.push({ path: `copy${copy}/${i}.txt`, text: mixed });
    });
  }
  return items;
}

interface Stalls {
  maxMs: number;
  p99Ms: number;
  seconds: number;
  /** Garbage-collection pauses of this thread: their sum and the longest (ms). */
  gcMs: number;
  longestGcMs: number;
}

/** Runs `work` while sampling the event loop and this thread's GC pauses. */
async function stalls<T>(work: () => Promise<T>): Promise<Stalls & { result: T }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const pauses: number[] = [];
  const gc = new PerformanceObserver(list => { for (const entry of list.getEntries()) pauses.push(entry.duration); });
  gc.observe({ entryTypes: ['gc'] });
  histogram.enable();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  histogram.disable();
  for (const entry of gc.takeRecords()) pauses.push(entry.duration);
  gc.disconnect();
  return {
    result, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, seconds,
    gcMs: pauses.reduce((sum, pause) => sum + pause, 0), longestGcMs: Math.max(0, ...pauses),
  };
}

async function precomputeInSlices(index: CorpusIndex): Promise<void> {
  while (!index.precomputeMatches(15)) await yieldToEventLoop();
}

const row = (label: string, r: Stalls) =>
  console.log(`  ${label.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s   longest stall ${r.maxMs.toFixed(0).padStart(5)} ms   p99 ${r.p99Ms.toFixed(0).padStart(4)} ms` +
    `   GC ${r.gcMs.toFixed(0).padStart(4)} ms, longest ${r.longestGcMs.toFixed(0).padStart(3)} ms`);

/** The first session: indexes, precomputes the matches and makes the cache, whose bytes it returns (the index is dropped). */
async function indexAndSave(articles: AnalyzeItem[], client: IndexWorkerClient): Promise<Buffer> {
  const index = new CorpusIndex();
  row('index (workers + sliced intake)', await stalls(() => indexArticlesInSlices(index, articles, { client })));
  row('precompute matches in 15 ms slices', await stalls(() => precomputeInSlices(index)));
  // Saving the cache in idle time, as the editor does once the matches are ready.
  const saved = await stalls(() => index.cacheLinesInSlices(slicePause(15)));
  row('make the cache in 15 ms slices', saved);
  return Buffer.from(saved.result.join('\n'), 'utf8');
}

async function main(): Promise<void> {
  const texts = readTenKGnadTexts();
  if (!texts) {
    console.log(`skipped: ${TEN_K_GNAD_CSV} is absent (the shared benchmark data is not part of a clone)`);
    return;
  }
  if (!fs.existsSync(workerPath)) throw new Error('dist/indexWorker.js is missing: run `node esbuild.js` first');
  const copies = Number(process.argv[2] ?? 1);
  const articles = loadArticles(texts, copies);
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6;
  console.log(`${articles.length} articles, ${megabytes.toFixed(1)} MB; event loop sampled every 5 ms`);
  const client = new IndexWorkerClient({ workerPath, workers: 2 });
  try {
    const bytes = await indexAndSave(articles, client);
    // Reopening: the cache's header is read in one go, every article's lines in the sliced intake.
    const reopened = await stalls(async () => {
      const warm = CorpusIndex.fromCache(bytes);
      await indexArticlesInSlices(warm, articles, { client });
      return warm;
    });
    row('reopen from the cache', reopened);
    // The editor's first lenses after reopening (CorpusService.whenMatched): the cached claims are read, then
    // each article matched, in 15 ms slices through one queue, 20 lenses asked at once.
    const warm = reopened.result;
    const requests = new SliceQueue();
    row('first lenses after reopening', await stalls(async () => {
      await requests.run(() => warm.makeClaimRecords(15));
      await Promise.all(articles.slice(0, 20).map(async ({ path }) => {
        await requests.run(() => warm.matchArticle(path, 15));
        warm.getClaims(path);
      }));
    }));
    // Edits (CorpusService.reload): 20 articles, the longest, each edited, analysed in a worker, taken
    // into the index and its lens asked for again.
    const longest = [...articles].sort((a, b) => b.text.length - a.text.length).slice(0, 20);
    row('20 edited articles re-indexed', await stalls(async () => {
      for (const { path, text } of longest) {
        const edited = `${text}\n\nEin neuer Absatz, den es vorher nicht gab.`;
        const [result] = await client.analyze([{ path, text: edited }]);
        if (!result?.digest) throw new Error(result?.error ?? 'no result');
        warm.upsert(path, edited, result.digest, { deferMatching: true });
        await requests.run(() => warm.matchArticle(path, 15));
        warm.getClaims(path);
      }
    }));
  } finally {
    await client.terminate();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
