/**
 * A backup brought from elsewhere (a USB drive, the mirror folder of a machine that died):
 * checked like any backup, then listed with reason "external" so it is restored the usual
 * way, with the comparison first.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { APP_VERSION } from '../version';
import { backupDir, backupFileName, fsyncDir, fsyncFile, PART_SUFFIX, sidecarPath, writeFileAtomic, type BackupEntry, type BackupSidecar } from './backup-files';
import { sha256File } from './backups';
import { inspectDatabaseFile } from './sqlite-file';

export function addBackupFile(dataDir: string, originalName: string, bytes: Uint8Array, now = new Date()): BackupEntry {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = backupFileName(now, 'external');
  const file = join(dir, name);
  const part = `${file}${PART_SUFFIX}-${process.pid}`;
  try {
    writeFileSync(part, bytes);
    fsyncFile(part);
    const inspected = inspectDatabaseFile(part);
    const sidecar: BackupSidecar = {
      format: 'plandesk-backup',
      createdAt: now.toISOString(),
      reason: 'external',
      size: inspected.size,
      sha256: sha256File(part),
      schemaVersion: inspected.schemaVersion,
      appVersion: APP_VERSION,
      verified: true,
      summary: inspected.summary,
      note: `Chép từ tệp ${originalName}`,
    };
    writeFileAtomic(sidecarPath(file), JSON.stringify(sidecar, null, 2));
    renameSync(part, file);
    fsyncDir(dir);
    return { name, file, createdAt: sidecar.createdAt, reason: 'external', size: sidecar.size, verified: true, summary: sidecar.summary, schemaVersion: sidecar.schemaVersion, note: sidecar.note ?? null };
  } catch (e) {
    for (const f of [part, `${part}-wal`, `${part}-shm`]) rmSync(f, { force: true });
    if (e instanceof AppError) throw new AppError(e.code, e.message.replace(part, originalName), { cause: e });
    throw new AppError('IO_ERROR', `Không chép được tệp ${originalName} vào thư mục sao lưu (ổ đĩa đầy hoặc không ghi được).`, { cause: e });
  }
}
