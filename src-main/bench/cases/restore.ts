/**
 * A restore of the whole office from a backup of itself, as the app makes it: the backup's
 * full check and its staging copy in the restore worker, the safety backup of the current
 * data in the backup worker, then the file swap. Timed, with the longest pause of the main
 * event loop meanwhile (before the restore worker, the whole restore ran on that thread).
 * The office is left with the same rows (the restore's audit entry is removed) and the
 * backups the case made are removed.
 */
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Core } from '../../core/core';
import { auditMark, removeAuditAfter } from '../../core/bench/restore-case';
import { backupDir, listBackupFiles, sidecarPath } from '../../core/safety/backup-files';
import { restoreBackup } from '../../core/safety/restore';
import { stopRestoreWorker } from '../../core/safety/restore-worker/run-worker';
import { backupInBackground } from '../../core/safety/service';
import type { BenchCase } from '../context';
import { longestPause } from '../measure';

export const restoreCase: BenchCase = {
  name: 'restore',
  async run(ctx) {
    const dir = backupDir(ctx.officeDir);
    const before = new Set(listBackupFiles(dir).map((b) => b.name));
    const core = Core.open({ dataDir: ctx.officeDir, seed: false, backups: false });
    try {
      const mark = auditMark(core);
      const backup = await backupInBackground(core, 'manual');
      const samples: number[] = [];
      const pauses: number[] = [];
      for (let i = 0; i < (ctx.quick ? 2 : 1); i++) {
        const t = performance.now(); // the first includes the restore worker's start, as a session's first restore does
        pauses.push(await longestPause(() => restoreBackup(core, backup.file)));
        samples.push(performance.now() - t);
        removeAuditAfter(core, mark);
      }
      return [
        { name: 'restore of the whole office (check, staging copy, safety backup, swap)', samples, note: 'restore worker + backup worker' },
        { name: 'event-loop pause during the restore (longest ms)', samples: pauses, note: 'before the restore worker: the whole restore' },
      ];
    } finally {
      core.close();
      stopRestoreWorker();
      for (const b of listBackupFiles(dir)) {
        if (before.has(b.name)) continue;
        rmSync(b.file, { force: true });
        rmSync(sidecarPath(b.file), { force: true });
      }
    }
  },
};
