/**
 * Data safety wired into Core: the daily backup at the first start of each day, the
 * verified backup before operations (`core.backupBefore`), the machine identity, and the
 * backups the officer sees and makes in Cài đặt. Backups asked for while the app runs are
 * made in the backup worker (backup-worker/), one at a time, so the app keeps answering.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { Core } from '../core';
import { AppError } from '../errors';
import { backupDir, BACKUP_REASONS, listBackupFiles, removeLeftovers, type BackupEntry, type BackupReason } from './backup-files';
import { createBackup, newestGoodBackup, type BackupResult } from './backups';
import { backupInWorker, cancelBackupsOf, closedError, workerBackupRunning } from './backup-worker/run-worker';
import { integrityProblems } from './integrity';
import { checkMirrorDir } from './mirror';
import { ensureMachineId, getLastDailyBackup, getMirrorDir, setLastDailyBackup, setMirrorDir } from './settings';
import { recordAudit } from '../audit/service';

function localDay(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function hasDailyBackupToday(dataDir: string, now = new Date()): boolean {
  const today = localDay(now);
  return listBackupFiles(backupDir(dataDir)).some((b) => b.reason === 'daily' && localDay(new Date(b.createdAt)) === today);
}

/**
 * Is today's daily backup still to make? The settings timestamp answers most starts without
 * reading the backup folder; the folder decides only when the timestamp is not today's
 * (first start of the day, or a database from before the timestamp existed).
 */
export function dailyBackupDue(core: Core, now = new Date()): boolean {
  const last = getLastDailyBackup(core.sql);
  if (last && localDay(new Date(last)) === localDay(now)) return false;
  return !hasDailyBackupToday(core.dataDir, now);
}

function dailyBackup(core: Core): void {
  if (core.isClosed || core.readOnly || !dailyBackupDue(core)) return;
  try {
    const made = backupNow(core, 'daily');
    setLastDailyBackup(core.sql, made.createdAt);
  } catch (e) {
    // the app still opens; the failure is shown in Cài đặt and the banner
    core.lastBackupError = e instanceof AppError ? e.message : String(e);
  }
}

/** The daily backup of an app start, made in the backup worker (the window keeps answering). */
async function dailyBackupInBackground(core: Core): Promise<void> {
  if (core.isClosed || core.readOnly || !dailyBackupDue(core)) return;
  try {
    const made = await backupInBackground(core, 'daily');
    if (!core.isClosed) setLastDailyBackup(core.sql, made.createdAt);
  } catch (e) {
    if (!core.isClosed) core.lastBackupError = e instanceof AppError ? e.message : String(e);
  }
}

function refuseReadOnly(core: Core): void {
  if (core.readOnly) {
    throw new AppError('DB_READ_ONLY', `Không sao lưu được dữ liệu đang mở ở chế độ chỉ đọc (${core.readOnlyReason}) vì bản sao sẽ không qua được kiểm tra. Hãy khôi phục bản sao lưu tốt gần nhất.`);
  }
}

function noteMirror(core: Core, result: BackupResult): BackupResult {
  core.lastBackupError = result.mirror && !result.mirror.ok ? result.mirror.error : null;
  return result;
}

/**
 * A verified backup now, on the app's connection (blocks the thread; starts, restore, the
 * CLI); the mirror folder receives a copy when one is set.
 */
export function backupNow(core: Core, reason: BackupReason): BackupResult {
  refuseReadOnly(core);
  // a worker backup under way keeps its temporary file
  const result = createBackup(core.db, core.dataDir, reason, { mirrorDir: getMirrorDir(core.sql), removeLeftovers: !workerBackupRunning() });
  return noteMirror(core, result);
}

/**
 * The same verified backup made in the backup worker: the thread that serves the window
 * only waits. Queued behind other backups; made on the app's connection when no worker
 * can start; refused (nothing left behind) when the core closes first.
 */
export async function backupInBackground(core: Core, reason: BackupReason): Promise<BackupResult> {
  refuseReadOnly(core);
  const job = { owner: core, isClosed: () => core.isClosed, dbPath: core.dbPath, dataDir: core.dataDir, reason, mirrorDir: getMirrorDir(core.sql) };
  const made = await backupInWorker(job);
  if (made) return noteMirror(core, made);
  if (core.isClosed) throw closedError();
  return backupNow(core, reason);
}

/**
 * `dailyDelayMs` null: the daily backup is made now (on-open starts, tests). A number: it is made that
 * long after the start's background quick_check passed (the app's doors, the CLI), never on a
 * damaged or closed database.
 */
export function installSafety(core: Core, options: { backups: boolean; dailyDelayMs?: number | null }): void {
  if (options.backups) {
    // installed even when read-only: a restore may make the database writable in this session
    core.preOperationHook = preOperationBackup;
  }
  core.onClose.push(() => cancelBackupsOf(core));
  if (core.readOnly) return;
  removeLeftovers(backupDir(core.dataDir)); // temporary files of a backup that was interrupted
  ensureMachineId(core.sql);
  if (!options.backups) return;
  const delay = options.dailyDelayMs ?? null;
  if (delay === null) return dailyBackup(core);
  if (!dailyBackupDue(core)) return;
  deferDailyBackup(core, delay);
}

/**
 * The daily backup shortly after the background check passed, in the backup worker.
 * Closing before then still makes it (checking the file first if the check has not
 * answered), so a short session leaves its daily backup as a start used to; closing while
 * the worker makes it stops it (the next start makes it).
 */
function deferDailyBackup(core: Core, delay: number): void {
  let pending = true;
  let timer: NodeJS.Timeout | null = null;
  let done: () => void = () => undefined;
  core.startupSettled = new Promise<void>((resolve) => (done = resolve));
  const run = () => {
    if (!pending) return;
    pending = false;
    void dailyBackupInBackground(core).finally(done);
  };
  core.onClose.push(() => {
    if (timer) clearTimeout(timer);
    if (pending && !core.readOnly && (core.integrityKnown || !integrityProblems(core.db, 'quick').length)) {
      pending = false;
      dailyBackup(core); // closing: on this thread, now
    }
    pending = false;
    done();
  });
  void core.integrityChecked.then(() => {
    if (core.isClosed || core.readOnly || !pending) {
      pending = false;
      return done();
    }
    timer = setTimeout(run, delay);
    timer.unref();
  });
}

async function preOperationBackup(c: Core, reason: string): Promise<void> {
  const r = (BACKUP_REASONS as readonly string[]).includes(reason) ? (reason as BackupReason) : 'manual';
  try {
    await backupInBackground(c, r);
  } catch (e) {
    const why = e instanceof AppError ? e.message : String(e);
    throw new AppError(e instanceof AppError ? e.code : 'IO_ERROR', `Chưa thực hiện thao tác vì không tạo được bản sao lưu trước đó. ${why}`, { cause: e });
  }
}

export interface BackupListing {
  dir: string;
  mirrorDir: string | null;
  backups: Array<BackupEntry & { mirrored: boolean }>;
}

export function listBackups(core: Core): BackupListing {
  const mirrorDir = getMirrorDir(core.sql);
  const mirrored = new Set(mirrorDir ? listBackupFiles(mirrorDir).map((b) => b.name) : []);
  return {
    dir: backupDir(core.dataDir),
    mirrorDir,
    backups: listBackupFiles(backupDir(core.dataDir)).map((b) => ({ ...b, mirrored: mirrored.has(b.name) })),
  };
}

export function changeMirrorDir(core: Core, dir: string | null, options: { create?: boolean } = {}): string | null {
  const clean = dir?.trim() ? dir.trim() : null;
  if (clean && options.create && isAbsolute(clean) && !existsSync(clean) && existsSync(dirname(clean))) {
    try {
      mkdirSync(clean);
    } catch (e) {
      throw new AppError('IO_ERROR', `Không tạo được thư mục ${clean}. Hãy kiểm tra quyền ghi rồi thử lại.`, { cause: e });
    }
  }
  if (clean) checkMirrorDir(clean);
  core.sql.tx(() => {
    const before = getMirrorDir(core.sql);
    setMirrorDir(core.sql, clean);
    recordAudit(core.sql, { action: 'settings.update', entity: 'settings', entityId: null, field: 'backup.mirrorDir', before, after: clean });
  });
  return clean;
}

export interface SafetyStatus {
  readOnly: boolean;
  reason: string | null;
  lastBackupError: string | null;
  newestGoodBackup: { name: string; createdAt: string } | null;
}

export function safetyStatus(core: Core): SafetyStatus {
  const good = newestGoodBackup(core.dataDir);
  return {
    readOnly: core.readOnly,
    reason: core.readOnlyReason,
    lastBackupError: core.lastBackupError,
    newestGoodBackup: good ? { name: good.name, createdAt: good.createdAt } : null,
  };
}
