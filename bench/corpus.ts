// Corpus index benchmark:  node esbuild.js --scripts && node out/bench/corpus.js
// Builds the index for the 10kGNAD sample (../shared/data/10kgnad/articles.csv, 1,028 real German
// articles) and for a synthetic corpus of 10,000 articles made of paragraphs drawn from different
// real articles, and prints cold time (analysis in 2 worker threads + index build), warm time (from
// the persisted cache), heap, CodeLens latency (one article's claims with matches), full matching,
// and the same texts indexed by minisearch and wink-bm25-text-search for reference. Cold indexing also
// prints the CPU time of all threads: where it nears wall time × cores, the cores were the bound.
// Options: --articles N (synthetic size, default 10000), --workers N (default 2), --skip-reference,
// --link-limit N (largest corpus to time cross-corpus entity linking on, default 2000),
// --match-budget MS (time spent computing every article's matches before extrapolating, default 20000).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTenKGnadTexts, TEN_K_GNAD_CSV } from './tenKGnad';
import * as v8 from 'v8';
import * as vm from 'vm';
import MiniSearch from 'minisearch';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { indexArticles } from '../src/core/corpus/build';
import { contentHash } from '../src/core/corpus/digest';
import { IndexWorkerClient, type AnalyzeItem } from '../src/core/corpus/workerClient';

const REPOSITORY = path.resolve(__dirname, '../..');
const CSV = TEN_K_GNAD_CSV;
// The shipped worker bundle (node esbuild.js builds it; bench:corpus runs that first).
const WORKER = path.join(REPOSITORY, 'dist/indexWorker.js');

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const SYNTHETIC_ARTICLES = argument('articles', 10_000);
const WORKERS = argument('workers', 2);
const SKIP_REFERENCE = process.argv.includes('--skip-reference');
const LINK_LIMIT = argument('link-limit', 2000);
const MATCH_BUDGET_MS = argument('match-budget', 20_000);

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapMb(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * The heap the articles' texts take as V8 stores them: a byte per character, or two when a character
 * is beyond Latin-1 (typographic quotes and dashes). They are read before the index is built, so the
 * heap rows add them.
 */
function textsMb(articles: readonly AnalyzeItem[]): number {
  let bytes = 0;
  for (const { text } of articles) bytes += text.length * (/[^\u0000-\u00ff]/.test(text) ? 2 : 1);
  return bytes / 1024 / 1024;
}

/** A heap row: what the heap grew by since `before`, and that with the articles' texts. */
function heapRow(label: string, before: number, texts: number): void {
  const grown = heapMb() - before;
  row(label, `${grown.toFixed(0)} MB, with the texts ${(grown + texts).toFixed(0)} MB`);
}

const now = () => performance.now();
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const row = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

function readArticles(): AnalyzeItem[] | undefined {
  return readTenKGnadTexts()?.map((text, i) => ({ path: `10kgnad/${String(i).padStart(4, '0')}.txt`, text }));
}

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles of 2–5 KB made of 2–4-sentence paragraphs from different real articles. */
function synthesise(real: AnalyzeItem[], count: number): AnalyzeItem[] {
  const paragraphs: string[] = [];
  for (const article of real) {
    const sentences = article.text.match(/[^.!?]+[.!?]+["“”]?\s*/g) ?? [article.text];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join('').trim());
  }
  const next = random(20260309);
  const articles: AnalyzeItem[] = [];
  for (let i = 0; i < count; i++) {
    const target = 2000 + Math.floor(next() * 3200);
    const parts: string[] = [];
    let length = 0;
    while (length < target) {
      const paragraph = paragraphs[Math.floor(next() * paragraphs.length)];
      parts.push(paragraph);
      length += paragraph.length + 2;
    }
    articles.push({ path: `synthetic/${String(i).padStart(5, '0')}.txt`, text: parts.join('\n\n') });
  }
  return articles;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function benchmark(label: string, articles: AnalyzeItem[]): Promise<void> {
  const megabytes = articles.reduce((sum, a) => sum + a.text.length, 0) / 1024 / 1024;
  console.log(`\n${label}: ${articles.length} articles, ${megabytes.toFixed(1)} M characters`);
  const heapBefore = heapMb();
  const texts = textsMb(articles);

  // Cold: analysis in worker threads, each chunk of results indexed as it arrives (as the editor does).
  const client = new IndexWorkerClient({ workerPath: WORKER, workers: WORKERS });
  const cpuBefore = process.cpuUsage();
  const coldStart = now();
  const loopBefore = performance.eventLoopUtilization();
  client.start();
  let index = new CorpusIndex({ autoLinkArticles: 0 });
  let lastResult = coldStart;
  await indexArticles(index, articles, { client, onProgress: () => { lastResult = now(); } });
  const coldEnd = now();
  const coldCpu = process.cpuUsage(cpuBefore);
  const editorBusy = performance.eventLoopUtilization(loopBefore).active;
  await client.terminate();
  row('cold: analysis in workers (last result)', `${ms(lastResult - coldStart)} (${WORKERS} threads)`);
  row('cold: index build after the last result', ms(coldEnd - lastResult));
  row('cold: total', ms(coldEnd - coldStart));
  // CPU of every thread of the process (workers, editor thread, GC): beside the wall time it shows whether the
  // machine's cores were the bound.
  row('cold: CPU time, all threads', `${ms((coldCpu.user + coldCpu.system) / 1000)} (${os.availableParallelism()} cores)`);
  // The main thread's share: taking the workers' results into the index (the editor's thread does this).
  row('cold: main thread busy', ms(editorBusy));
  if (articles.length <= LINK_LIMIT) {
    const linkStart = now();
    index.relinkEntities();
    row('entity linking across the corpus', ms(now() - linkStart));
  } else {
    row('entity linking across the corpus', `skipped above ${LINK_LIMIT} articles (see --link-limit)`);
  }
  heapRow('heap used by the index', heapBefore, texts);
  // Claims come from the workers packed; the editor makes their records in idle slices after indexing,
  // and its lenses wait for them (see the warm rows below).
  let start = now();
  index.makeClaimRecords();
  row('cold: then all claim records (editor: idle slices)', ms(now() - start));
  heapRow('heap of the index with all records', heapBefore, texts);

  // CodeLens: one article's claims with matches, first request and memoised.
  const sample = pickArticles(articles, 200);
  codeLensRows('CodeLens', index, sample);

  // Single-article edits: analysis in the main thread (the first one loads the models), re-index, re-match.
  for (const [i, label] of [[0, 'upsert of one edited article, first'], [1, 'upsert of one edited article, next']] as const) {
    const edited = sample[i];
    const start = now();
    index.upsert(edited.path, `${edited.text}\n\nEin neuer Absatz mit einem Satz, der vorher nicht da war.`);
    row(`${label} (analysis + re-match)`, ms(now() - start));
  }

  // Every article's matches (what the editor computes in idle time), then the clusters.
  start = now();
  let matchedArticles = 0;
  for (const path of index.paths()) {
    if (now() - start > MATCH_BUDGET_MS) break;
    index.getClaims(path);
    matchedArticles++;
  }
  const matchTime = now() - start;
  if (matchedArticles === index.size) {
    row('all matches (every article)', ms(matchTime));
    start = now();
    const clusters = index.clusters();
    row('clusters', `${ms(now() - start)} (${clusters.length} clusters, ${clusters.filter(c => c.conflicts.length).length} with conflicts)`);
  } else {
    const perArticle = matchTime / matchedArticles;
    row('all matches (every article)', `${perArticle.toFixed(1)} ms per article over ${matchedArticles} articles in ${ms(matchTime)}; all: ~${(perArticle * index.size / 1000).toFixed(0)} s (budget --match-budget)`);
  }
  heapRow('heap with the matches computed so far', heapBefore, texts);

  // Warm: from the persisted cache in a temp dir.
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-bench-'));
  const cacheFile = path.join(directory, 'corpus-cache.json');
  start = now();
  const cacheBytes = writeCache(index, cacheFile);
  row('cache write', `${ms(now() - start)} (${(cacheBytes / 1024 / 1024).toFixed(1)} MB)`);
  if (!SKIP_REFERENCE) reference(articles, index);
  index = undefined as unknown as CorpusIndex;
  const heapWithoutIndex = heapMb();
  start = now();
  const warm = CorpusIndex.fromCache(fs.readFileSync(cacheFile), { autoLinkArticles: 0 });
  const loaded = now();
  const hashes = articles.map(a => ({ ...a, hash: contentHash(a.text) }));
  const hashed = now();
  const warmResult = await indexArticles(warm, hashes);
  warm.releaseCache();
  const warmEnd = now();
  row('warm: read + parse cache', ms(loaded - start));
  row('warm: hash texts', ms(hashed - loaded));
  row('warm: rebuild index from digests', `${ms(warmEnd - hashed)} (${warmResult.reused} reused, ${warmResult.analysed} analysed)`);
  row('warm: total', ms(warmEnd - start));
  heapRow('heap used by the warm index', heapWithoutIndex, texts);
  // Claims read from the cache are made records when first needed; the editor makes all of them in
  // idle slices right after loading, and its lenses wait for them. Asked before, a lens would pay for its
  // candidates' records (the last rows: the core API in that state; the editor's lenses do not ask then).
  start = now();
  warm.makeClaimRecords();
  row('warm: then all claim records (editor: idle slices)', ms(now() - start));
  heapRow('heap of the warm index with all records', heapWithoutIndex, texts);
  codeLensRows('warm: CodeLens', warm, sample);
  const unread = CorpusIndex.fromCache(fs.readFileSync(cacheFile), { autoLinkArticles: 0 });
  await indexArticles(unread, hashes);
  codeLensRows('core: CodeLens before the records are made', unread, sample);
  fs.rmSync(directory, { recursive: true, force: true });
  void warm;
}

/** Times one article's claims with matches (what a CodeLens request asks for), first and memoised. */
function codeLensRows(label: string, index: CorpusIndex, sample: AnalyzeItem[]): void {
  const first: number[] = [];
  const again: number[] = [];
  let claims = 0;
  let matches = 0;
  for (const article of sample) {
    let start = now();
    const found = index.getClaims(article.path);
    first.push(now() - start);
    start = now();
    index.getClaims(article.path);
    again.push(now() - start);
    claims += found.length;
    matches += found.reduce((sum, claim) => sum + claim.matches.length, 0);
  }
  first.sort((a, b) => a - b);
  again.sort((a, b) => a - b);
  const sampleSize = Math.round(sample.reduce((sum, a) => sum + a.text.length, 0) / sample.length / 1024 * 10) / 10;
  row(`${label}, first request (${sample.length} × ~${sampleSize} KB)`, `median ${ms(percentile(first, 0.5))}, p95 ${ms(percentile(first, 0.95))}, max ${ms(first[first.length - 1])}`);
  row(`${label}, memoised`, `median ${ms(percentile(again, 0.5))}, p95 ${ms(percentile(again, 0.95))}`);
  row('  claims / matches per article', `${(claims / sample.length).toFixed(1)} / ${(matches / sample.length).toFixed(1)}`);
}

/** Writes the index's cache; returns its size (the string goes out of scope here, for the heap figures). */
function writeCache(index: CorpusIndex, file: string): number {
  const serialised = index.toCache();
  fs.writeFileSync(file, serialised);
  return Buffer.byteLength(serialised);
}

/** Articles close to 5 KB where there are such, else the largest. */
function pickArticles(articles: AnalyzeItem[], count: number): AnalyzeItem[] {
  const sized = [...articles].sort((a, b) => Math.abs(a.text.length - 5120) - Math.abs(b.text.length - 5120));
  return sized.slice(0, count);
}

/** The same claim sentences indexed by two BM25 libraries, for scale. */
function reference(articles: AnalyzeItem[], index: CorpusIndex): void {
  const sentences: string[] = [];
  for (const article of articles) for (const claim of index.getClaims(article.path)) sentences.push(claim.text);
  const tokenize = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let heapBefore = heapMb();
  let start = now();
  const mini = new MiniSearch({ fields: ['text'], idField: 'id' });
  mini.addAll(sentences.map((text, id) => ({ id, text })));
  row(`minisearch: index ${sentences.length} claim sentences`, `${ms(now() - start)}, heap ${(heapMb() - heapBefore).toFixed(0)} MB`);
  void mini;
  heapBefore = heapMb();
  start = now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wink = require('wink-bm25-text-search')();
  wink.defineConfig({ fldWeights: { text: 1 } });
  wink.definePrepTasks([tokenize]);
  sentences.forEach((text, id) => wink.addDoc({ text }, id));
  wink.consolidate();
  row(`wink-bm25-text-search: same`, `${ms(now() - start)}, heap ${(heapMb() - heapBefore).toFixed(0)} MB`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(WORKER)) {
    console.error(`Worker script missing: ${WORKER}. Run: node esbuild.js`);
    process.exit(1);
  }
  const real = readArticles();
  if (!real) {
    console.log(`Skipped: ${CSV} not found (the 10kGNAD sample lives outside the repository).`);
    return;
  }
  console.log(`Node ${process.version}, ${os.cpus().length} cores, ${WORKERS} worker threads`);
  await benchmark('10kGNAD sample', real);
  await benchmark('Synthetic corpus', synthesise(real, SYNTHETIC_ARTICLES));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
