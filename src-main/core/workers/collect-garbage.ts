/**
 * A full garbage collection of the calling thread's heap, for a worker thread that has just
 * finished a job of thousands of rows. V8 lets a heap grow between major collections: the
 * commit worker's heap held 150–265 MB, mostly garbage, after a 10,000-row commit or undo,
 * and that was the app's peak memory (docs/BENCHMARKS.md). Collecting once the job's reply
 * is posted brings it back to its live data (about 15 MB) without delaying the reply.
 *
 * The collector is reached the way Node allows from JavaScript (as Jest's leak detector
 * does): the `--expose-gc` V8 flag, then `gc` of a context made after it. Where that is not
 * possible, nothing happens and V8 collects when it decides to.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

function findCollector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** Collect now; false when the collector is not reachable in this runtime. */
export function collectGarbage(): boolean {
  if (collector === undefined) collector = findCollector();
  collector?.();
  return collector !== null;
}
