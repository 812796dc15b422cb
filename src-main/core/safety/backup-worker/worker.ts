/**
 * The worker thread that makes the verified backup (createBackup: VACUUM INTO, flush,
 * integrity_check of the copy, summary, SHA-256, sidecar, rename, rotation, mirror) on a
 * read-only connection of its own, so the thread that serves the window keeps answering
 * during the whole backup. WAL lets this connection read one consistent snapshot while the
 * app's connection goes on. The built app ships it as out/main/backup-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../errors';
import type { BackupReason } from '../backup-files';
import { createBackupOfFile, type BackupResult } from '../backups';

export interface BackupRequest {
  id: number;
  dbPath: string;
  dataDir: string;
  reason: BackupReason;
  mirrorDir: string | null;
}

export type BackupReply =
  | { id: number; kind: 'started' }
  | { id: number; kind: 'temporary'; tmp: string; file: string }
  | { id: number; kind: 'done'; result: BackupResult }
  | { id: number; kind: 'failed'; code: string; message: string };

function post(reply: BackupReply): void {
  parentPort!.postMessage(reply);
}

parentPort?.on('message', (req: BackupRequest) => {
  post({ id: req.id, kind: 'started' }); // from here on a failure is the backup's, not the worker's
  try {
    const result = createBackupOfFile(req.dbPath, req.dataDir, req.reason, {
      mirrorDir: req.mirrorDir,
      removeLeftovers: false, // the app cleaned the folder before asking
      onTemporary: (tmp, file) => post({ id: req.id, kind: 'temporary', tmp, file }),
    });
    post({ id: req.id, kind: 'done', result });
  } catch (e) {
    post(
      isAppError(e)
        ? { id: req.id, kind: 'failed', code: e.code, message: e.message }
        : { id: req.id, kind: 'failed', code: 'INTERNAL', message: (e as Error)?.stack ?? String(e) },
    );
  }
});
