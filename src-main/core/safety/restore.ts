/**
 * Restore: show what a backup holds against the current data, back the current state up,
 * then swap files atomically. The backup is first copied and checked next to the database
 * (a staging file, migrated if it is older); only a rename makes it current, so a restore
 * that fails or is killed at any moment leaves either the old database or the new one,
 * never a mix. A damaged current database is kept byte for byte before it is replaced.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core';
import { recordAudit } from '../audit/service';
import { createQueryBuilder, Sql } from '../db/exec';
import { openDatabase } from '../db/open';
import { AppError } from '../errors';
import { databasePath } from '../paths';
import { backupDir, fsyncDir, parseBackupName, readSidecar, type BackupReason } from './backup-files';
import { keepDamagedCopy } from './backups';
import { integrityProblems } from './integrity';
import { backupNow } from './service';
import { ensureMachineId } from './settings';
import { inspectDatabaseFile, withReadOnly, type InspectedFile } from './sqlite-file';
import { RESTORE_STAGING_MARK } from './startup';
import { summarize, type ContentSummary } from './summary';

export interface RestorePreview {
  file: string;
  createdAt: string | null;
  reason: BackupReason | null;
  size: number;
  schemaVersion: number;
  backup: ContentSummary;
  /** null when the current database cannot be read */
  current: ContentSummary | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** the backup of the state before the restore (a raw copy when it was damaged) */
  safetyBackup: string | null;
  summary: ContentSummary;
}

/** A backup listed in the data folder, by name (no paths from the outside world). */
export function backupFileByName(dataDir: string, name: string): string {
  if (!parseBackupName(name)) throw new AppError('INVALID_INPUT', `"${name}" không phải tên một bản sao lưu PlanDesk.`);
  const file = join(backupDir(dataDir), name);
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `Không còn bản sao lưu ${name} (có thể đã bị xóa theo lịch giữ bản sao). Hãy tải lại danh sách.`);
  return file;
}

function describe(inspected: InspectedFile, current: ContentSummary | null): RestorePreview {
  const side = readSidecar(inspected.file);
  const parsed = parseBackupName(inspected.file.split(/[\\/]/).pop() ?? '');
  return {
    file: inspected.file,
    createdAt: side?.createdAt ?? parsed?.createdAt ?? null,
    reason: side?.reason ?? parsed?.reason ?? null,
    size: inspected.size,
    schemaVersion: inspected.schemaVersion,
    backup: inspected.summary,
    current,
  };
}

export function previewRestore(core: Core | null, file: string): RestorePreview {
  let current: ContentSummary | null = null;
  if (core) {
    try {
      current = summarize(core.db);
    } catch {
      current = null;
    }
  }
  return describe(inspectDatabaseFile(file), current);
}

/** Copy the backup next to the database through SQLite (one clean file), migrate, check, stamp the audit. */
function stage(dbPath: string, file: string, auditNote: Record<string, unknown>): string {
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
    rmSync(staging, { force: true });
    rmSync(`${staging}-wal`, { force: true });
    rmSync(`${staging}-shm`, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('IO_ERROR', `Không chép được bản sao lưu vào thư mục dữ liệu (ổ đĩa đầy hoặc không ghi được). Dữ liệu hiện tại không thay đổi.`, { cause: e });
  }
}

const IN_USE = 'Tệp dữ liệu đang được một chương trình PlanDesk khác mở (ứng dụng, cổng web hoặc dòng lệnh). Hãy đóng chương trình đó rồi khôi phục lại. Dữ liệu hiện tại không thay đổi.';

/** The atomic step: the database is closed; its WAL must be gone; the staging file takes its name. */
function swapInto(dbPath: string, staging: string, discardWal = false): void {
  // a damaged database's WAL was kept with its raw copy; otherwise a WAL left after our close means another connection
  if (discardWal) rmSync(`${dbPath}-wal`, { force: true });
  if (existsSync(`${dbPath}-wal`)) throw new AppError('CONFLICT', IN_USE);
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(staging, dbPath);
  fsyncDir(join(dbPath, '..'));
}

export function restoreBackup(core: Core, file: string): RestoreResult {
  const inspected = inspectDatabaseFile(file);
  const staging = stage(core.dbPath, file, { from: file, summary: inspected.summary });
  try {
    let safetyBackup: string;
    if (core.readOnly) {
      safetyBackup = keepDamagedCopy(core.dbPath, core.dataDir).name;
    } else {
      const busy = (core.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>)[0]?.busy;
      if (busy) throw new AppError('CONFLICT', IN_USE);
      safetyBackup = backupNow(core, 'restore').name;
    }
    const damaged = core.readOnly;
    core.replaceDatabase(() => swapInto(core.dbPath, staging, damaged));
    if (!core.readOnly) ensureMachineId(core.sql); // a backup older than packages has none
    return { restoredFrom: file, safetyBackup, summary: inspected.summary };
  } finally {
    rmSync(staging, { force: true });
  }
}

/** Restore when the current database cannot be opened at all (the CLI's way out). */
export function restoreWithoutCore(dataDir: string, file: string): RestoreResult {
  const dbPath = databasePath(dataDir);
  const inspected = inspectDatabaseFile(file);
  const staging = stage(dbPath, file, { from: file, summary: inspected.summary, currentUnreadable: true });
  try {
    const safetyBackup = existsSync(dbPath) ? keepDamagedCopy(dbPath, dataDir).name : null;
    swapInto(dbPath, staging, true);
    return { restoredFrom: file, safetyBackup, summary: inspected.summary };
  } finally {
    rmSync(staging, { force: true });
  }
}
