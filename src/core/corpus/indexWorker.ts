// Worker thread entry (bundled to dist/indexWorker.js): analyses batches of articles off the
// editor's thread and posts their digests back in small chunks, so progress shows early and a
// cancel request is seen between two articles. Started with `workerData.link`, it links entity
// names across the corpus instead, posts the result and ends (see linkInWorker).
import * as os from 'os';
import { BroadcastChannel, parentPort, receiveMessageOnPort, workerData } from 'worker_threads';
import { linkNames, type EntityNames } from './entityLinking';
import { analyzeArticle } from '../analysis/analyze';
import { packNumberedDigest, transferablesOf } from './cache';
import { digestArticle } from './digest';
import { TermNumbering } from './termNumbering';
import { adoptOfferedEntries, startSharingMemos, takeOfferedEntries, type SharedMemoEntries } from '../text/memoSharing';
import type { WorkerAnswer, WorkerRequest, WorkerResponse, WorkerResult } from './workerProtocol';

/** Post results at least this often (milliseconds) so progress and cancellation stay responsive. */
const REPORT_INTERVAL_MS = 50;

/**
 * Post memo entries to the other workers, and take theirs, this often (milliseconds): the sooner they
 * arrive, the fewer sentences two workers both work out (at 50 ms, a quarter of them; at 10 ms, 1 %: scratch
 * counts over the synthetic corpus of bench/corpus.ts).
 */
const SHARE_INTERVAL_MS = 10;

const BACKGROUND_NICE = 10;

/**
 * On Linux the nice value belongs to the thread, and 0 names the calling one: this worker yields to the
 * editor's thread and to the garbage collector's helper threads, which a scavenge of the editor's heap
 * waits for (with the workers on every core, a helper could wait out a whole time slice: 30 ms pauses).
 * Elsewhere the call would lower the whole process, so it is left out.
 */
function yieldToTheEditor(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not permitted here: the worker keeps the normal priority.
  }
}
yieldToTheEditor();

const cancelled = new Set<number>();

/**
 * Terms this worker has numbered, for all its articles. At most some 35 MB of strings and map entries (34 MB
 * for 500,000 terms of ten letters, measured); past that the numbering starts again (the client is told).
 */
const TERM_LIMIT = 500_000;
const numbering = new TermNumbering({ limit: TERM_LIMIT, rememberLists: true });

/**
 * Posts a message with the terms numbered since the last one; the digests' buffers are moved to the
 * receiving thread, not copied.
 */
function post(answer: WorkerAnswer): void {
  const message: WorkerResponse = { ...answer, terms: numbering.takeNew() };
  const transfer = message.type === 'results' ? message.results.flatMap(result => result.digest ? transferablesOf(result.digest) : []) : [];
  parentPort?.postMessage(message, transfer);
}

/**
 * The workers of one client share what their memos keep over a channel of the client's name: each recurring
 * sentence is then tagged, dated and judged about once for the whole corpus, not once per worker. While
 * analysing, a worker posts its offers and takes the others' every SHARE_INTERVAL_MS without waiting for
 * its event loop; while idle, it takes them as they come.
 */
const memoChannelName = (workerData as { memoChannel?: string } | null)?.memoChannel;
const memoChannel = memoChannelName ? new BroadcastChannel(memoChannelName) : undefined;
if (memoChannel) {
  startSharingMemos();
  memoChannel.onmessage = event => adoptOfferedEntries((event as MessageEvent).data as SharedMemoEntries);
  memoChannel.unref();
}

function exchangeMemoEntries(): void {
  if (!memoChannel) return;
  const offered = takeOfferedEntries();
  if (offered.length > 0) memoChannel.postMessage(offered);
  // @types/node declares MessagePort only; Node takes a BroadcastChannel too (since 15.12).
  const receive = receiveMessageOnPort as unknown as (port: BroadcastChannel) => { message: SharedMemoEntries } | undefined;
  for (let received = receive(memoChannel); received; received = receive(memoChannel)) adoptOfferedEntries(received.message);
}

/** Lets queued messages (a cancel request) in before the next article. */
const yieldToMessages = () => new Promise<void>(resolve => setImmediate(resolve));

async function analyzeBatch(request: Extract<WorkerRequest, { type: 'analyze' }>): Promise<void> {
  let pending: WorkerResult[] = [];
  exchangeMemoEntries();
  let lastReport = Date.now();
  let lastShare = lastReport;
  for (const item of request.items) {
    if (cancelled.has(request.batch)) {
      cancelled.delete(request.batch);
      post({ type: 'cancelled', batch: request.batch });
      return;
    }
    try {
      const digest = digestArticle(item.text, analyzeArticle(item.text, { ...request.options, sourcePath: item.path }), item.hash, numbering);
      pending.push({ path: item.path, digest: packNumberedDigest(digest, item.text) });
    } catch (error) {
      pending.push({ path: item.path, error: error instanceof Error ? error.message : String(error) });
    }
    const time = Date.now();
    if (time - lastShare >= SHARE_INTERVAL_MS) {
      exchangeMemoEntries();
      lastShare = time;
    }
    if (time - lastReport >= REPORT_INTERVAL_MS) {
      post({ type: 'results', batch: request.batch, results: pending, done: false });
      pending = [];
      lastReport = time;
      await yieldToMessages();
    }
  }
  cancelled.delete(request.batch);
  exchangeMemoEntries();
  post({ type: 'results', batch: request.batch, results: pending, done: true });
}

let queue = Promise.resolve();

const linkRequest = (workerData as { link?: EntityNames[] } | null)?.link;
if (linkRequest) parentPort?.postMessage(linkNames(linkRequest));
else parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'cancel') {
    cancelled.add(message.batch);
    return;
  }
  queue = queue.then(() => analyzeBatch(message));
});
