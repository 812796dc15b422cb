/** Open one PlanDesk SQLite file: WAL, foreign keys, busy timeout, migrations. */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/** PRAGMA application_id marking a PlanDesk file ("PLDK"). */
export const PLANDESK_APPLICATION_ID = 0x504c444b;

export type SqliteDb = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): SqliteDb {
  let db: SqliteDb;
  try {
    if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
    else if (!existsSync(file)) throw new Error('missing');
    db = new Database(file, { readonly: !!options.readonly, fileMustExist: !!options.readonly });
  } catch (e) {
    throw new AppError(
      'DB_OPEN_FAILED',
      `Không mở được tệp dữ liệu ${file}. Hãy kiểm tra thư mục dữ liệu có tồn tại và có quyền ghi, rồi thử lại.`,
      { cause: e },
    );
  }
  try {
    db.pragma('busy_timeout = 5000');
    checkIsPlanDesk(db, file);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    migrate(db, !!options.readonly);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw new AppError(
      'DB_OPEN_FAILED',
      `Tệp ${file} không đọc được như một cơ sở dữ liệu SQLite (có thể tệp bị hỏng hoặc không phải tệp dữ liệu PlanDesk). Hãy khôi phục từ bản sao lưu.`,
      { cause: e },
    );
  }
}

function checkIsPlanDesk(db: SqliteDb, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (appId !== PLANDESK_APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
    throw new AppError(
      'DB_NOT_PLANDESK',
      `Tệp ${file} là một cơ sở dữ liệu SQLite nhưng không phải của PlanDesk. Hãy chọn đúng thư mục dữ liệu PlanDesk.`,
    );
  }
}

/** Apply every pending migration in one transaction; refuse a newer database. */
export function migrate(
  db: SqliteDb,
  readonly = false,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `Dữ liệu này do một phiên bản PlanDesk mới hơn tạo ra (phiên bản dữ liệu ${current}, phiên bản này chỉ đọc được đến ${latest}). ` +
        'Hãy cài bản PlanDesk mới nhất; PlanDesk không hạ cấp dữ liệu để tránh mất dữ liệu.',
    );
  }
  if (current === latest) return { from: current, to: current };
  if (readonly) {
    throw new AppError('DB_READ_ONLY', 'Dữ liệu cần được nâng cấp nhưng đang mở ở chế độ chỉ đọc.');
  }
  const pending = migrations.filter((m) => m.version > current);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`application_id = ${PLANDESK_APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: latest };
}
