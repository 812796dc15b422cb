/**
 * The worker thread that checks and writes an import commit or undo on a connection of its
 * own, so the thread that serves the window never runs the thousands of writes. The main
 * thread opened and migrated the database; this connection only sets its pragmas
 * (db/open.ts openWorkerConnection). It stays open between the jobs of one commit (check,
 * then write after the backup) and is closed by the flow's last job ('release'): an idle
 * connection on the file would make a restore's file swap refuse. The rows of a commit
 * come in parts ('stage'), so no single message makes the main thread clone them all at once.
 * Once the reply of a check or of a flow's last job is posted, the worker collects its garbage:
 * V8 let its heap reach a few hundred megabytes between collections (workers/collect-garbage.ts).
 * The built app ships it as out/main/commit-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors';
import { collectGarbage } from '../../workers/collect-garbage';
import { collectsAfter, runJob, Unstaged } from './jobs';
import { UNSTAGED, type CommitReply, type CommitRequest } from './protocol';

function failure(id: number, e: unknown): CommitReply {
  if (isAppError(e)) return { id, ok: false, code: e.code, message: e.message };
  if (e instanceof Unstaged) return { id, ok: false, code: UNSTAGED, message: e.message };
  const code = (e as { code?: unknown } | null)?.code;
  return { id, ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e), sqlite: typeof code === 'string' ? code : undefined };
}

parentPort?.on('message', (req: CommitRequest) => {
  let reply: CommitReply;
  try {
    reply = { id: req.id, ok: true, value: runJob(req) ?? null };
  } catch (e) {
    reply = failure(req.id, e);
  }
  if ('stopAfter' in req && req.stopAfter) process.exit(70); // tests: a thread that stops after its COMMIT, before replying
  parentPort!.postMessage(reply);
  if (collectsAfter(req)) collectGarbage();
});
