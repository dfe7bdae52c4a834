// Runs article analysis in worker threads (dist/indexWorker.js) so the editor never blocks.
// Usable from the extension, the CLI and benchmarks:
//   const client = new IndexWorkerClient({ workerPath, workers: 2 });
//   const results = await client.analyze(items, { signal, onProgress });
//   await client.analyze(items, { signal, onProgress, onResults }); // results as they come, none kept
//   await client.terminate();
// Articles go out in small chunks to whichever worker is free, so a slow article does not hold up
// the others; cancelling drops the queue and tells busy workers to stop after their current article.
import { randomUUID } from 'crypto';
import { Worker } from 'worker_threads';
import * as os from 'os';
import type { AnalysisOptions } from '../analysis/types';
import type { EntityNames } from './entityLinking';
import { WorkerVocabulary } from './termNumbering';
import type { AnalyzeItem, AnalyzeResult, WorkerRequest, WorkerResponse, WorkerResult } from './workerProtocol';

export type { AnalyzeItem, AnalyzeResult } from './workerProtocol';

/** The part of `AbortSignal` the client needs (an `AbortController`'s signal fits). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface IndexWorkerClientOptions {
  /** The worker script: dist/indexWorker.js, or out/src/core/corpus/indexWorker.js in tests. */
  workerPath: string;
  /** Number of threads; defaults to the number of cores minus one (at least one). */
  workers?: number;
  analysisOptions?: AnalysisOptions;
  /** Articles per message; small chunks balance load, large ones save messaging. */
  chunkSize?: number;
}

export interface AnalyzeCallbacks {
  signal?: AbortSignalLike;
  onProgress?(done: number, total: number): void;
  /**
   * Receives results as they arrive, so the caller can index them early. Results handed to it are not
   * kept (`analyze` then resolves with none): holding every digest of a large corpus until the end
   * would make each garbage collection of the editor's thread copy them all again.
   */
  onResults?(results: AnalyzeResult[]): void;
}

/**
 * Links entity names across the corpus (`linkNames`) in a worker thread of its own, which ends when
 * done: the editor's thread only copies the names over and the result back.
 */
export function linkInWorker(workerPath: string, names: readonly EntityNames[]): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { workerData: { link: names } });
    let settled = false;
    worker.once('message', (linked: string[][]) => {
      settled = true;
      resolve(linked);
      void worker.terminate();
    });
    worker.once('error', error => {
      settled = true;
      reject(error);
    });
    worker.once('exit', code => {
      if (!settled) reject(new Error(`linking worker exited with code ${code}`));
    });
  });
}

export class AnalysisCancelledError extends Error {
  constructor() {
    super('Analysis cancelled');
    this.name = 'AbortError';
  }
}

interface Run {
  total: number;
  done: number;
  results: AnalyzeResult[];
  callbacks: AnalyzeCallbacks;
  finished: boolean;
  resolve(results: AnalyzeResult[]): void;
  reject(error: Error): void;
}

interface Task {
  run: Run;
  items: AnalyzeItem[];
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, oldest first. */
  inFlight: Array<{ batch: number; task: Task }>;
  /** The terms the worker numbered, as far as its answers told them (kept while the worker lives). */
  vocabulary: WorkerVocabulary;
}

/**
 * Batches each worker holds at once: while the editor's thread takes one batch's results, the worker
 * already analyses the next instead of waiting for it.
 */
const BATCHES_PER_WORKER = 2;

/**
 * The analysis makes many short-lived objects (tokens, features, candidate spans): a young generation
 * larger than a worker's default means fewer scavenges (about a tenth less time per article when
 * this was set, timed with and without it).
 */
const YOUNG_GENERATION_MB = 32;

export class IndexWorkerClient {
  private slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextBatch = 1;
  private readonly workerCount: number;
  private readonly chunkSize: number;
  /** The channel this client's workers share their memos over (see indexWorker.ts); no other client's workers hear it. */
  private readonly memoChannel = `news-annotator-memos-${randomUUID()}`;

  constructor(private readonly options: IndexWorkerClientOptions) {
    this.workerCount = Math.max(1, options.workers ?? Math.max(1, os.cpus().length - 1));
    this.chunkSize = Math.max(1, options.chunkSize ?? 16);
  }

  /** Starts the worker threads (analyze() starts them too when needed). */
  start(): void {
    while (this.slots.length < this.workerCount) this.slots.push(this.spawn());
  }

  analyze(items: readonly AnalyzeItem[], callbacks: AnalyzeCallbacks = {}): Promise<AnalyzeResult[]> {
    if (callbacks.signal?.aborted) return Promise.reject(new AnalysisCancelledError());
    this.start();
    return new Promise<AnalyzeResult[]>((resolve, reject) => {
      const run: Run = { total: items.length, done: 0, results: [], callbacks, finished: false, resolve, reject };
      if (items.length === 0) {
        run.finished = true;
        resolve([]);
        return;
      }
      const onAbort = () => this.cancel(run);
      callbacks.signal?.addEventListener('abort', onAbort);
      const settle = <T>(fn: (value: T) => void) => (value: T) => {
        callbacks.signal?.removeEventListener('abort', onAbort);
        fn(value);
      };
      run.resolve = settle(resolve);
      run.reject = settle(reject);
      for (let i = 0; i < items.length; i += this.chunkSize) this.queue.push({ run, items: items.slice(i, i + this.chunkSize) });
      this.dispatch();
    });
  }

  /** Links entity names across the corpus in a worker thread (see `linkInWorker`). */
  link(names: readonly EntityNames[]): Promise<string[][]> {
    return linkInWorker(this.options.workerPath, names);
  }

  async terminate(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    for (const task of this.queue.splice(0)) this.fail(task.run, new AnalysisCancelledError());
    for (const slot of slots) for (const { task } of slot.inFlight) this.fail(task.run, new AnalysisCancelledError());
    await Promise.all(slots.map(slot => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerPath, {
      workerData: { memoChannel: this.memoChannel },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, inFlight: [], vocabulary: new WorkerVocabulary() };
    worker.on('message', (message: WorkerResponse) => this.receive(slot, message));
    worker.on('error', error => this.crashed(slot, error));
    worker.on('exit', code => {
      if (code !== 0) this.crashed(slot, new Error(`index worker exited with code ${code}`));
    });
    // Idle workers must not keep a CLI or benchmark process alive.
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    // One batch to each worker before a second to any, so a small run is spread over all of them.
    for (let depth = 1; depth <= BATCHES_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (slot.inFlight.length >= depth) continue;
        let task = this.queue.shift();
        while (task && task.run.finished) task = this.queue.shift();
        if (!task) return;
        const batch = this.nextBatch++;
        slot.inFlight.push({ batch, task });
        slot.worker.ref();
        const request: WorkerRequest = { type: 'analyze', batch, items: task.items, options: this.options.analysisOptions ?? {} };
        slot.worker.postMessage(request);
      }
    }
  }

  private receive(slot: Slot, message: WorkerResponse): void {
    slot.vocabulary = slot.vocabulary.learn(message.terms);
    const at = slot.inFlight.findIndex(sent => sent.batch === message.batch);
    if (at < 0) return;
    const { run } = slot.inFlight[at].task;
    if (message.type === 'results' && !run.finished) {
      const results = message.results.map(result => withVocabulary(result, slot.vocabulary));
      run.done += results.length;
      if (run.callbacks.onResults) run.callbacks.onResults(results);
      else for (const result of results) run.results.push(result);
      run.callbacks.onProgress?.(run.done, run.total);
      if (run.done >= run.total) {
        run.finished = true;
        run.resolve(run.results);
      }
    }
    if (message.type === 'cancelled' || (message.type === 'results' && message.done)) {
      slot.inFlight.splice(at, 1);
      if (slot.inFlight.length === 0) slot.worker.unref();
      this.dispatch();
    }
  }

  private cancel(run: Run): void {
    if (run.finished) return;
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].run === run) this.queue.splice(i, 1);
    for (const slot of this.slots) {
      for (const sent of slot.inFlight) {
        if (sent.task.run !== run) continue;
        const request: WorkerRequest = { type: 'cancel', batch: sent.batch };
        slot.worker.postMessage(request);
      }
    }
    this.fail(run, new AnalysisCancelledError());
  }

  private fail(run: Run, error: Error): void {
    if (run.finished) return;
    run.finished = true;
    run.reject(error);
  }

  private crashed(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    for (const { task } of slot.inFlight) this.fail(task.run, error);
    // Replace the worker so later runs still have their threads.
    this.slots[index] = this.spawn();
    this.dispatch();
  }
}

/** A worker's result with its digest's numbers readable (see termNumbering.ts). */
function withVocabulary({ path, digest, error }: WorkerResult, vocabulary: WorkerVocabulary): AnalyzeResult {
  return digest ? { path, digest: { ...digest, vocabulary } } : { path, error };
}
