/**
 * The main thread's side of the commit worker (worker.ts), on the shared runner
 * (core/workers/job-worker.ts): an import commit or undo is checked there, backed up here
 * (core.backupBefore: the backup worker), then written there in one transaction that
 * checks again. While the write runs, `core.workerWrites` says so: the API dispatch holds
 * back methods that write, and the main connection refuses a transaction instead of
 * waiting behind the worker's lock (db/write-gate.ts).
 *
 * A write job is never cut short once posted: when the core closes meanwhile the worker
 * finishes it, and its result is returned as it is (written once, reported once; the search
 * text it queued is indexed at the next start). A closed or read-only core refuses the
 * write before it is posted.
 */
import type { Core } from '../../core';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors';
import { readOnlyModeMessage, storageError } from '../../safety/storage-errors';
import { jobWorker } from '../../workers/job-worker';
import type { CommitInput, CommitResult } from '../commit';
import type { UndoResult } from '../undo';
import { batchActionCounts, batchCommittedSince, getBatch, lastBatchId } from '../repository';
import { UNSTAGED, type CommitJob, type CommitReply } from './protocol';

/** A write of 50,000 rows into a ten-year office on a slow disk takes a minute or two; an hour means the disk hangs. */
const TIMEOUT_MS = 60 * 60_000;

/** Rows per staging message: each clone is a few milliseconds of the main thread. */
export const STAGE_CHUNK = 1000;

const worker = jobWorker({
  bundled: 'commit-worker.js',
  dir: __dirname,
  resourceLimits: {},
  timeoutMs: TIMEOUT_MS,
  timeoutError: () =>
    new AppError('IO_ERROR', `Ghi bảng nhập quá ${TIMEOUT_MS / 60_000} phút chưa xong (ổ đĩa quá chậm hoặc không trả lời). Hãy kiểm tra ổ đĩa, mở lại danh sách các lần nhập để xem lần nhập đã được ghi chưa, rồi thử lại.`),
  workerError: (e) => e,
  exitError: (code) => new Error(`commit worker exited with code ${code}`),
});

class UnstagedError extends Error {}

/** The worker's failure as the main thread raises it: AppErrors keep code and message; a storage failure keeps its SQLite code. */
export function replyError(reply: { code: string; message: string; sqlite?: string }): Error {
  if (reply.code === UNSTAGED) return new UnstagedError(reply.message);
  if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) return new AppError(reply.code as ErrorCode, reply.message);
  return Object.assign(new Error(reply.message), reply.sqlite ? { code: reply.sqlite } : {});
}

/** Tests: the worker thread stops right after its next write job, before it replies. */
let stopAfterNextWrite = false;
export function stopCommitWorkerAfterNextWrite(): void {
  stopAfterNextWrite = true;
}

function job<T>(core: Core, request: CommitJob): Promise<T> {
  if (stopAfterNextWrite && (request.kind === 'commit-write' || request.kind === 'undo-write')) {
    stopAfterNextWrite = false;
    request = { ...request, stopAfter: true };
  }
  return worker
    .run<CommitReply, T>(
      (w, id) => w.postMessage({ ...request, id }),
      (reply, { resolve, reject }) => (reply.ok ? resolve(reply.value as T) : reject(replyError(reply))),
    )
    .catch((e: unknown) => {
      throw storageError(e, core.readOnlyReason) ?? e; // disk full, read-only, damaged: the same messages as on this thread
    });
}

let nextToken = 1;

/**
 * A worker with no flow open for this long is stopped: after a large import its heap (a few
 * hundred megabytes while it wrote) would otherwise stay in the app's memory until the next
 * one. The next commit starts a new worker (tens of milliseconds for the built file).
 */
let idleStopMs = 60_000;
let openFlows = 0;
let idleTimer: NodeJS.Timeout | null = null;

/** Tests: a shorter wait before an idle commit worker is stopped. */
export function setCommitWorkerIdleStop(ms: number): void {
  idleStopMs = ms;
}

export function commitWorkerStarted(): boolean {
  return worker.started;
}

function flowOpened(): void {
  openFlows++;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
}

function flowClosed(): void {
  if (--openFlows > 0) return;
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (openFlows === 0) worker.stop();
  }, idleStopMs);
  idleTimer.unref();
}

/** The rows, a part per message (the main thread clones a few at a time between turns). */
async function stage(core: Core, token: number, { records, ...input }: CommitInput): Promise<void> {
  await job(core, { kind: 'stage', token, input, records: records.slice(0, STAGE_CHUNK) });
  for (let i = STAGE_CHUNK; i < records.length; i += STAGE_CHUNK) await job(core, { kind: 'stage', token, records: records.slice(i, i + STAGE_CHUNK) });
}

export const closedError = (): AppError => new AppError('CONFLICT', 'PlanDesk đã đóng dữ liệu trước khi ghi bảng nhập nên chưa có gì được ghi.');

/** The write job, with the gate held while it runs; refused when the core closed or went read-only. */
async function writing<T>(core: Core, write: () => Promise<T>): Promise<T> {
  await core.workerWrites.idle();
  if (core.isClosed) throw closedError();
  if (core.readOnlyReason !== null) throw new AppError('DB_READ_ONLY', readOnlyModeMessage(core.readOnlyReason));
  const done = core.workerWrites.beginWrite(); // same turn as the checks above: nothing slips in between
  try {
    return await write();
  } finally {
    done();
  }
}

/** One flow of jobs on one worker connection, which the last job closes. */
async function flow<T>(core: Core, token: number, run: () => Promise<T>): Promise<T> {
  if (core.isClosed) throw closedError();
  const closed = core.workerWrites.openConnection();
  flowOpened();
  try {
    return await run();
  } finally {
    await job(core, { kind: 'release', token }).catch(() => undefined); // a worker that is gone has closed it
    closed();
    flowClosed();
  }
}

/**
 * A write job that failed without the worker's reply (the thread stopped: out of memory,
 * killed, the time limit) may have committed before it stopped. The file says which: the
 * caller's check returns the result of a write that landed, or null (nothing was written).
 */
async function reportLanded<T>(write: () => Promise<T>, landed: () => T | null): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const result = landed();
    if (result !== null) return result;
    throw e;
  }
}

export function commitInWorker(core: Core, input: CommitInput): Promise<CommitResult> {
  const token = nextToken++;
  const dbPath = core.dbPath;
  return flow(core, token, async () => {
    await stage(core, token, input);
    await job(core, { kind: 'commit-check', token, dbPath }); // before any backup: errors to fix come first
    await core.backupBefore('import');
    return writing(core, () => {
      const before = lastBatchId(core.sql);
      const landed = (): CommitResult | null => {
        const b = batchCommittedSince(core.sql, before, { planId: input.planId, sha256: input.file.sha256, table: input.kind === 'tasks' ? 'tasks' : 'targets' });
        return b ? { batchId: b.id, counts: (JSON.parse(b.summary_json ?? '{}') as { counts: CommitResult['counts'] }).counts } : null;
      };
      return reportLanded(async () => {
        try {
          return await job<CommitResult>(core, { kind: 'commit-write', token, dbPath });
        } catch (e) {
          if (!(e instanceof UnstagedError)) throw e;
          await stage(core, token, input); // the worker was started again since: its rows once more
          return await job<CommitResult>(core, { kind: 'commit-write', token, dbPath });
        }
      }, landed);
    });
  });
}

export function undoInWorker(core: Core, batchId: number): Promise<UndoResult> {
  const dbPath = core.dbPath;
  return flow(core, nextToken++, async () => {
    await job(core, { kind: 'undo-check', batchId, dbPath });
    await core.backupBefore('import');
    return writing(core, () => {
      const wasUndone = getBatch(core.sql, batchId)?.status === 'undone';
      const landed = (): UndoResult | null => {
        if (wasUndone || getBatch(core.sql, batchId)?.status !== 'undone') return null;
        const c = batchActionCounts(core.sql, batchId);
        return { batchId, restored: c.updated, removed: c.inserted };
      };
      return reportLanded(() => job<UndoResult>(core, { kind: 'undo-write', batchId, dbPath }), landed);
    });
  });
}

/** End the worker (tests, shutdown); its connection closes with it. */
export function stopCommitWorker(): void {
  worker.stop();
}

/** Tests: the commit worker's used heap in bytes (its garbage is collected after a flow). */
export function commitWorkerHeapUsed(core: Core): Promise<number> {
  return job<number>(core, { kind: 'heap' });
}
