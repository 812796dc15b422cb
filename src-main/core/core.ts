/**
 * The brain every door shares: one open database plus the services over it.
 * No Electron, no React: plain Node + better-sqlite3 + kysely.
 */
import { renameSync, rmSync } from 'node:fs';
import { createQueryBuilder, Sql } from './db/exec';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import type { SqliteDb } from './db/open';
import { databasePath } from './paths';
import { seedIfEmpty } from './seed/service';
import { AppError } from './errors';
import { openWithSafety } from './safety/startup';
import { installSafety } from './safety/service';

export interface CoreOptions {
  dataDir: string;
  /** seed an empty database from seeds/ (default true) */
  seed?: boolean;
  /** automatic backups: daily, before migrations and before operations (default true) */
  backups?: boolean;
}

export class Core {
  readonly schemaVersion = LATEST_SCHEMA_VERSION;
  private closed = false;
  private current: { db: SqliteDb; sql: Sql; cleanup?: () => void };
  /** Why the database is open read-only (damaged, folder not writable); null when writable. */
  readOnlyReason: string | null;
  /** The last automatic backup that failed, said for the officer; null when the last one worked. */
  lastBackupError: string | null = null;

  private constructor(
    readonly dataDir: string,
    readonly dbPath: string,
    db: SqliteDb,
    readOnlyReason: string | null,
    cleanup?: () => void,
  ) {
    this.current = { db, sql: new Sql(db, createQueryBuilder(db)), cleanup };
    this.readOnlyReason = readOnlyReason;
  }

  get db(): SqliteDb {
    return this.current.db;
  }

  get sql(): Sql {
    return this.current.sql;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  static open(options: CoreOptions): Core {
    const dbPath = databasePath(options.dataDir);
    const backups = options.backups !== false;
    const { db, readOnlyReason, cleanup } = openWithSafety(dbPath, options.dataDir, { backups });
    const core = new Core(options.dataDir, dbPath, db, readOnlyReason, cleanup);
    try {
      if (options.seed !== false && !core.readOnly) seedIfEmpty(core.sql);
      installSafety(core, { backups });
    } catch (e) {
      core.close();
      throw e;
    }
    return core;
  }

  /**
   * Close the database, run `swap` on the files (restore), and open again. When `swap`
   * throws, the untouched database is reopened and the error passed on.
   */
  replaceDatabase(swap: () => void): void {
    if (this.closed) throw new AppError('INTERNAL', 'PlanDesk đã đóng dữ liệu.');
    this.current.db.close();
    this.current.cleanup?.();
    let failure: unknown;
    try {
      swap();
    } catch (e) {
      failure = e;
    }
    const { db, readOnlyReason, cleanup } = openWithSafety(this.dbPath, this.dataDir, { backups: false });
    this.current = { db, sql: new Sql(db, createQueryBuilder(db)), cleanup };
    this.readOnlyReason = readOnlyReason;
    if (failure !== undefined) throw failure;
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
    this.current.db.close();
    this.current.cleanup?.();
  }
}
