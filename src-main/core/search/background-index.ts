/**
 * Indexes what bulk writers queued (core/search/pending.ts) in short transactions between
 * turns of the event loop, so the window stays responsive after a large import; a search
 * that comes first indexes the rest at once. FTS5's automatic merging is off while the
 * queue drains (its merges made single steps take 100–300 ms): bounded merge steps take
 * turns with the indexing steps, finish once the queue is empty, and automatic merging is
 * turned back on. Stops when the core closes; whatever is left is indexed (and merged) at the
 * next start or by the next search. While a worker thread writes (core.workerWrites) it
 * pauses and resumes after.
 */
import { performance } from 'node:perf_hooks';
import type { Core } from '../core';
import { automergeOff, hasPending, indexPending, mergeStep, setAutomerge } from './pending';

/** Rows per transaction at most: a few tens of milliseconds of FTS work each on a quiet machine. */
export const BACKGROUND_CHUNK = 100;

/** The first step's rows: a large first step on a busy machine was the longest pause. */
const FIRST_CHUNK = 32;

/**
 * Each step aims at this long. A longer one scales the next down in proportion; a short one
 * (deletes, rows already gone) lets the next grow by a quarter only: doubling after a cheap
 * step made the next step of new rows take 45–66 ms after a 10,000-row undo.
 */
const STEP_BUDGET_MS = 15;
const MIN_CHUNK = 16;

/** Index pages a merge step writes (between indexing steps, then until nothing is left): a few milliseconds each. */
export const MERGE_PAGES = 16;

export function nextChunk(size: number, tookMs: number, max: number): number {
  if (tookMs > STEP_BUDGET_MS) return Math.max(MIN_CHUNK, Math.floor((size * STEP_BUDGET_MS) / tookMs));
  if (tookMs < STEP_BUDGET_MS / 2) return Math.min(max, Math.ceil(size * 1.25));
  return size;
}

/** Something for the background indexer: a queue, or merging left undone by a stop. */
export function needsIndexing(core: Core): boolean {
  return hasPending(core.sql) || automergeOff(core.sql);
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
  let size = Math.min(chunk, FIRST_CHUNK);
  let phase: 'index' | 'merge' = 'index';
  return new Promise<void>((resolve) => {
    const finish = () => {
      running.delete(core);
      const at = core.onClose.indexOf(stop);
      if (at >= 0) core.onClose.splice(at, 1);
      resolve();
    };
    /** One bounded piece of work; false when there is nothing left. */
    let mergeTurn = false;
    const work = (): boolean => {
      if (phase === 'index') {
        if (hasPending(core.sql)) {
          if (!automergeOff(core.sql)) setAutomerge(core.sql, false);
          // every other turn merges a little, so no level of the index reaches FTS5's
          // 16-segment limit, whose whole-level merge was the longest step (45–90 ms)
          mergeTurn = !mergeTurn;
          if (!mergeTurn) {
            mergeStep(core.sql, MERGE_PAGES);
            return true;
          }
          const t = performance.now();
          const left = indexPending(core.sql, size);
          size = nextChunk(size, performance.now() - t, chunk);
          if (left > 0) return true;
        }
        if (!automergeOff(core.sql)) return false; // nothing was queued and nothing left unmerged
        phase = 'merge';
        return true;
      }
      if (mergeStep(core.sql, MERGE_PAGES)) return true;
      setAutomerge(core.sql, true);
      return false;
    };
    const step = () => {
      if (stopped || core.isClosed || core.readOnly) return finish();
      // a worker is writing (import commit or undo) or a restore runs: go on once it is done, never wait on a lock
      if (core.workerWrites.busy) return void core.workerWrites.idle().then(() => setTimeout(step, 0));
      try {
        if (!work()) return finish();
      } catch {
        return finish(); // busy or read-only now: the next search or start goes on from here
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  });
}
