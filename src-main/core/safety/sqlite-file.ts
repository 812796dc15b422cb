/**
 * Inspect a SQLite file PlanDesk did not just write (a backup, a file from a USB drive):
 * opened read-only, never migrated, always closed again.
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { PLANDESK_APPLICATION_ID, type SqliteDb } from '../db/open';
import { integrityProblems } from './integrity';
import { summarize, type ContentSummary } from './summary';

export interface InspectedFile {
  file: string;
  size: number;
  schemaVersion: number;
  summary: ContentSummary;
}

export function withReadOnly<T>(file: string, fn: (db: SqliteDb) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return fn(db);
  } finally {
    db.close();
  }
}

/**
 * A file fit to become PlanDesk's database: SQLite, PlanDesk's, not newer than this
 * PlanDesk, passes integrity_check. Anything else → an AppError saying what is wrong.
 */
export function inspectDatabaseFile(file: string): InspectedFile {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp ${file}. Hãy kiểm tra lại đường dẫn.`);
  }
  const size = statSync(file).size;
  const unreadable = () =>
    new AppError('INVALID_INPUT', `Tệp ${file} không phải là bản sao lưu PlanDesk đọc được (không phải cơ sở dữ liệu SQLite hoặc đã hỏng). Hãy chọn một bản sao lưu khác.`);
  let result: InspectedFile;
  try {
    result = withReadOnly(file, (db) => {
      const appId = db.pragma('application_id', { simple: true }) as number;
      if (appId !== PLANDESK_APPLICATION_ID) {
        throw new AppError('DB_NOT_PLANDESK', `Tệp ${file} không phải là dữ liệu PlanDesk. Hãy chọn đúng tệp sao lưu (.sqlite) do PlanDesk tạo.`);
      }
      const schemaVersion = db.pragma('user_version', { simple: true }) as number;
      if (schemaVersion > LATEST_SCHEMA_VERSION) {
        throw new AppError(
          'DB_TOO_NEW',
          `Bản sao lưu này do một phiên bản PlanDesk mới hơn tạo ra (phiên bản dữ liệu ${schemaVersion}, phiên bản này đọc được đến ${LATEST_SCHEMA_VERSION}). Hãy cài bản PlanDesk mới nhất rồi khôi phục.`,
        );
      }
      const problems = integrityProblems(db, 'full');
      if (problems.length) {
        throw new AppError('DB_DAMAGED', `Bản sao lưu ${file} bị hỏng (kiểm tra toàn vẹn không đạt: ${problems[0]}). Hãy chọn một bản sao lưu khác.`);
      }
      return { file, size, schemaVersion, summary: summarize(db) };
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw unreadable();
  }
  return result;
}
