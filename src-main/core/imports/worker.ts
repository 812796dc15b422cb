/**
 * The worker thread that reads and parses a file, so a large table never blocks the
 * process that serves the window. It receives the bytes and the registry snapshot,
 * answers with the analysis or with an error a person can act on.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors';
import { analyzeFile, type AnalyzeOptions } from './analyze';

interface Request {
  bytes: Uint8Array;
  name: string;
  options: AnalyzeOptions;
}

parentPort?.once('message', (req: Request) => {
  analyzeFile(req.bytes, req.name, req.options).then(
    (value) => parentPort!.postMessage({ ok: true, value }),
    (e: unknown) =>
      parentPort!.postMessage(
        isAppError(e)
          ? { ok: false, code: e.code, message: e.message }
          : { ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e) },
      ),
  );
});
