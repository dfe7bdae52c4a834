import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BroadcastChannel, Worker } from 'worker_threads';
import { analyzeArticle } from '../../../src/core/analysis/analyze';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { indexArticles, indexArticlesInSlices } from '../../../src/core/corpus/build';
import { readClaimDetails, unpackAnalysis, type PackedArticleDigest } from '../../../src/core/corpus/cache';
import { digestArticle, type ArticleDigest, type DigestClaim } from '../../../src/core/corpus/digest';
import { IndexWorkerClient, linkInWorker } from '../../../src/core/corpus/workerClient';
import { linkNames } from '../../../src/core/corpus/entityLinking';
import type { AnalyzeItem, WorkerRequest, WorkerResponse, WorkerResult } from '../../../src/core/corpus/workerProtocol';
import { loadSamples } from './devset';

// The transpiled worker next to the transpiled sources (out/src/core/corpus/indexWorker.js).
const WORKER = path.resolve(__dirname, '../../../src/core/corpus/indexWorker.js');

describe('IndexWorkerClient', function () {
  this.timeout(60_000);
  let client: IndexWorkerClient;
  beforeEach(() => { client = new IndexWorkerClient({ workerPath: WORKER, workers: 2, chunkSize: 2 }); });
  afterEach(() => client.terminate());

  it('analyses in worker threads exactly as in-line, reporting progress up to the total', async () => {
    const samples = loadSamples();
    const progress: number[] = [];
    const results = await client.analyze(samples, { onProgress: done => progress.push(done) });
    assert.deepStrictEqual(results.map(r => r.path).sort(), samples.map(s => s.path).sort());
    for (const sample of samples) {
      const digest = results.find(r => r.path === sample.path)?.digest;
      // The digest comes packed (the analysis as the cache's bytes), and unpacks to the digest made in-line.
      assert.ok(digest?.analysis instanceof Uint8Array);
      assert.deepStrictEqual(unpackDigest(digest, sample.text), spelled(digestArticle(sample.text, analyzeArticle(sample.text, { sourcePath: sample.path }))));
    }
    assert.strictEqual(progress[progress.length - 1], samples.length);
    assert.ok(progress.every((done, i) => i === 0 || done >= progress[i - 1]));
  });

  it('hands results to onResults as they come and keeps none of them', async () => {
    const samples = loadSamples();
    const received: string[] = [];
    const kept = await client.analyze(samples, { onResults: results => received.push(...results.map(r => r.path)) });
    assert.deepStrictEqual(received.sort(), samples.map(s => s.path).sort());
    assert.deepStrictEqual(kept, []);
  });

  it('runs its threads below the editor\'s priority on Linux (the editor\'s thread keeps its own)', async function () {
    // Where this process already runs at nice 10 or above, the workers cannot be told apart.
    if (process.platform !== 'linux' || os.getPriority() >= 10) this.skip();
    await client.analyze(loadSamples().slice(0, 2));
    const niceOf = (task: string) => {
      const stat = fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const tasks = fs.readdirSync('/proc/self/task');
    assert.strictEqual(niceOf(String(process.pid)), os.getPriority());
    assert.strictEqual(tasks.filter(task => niceOf(task) === 10).length, 2, 'the two index workers');
  });

  it('stops when cancelled and stays usable', async () => {
    const samples = loadSamples();
    const many = Array.from({ length: 40 }, (_, i) => ({ ...samples[i % samples.length], path: `copy-${i}.txt` }));
    const controller = new AbortController();
    const run = client.analyze(many, { onProgress: () => controller.abort() , signal: controller.signal });
    await assert.rejects(run, (error: Error) => error.name === 'AbortError');
    // The terms first numbered for articles whose results were dropped name the numbers of later ones.
    const again = await client.analyze(samples);
    assert.strictEqual(again.length, samples.length);
    for (const { path: articlePath, digest } of again) {
      const sample = samples.find(s => s.path === articlePath)!;
      assert.deepStrictEqual(unpackDigest(digest!, sample.text), spelled(digestArticle(sample.text, analyzeArticle(sample.text, { sourcePath: sample.path }))));
    }
  });

  it('rejects at once when the signal was aborted before', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(client.analyze(loadSamples(), { signal: controller.signal }), (error: Error) => error.name === 'AbortError');
  });

  it('builds the same index through workers as in-line', async () => {
    const samples = loadSamples();
    const viaWorkers = new CorpusIndex();
    const result = await indexArticles(viaWorkers, samples, { client });
    assert.strictEqual(result.analysed, samples.length);
    const inline = new CorpusIndex();
    await indexArticles(inline, samples);
    for (const sample of samples) assert.deepStrictEqual(viaWorkers.getClaims(sample.path), inline.getClaims(sample.path));
  });

  it('builds the same index in slices, linking entities in a worker, as in one go in-line', async () => {
    const samples = loadSamples();
    const sliced = new CorpusIndex();
    let clockReadings = 0;
    const result = await indexArticlesInSlices(sliced, samples, { client, sliceMs: 0, now: () => clockReadings++, linkInLineUpTo: 0 });
    assert.strictEqual(result.analysed, samples.length);
    assert.ok(clockReadings > 3 * samples.length, 'it looked at the clock between steps');
    const inline = new CorpusIndex();
    await indexArticles(inline, samples);
    for (const sample of samples) {
      assert.deepStrictEqual(sliced.getArticle(sample.path)?.analysis, inline.getArticle(sample.path)?.analysis, sample.path);
      assert.deepStrictEqual(sliced.getClaims(sample.path), inline.getClaims(sample.path), sample.path);
    }
  });

  it('analyses text that recurs from article to article exactly as in-line, its workers sharing what they remember', async () => {
    // Articles that share paragraphs, as papers print the same agency copy: each worker keeps them from their
    // second sight (or first) and hands them to the other, whose articles must come out as if it had read them.
    const paragraphs = loadSamples().flatMap(sample => sample.text.split(/\n\n+/));
    const articles = Array.from({ length: 24 }, (_, i) => ({
      path: `recurring-${i}.txt`,
      text: [0, 1, 2, 3].map(k => paragraphs[(i * 7 + k * 13) % paragraphs.length]).join('\n\n'),
    }));
    const results = await client.analyze(articles);
    for (const article of articles) {
      const digest = results.find(r => r.path === article.path)?.digest;
      assert.deepStrictEqual(unpackDigest(digest!, article.text), spelled(digestArticle(article.text, analyzeArticle(article.text, { sourcePath: article.path }))), article.path);
    }
  });

  it('links entity names in a worker of its own exactly as in-line', async () => {
    const names = [['PER:Helene Marquardt', 'ORG:Nordline Mobility', 'LOC:USA'], ['PER:Marquardt', 'LOC:Vereinigte Staaten'], []];
    const linked = await linkInWorker(WORKER, names);
    assert.deepStrictEqual(linked, linkNames(names));
    assert.strictEqual(linked[1][0], 'Helene Marquardt');
  });
});

describe('index worker: memos shared with the other workers of its client', function () {
  this.timeout(60_000);
  // German by its function words; two sentences in one paragraph.
  const paragraph = 'Die Stadtwerke erhöhen die Preise zum Mai. Der Rat stimmt am Montag über den Plan ab.';
  const secondStart = paragraph.indexOf('Der');
  let channel: BroadcastChannel;
  let worker: Worker;
  let batch = 0;

  beforeEach(async () => {
    const name = `test-memos-${process.pid}-${batch}`;
    channel = new BroadcastChannel(name);
    worker = new Worker(WORKER, { workerData: { memoChannel: name } });
    // An answer shows the worker has joined the channel (a message posted before it did would not reach it).
    await analyzeIn(worker, [{ path: 'warm-up.txt', text: 'Ein Satz.' }]);
  });
  afterEach(async () => {
    channel.close();
    await worker.terminate();
  });

  async function analyzeIn(target: Worker, items: AnalyzeItem[]): Promise<WorkerResult[]> {
    const request: WorkerRequest = { type: 'analyze', batch: ++batch, items, options: {} };
    const results: WorkerResult[] = [];
    return new Promise(resolve => {
      const receive = (message: WorkerResponse) => {
        if (message.type !== 'results' || message.batch !== request.batch) return;
        results.push(...message.results);
        if (!message.done) return;
        target.off('message', receive);
        resolve(results);
      };
      target.on('message', receive);
      target.postMessage(request);
    });
  }

  const sentencesOf = (result: WorkerResult, text: string) => unpackAnalysis(result.digest!.analysis, text).sentences;

  it('offers the paragraphs it keeps', async () => {
    const offered = new Promise<unknown[]>(resolve => {
      channel.onmessage = event => {
        const entries = (event as MessageEvent).data as unknown[];
        const at = entries.findIndex((entry, i) => i % 3 === 1 && entry === paragraph);
        if (at > 0 && entries[at - 1] === 'paragraphs:de') resolve(entries.slice(at - 1, at + 2));
      };
    });
    // A paragraph met twice is kept.
    await analyzeIn(worker, [{ path: 'twice.txt', text: `${paragraph}\n\n${paragraph}` }]);
    const [, , sentences] = await offered;
    assert.strictEqual(sentences, String.fromCharCode(0, secondStart - 1, secondStart, paragraph.length));
  });

  it('takes what another worker kept instead of working it out', async () => {
    // Entries no worker would offer (the paragraph as one sentence) show that the worker used them.
    channel.postMessage(['paragraphs:de', paragraph, String.fromCharCode(0, paragraph.length)]);
    const [result] = await analyzeIn(worker, [{ path: 'once.txt', text: paragraph }]);
    assert.deepStrictEqual(sentencesOf(result, paragraph), [{ start: 0, end: paragraph.length }]);
  });

  it('works out on its own what no worker offered', async () => {
    const [result] = await analyzeIn(worker, [{ path: 'once.txt', text: paragraph }]);
    assert.deepStrictEqual(sentencesOf(result, paragraph), [{ start: 0, end: secondStart - 1 }, { start: secondStart, end: paragraph.length }]);
  });
});

/** A packed digest unpacked, its claims' terms spelled out (see `spelled`). */
function unpackDigest(digest: PackedArticleDigest, text: string): SpelledDigest {
  const { spans, terms, offsets } = digest;
  return spelled({
    hash: digest.hash,
    analysis: unpackAnalysis(digest.analysis, text),
    entityNames: digest.entityNames,
    vocabulary: digest.vocabulary.terms,
    claims: readClaimDetails(digest, text).map((details, i) => ({
      start: spans[2 * i], end: spans[2 * i + 1], terms: Array.from(terms.subarray(offsets[i], offsets[i + 1])), ...details,
    })),
  });
}

type SpelledDigest = Omit<ArticleDigest, 'vocabulary' | 'claims'> & { claims: Array<Omit<DigestClaim, 'terms'> & { terms: string[] }> };

/** A digest with each claim's terms as words, sorted: numbered by the article or by a worker, the same. */
function spelled({ vocabulary, claims, ...digest }: ArticleDigest): SpelledDigest {
  return { ...digest, claims: claims.map(claim => ({ ...claim, terms: claim.terms.map(term => vocabulary[term]).sort() })) };
}
