/**
 * Verified backups: a consistent online copy with `VACUUM INTO` (it reads one snapshot, and
 * its output is a compact single file), written under a temporary name, flushed, opened
 * read-only and checked with integrity_check, described by a sidecar, renamed into place,
 * rotated, and copied to the officer's mirror folder when one is set. The app runs it in a
 * worker thread on a read-only connection of its own (backup-worker/); the same function
 * runs on the app's connection where no worker can start, and at migrations.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { PLANDESK_APPLICATION_ID, type SqliteDb } from '../db/open';
import { APP_VERSION } from '../version';
import {
  backupDir,
  backupFileName,
  fsyncDir,
  fsyncFile,
  listBackupFiles,
  PART_SUFFIX,
  removeLeftovers,
  sidecarPath,
  writeFileAtomic,
  type BackupEntry,
  type BackupReason,
  type BackupSidecar,
} from './backup-files';
import { integrityProblems } from './integrity';
import { mirrorBackup } from './mirror';
import { backupsToDelete } from './rotation';
import { withReadOnly } from './sqlite-file';
import { isDiskFull, isReadOnlyError } from './storage-errors';
import { summarize } from './summary';

export interface BackupResult extends BackupEntry {
  /** null when no mirror folder is set */
  mirror: { dir: string; ok: boolean; error: string | null } | null;
}

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function freeName(dir: string, at: Date, reason: BackupReason): string {
  const t = new Date(at);
  for (;;) {
    const name = backupFileName(t, reason);
    if (!existsSync(join(dir, name))) return name;
    t.setTime(t.getTime() + 1);
  }
}

export function backupFailed(e: unknown, dir: string): AppError {
  if (e instanceof AppError) return e;
  if (isDiskFull(e)) {
    return new AppError('DISK_FULL', `Không tạo được bản sao lưu vì ổ đĩa chứa thư mục ${dir} đã đầy. Dữ liệu hiện tại không thay đổi. Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.`, { cause: e });
  }
  if (isReadOnlyError(e)) {
    return new AppError('DB_READ_ONLY', `Không tạo được bản sao lưu vì thư mục ${dir} hoặc dữ liệu chỉ cho phép đọc (ổ USB bị khóa ghi, thiếu quyền ghi). Dữ liệu hiện tại không thay đổi. Hãy cấp quyền ghi rồi thử lại.`, { cause: e });
  }
  return new AppError('IO_ERROR', `Không tạo được bản sao lưu trong thư mục ${dir} (thư mục không ghi được hoặc lỗi ổ đĩa). Dữ liệu hiện tại không thay đổi. Hãy kiểm tra quyền ghi và chỗ trống của ổ đĩa rồi thử lại.`, { cause: e });
}

export interface BackupOptions {
  mirrorDir?: string | null;
  now?: Date;
  /**
   * false: leave temporary files of other backups alone (the worker's backup: a backup on
   * the app's connection may be under way at the same time; the caller cleaned before)
   */
  removeLeftovers?: boolean;
  /** told the temporary and final names before anything is written (to clean up after a killed worker) */
  onTemporary?(tmp: string, file: string): void;
}

/** Copy, verify, describe, rotate, mirror. Throws an AppError (nothing left behind) on failure. */
export function createBackup(
  db: SqliteDb,
  dataDir: string,
  reason: BackupReason,
  options: BackupOptions = {},
): BackupResult {
  const dir = backupDir(dataDir);
  let tmp = '';
  let entry: BackupEntry;
  try {
    mkdirSync(dir, { recursive: true });
    if (options.removeLeftovers !== false) removeLeftovers(dir);
    const name = freeName(dir, options.now ?? new Date(), reason);
    const file = join(dir, name);
    tmp = `${file}${PART_SUFFIX}-${process.pid}`;
    options.onTemporary?.(tmp, file);
    db.prepare('VACUUM INTO ?').run(tmp);
    fsyncFile(tmp);
    const checked = withReadOnly(tmp, (copy) => {
      const problems = integrityProblems(copy, 'full');
      if (problems.length || copy.pragma('application_id', { simple: true }) !== PLANDESK_APPLICATION_ID) {
        throw new AppError('DB_DAMAGED', `Bản sao lưu vừa tạo không qua được kiểm tra toàn vẹn (${problems[0] ?? 'không phải dữ liệu PlanDesk'}). Dữ liệu hiện tại có thể đã hỏng: hãy chạy "Kiểm tra dữ liệu" trong Cài đặt.`);
      }
      return { summary: summarize(copy), schemaVersion: copy.pragma('user_version', { simple: true }) as number };
    });
    const size = statSync(tmp).size;
    const sidecar: BackupSidecar = {
      format: 'plandesk-backup',
      createdAt: (options.now ?? new Date()).toISOString(),
      reason,
      size,
      sha256: sha256File(tmp),
      schemaVersion: checked.schemaVersion,
      appVersion: APP_VERSION,
      verified: true,
      summary: checked.summary,
      note: null,
    };
    writeFileAtomic(sidecarPath(file), JSON.stringify(sidecar, null, 2));
    renameSync(tmp, file);
    fsyncDir(dir);
    entry = { name, file, createdAt: sidecar.createdAt, reason, size, verified: true, summary: sidecar.summary, schemaVersion: sidecar.schemaVersion, note: null };
  } catch (e) {
    if (tmp) rmSync(tmp, { force: true });
    throw backupFailed(e, dir);
  }
  rotateBackups(dir);
  let mirror: BackupResult['mirror'] = null;
  if (options.mirrorDir) {
    try {
      mirrorBackup(entry.file, options.mirrorDir);
      rotateBackups(options.mirrorDir);
      mirror = { dir: options.mirrorDir, ok: true, error: null };
    } catch (e) {
      mirror = { dir: options.mirrorDir, ok: false, error: (e as Error).message };
    }
  }
  return { ...entry, mirror };
}

/** createBackup on a read-only connection of its own to the database file (the backup worker). */
export function createBackupOfFile(dbPath: string, dataDir: string, reason: BackupReason, options: BackupOptions = {}): BackupResult {
  let db: SqliteDb;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw backupFailed(e, backupDir(dataDir));
  }
  try {
    return createBackup(db, dataDir, reason, options);
  } finally {
    db.close();
  }
}

/**
 * Keep the raw bytes of a damaged database (and its WAL) before a restore replaces it:
 * it cannot be copied through SQLite, and someone may still want to rescue data from it.
 */
export function keepDamagedCopy(dbPath: string, dataDir: string, now = new Date()): BackupEntry {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = freeName(dir, now, 'damaged');
  const file = join(dir, name);
  try {
    copyFileSync(dbPath, `${file}${PART_SUFFIX}`);
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${file}-wal`);
    fsyncFile(`${file}${PART_SUFFIX}`);
    const size = statSync(`${file}${PART_SUFFIX}`).size;
    const sidecar: BackupSidecar = {
      format: 'plandesk-backup',
      createdAt: now.toISOString(),
      reason: 'damaged',
      size,
      sha256: null,
      schemaVersion: 0,
      appVersion: APP_VERSION,
      verified: false,
      summary: null,
      note: 'Bản chép nguyên trạng của dữ liệu hỏng, giữ lại trước khi khôi phục.',
    };
    writeFileAtomic(sidecarPath(file), JSON.stringify(sidecar, null, 2));
    renameSync(`${file}${PART_SUFFIX}`, file);
    fsyncDir(dir);
    return { name, file, createdAt: sidecar.createdAt, reason: 'damaged', size, verified: false, summary: null, schemaVersion: null, note: sidecar.note ?? null };
  } catch (e) {
    rmSync(`${file}${PART_SUFFIX}`, { force: true });
    throw backupFailed(e, dir);
  }
}

/** Apply the retention rules to one folder (PlanDesk's own backup names only). */
export function rotateBackups(dir: string): string[] {
  const doomed = backupsToDelete(listBackupFiles(dir));
  for (const name of doomed) {
    const file = join(dir, name);
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(sidecarPath(file), { force: true });
  }
  return doomed;
}

/** The newest backup that passed verification (the one to offer when the database is damaged). */
export function newestGoodBackup(dataDir: string): BackupEntry | null {
  return listBackupFiles(backupDir(dataDir)).find((b) => b.verified) ?? null;
}
