/**
 * The main thread's side of the backup worker (worker.ts): one backup at a time for the
 * whole process, on the shared worker runner (core/workers/job-worker.ts). The folder's
 * leftovers are cleaned here, on the main thread, before each job (never by the worker,
 * which may run alongside a backup made on the app's connection). A worker killed mid-way
 * (time limit, the database closing) leaves nothing behind: its temporary files are
 * removed once it is gone. `null` from backupInWorker: the worker could not start (it never
 * acknowledged the job), and the caller makes the backup on its own connection instead.
 */
import { existsSync, rmSync } from 'node:fs';
import { AppError, ERROR_CODES, isAppError, type ErrorCode } from '../../errors';
import { jobWorker, type JobWorker } from '../../workers/job-worker';
import { backupDir, PART_SUFFIX, removeLeftovers, sidecarPath, type BackupReason } from '../backup-files';
import type { BackupResult } from '../backups';
import type { BackupReply, BackupRequest } from './worker';

/** A backup of a large office on a busy disk takes minutes; an hour means the disk hangs. */
const TIMEOUT_MS = 60 * 60_000;

function makeWorker(dir: string): JobWorker {
  return jobWorker({
    bundled: 'backup-worker.js',
    dir,
    resourceLimits: { maxOldGenerationSizeMb: 128 },
    timeoutMs: TIMEOUT_MS,
    timeoutError: () =>
      new AppError('IO_ERROR', `Sao lưu quá ${TIMEOUT_MS / 60_000} phút chưa xong (ổ đĩa quá chậm hoặc không trả lời). Dữ liệu hiện tại không thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.`),
    workerError: (e) => e,
    exitError: (code) => new Error(`backup worker exited with code ${code}`),
  });
}

let worker = makeWorker(__dirname);

export interface BackupJob {
  /** whose backup: close() of this owner cancels it */
  owner: object;
  isClosed(): boolean;
  dbPath: string;
  dataDir: string;
  reason: BackupReason;
  mirrorDir: string | null;
}

interface Running {
  owner: object;
  cancelled: boolean;
  started: boolean;
  files: { tmp: string; file: string } | null;
}

let chain: Promise<unknown> = Promise.resolve();
let running: Running | null = null;

export const closedError = (): AppError =>
  new AppError('CONFLICT', 'PlanDesk đã đóng dữ liệu trước khi sao lưu xong nên bản sao lưu dở dang đã được xóa. Dữ liệu hiện tại không thay đổi.');

function replyError(reply: { code: string; message: string }): Error {
  if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) return new AppError(reply.code as ErrorCode, reply.message);
  return new Error(reply.message);
}

/** What a killed worker may have left: the copy under its temporary name, the sidecar's temporary file, a sidecar without its copy. */
function removeTemporary(files: { tmp: string; file: string }): void {
  try {
    rmSync(files.tmp, { force: true });
    rmSync(`${sidecarPath(files.file)}${PART_SUFFIX}-${process.pid}`, { force: true });
    if (!existsSync(files.file)) rmSync(sidecarPath(files.file), { force: true });
  } catch {
    // still held open (Windows): the next backup or start removes leftovers
  }
}

async function runJob(job: BackupJob): Promise<BackupResult | null> {
  if (job.isClosed()) throw closedError();
  removeLeftovers(backupDir(job.dataDir));
  const state: Running = { owner: job.owner, cancelled: false, started: false, files: null };
  running = state;
  try {
    return await worker.run<BackupReply, BackupResult>(
      (w, id) => w.postMessage({ id, dbPath: job.dbPath, dataDir: job.dataDir, reason: job.reason, mirrorDir: job.mirrorDir } satisfies BackupRequest),
      (reply, { resolve, reject }) => {
        if (reply.kind === 'started') state.started = true;
        else if (reply.kind === 'temporary') state.files = { tmp: reply.tmp, file: reply.file };
        else if (reply.kind === 'done') resolve(reply.result);
        else reject(replyError(reply));
      },
    );
  } catch (e) {
    if (state.files) removeTemporary(state.files);
    if (state.cancelled || job.isClosed()) throw closedError();
    if (!state.started) return null;
    if (isAppError(e)) throw e;
    console.error('[plandesk] the backup worker failed:', e);
    throw new AppError('IO_ERROR', 'Không tạo được bản sao lưu vì tiến trình sao lưu dừng bất thường. Dữ liệu hiện tại không thay đổi. Hãy thử lại; nếu vẫn lỗi hãy khởi động lại PlanDesk.', { cause: e });
  } finally {
    if (running === state) running = null;
  }
}

/** The verified backup in the worker, after the backups asked for before it; null: no worker could start. */
export function backupInWorker(job: BackupJob): Promise<BackupResult | null> {
  const run = chain.then(() => runJob(job));
  chain = run.catch(() => undefined);
  return run;
}

/** True while a worker backup is under way (a backup on the app's connection then leaves the folder's temporary files alone). */
export function workerBackupRunning(): boolean {
  return running !== null;
}

/** The owner is closing: its running backup is stopped (and cleaned once the worker is gone); its queued ones are refused. */
export function cancelBackupsOf(owner: object): void {
  if (running?.owner !== owner) return;
  running.cancelled = true;
  worker.stop();
}

/** Tests: load the worker from another folder (one without a worker: the fallback path). */
export function useBackupWorkerFrom(dir: string): void {
  worker.stop();
  worker = makeWorker(dir);
}

export function defaultBackupWorkerDir(): string {
  return __dirname;
}
