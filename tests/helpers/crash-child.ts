/**
 * The process the crash test kills. Usage: tsx crash-child.ts <import|export|restore> DATA_DIR FILE
 * Prints "ready" right before the operation starts and "done" when it has finished.
 *  - import: package import of FILE (a plan with 10,000 tasks), with its pre-operation backup;
 *  - export: package export of every plan, written to FILE next to the database;
 *  - restore: restore of the backup FILE (which holds 10,000 more tasks).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Core } from '../../src-main/core/core';
import { writeFileAtomic } from '../../src-main/core/safety/backup-files';
import { exportPackage, importPackage } from '../../src-main/core/safety/package/service';
import { restoreBackup } from '../../src-main/core/safety/restore';

const [op, dataDir, file] = process.argv.slice(2) as [string, string, string];
const core = Core.open({ dataDir });
const bytes = op === 'import' ? new Uint8Array(readFileSync(file)) : null;
process.stdout.write('ready\n');

async function run(): Promise<void> {
  if (op === 'import') await importPackage(core, bytes!, basename(file)); // its backup runs in the backup worker
  else if (op === 'export') {
    const ids = (core.db.prepare('SELECT id FROM plans').all() as Array<{ id: number }>).map((p) => p.id);
    writeFileAtomic(file, exportPackage(core, ids).bytes);
  } else if (op === 'restore') await restoreBackup(core, file);
  else throw new Error(`unknown operation ${op}`);
}

void run().then(() => {
  core.close();
  process.stdout.write('done\n');
});
