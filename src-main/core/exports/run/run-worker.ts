/**
 * Runs renderJob in a worker thread (node:worker_threads) with a bounded heap and a time
 * limit, so writing a large report never blocks the process that serves the window, the
 * web door or the CLI. One worker is kept warm between exports, one job at a time.
 * A worker that fails or dies ends the export with a message; nothing is written,
 * because only the main thread writes files, and only from complete bytes.
 * The runner is core/workers/job-worker.ts; the built app ships the worker as
 * out/main/export-worker.js (electron.vite.config.ts).
 */
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors';
import { jobWorker } from '../../workers/job-worker';
import type { ExportProgress, ProgressSink, RenderedFile, RenderJob } from './job';

export const EXPORT_LIMITS = {
  /** time one job may take in the worker */
  timeoutMs: 120_000,
  /** heap of the worker (a 500-task report needs well under 200 MB) */
  heapMb: 512,
} as const;

const CRASHED =
  'Bộ phận dựng văn bản dừng bất ngờ nên chưa tạo được tệp; không có tệp nào bị ghi dở. Hãy thử xuất lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ.';

type Reply = { id: number } & (
  | { progress: ExportProgress }
  | { ok: true; files: RenderedFile[] }
  | { ok: false; code: string; message: string }
);

const worker = jobWorker({
  bundled: 'export-worker.js',
  dir: __dirname,
  resourceLimits: { maxOldGenerationSizeMb: EXPORT_LIMITS.heapMb, maxYoungGenerationSizeMb: 64 },
  timeoutMs: EXPORT_LIMITS.timeoutMs,
  timeoutError: () => new AppError('INTERNAL', `Tạo tệp quá ${EXPORT_LIMITS.timeoutMs / 1000} giây nên PlanDesk dừng lại; không có tệp nào bị ghi dở. Hãy thử xuất lại.`),
  workerError: (e) => {
    console.error('[plandesk] export worker failed:', e);
    return new AppError(
      'INTERNAL',
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? 'Văn bản quá lớn, vượt bộ nhớ dành cho việc tạo tệp; không có tệp nào bị ghi dở. Hãy xuất từng phần (Word riêng, Excel riêng) rồi thử lại.'
        : CRASHED,
    );
  },
  exitError: () => new AppError('INTERNAL', CRASHED),
});

/** Write the files of a job in the worker, one job at a time. */
export function renderInWorker(job: RenderJob, sink: ProgressSink = () => undefined): Promise<RenderedFile[]> {
  return worker.run<Reply, RenderedFile[]>(
    (w, id) => w.postMessage({ id, job }),
    (reply, { resolve, reject }) => {
      if ('progress' in reply) sink(reply.progress);
      else if (reply.ok) resolve(reply.files);
      else if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) reject(new AppError(reply.code as ErrorCode, reply.message));
      else {
        console.error('[plandesk] export worker:', reply.message);
        reject(new AppError('INTERNAL', CRASHED));
      }
    },
  );
}

/** End the worker (tests, shutdown); a job under way fails with a message. */
export function stopExportWorker(): void {
  worker.stop();
}
