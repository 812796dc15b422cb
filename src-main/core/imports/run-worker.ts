/**
 * Runs analyzeFile in a worker thread with a bounded heap and a time limit: a hostile
 * file can exhaust only the worker, which is then ended, and the officer gets a message.
 * The built app ships the worker as out/main/import-worker.js; from sources (web door,
 * CLI, tests) the TypeScript worker is loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors';
import type { Analysis, AnalyzeOptions } from './analyze';
import { LIMITS } from './limits';

function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 64 };
  const bundled = join(__dirname, 'import-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = join(__dirname, 'worker.ts');
  const tsx = createRequire(join(__dirname, 'run-worker.ts')).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits });
}

type Reply = { ok: true; value: Analysis } | { ok: false; code: string; message: string };

export function analyzeInWorker(bytes: Uint8Array, name: string, options: AnalyzeOptions): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new AppError('INVALID_INPUT', `Đọc tệp quá ${LIMITS.workerTimeoutMs / 1000} giây nên PlanDesk dừng lại. Hãy chỉ giữ lại bảng cần nhập, lưu thành tệp nhỏ hơn rồi nhập lại.`)),
        ),
      LIMITS.workerTimeoutMs,
    );
    worker.once('message', (reply: Reply) =>
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) reject(new AppError(reply.code as ErrorCode, reply.message));
        else reject(new Error(reply.message));
      }),
    );
    worker.once('error', (e: Error & { code?: string }) =>
      finish(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('INVALID_INPUT', 'Tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp nén độc hại hoặc bảng quá lớn). Hãy chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.')
            : e,
        ),
      ),
    );
    worker.once('exit', (code) => finish(() => reject(new Error(`import worker exited with code ${code}`))));
    const copy = new Uint8Array(bytes); // a transferable buffer of its own
    worker.postMessage({ bytes: copy, name, options }, [copy.buffer]);
  });
}
