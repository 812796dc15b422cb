/**
 * quick_check after open, off the critical path: a worker thread opens the same file
 * read-only (WAL lets it read alongside the app's connection) and reports SQLite's
 * findings. The start of the app no longer waits for a pass over the whole file, which
 * grows with the office; a damaged file is still found within seconds and the caller
 * switches to read-only. The worker is plain JavaScript (no TypeScript loader, no bundle
 * entry) and is given better-sqlite3's resolved path. When no worker can start, the check
 * runs on the caller's connection instead (same finding, only later).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SqliteDb } from '../db/open';
import { integrityProblems } from './integrity';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
let problems;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    problems = db.pragma('quick_check(5)').map((r) => String(Object.values(r)[0])).filter((m) => m !== 'ok');
  } finally {
    db.close();
  }
} catch (e) {
  problems = [String((e && e.message) || e)];
}
parentPort.postMessage(problems);
`;

export interface BackgroundCheck {
  /** SQLite's findings ([] when the file is sound); never rejects */
  result: Promise<string[]>;
  /** stop the worker (the database is being closed); the result becomes [] */
  cancel(): void;
}

/** Start quick_check of `file` in a worker; `fallback` is the app's own connection. */
export function startQuickCheck(file: string, fallback: () => SqliteDb | null): BackgroundCheck {
  let worker: Worker | null = null;
  let done = false;
  let resolveResult: (problems: string[]) => void = () => undefined;
  const result = new Promise<string[]>((resolve) => (resolveResult = resolve));
  const settle = (problems: string[]) => {
    if (done) return;
    done = true;
    resolveResult(problems);
  };
  const onMain = () => {
    if (done) return;
    const db = fallback();
    settle(db ? integrityProblems(db, 'quick').slice(0, 5) : []);
  };
  try {
    const sqlite = createRequire(__filename).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, sqlite } });
    worker.unref();
    worker.once('message', (problems: string[]) => settle(problems));
    worker.once('error', () => setImmediate(onMain));
    worker.once('exit', () => setImmediate(onMain)); // no-op once settled
  } catch {
    setImmediate(onMain);
  }
  return {
    result,
    cancel() {
      settle([]);
      void worker?.terminate();
    },
  };
}
