/**
 * The export worker thread: receives a RenderJob (plain data), writes the Word and Excel
 * bytes, posts progress on the way and the files at the end, so building a large report
 * never blocks the thread that serves the window and the other requests.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors';
import type { RenderJob } from './job';
import { renderJob } from './render';

interface Request {
  id: number;
  job: RenderJob;
}

parentPort?.on('message', (req: Request) => {
  renderJob(req.job, (progress) => parentPort!.postMessage({ id: req.id, progress })).then(
    (files) =>
      parentPort!.postMessage(
        { id: req.id, ok: true, files },
        files.map((f) => f.bytes.buffer as ArrayBuffer),
      ),
    (e: unknown) =>
      parentPort!.postMessage(
        isAppError(e)
          ? { id: req.id, ok: false, code: e.code, message: e.message }
          : { id: req.id, ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e) },
      ),
  );
});
