/**
 * Indexes what bulk writers queued (core/search/pending.ts) in short transactions between
 * turns of the event loop, so the window stays responsive after a large import; a search
 * that comes first indexes the rest at once. Stops when the core closes; whatever is left
 * is indexed at the next start or by the next search. While a worker thread writes
 * (core.workerWrites) it pauses and resumes after.
 */
import type { Core } from '../core';
import { hasPending, indexPending } from './pending';

/** Rows per transaction: a few tens of milliseconds of FTS work each. */
export const BACKGROUND_CHUNK = 250;

const running = new WeakSet<Core>();

export function indexInBackground(core: Core, chunk = BACKGROUND_CHUNK): Promise<void> {
  if (running.has(core) || core.isClosed || core.readOnly) return Promise.resolve();
  running.add(core);
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  core.onClose.push(stop);
  return new Promise<void>((resolve) => {
    const finish = () => {
      running.delete(core);
      const at = core.onClose.indexOf(stop);
      if (at >= 0) core.onClose.splice(at, 1);
      resolve();
    };
    const step = () => {
      if (stopped || core.isClosed || core.readOnly) return finish();
      // a worker is writing (import commit or undo): go on once it is done, never wait on its lock
      if (core.workerWrites.writing > 0) return void core.workerWrites.idle().then(() => setTimeout(step, 0));
      try {
        if (!hasPending(core.sql) || indexPending(core.sql, chunk) === 0) return finish();
      } catch {
        return finish(); // busy or read-only now: the next search or start indexes the rest
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  });
}
