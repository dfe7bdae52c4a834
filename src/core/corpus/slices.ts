// Long work on the editor's thread is done in slices: the work calls `pause()` between small steps,
// and `pause` yields to the event loop once the current slice has used up its time.
import { performance } from 'perf_hooks';

const yieldToEventLoop = () => new Promise<void>(resolve => setImmediate(resolve));

/** A `pause` for work in slices of `sliceMs` milliseconds. */
export function slicePause(sliceMs: number, now: () => number = () => performance.now()): () => Promise<void> {
  let deadline = now() + sliceMs;
  return async () => {
    if (now() < deadline) return;
    await yieldToEventLoop();
    deadline = now() + sliceMs;
  };
}
