/**
 * The brain every door shares: one open database plus the services over it.
 * No Electron, no React: plain Node + better-sqlite3 + kysely.
 */
import { renameSync, rmSync } from 'node:fs';
import { createQueryBuilder, Sql } from './db/exec';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { openDatabase, type SqliteDb } from './db/open';
import { databasePath } from './paths';
import { seedIfEmpty } from './seed/service';
import { AppError } from './errors';

export interface CoreOptions {
  dataDir: string;
  /** seed an empty database from seeds/ (default true) */
  seed?: boolean;
}

export class Core {
  readonly sql: Sql;
  readonly schemaVersion = LATEST_SCHEMA_VERSION;
  private closed = false;

  private constructor(
    readonly dataDir: string,
    readonly dbPath: string,
    readonly db: SqliteDb,
  ) {
    this.sql = new Sql(db, createQueryBuilder(db));
  }

  static open(options: CoreOptions): Core {
    const dbPath = databasePath(options.dataDir);
    const db = openDatabase(dbPath);
    const core = new Core(options.dataDir, dbPath, db);
    try {
      if (options.seed !== false) seedIfEmpty(core.sql);
    } catch (e) {
      core.close();
      throw e;
    }
    return core;
  }

  /** A consistent online copy of the database (SQLite backup API). */
  async backupTo(file: string): Promise<void> {
    const tmp = `${file}.part-${process.pid}`;
    try {
      await this.db.backup(tmp);
      renameSync(tmp, file);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw new AppError('IO_ERROR', `Không ghi được bản sao lưu vào ${file}. Hãy kiểm tra thư mục đích có tồn tại và còn chỗ trống.`, {
        cause: e,
      });
    }
  }

  /**
   * Called before an operation that rewrites much data (import commit, restore, package
   * import, reset): the data-safety layer takes a verified pre-operation backup here.
   * Synchronous so it can run right before the operation's transaction.
   */
  backupBefore(reason: 'import' | 'restore' | 'package-import' | 'reset' | 'migration'): void {
    this.preOperationHook?.(this, reason);
  }

  /** Installed by the data-safety layer. */
  preOperationHook: ((core: Core, reason: string) => void) | undefined;

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
