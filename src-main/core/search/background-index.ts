/**
 * Indexes what bulk writers queued (core/search/pending.ts) in short transactions between
 * turns of the event loop, so the window stays responsive after a large import; a search
 * that comes first indexes the rest at once. Stops when the core closes; whatever is left
 * is indexed at the next start or by the next search. While a worker thread writes
 * (core.workerWrites) it pauses and resumes after.
 */
import { performance } from 'node:perf_hooks';
import type { Core } from '../core';
import { hasPending, indexPending } from './pending';

/** Rows per transaction at most: a few tens of milliseconds of FTS work each on a quiet machine. */
export const BACKGROUND_CHUNK = 250;

/** A step that took longer than this halves the next one (a busy machine); a quick one doubles it again. */
const STEP_BUDGET_MS = 15;
const MIN_CHUNK = 16;

function nextChunk(size: number, tookMs: number, max: number): number {
  if (tookMs > STEP_BUDGET_MS) return Math.max(MIN_CHUNK, Math.floor(size / 2));
  if (tookMs < STEP_BUDGET_MS / 2) return Math.min(max, size * 2);
  return size;
}

const running = new WeakSet<Core>();

export function indexInBackground(core: Core, chunk = BACKGROUND_CHUNK): Promise<void> {
  if (running.has(core) || core.isClosed || core.readOnly) return Promise.resolve();
  running.add(core);
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  core.onClose.push(stop);
  let size = chunk;
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
        if (!hasPending(core.sql)) return finish();
        const t = performance.now();
        const left = indexPending(core.sql, size);
        size = nextChunk(size, performance.now() - t, chunk);
        if (left === 0) return finish();
      } catch {
        return finish(); // busy or read-only now: the next search or start indexes the rest
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  });
}
