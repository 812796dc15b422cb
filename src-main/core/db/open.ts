/**
 * Open one PlanDesk SQLite file: PlanDesk's and not newer, quick_check, WAL, foreign keys,
 * busy timeout, then migrations (with a hook to back up first).
 */
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
  /**
   * PRAGMA quick_check before anything else touches the file (default true). 'if-migrating':
   * only when migrations are pending (the app then checks the file in the background).
   */
  quickCheck?: boolean | 'if-migrating';
  /** runs on the unmigrated connection when an existing database has migrations pending */
  beforeMigrate?: BeforeMigrate;
}

export type BeforeMigrate = (db: SqliteDb, from: number, to: number) => void;

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
    checkNotNewer(db);
    const pending = (db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length;
    if (options.quickCheck === true || options.quickCheck === undefined || (options.quickCheck === 'if-migrating' && pending)) checkQuick(db, file);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // 16 MB of page cache (SQLite's default is 2 MB): a bulk write into a ten-year office
    // touches index pages all over the file; the cache fills only as pages are used
    db.pragma('cache_size = -16384');
    migrate(db, !!options.readonly, MIGRATIONS, options.beforeMigrate);
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

function checkNotNewer(db: SqliteDb, latest = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `Dữ liệu này do một phiên bản PlanDesk mới hơn tạo ra (phiên bản dữ liệu ${current}, phiên bản này chỉ đọc được đến ${latest}). ` +
        'Hãy cài bản PlanDesk mới nhất; PlanDesk không hạ cấp dữ liệu để tránh mất dữ liệu.',
    );
  }
}

/** What the officer reads when quick_check finds damage (on open or right after it). */
export function damagedMessage(file: string, problems: readonly string[]): string {
  return `Tệp dữ liệu ${file} không qua được kiểm tra toàn vẹn khi mở (chi tiết kỹ thuật: ${String(problems[0]).replace(/\s+/g, ' ')}).`;
}

/** A file that opens but fails quick_check is damaged: the caller may fall back to read-only. */
function checkQuick(db: SqliteDb, file: string): void {
  let problems: string[];
  try {
    const rows = db.pragma('quick_check(5)') as Array<Record<string, string>>;
    problems = rows.map((r) => Object.values(r)[0] ?? '').filter((m) => m !== 'ok');
  } catch (e) {
    problems = [(e as Error).message];
  }
  if (problems.length) throw new AppError('DB_DAMAGED', damagedMessage(file, problems));
}

/** Apply every pending migration in one transaction; refuse a newer database. */
export function migrate(
  db: SqliteDb,
  readonly = false,
  migrations: readonly Migration[] = MIGRATIONS,
  beforeMigrate?: BeforeMigrate,
): { from: number; to: number } {
  const latest = migrations.length;
  checkNotNewer(db, latest);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current === latest) return { from: current, to: current };
  if (readonly) {
    throw new AppError('DB_READ_ONLY', 'Dữ liệu cần được nâng cấp nhưng đang mở ở chế độ chỉ đọc.');
  }
  const pending = migrations.filter((m) => m.version > current);
  if (current > 0) beforeMigrate?.(db, current, latest);
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`application_id = ${PLANDESK_APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: latest };
}

/**
 * A second connection on a database the main thread has opened (and migrated): a worker
 * thread's own (core/imports/commit-worker). The connection-level pragmas of
 * `openDatabase`; WAL is the file's journal mode already; no check, no migration.
 */
export function openWorkerConnection(file: string): SqliteDb {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -16384');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
