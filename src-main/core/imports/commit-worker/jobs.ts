/**
 * The commit worker's jobs (worker.ts is only the message door): staged rows, one connection
 * per flow, and the check's result (a commit's preview, an undo's rows) kept for the write.
 * The write repeats the check inside its transaction unless nothing can have changed since
 * the check: the same connection, no write job on it since, and PRAGMA data_version unchanged
 * (it changes when any other connection, the main thread's included, commits to the file). The stamp is read before the check reads
 * anything and compared after the write transaction took the lock, so nothing slips between.
 */
import { getHeapStatistics } from 'node:v8';
import { createQueryBuilder, Sql } from '../../db/exec';
import { openWorkerConnection, type SqliteDb } from '../../db/open';
import { checkCommit, writeCommit, type CheckedPreview, type CommitInput } from '../commit';
import { checkUndo, writeUndo, type UndoCheck } from '../undo';
import type { CommitJob } from './protocol';

interface Connection {
  path: string;
  db: SqliteDb;
  sql: Sql;
  /** which connection this is since the worker started */
  serial: number;
  /** write jobs run on it: its own commits do not move data_version */
  writes: number;
}

let connection: Connection | null = null;
let serials = 0;

interface Staged {
  input: CommitInput;
  checked?: { preview: CheckedPreview; stamp: string };
}
const staged = new Map<number, Staged>();

export class Unstaged extends Error {}

/** The last undo check, kept for its write (one undo flow at a time: the dispatch holds writes back). */
let undoChecked: { batchId: number; found: UndoCheck; stamp: string } | null = null;

/** Whether the last commit or undo write used its check (read by the tests). */
export const lastCommitWrite = { reusedCheck: false };
export const lastUndoWrite = { reusedCheck: false };

function connectionTo(path: string): Connection {
  if (connection?.path !== path) {
    closeConnection();
    const db = openWorkerConnection(path);
    connection = { path, db, sql: new Sql(db, createQueryBuilder(db)), serial: ++serials, writes: 0 };
  }
  return connection;
}

function closeConnection(): void {
  const c = connection;
  connection = null;
  c?.db.close();
}

/** Equal stamps: nothing was committed to the file between the two reads. */
function stampOf(c: Connection): string {
  return `${c.serial}:${c.writes}:${String(c.db.pragma('data_version', { simple: true }))}`;
}

function stagedOf(token: number): Staged {
  const s = staged.get(token);
  if (!s) throw new Unstaged(`rows of commit ${token} are not staged`);
  return s;
}

function writeJob<T>(c: Connection, write: () => T): T {
  try {
    return write();
  } finally {
    c.writes++;
  }
}

export function runJob(job: CommitJob): unknown {
  switch (job.kind) {
    case 'stage': {
      const s: Staged = job.input ? { input: { ...job.input, records: [] } } : stagedOf(job.token);
      for (const r of job.records) s.input.records.push(r);
      delete s.checked; // rows added since: check them again
      staged.set(job.token, s);
      return null;
    }
    case 'commit-check': {
      const c = connectionTo(job.dbPath);
      const s = stagedOf(job.token);
      const stamp = stampOf(c);
      s.checked = { preview: checkCommit(c.sql, s.input), stamp };
      return null;
    }
    case 'commit-write': {
      const c = connectionTo(job.dbPath);
      const s = stagedOf(job.token);
      const checked = s.checked;
      delete s.checked;
      lastCommitWrite.reusedCheck = false;
      return writeJob(c, () =>
        writeCommit(c.sql, s.input, () => {
          lastCommitWrite.reusedCheck = checked !== undefined && checked.stamp === stampOf(c);
          return lastCommitWrite.reusedCheck ? checked!.preview : null;
        }),
      );
    }
    case 'undo-check': {
      const c = connectionTo(job.dbPath);
      const stamp = stampOf(c);
      undoChecked = { batchId: job.batchId, found: checkUndo(c.sql, job.batchId), stamp };
      return null;
    }
    case 'undo-write': {
      const c = connectionTo(job.dbPath);
      const checked = undoChecked?.batchId === job.batchId ? undoChecked : null;
      undoChecked = null;
      lastUndoWrite.reusedCheck = false;
      return writeJob(c, () =>
        writeUndo(c.sql, job.batchId, () => {
          lastUndoWrite.reusedCheck = checked !== null && checked.stamp === stampOf(c);
          return lastUndoWrite.reusedCheck ? checked!.found : null;
        }),
      );
    }
    case 'release':
      staged.delete(job.token);
      undoChecked = null;
      closeConnection();
      return null;
    case 'heap':
      return getHeapStatistics().used_heap_size;
  }
}

/**
 * After a check (its garbage: a whole preview) and after a flow's last job (the write's), the
 * worker collects its garbage, once the reply is posted (workers/collect-garbage.ts).
 */
export function collectsAfter(job: CommitJob): boolean {
  return job.kind === 'commit-check' || job.kind === 'undo-check' || job.kind === 'release';
}
