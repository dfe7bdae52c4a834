import * as v8 from 'v8';
import * as vm from 'vm';

/** The heap in use after two full collections: for tests that a cache keeps its keys and not what they were cut from. */
export function heapAfterCollection(): number {
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc') as () => void;
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
