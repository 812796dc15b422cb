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
import { WriteGate, WORKER_WRITING_MESSAGE } from './db/write-gate';
import { startQuickCheck } from './safety/background-check';
import { damagedMessage } from './db/open';
import { damagedReason, openReadOnly, openWithSafety } from './safety/startup';
import { installSafety } from './safety/service';
import { indexInBackground, needsIndexing } from './search/background-index';

export interface CoreOptions {
  dataDir: string;
  /** seed an empty database from seeds/ (default true) */
  seed?: boolean;
  /** automatic backups: daily, before migrations and before operations (default true) */
  backups?: boolean;
  /**
   * 'on-open' (default: tests, the CLI's restore): quick_check before anything touches the file.
   * 'after-open' (the app's doors and the CLI): quick_check runs in a worker right after open and the
   * daily backup a moment later, so the start does not wait for passes over the whole
   * file; damage found then switches the database to read-only (see `integrityChecked`).
   */
  integrityCheck?: 'on-open' | 'after-open';
}

/** How long after an 'after-open' start the daily backup runs (the window paints first). */
export const DAILY_BACKUP_DELAY_MS = 500;

export class Core {
  readonly schemaVersion = LATEST_SCHEMA_VERSION;
  private closed = false;
  private current: { db: SqliteDb; sql: Sql; cleanup?: () => void };
  /** Why the database is open read-only (damaged, folder not writable); null when writable. */
  readOnlyReason: string | null;
  /** The last automatic backup that failed, said for the officer; null when the last one worked. */
  lastBackupError: string | null = null;
  /** Settles when the start's quick_check has run (at once for 'on-open'); never rejects. */
  integrityChecked: Promise<void> = Promise.resolve();
  /** False while the background quick_check of an 'after-open' start has not answered. */
  integrityKnown = true;
  /** Settles when the start's background work (check, daily backup) is over; never rejects. */
  startupSettled: Promise<void> = Promise.resolve();
  private stopBackgroundCheck: () => void = () => undefined;
  /** Run by close(): background work of this session is stopped. */
  readonly onClose: Array<() => void> = [];
  /** Writes under way on a worker thread's connection (import commit and undo): see db/write-gate.ts. */
  readonly workerWrites = new WriteGate();

  private constructor(
    readonly dataDir: string,
    readonly dbPath: string,
    db: SqliteDb,
    readOnlyReason: string | null,
    cleanup?: () => void,
  ) {
    this.current = { db, sql: this.sqlOf(db), cleanup };
    this.readOnlyReason = readOnlyReason;
  }

  /** The main connection's Sql: its transactions are refused (never kept waiting) while a worker writes. */
  private sqlOf(db: SqliteDb): Sql {
    return new Sql(db, createQueryBuilder(db), () => this.workerWrites.refuseWhileWriting());
  }

  get db(): SqliteDb {
    return this.current.db;
  }

  get sql(): Sql {
    return this.current.sql;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  static open(options: CoreOptions): Core {
    const dbPath = databasePath(options.dataDir);
    const backups = options.backups !== false;
    const after = options.integrityCheck === 'after-open';
    const { db, readOnlyReason, cleanup } = openWithSafety(dbPath, options.dataDir, { backups, quickCheck: after ? 'if-migrating' : true });
    const core = new Core(options.dataDir, dbPath, db, readOnlyReason, cleanup);
    try {
      if (after && !core.readOnly) core.checkInBackground();
      if (options.seed !== false && !core.readOnly) seedIfEmpty(core.sql);
      installSafety(core, { backups, dailyDelayMs: after ? DAILY_BACKUP_DELAY_MS : null });
      // search text a bulk write queued, or segments left unmerged, by the last session (core/search/pending.ts)
      if (!core.readOnly && needsIndexing(core)) void indexInBackground(core);
    } catch (e) {
      core.close();
      throw e;
    }
    return core;
  }

  private checkInBackground(): void {
    const check = startQuickCheck(this.dbPath, () => (this.closed ? null : this.db));
    this.onClose.push(check.cancel);
    this.stopBackgroundCheck = check.cancel;
    this.integrityKnown = false;
    this.integrityChecked = check.result.then((problems) => {
      this.integrityKnown = true;
      if (problems.length && !this.closed && !this.readOnly) this.switchToReadOnly(damagedReason(damagedMessage(this.dbPath, problems)));
    });
  }

  /**
   * Damage found after open: close the writable connection and go on read-only, as a
   * start that found it would have (the banner says why; writes are refused).
   */
  switchToReadOnly(reason: string): void {
    if (this.closed) return;
    if (this.workerWrites.writing > 0) {
      // a worker's write settles first (its result is reported as it is), then the switch
      void this.workerWrites.idle().then(() => this.switchToReadOnly(reason));
      return;
    }
    let opened: ReturnType<typeof openReadOnly>;
    try {
      opened = openReadOnly(this.dbPath, this.dataDir, reason);
    } catch (e) {
      // it cannot even be opened read-only: keep the connection and say so in the banner
      this.readOnlyReason = e instanceof AppError ? e.message : reason;
      return;
    }
    this.current.db.close();
    this.current.cleanup?.();
    this.current = { db: opened.db, sql: this.sqlOf(opened.db), cleanup: opened.cleanup };
    this.readOnlyReason = opened.readOnlyReason;
  }

  /**
   * Close the database, run `swap` on the files (restore), and open again. When `swap`
   * throws, the untouched database is reopened and the error passed on. `swappedInChecked`:
   * the file swapped in has just passed a full integrity_check (a restore's staging copy), so
   * its opening skips quick_check, seconds of this thread on a ten-year office; the old file,
   * reopened after a failed swap, is checked as at any start.
   */
  replaceDatabase(swap: () => void, swappedInChecked = false): void {
    if (this.closed) throw new AppError('INTERNAL', 'PlanDesk đã đóng dữ liệu.');
    // a worker connection on the file would keep writing to the file being replaced
    if (this.workerWrites.writing > 0 || this.workerWrites.connections > 0) throw new AppError('CONFLICT', WORKER_WRITING_MESSAGE);
    this.stopBackgroundCheck(); // its verdict would be about the file being replaced
    this.current.db.close();
    this.current.cleanup?.();
    let failure: unknown;
    try {
      swap();
    } catch (e) {
      failure = e;
    }
    const quickCheck = swappedInChecked && failure === undefined ? 'if-migrating' : true;
    const { db, readOnlyReason, cleanup } = openWithSafety(this.dbPath, this.dataDir, { backups: false, quickCheck });
    this.current = { db, sql: this.sqlOf(db), cleanup };
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
   * import, reset): the data-safety layer takes a verified pre-operation backup here, in a
   * worker thread (the app keeps answering). Await it BEFORE opening the operation's
   * transaction; when it rejects the operation must not run. It settles once no worker
   * write is under way (one may have started during the backup).
   */
  async backupBefore(reason: 'import' | 'restore' | 'package-import' | 'reset' | 'migration'): Promise<void> {
    await this.preOperationHook?.(this, reason);
    await this.workerWrites.idle();
  }

  /** Installed by the data-safety layer. */
  preOperationHook: ((core: Core, reason: string) => void | Promise<void>) | undefined;

  close(): void {
    if (this.closed) return;
    for (const stop of this.onClose.splice(0)) stop(); // may still use the database
    this.closed = true;
    this.current.db.close();
    this.current.cleanup?.();
  }
}
