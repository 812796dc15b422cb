/**
 * The worker thread that does a restore's reading and copying: the full integrity check of
 * the chosen backup with its content summary (inspectDatabaseFile), then the staging copy
 * next to the database (restore-stage.ts). On a ten-year office each is seconds of SQLite
 * work; the thread that serves the window only waits, so the window keeps answering. Neither
 * job touches the current database. The built app ships it as out/main/restore-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors';
import { stageRestore } from '../restore-stage';
import { inspectDatabaseFile } from '../sqlite-file';
import type { RestoreJob, RestoreReply, RestoreRequest } from './protocol';

function run(job: RestoreJob): unknown {
  if (job.kind === 'inspect') return inspectDatabaseFile(job.file);
  return stageRestore(job.dbPath, job.file, job.auditNote);
}

parentPort?.on('message', (req: RestoreRequest) => {
  let reply: RestoreReply;
  try {
    reply = { id: req.id, ok: true, value: run(req) };
  } catch (e) {
    reply = isAppError(e) ? { id: req.id, ok: false, code: e.code, message: e.message } : { id: req.id, ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
