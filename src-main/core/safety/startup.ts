/**
 * How Core opens its database safely: leftovers of an interrupted restore are removed, a
 * backup is taken before any migration of an existing database, quick_check runs, and a
 * damaged database (or a data folder that refuses writes) opens read-only with the reason
 * said plainly instead of not opening at all.
 */
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError, isAppError } from '../errors';
import { openDatabase, type SqliteDb } from '../db/open';
import { createBackup, newestGoodBackup } from './backups';

export const RESTORE_STAGING_MARK = '.restore-';
/** The replaced database's second name during a restore's swap (restore.ts): its blocks are freed off the thread. */
export const RESTORE_REPLACED_MARK = '.replaced-';

const RESTORE_ADVICE = 'Hãy vào Cài đặt → Sao lưu và khôi phục để khôi phục bản sao lưu tốt gần nhất.';

export interface OpenedDatabase {
  db: SqliteDb;
  /** why the database is read-only, in words for the officer; null when writable */
  readOnlyReason: string | null;
  /** runs when the database is closed (removes a temporary read-only copy) */
  cleanup?: () => void;
}

/**
 * Remove staging copies and replaced files a killed restore left next to the database (never
 * the database itself). This process's own are left to the restore that made them (its names
 * carry the process id): the reopen after a swap must not free a replaced file on this thread.
 */
export function removeRestoreLeftovers(dbPath: string): void {
  const dir = dirname(dbPath);
  const prefixes = [RESTORE_STAGING_MARK, RESTORE_REPLACED_MARK].map((mark) => `${basename(dbPath)}${mark}`);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    if (prefix && !name.startsWith(`${prefix}${process.pid}-`)) rmSync(join(dir, name), { force: true });
  }
}

function restoreHint(dataDir: string): string {
  const good = newestGoodBackup(dataDir);
  return good
    ? ` Bản sao lưu tốt gần nhất: ${good.file}. Khôi phục bằng lệnh: npm run cli -- restore "${good.file}" (hoặc trong Cài đặt → Sao lưu và khôi phục).`
    : ' Chưa có bản sao lưu nào trong thư mục backups; nếu có bản sao lưu ở nơi khác (USB, thư mục sao chép), hãy khôi phục bằng lệnh: npm run cli -- restore TỆP.';
}

function folderWritable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The read-only reason when quick_check found damage (on open, or right after it). */
export function damagedReason(message: string): string {
  return `${message} Dữ liệu có thể đã hỏng một phần. ${RESTORE_ADVICE}`;
}

/**
 * `quickCheck: 'if-migrating'` skips quick_check on open (unless migrations are pending):
 * the caller then checks the file in the background (safety/background-check.ts).
 */
export function openWithSafety(dbPath: string, dataDir: string, options: { backups: boolean; quickCheck?: true | 'if-migrating' }): OpenedDatabase {
  if (existsSync(dbPath)) removeRestoreLeftovers(dbPath);
  try {
    const db = openDatabase(dbPath, {
      quickCheck: options.quickCheck ?? true,
      beforeMigrate: options.backups ? (raw) => void createBackup(raw, dataDir, 'migration') : undefined,
    });
    return { db, readOnlyReason: null };
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === 'DB_DAMAGED') return openReadOnly(dbPath, dataDir, damagedReason(e.message));
    if (e.code === 'DB_OPEN_FAILED' && existsSync(dbPath) && !folderWritable(dataDir)) return openSnapshot(dbPath, dataDir);
    if (e.code === 'DB_OPEN_FAILED' && existsSync(dbPath)) {
      throw new AppError(e.code, `${e.message}${restoreHint(dataDir)}`, { cause: e });
    }
    throw e;
  }
}

export function openReadOnly(dbPath: string, dataDir: string, reason: string): OpenedDatabase {
  try {
    return { db: openDatabase(dbPath, { readonly: true, quickCheck: false }), readOnlyReason: reason };
  } catch (e) {
    throw new AppError('DB_DAMAGED', `${reason} PlanDesk không mở được dữ liệu kể cả ở chế độ chỉ đọc.${restoreHint(dataDir)}`, { cause: e });
  }
}

/**
 * A data folder that refuses writes (write-protected USB drive, missing permission): SQLite
 * cannot even read a WAL database there (it needs its -shm file), so PlanDesk opens a
 * temporary copy read-only; the officer sees the data and can copy it elsewhere.
 */
function openSnapshot(dbPath: string, dataDir: string): OpenedDatabase {
  const why = `thư mục dữ liệu ${dataDir} không cho phép ghi (ổ chỉ đọc, ổ USB bị khóa ghi hoặc thiếu quyền)`;
  const reason = `${why}; đang xem một bản chép tạm. Hãy cấp quyền ghi cho thư mục (hoặc chép thư mục dữ liệu sang ổ khác) rồi mở lại PlanDesk.`;
  const dir = mkdtempSync(join(tmpdir(), 'plandesk-readonly-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, basename(dbPath));
    copyFileSync(dbPath, copy);
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
    return { db: openDatabase(copy, { readonly: true }), readOnlyReason: reason, cleanup };
  } catch (e) {
    cleanup();
    throw new AppError('DB_READ_ONLY', `Không mở được dữ liệu: ${why}. Hãy cấp quyền ghi cho thư mục hoặc chép thư mục dữ liệu sang ổ khác.`, { cause: e });
  }
}
