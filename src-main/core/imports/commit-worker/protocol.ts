/** The messages between the commit worker (worker.ts) and the main thread (run-worker.ts). */
import type { CommitInput } from '../commit';
import type { ImportRecord } from '../types';

export type CommitJob =
  | { kind: 'stage'; token: number; input?: Omit<CommitInput, 'records'>; records: ImportRecord[] }
  | { kind: 'commit-check'; token: number; dbPath: string }
  /** stopAfter (tests): the thread stops once the write is done, before it replies */
  | { kind: 'commit-write'; token: number; dbPath: string; stopAfter?: boolean }
  | { kind: 'undo-check'; batchId: number; dbPath: string }
  | { kind: 'undo-write'; batchId: number; dbPath: string; stopAfter?: boolean }
  | { kind: 'release'; token: number }
  /** the worker's used heap in bytes (tests: the garbage of a job is collected) */
  | { kind: 'heap' };

export type CommitRequest = CommitJob & { id: number };

/** sqlite: the SQLite (or system) error code of a failure, so the main thread names a storage problem */
export type CommitReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; code: string; message: string; sqlite?: string });

/** The reply's code for a write of rows that were never staged (the worker was started again meanwhile). */
export const UNSTAGED = 'UNSTAGED';
