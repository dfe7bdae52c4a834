import * as assert from 'assert';
import { SliceQueue } from '../../../src/core/corpus/slices';

/** A job of `slices` slices that logs each one as `name`. */
function job(log: string[], name: string, slices: number): () => boolean {
  let left = slices;
  return () => {
    log.push(name);
    return --left === 0;
  };
}

describe('SliceQueue', () => {
  it('runs jobs one after another, never two slices in one turn of the event loop', async () => {
    const queue = new SliceQueue();
    const log: string[] = [];
    // A ticker that counts the turns of the event loop.
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const turns: number[] = [];
    const logged = (name: string, slices: number) => {
      const slice = job(log, name, slices);
      return () => {
        turns.push(turn);
        return slice();
      };
    };
    await Promise.all([queue.run(logged('a', 3)), queue.run(logged('b', 2)), queue.run(logged('c', 1))]);
    ticking = false;
    assert.deepStrictEqual(log, ['a', 'a', 'a', 'b', 'b', 'c']);
    assert.strictEqual(new Set(turns).size, turns.length, `turns ${turns.join(' ')}`);
  });

  it('lets the event loop run between two slices', async () => {
    const queue = new SliceQueue();
    const log: string[] = [];
    const done = queue.run(job(log, 'slice', 3));
    // Work queued for the event loop meanwhile (I/O, other requests) runs between the slices.
    const other = () => new Promise<void>(resolve => setImmediate(() => { log.push('other'); resolve(); }));
    await Promise.all([done, other().then(other)]);
    assert.ok(log.indexOf('other') > 0 && log.indexOf('other') < log.lastIndexOf('slice'), log.join(' '));
  });

  it('goes on with the next job when one throws', async () => {
    const queue = new SliceQueue();
    const log: string[] = [];
    const failing = queue.run(() => { throw new Error('broken'); });
    const next = queue.run(job(log, 'next', 2));
    await assert.rejects(failing, /broken/);
    await next;
    assert.deepStrictEqual(log, ['next', 'next']);
  });
});
