/**
 * The worker thread that checks and writes an import commit or undo on a connection of its
 * own, so the thread that serves the window never runs the thousands of writes. The main
 * thread opened and migrated the database; this connection only sets its pragmas
 * (db/open.ts openWorkerConnection). It stays open between the jobs of one commit (check,
 * then write after the backup) and is closed by the flow's last job ('release'): an idle
 * connection on the file would make a restore's file swap refuse. The rows of a commit
 * come in parts ('stage'), so no single message makes the main thread clone them all at once.
 * The built app ships it as out/main/commit-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { createQueryBuilder, Sql } from '../../db/exec';
import { openWorkerConnection, type SqliteDb } from '../../db/open';
import { isAppError } from '../../errors';
import { checkCommit, writeCommit, type CommitInput } from '../commit';
import { checkUndo, writeUndo } from '../undo';
import { UNSTAGED, type CommitJob, type CommitReply, type CommitRequest } from './protocol';

let connection: { path: string; db: SqliteDb; sql: Sql } | null = null;
const staged = new Map<number, CommitInput>();

function sqlOn(path: string): Sql {
  if (connection?.path !== path) {
    closeConnection();
    const db = openWorkerConnection(path);
    connection = { path, db, sql: new Sql(db, createQueryBuilder(db)) };
  }
  return connection.sql;
}

function closeConnection(): void {
  const c = connection;
  connection = null;
  c?.db.close();
}

class Unstaged extends Error {}

function inputOf(token: number): CommitInput {
  const input = staged.get(token);
  if (!input) throw new Unstaged(`rows of commit ${token} are not staged`);
  return input;
}

function run(job: CommitJob): unknown {
  switch (job.kind) {
    case 'stage': {
      const input = job.input ? { ...job.input, records: [] } : inputOf(job.token);
      for (const r of job.records) input.records.push(r);
      staged.set(job.token, input);
      return null;
    }
    case 'commit-check':
      return checkCommit(sqlOn(job.dbPath), inputOf(job.token));
    case 'commit-write':
      return writeCommit(sqlOn(job.dbPath), inputOf(job.token));
    case 'undo-check':
      return checkUndo(sqlOn(job.dbPath), job.batchId);
    case 'undo-write':
      return writeUndo(sqlOn(job.dbPath), job.batchId);
    case 'release':
      staged.delete(job.token);
      closeConnection();
      return null;
  }
}

function failure(id: number, e: unknown): CommitReply {
  if (isAppError(e)) return { id, ok: false, code: e.code, message: e.message };
  if (e instanceof Unstaged) return { id, ok: false, code: UNSTAGED, message: e.message };
  const code = (e as { code?: unknown } | null)?.code;
  return { id, ok: false, code: 'INTERNAL', message: (e as Error)?.stack ?? String(e), sqlite: typeof code === 'string' ? code : undefined };
}

parentPort?.on('message', (req: CommitRequest) => {
  let reply: CommitReply;
  try {
    reply = { id: req.id, ok: true, value: run(req) ?? null };
  } catch (e) {
    reply = failure(req.id, e);
  }
  parentPort!.postMessage(reply);
});
