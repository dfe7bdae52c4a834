// Long work on the editor's thread is done in slices: the work calls `pause()` between small steps,
// and `pause` yields to the event loop once the current slice has used up its time.
import { performance } from 'perf_hooks';

/** Lets the event loop run what is waiting (I/O, timers, other requests) before the work goes on. */
export const yieldToEventLoop = () => new Promise<void>(resolve => setImmediate(resolve));

/** A `pause` for work in slices of `sliceMs` milliseconds. */
export function slicePause(sliceMs: number, now: () => number = () => performance.now()): () => Promise<void> {
  let deadline = now() + sliceMs;
  return async () => {
    if (now() < deadline) return;
    await yieldToEventLoop();
    deadline = now() + sliceMs;
  };
}

/** Runs work written as steps (a generator that yields between them) to its end, in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Runs work written as steps to its end, calling `pause` between two steps. */
export async function runStepsInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

/**
 * Jobs done one slice per turn of the event loop, each job to its end before the next begins: two jobs'
 * slices queued for the same turn would run back to back and add up to one long block.
 */
export class SliceQueue {
  private last: Promise<void> = Promise.resolve();
  /** Jobs queued and not yet done. */
  private unfinished = 0;

  /** Calls `slice` once per turn until it returns true (done); resolves then. */
  run(slice: () => boolean): Promise<void> {
    const queued = this.unfinished++ > 0;
    const job = this.last.then(async () => {
      try {
        // A job that waited for another starts in a turn of its own, not right after the other's last slice.
        if (queued) await yieldToEventLoop();
        while (!slice()) await yieldToEventLoop();
      } finally {
        this.unfinished--;
      }
    });
    // A job that throws rejects its own promise; the next job still runs.
    this.last = job.catch(() => undefined);
    return job;
  }
}
