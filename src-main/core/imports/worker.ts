/**
 * The worker thread that reads and parses files, so a large table never blocks the
 * process that serves the window. It receives the bytes and the registry snapshot and
 * answers each request with the packed analysis or with an error a person can act on.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors';
import { packAnalysis } from '../../api/contract/imports-lean';
import { analyzeFile, type AnalyzeOptions } from './analyze';

interface Request {
  id: number;
  bytes: Uint8Array;
  name: string;
  options: AnalyzeOptions;
}

parentPort?.on('message', (req: Request) => {
  analyzeFile(req.bytes, req.name, req.options).then(
    // packed here: the main process receives (and structured-clones) each text once
    (value) => parentPort!.postMessage({ id: req.id, ok: true, value: packAnalysis(value) }),
    (e: unknown) =>
      parentPort!.postMessage(
        isAppError(e)
          ? { id: req.id, ok: false, code: e.code, message: e.message }
          : { id: req.id, ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e) },
      ),
  );
});
