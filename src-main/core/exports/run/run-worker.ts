/**
 * Runs renderJob in a worker thread (node:worker_threads) with a bounded heap and a time
 * limit, so writing a large report never blocks the process that serves the window, the
 * web door or the CLI. One worker is kept warm between exports, one job at a time.
 * A worker that fails or dies ends the export with a message; nothing is written,
 * because only the main thread writes files, and only from complete bytes.
 * The built app ships the worker as out/main/export-worker.js (electron.vite.config.ts);
 * from sources (web door, CLI, tests) the TypeScript worker is loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../../errors';
import type { ExportProgress, ProgressSink, RenderedFile, RenderJob } from './job';

export const EXPORT_LIMITS = {
  /** time one job may take in the worker */
  timeoutMs: 120_000,
  /** heap of the worker (a 500-task report needs well under 200 MB) */
  heapMb: 512,
} as const;

const CRASHED =
  'Bộ phận dựng văn bản dừng bất ngờ nên chưa tạo được tệp; không có tệp nào bị ghi dở. Hãy thử xuất lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ.';

function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: EXPORT_LIMITS.heapMb, maxYoungGenerationSizeMb: 64 };
  const bundled = join(__dirname, 'export-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = join(__dirname, 'worker.ts');
  const tsx = createRequire(join(__dirname, 'run-worker.ts')).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits });
}

type Reply = { id: number } & (
  | { progress: ExportProgress }
  | { ok: true; files: RenderedFile[] }
  | { ok: false; code: string; message: string }
);

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

function stop(): void {
  const w = worker;
  worker = null;
  if (w) void w.terminate();
}

function runOne(job: RenderJob, sink: ProgressSink): Promise<RenderedFile[]> {
  if (!worker) {
    worker = startWorker();
    worker.unref();
  }
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const fail = (e: Error) => {
      cleanup();
      stop();
      reject(e);
    };
    const timer = setTimeout(
      () => fail(new AppError('INTERNAL', `Tạo tệp quá ${EXPORT_LIMITS.timeoutMs / 1000} giây nên PlanDesk dừng lại; không có tệp nào bị ghi dở. Hãy thử xuất lại.`)),
      EXPORT_LIMITS.timeoutMs,
    );
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      if ('progress' in reply) {
        sink(reply.progress);
        return;
      }
      cleanup();
      if (reply.ok) resolve(reply.files);
      else if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) reject(new AppError(reply.code as ErrorCode, reply.message));
      else {
        console.error('[plandesk] export worker:', reply.message);
        reject(new AppError('INTERNAL', CRASHED));
      }
    };
    const onError = (e: Error & { code?: string }) => {
      console.error('[plandesk] export worker failed:', e);
      fail(
        new AppError(
          'INTERNAL',
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'Văn bản quá lớn, vượt bộ nhớ dành cho việc tạo tệp; không có tệp nào bị ghi dở. Hãy xuất từng phần (Word riêng, Excel riêng) rồi thử lại.'
            : CRASHED,
        ),
      );
    };
    const onExit = () => fail(new AppError('INTERNAL', CRASHED));
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    w.postMessage({ id, job });
  });
}

/** Write the files of a job in the worker, one job at a time. */
export function renderInWorker(job: RenderJob, sink: ProgressSink = () => undefined): Promise<RenderedFile[]> {
  const run = queue.then(() => runOne(job, sink));
  queue = run.catch(() => undefined);
  return run;
}

/** End the worker (tests, shutdown); a job under way fails with a message. */
export function stopExportWorker(): void {
  stop();
}
