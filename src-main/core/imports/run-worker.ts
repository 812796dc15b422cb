/**
 * Runs analyzeFile in a worker thread with a bounded heap and a time limit: a hostile
 * file can exhaust only the worker, which is then ended (and started again for the next
 * file), and the officer gets a message. One worker is kept between files, one file at a
 * time (core/workers/job-worker.ts). The built app ships it as out/main/import-worker.js.
 */
import { AppError, ERROR_CODES, type ErrorCode } from '../errors';
import { jobWorker } from '../workers/job-worker';
import type { AnalyzeOptions } from './analyze';
import { LIMITS } from './limits';
import type { Base64Upload } from './upload';

/** registryDb: the database file the worker reads the registry and profiles from */
type WorkerOptions = AnalyzeOptions & { registryDb?: string };

/** json: the packed analysis, checked against the API contract and serialised in the worker */
type Reply = { id: number } & ({ ok: true; json: Uint8Array[] } | { ok: false; code: string; message: string });

const worker = jobWorker({
  bundled: 'import-worker.js',
  dir: __dirname,
  // a small young generation: the 50,000-row case peaked ~20 MB lower at 16 than at 64, no slower
  resourceLimits: { maxOldGenerationSizeMb: LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16 },
  timeoutMs: LIMITS.workerTimeoutMs,
  timeoutError: () =>
    new AppError('INVALID_INPUT', `Đọc tệp quá ${LIMITS.workerTimeoutMs / 1000} giây nên PlanDesk dừng lại. Hãy chỉ giữ lại bảng cần nhập, lưu thành tệp nhỏ hơn rồi nhập lại.`),
  workerError: (e) =>
    e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new AppError('INVALID_INPUT', 'Tệp cần quá nhiều bộ nhớ để đọc (có thể là tệp nén độc hại hoặc bảng quá lớn). Hãy chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.')
      : e,
  exitError: (code) => new Error(`import worker exited with code ${code}`),
});

/** Analyse in the worker, one file at a time: the packed analysis as validated UTF-8 JSON. */
export function analyzeJsonInWorker(bytes: Uint8Array | Base64Upload, name: string, options: WorkerOptions): Promise<Uint8Array[]> {
  return worker.run<Reply, Uint8Array[]>(
    (w, id) => {
      if (bytes instanceof Uint8Array) {
        const copy = new Uint8Array(bytes); // a transferable buffer of its own
        w.postMessage({ id, bytes: copy, name, options }, [copy.buffer]);
      } else w.postMessage({ id, bytes, name, options }); // base64 text: the worker decodes it
    },
    (reply, { resolve, reject }) => {
      if (reply.ok) resolve(reply.json);
      else if (reply.code === 'CONTRACT') {
        console.error(`[plandesk] the import worker's answer does not match the contract: ${reply.message}`);
        reject(new AppError('INTERNAL', 'PlanDesk đọc được tệp nhưng kết quả đọc không đúng dạng nên không hiển thị được; dữ liệu không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy gửi tệp này cho bộ phận hỗ trợ.'));
      } else if (reply.code !== 'INTERNAL' && (ERROR_CODES as readonly string[]).includes(reply.code)) reject(new AppError(reply.code as ErrorCode, reply.message));
      else reject(new Error(reply.message));
    },
  );
}

/** End the worker (tests, shutdown). */
export function stopImportWorker(): void {
  worker.stop();
}
