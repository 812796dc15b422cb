/**
 * Restore: show what a backup holds against the current data, back the current state up,
 * then swap files atomically. The backup is first copied and checked next to the database
 * (a staging file, migrated if it is older: restore-stage.ts, run in the restore worker);
 * only a rename makes it current, so a restore that fails or is killed at any moment leaves
 * either the old database or the new one, never a mix. A damaged current database is kept
 * byte for byte before it is replaced.
 */
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '../core';
import { AppError } from '../errors';
import { databasePath } from '../paths';
import { backupDir, fsyncDir, parseBackupName, readSidecar, type BackupReason } from './backup-files';
import { keepDamagedCopy } from './backups';
import { removeStaging, stageRestore } from './restore-stage';
import { inspectInWorker, stageInWorker } from './restore-worker/run-worker';
import { backupInBackground } from './service';
import { ensureMachineId } from './settings';
import { inspectDatabaseFile, type InspectedFile } from './sqlite-file';
import { RESTORE_REPLACED_MARK } from './startup';
import { summarize, type ContentSummary } from './summary';

export interface RestorePreview {
  file: string;
  createdAt: string | null;
  reason: BackupReason | null;
  size: number;
  schemaVersion: number;
  backup: ContentSummary;
  /** null when the current database cannot be read */
  current: ContentSummary | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** the backup of the state before the restore (a raw copy when it was damaged) */
  safetyBackup: string | null;
  summary: ContentSummary;
}

/** A backup listed in the data folder, by name (no paths from the outside world). */
export function backupFileByName(dataDir: string, name: string): string {
  if (!parseBackupName(name)) throw new AppError('INVALID_INPUT', `"${name}" không phải tên một bản sao lưu PlanDesk.`);
  const file = join(backupDir(dataDir), name);
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `Không còn bản sao lưu ${name} (có thể đã bị xóa theo lịch giữ bản sao). Hãy tải lại danh sách.`);
  return file;
}

function describe(inspected: InspectedFile, current: ContentSummary | null): RestorePreview {
  const side = readSidecar(inspected.file);
  const parsed = parseBackupName(inspected.file.split(/[\\/]/).pop() ?? '');
  return {
    file: inspected.file,
    createdAt: side?.createdAt ?? parsed?.createdAt ?? null,
    reason: side?.reason ?? parsed?.reason ?? null,
    size: inspected.size,
    schemaVersion: inspected.schemaVersion,
    backup: inspected.summary,
    current,
  };
}

/** What the backup holds against the current data; its full check runs in the restore worker. */
export async function previewRestore(core: Core | null, file: string): Promise<RestorePreview> {
  const inspected = await inspectInWorker(file);
  let current: ContentSummary | null = null;
  if (core) {
    try {
      current = summarize(core.db);
    } catch {
      current = null;
    }
  }
  return describe(inspected, current);
}

const IN_USE = 'Tệp dữ liệu đang được một chương trình PlanDesk khác mở (ứng dụng, cổng web hoặc dòng lệnh). Hãy đóng chương trình đó rồi khôi phục lại. Dữ liệu hiện tại không thay đổi.';

/**
 * A second name for the database about to be replaced, so the rename does not free its
 * blocks: inside rename() that held the thread about 300 ms for a 1 GB office. Null where
 * the disk has no hard links (FAT, exFAT): the rename frees them itself.
 */
function keepReplacedAside(dbPath: string): string | null {
  const aside = `${dbPath}${RESTORE_REPLACED_MARK}${process.pid}-${Date.now()}`;
  try {
    linkSync(dbPath, aside);
    return aside;
  } catch {
    return null;
  }
}

/**
 * The atomic step: the database is closed; its WAL must be gone; the staging file takes its
 * name. Returns the replaced file's second name, for dropReplaced.
 */
function swapInto(dbPath: string, staging: string, discardWal = false): string | null {
  // a damaged database's WAL was kept with its raw copy; otherwise a WAL left after our close means another connection
  if (discardWal) rmSync(`${dbPath}-wal`, { force: true });
  if (existsSync(`${dbPath}-wal`)) throw new AppError('CONFLICT', IN_USE);
  rmSync(`${dbPath}-shm`, { force: true });
  const aside = existsSync(dbPath) ? keepReplacedAside(dbPath) : null;
  try {
    renameSync(staging, dbPath);
  } catch (e) {
    if (aside) rmSync(aside, { force: true }); // the database still has its own name: nothing is freed
    throw e;
  }
  fsyncDir(join(dbPath, '..'));
  return aside;
}

/** The replaced file's blocks are freed by the thread pool, not this thread (a start removes it if the app stops first). */
function dropReplaced(aside: string | null): void {
  if (aside) void rm(aside, { force: true }).catch(() => undefined);
}

/**
 * The backup is checked and copied next to the database in the restore worker, the current
 * data is backed up in the backup worker, then the file is swapped: the thread that serves
 * the window waits but never runs the copies and checks (tens of seconds on a ten-year office).
 * From the safety backup to the swap every write waits or is refused (db/write-gate.ts).
 */
export async function restoreBackup(core: Core, file: string): Promise<RestoreResult> {
  const inspected = await inspectInWorker(file);
  const staging = await stageInWorker(core.dbPath, file, { from: file, summary: inspected.summary });
  try {
    await core.workerWrites.quiet(); // an import commit or undo on a worker connection finishes first
    let safetyBackup: string;
    const held = core.workerWrites.beginRestore(); // same turn: nothing slips in between
    try {
      if (core.isClosed) throw new AppError('CONFLICT', 'PlanDesk đã đóng dữ liệu trước khi khôi phục xong. Dữ liệu hiện tại không thay đổi.');
      const damaged = core.readOnly;
      if (damaged) {
        safetyBackup = keepDamagedCopy(core.dbPath, core.dataDir).name;
      } else {
        const busy = (core.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>)[0]?.busy;
        if (busy) throw new AppError('CONFLICT', IN_USE);
        safetyBackup = (await backupInBackground(core, 'restore')).name;
      }
      let aside: string | null = null;
      core.replaceDatabase(() => void (aside = swapInto(core.dbPath, staging, damaged)), true); // checked in full by the restore worker
      dropReplaced(aside);
    } finally {
      held();
    }
    if (!core.readOnly) ensureMachineId(core.sql); // a backup older than packages has none
    return { restoredFrom: file, safetyBackup, summary: inspected.summary };
  } finally {
    removeStaging(staging);
  }
}

/** Restore when the current database cannot be opened at all (the CLI's way out). */
export function restoreWithoutCore(dataDir: string, file: string): RestoreResult {
  const dbPath = databasePath(dataDir);
  const inspected = inspectDatabaseFile(file);
  const staging = stageRestore(dbPath, file, { from: file, summary: inspected.summary, currentUnreadable: true });
  try {
    const safetyBackup = existsSync(dbPath) ? keepDamagedCopy(dbPath, dataDir).name : null;
    dropReplaced(swapInto(dbPath, staging, true));
    return { restoredFrom: file, safetyBackup, summary: inspected.summary };
  } finally {
    removeStaging(staging);
  }
}
