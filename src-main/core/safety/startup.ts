/**
 * How Core opens its database safely: leftovers of an interrupted restore are removed, a
 * backup is taken before any migration of an existing database, quick_check runs, and a
 * damaged database (or a data folder that refuses writes) opens read-only with the reason
 * said plainly instead of not opening at all.
 */
import { accessSync, constants, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, isAppError } from '../errors';
import { openDatabase, type SqliteDb } from '../db/open';
import { createBackup, newestGoodBackup } from './backups';

export const RESTORE_STAGING_MARK = '.restore-';

export interface OpenedDatabase {
  db: SqliteDb;
  /** why the database is read-only, in words for the officer; null when writable */
  readOnlyReason: string | null;
}

/** Remove staging copies a killed restore left next to the database (never the database itself). */
export function removeRestoreLeftovers(dbPath: string): void {
  const dir = dirname(dbPath);
  const prefix = `${basename(dbPath)}${RESTORE_STAGING_MARK}`;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
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

export function openWithSafety(dbPath: string, dataDir: string, options: { backups: boolean }): OpenedDatabase {
  if (existsSync(dbPath)) removeRestoreLeftovers(dbPath);
  try {
    const db = openDatabase(dbPath, {
      beforeMigrate: options.backups ? (raw) => void createBackup(raw, dataDir, 'migration') : undefined,
    });
    return { db, readOnlyReason: null };
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === 'DB_DAMAGED') return openReadOnly(dbPath, dataDir, `${e.message} Dữ liệu có thể đã hỏng một phần.`);
    if (e.code === 'DB_OPEN_FAILED' && existsSync(dbPath) && !folderWritable(dataDir)) {
      return openReadOnly(dbPath, dataDir, `thư mục dữ liệu ${dataDir} không cho phép ghi (ổ chỉ đọc hoặc thiếu quyền).`);
    }
    if (e.code === 'DB_OPEN_FAILED' && existsSync(dbPath)) {
      throw new AppError(e.code, `${e.message}${restoreHint(dataDir)}`, { cause: e });
    }
    throw e;
  }
}

function openReadOnly(dbPath: string, dataDir: string, reason: string): OpenedDatabase {
  try {
    return { db: openDatabase(dbPath, { readonly: true, quickCheck: false }), readOnlyReason: reason };
  } catch (e) {
    throw new AppError('DB_DAMAGED', `${reason} PlanDesk không mở được dữ liệu kể cả ở chế độ chỉ đọc.${restoreHint(dataDir)}`, { cause: e });
  }
}
