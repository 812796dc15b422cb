/**
 * The main thread's side of the restore worker (worker.ts), on the shared runner
 * (core/workers/job-worker.ts): the backup's full check and its staging copy run there.
 * A worker that fails or exits gives a Vietnamese message; a staging file it leaves is
 * removed by the next start (startup.ts).
 */
import { statSync } from 'node:fs';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors';
import { jobWorker } from '../../workers/job-worker';
import type { InspectedFile } from '../sqlite-file';
import type { RestoreJob, RestoreReply } from './protocol';

/** A copy and two full checks of a large office on a slow disk take minutes; an hour means the disk hangs. */
const TIMEOUT_MS = 60 * 60_000;

const stopped = () =>
  new AppError('IO_ERROR', 'Không khôi phục được vì tiến trình đọc bản sao lưu dừng bất thường. Dữ liệu hiện tại không thay đổi. Hãy thử lại; nếu vẫn lỗi hãy khởi động lại PlanDesk.');

const worker = jobWorker({
  bundled: 'restore-worker.js',
  dir: __dirname,
  resourceLimits: { maxOldGenerationSizeMb: 128 },
  timeoutMs: TIMEOUT_MS,
  timeoutError: () =>
    new AppError('IO_ERROR', `Đọc và chép bản sao lưu quá ${TIMEOUT_MS / 60_000} phút chưa xong (ổ đĩa quá chậm hoặc không trả lời). Dữ liệu hiện tại không thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.`),
  workerError: (e) => new AppError('IO_ERROR', stopped().message, { cause: e }),
  exitError: () => stopped(),
});

function job<T>(request: RestoreJob): Promise<T> {
  return worker.run<RestoreReply, T>(
    (w, id) => w.postMessage({ ...request, id }),
    (reply, { resolve, reject }) => {
      if (reply.ok) resolve(reply.value as T);
      else if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) reject(new AppError(reply.code as ErrorCode, reply.message));
      else reject(new AppError('IO_ERROR', stopped().message, { cause: new Error(reply.message) }));
    },
  );
}

/** The file as it is on disk now: a change of any of these means it was written since. */
function identityOf(file: string): string | null {
  try {
    const st = statSync(file);
    return `${file}|${st.dev}|${st.ino}|${st.size}|${st.mtimeMs}|${st.ctimeMs}`;
  } catch {
    return null;
  }
}

/** The last file checked, kept for the restore that usually follows its preview. */
let lastInspected: { identity: string; inspected: InspectedFile } | null = null;
let inspections = 0;

/**
 * The backup's full check and content summary (inspectDatabaseFile), in the worker. The
 * restore that follows a preview of the same, unchanged file reuses the preview's check (on
 * a ten-year office a full check is seconds); its staging copy is checked in full anyway.
 */
export async function inspectInWorker(file: string): Promise<InspectedFile> {
  const identity = identityOf(file);
  if (identity !== null && lastInspected?.identity === identity) return lastInspected.inspected;
  inspections++;
  const inspected = await job<InspectedFile>({ kind: 'inspect', file });
  lastInspected = identity !== null && identityOf(file) === identity ? { identity, inspected } : null;
  return inspected;
}

/** Tests: how many full checks of a backup the worker has run. */
export function backupInspections(): number {
  return inspections;
}

/** The staging copy of the backup next to the database (restore-stage.ts), in the worker; its path. */
export function stageInWorker(dbPath: string, file: string, auditNote: Record<string, unknown>): Promise<string> {
  return job<string>({ kind: 'stage', dbPath, file, auditNote });
}

/** End the worker (tests, shutdown). */
export function stopRestoreWorker(): void {
  worker.stop();
}
