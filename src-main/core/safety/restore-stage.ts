/**
 * The staging copy of a restore: the backup copied next to the database through SQLite
 * (one clean file), migrated if it is older, checked in full and stamped in its audit log.
 * Only a rename (restore.ts) makes it current. Runs in the restore worker for the app
 * (restore-worker/), on the calling thread for the CLI's restore without a readable database.
 */
import { existsSync, rmSync } from 'node:fs';
import { recordAudit } from '../audit/service';
import { createQueryBuilder, Sql } from '../db/exec';
import { openDatabase } from '../db/open';
import { AppError } from '../errors';
import { integrityProblems } from './integrity';
import { withReadOnly } from './sqlite-file';
import { RESTORE_STAGING_MARK } from './startup';

/** The staging file's path: a start removes any left by a restore that was killed. */
export function stageRestore(dbPath: string, file: string, auditNote: Record<string, unknown>): string {
  const staging = `${dbPath}${RESTORE_STAGING_MARK}${process.pid}-${Date.now()}`;
  try {
    withReadOnly(file, (src) => src.prepare('VACUUM INTO ?').run(staging));
    const db = openDatabase(staging);
    try {
      const problems = integrityProblems(db, 'full');
      if (problems.length) throw new AppError('DB_DAMAGED', `Bản sao lưu không qua được kiểm tra sau khi chép (${problems[0]}). Dữ liệu hiện tại không thay đổi.`);
      const sql = new Sql(db, createQueryBuilder(db));
      sql.tx(() => recordAudit(sql, { action: 'safety.restore', entity: 'database', entityId: null, after: auditNote }));
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    if (existsSync(`${staging}-wal`)) throw new Error('staging copy still has a WAL');
    return staging;
  } catch (e) {
    removeStaging(staging);
    if (e instanceof AppError) throw e;
    throw new AppError('IO_ERROR', `Không chép được bản sao lưu vào thư mục dữ liệu (ổ đĩa đầy hoặc không ghi được). Dữ liệu hiện tại không thay đổi.`, { cause: e });
  }
}

export function removeStaging(staging: string): void {
  rmSync(staging, { force: true });
  rmSync(`${staging}-wal`, { force: true });
  rmSync(`${staging}-shm`, { force: true });
}
