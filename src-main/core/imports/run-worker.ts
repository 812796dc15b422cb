/**
 * Runs analyzeFile in a worker thread with a bounded heap and a time limit: a hostile
 * file can exhaust only the worker, which is then ended (and started again for the next
 * file), and the officer gets a message. One worker is kept between files, one file at a
 * time. The built app ships it as out/main/import-worker.js; from sources (web door,
 * CLI, tests) the TypeScript worker is loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors';
import type { AnalyzeOptions } from './analyze';
import { LIMITS } from './limits';
import type { Base64Upload } from './upload';

/** registryDb: the database file the worker reads the registry and profiles from */
type WorkerOptions = AnalyzeOptions & { registryDb?: string };

function startWorker(): Worker {
  // a small young generation: the 50,000-row case peaked ~20 MB lower at 16 than at 64, no slower
  const resourceLimits = { maxOldGenerationSizeMb: LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16 };
  const bundled = join(__dirname, 'import-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = join(__dirname, 'worker.ts');
  const tsx = createRequire(join(__dirname, 'run-worker.ts')).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits });
}

/** json: the packed analysis, checked against the API contract and serialised in the worker */
type Reply = { id: number } & ({ ok: true; json: Uint8Array[] } | { ok: false; code: string; message: string });

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

function stop(): void {
  const w = worker;
  worker = null;
  if (w) void w.terminate();
}

function runOne(bytes: Uint8Array | Base64Upload, name: string, options: WorkerOptions): Promise<Uint8Array[]> {
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
      () => fail(new AppError('INVALID_INPUT', `Đọc tệp quá ${LIMITS.workerTimeoutMs / 1000} giây nên PlanDesk dừng lại. Hãy chỉ giữ lại bảng cần nhập, lưu thành tệp nhỏ hơn rồi nhập lại.`)),
      LIMITS.workerTimeoutMs,
    );
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      cleanup();
      if (reply.ok) resolve(reply.json);
      else if (reply.code === 'CONTRACT') {
        console.error(`[plandesk] the import worker's answer does not match the contract: ${reply.message}`);
        reject(new AppError('INTERNAL', 'PlanDesk đọc được tệp nhưng kết quả đọc không đúng dạng nên không hiển thị được; dữ liệu không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy gửi tệp này cho bộ phận hỗ trợ.'));
      }
      else if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) reject(new AppError(reply.code as ErrorCode, reply.message));
      else reject(new Error(reply.message));
    };
    const onError = (e: Error & { code?: string }) =>
      fail(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('INVALID_INPUT', 'Tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp nén độc hại hoặc bảng quá lớn). Hãy chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.')
          : e,
      );
    const onExit = (code: number) => fail(new Error(`import worker exited with code ${code}`));
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
    if (bytes instanceof Uint8Array) {
      const copy = new Uint8Array(bytes); // a transferable buffer of its own
      w.postMessage({ id, bytes: copy, name, options }, [copy.buffer]);
    } else w.postMessage({ id, bytes, name, options }); // base64 text: the worker decodes it
  });
}

/** Analyse in the worker, one file at a time: the packed analysis as validated UTF-8 JSON. */
export function analyzeJsonInWorker(bytes: Uint8Array | Base64Upload, name: string, options: WorkerOptions): Promise<Uint8Array[]> {
  const run = queue.then(() => runOne(bytes, name, options));
  queue = run.catch(() => undefined);
  return run;
}

/** End the worker (tests, shutdown). */
export function stopImportWorker(): void {
  stop();
}
