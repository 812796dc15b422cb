/**
 * A restore's copies and checks run off the thread that serves the window: the backup's full
 * check and its staging copy in the restore worker (core/safety/restore-worker), the safety
 * backup of the current data in the backup worker. Meanwhile the main event loop turns; from
 * the safety backup to the file swap a write asked through the API waits and then lands on
 * the restored data, and a direct transaction is refused at once with a Vietnamese message.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { RESTORING_MESSAGE } from '../../src-main/core/db/write-gate';
import { previewRestore, restoreBackup } from '../../src-main/core/safety/restore';
import { backupInspections, stopRestoreWorker } from '../../src-main/core/safety/restore-worker/run-worker';
import { backupInBackground } from '../../src-main/core/safety/service';
import { addBulkPlan } from '../helpers/bulk';
import { api, count, ok } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const BULK = 20_000;
let template = '';

beforeAll(() => {
  template = mkdtempSync(join(tmpdir(), 'plandesk-restore-worker-'));
  const core = Core.open({ dataDir: template });
  addBulkPlan(core, BULK);
  core.close();
}, 120_000);
afterAll(() => {
  stopRestoreWorker();
  rmSync(template, { recursive: true, force: true });
});

function bulkCore(): Core {
  const dir = tempDir();
  cpSync(template, dir, { recursive: true });
  return Core.open({ dataDir: dir });
}

describe('a restore', () => {
  it('keeps the main event loop turning, holds writes back from the safety backup to the swap, then lets them through', async () => {
    const core = bulkCore();
    const tasks = count(core, 'tasks');
    const backup = (await backupInBackground(core, 'manual')).file;
    core.db.prepare('DELETE FROM tasks WHERE plan_id = (SELECT max(id) FROM plans)').run();
    expect(count(core, 'tasks')).toBe(tasks - BULK);
    const settings = await ok(core, 'officeSettings.get', {});

    let ticksBeforeHeld = 0;
    let ticksWhileHeld = 0;
    let refused: string | null = null;
    let saving: ReturnType<typeof api> | null = null;
    let restored = false;
    let savedAfterRestore: boolean | null = null;
    const timer = setInterval(() => {
      if (!core.workerWrites.busy) {
        if (ticksWhileHeld === 0) ticksBeforeHeld++;
        return;
      }
      ticksWhileHeld++;
      if (refused === null) {
        try {
          core.sql.tx(() => core.db.prepare("UPDATE tasks SET title = 'không được ghi' WHERE id = 1").run());
          refused = 'written';
        } catch (e) {
          refused = (e as Error).message;
        }
      }
      // a write method asked through the API while the restore holds writes
      saving ??= api(core, 'officeSettings.save', { office: settings.office, officerName: 'Nguyễn Thị Khôi Phục' }).then((r) => ((savedAfterRestore = restored), r));
    }, 1);
    const result = await restoreBackup(core, backup).then((r) => ((restored = true), r));
    await new Promise((r) => setTimeout(r, 20));
    clearInterval(timer);

    expect(ticksBeforeHeld).toBeGreaterThan(5); // the backup's check and copy ran while this thread kept turning
    expect(ticksWhileHeld).toBeGreaterThan(0); // and the safety backup too
    expect(refused).toBe(RESTORING_MESSAGE);
    expect(saving).not.toBeNull();
    expect((await saving!).ok).toBe(true);
    expect(savedAfterRestore).toBe(true); // it waited for the swap
    expect(count(core, 'tasks')).toBe(tasks); // the backup's rows are back
    expect(core.db.prepare("SELECT count(*) FROM tasks WHERE title = 'không được ghi'").pluck().get()).toBe(0);
    expect((await ok(core, 'officeSettings.get', {})).officerName).toBe('Nguyễn Thị Khôi Phục'); // on the restored data
    expect(result.safetyBackup).toMatch(/-restore\.sqlite$/);
    expect(readdirSync(core.dataDir).filter((n) => n.includes('.restore-'))).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // the replaced file is freed off the thread, a moment later
    for (let i = 0; i < 200 && readdirSync(core.dataDir).some((n) => n.includes('.replaced-')); i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(core.dataDir).filter((n) => n.includes('.replaced-'))).toEqual([]);
    core.close();
  }, 120_000);

  it("keeps the replaced file under a second name until it is freed; a start removes what a stopped app's restore left", () => {
    const dir = tempDir();
    Core.open({ dataDir: dir }).close();
    const db = join(dir, 'plandesk.sqlite');
    const leftovers = [`${db}.replaced-999999-1`, `${db}.restore-999999-1`];
    const ours = `${db}.replaced-${process.pid}-1`; // a restore of this process, still freeing it
    for (const f of [...leftovers, ours]) writeFileSync(f, 'x');
    Core.open({ dataDir: dir }).close();
    expect(leftovers.filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(ours)).toBe(true);
  });

  it('shows its preview while the main event loop turns, and says clearly when the worker cannot read the file', async () => {
    const core = bulkCore();
    const backup = (await backupInBackground(core, 'manual')).file;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const preview = await previewRestore(core, backup);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(preview.backup.tasks).toBe(count(core, 'tasks'));
    expect(preview.current?.tasks).toBe(count(core, 'tasks'));
    await expect(previewRestore(core, join(core.dataDir, 'khong-co.sqlite'))).rejects.toThrow(/Không tìm thấy tệp/);
    core.close();
  }, 120_000);

  it('checks the backup once for a preview and the restore that follows it, again when the file changed', async () => {
    const core = bulkCore();
    const backup = (await backupInBackground(core, 'manual')).file;
    const before = backupInspections();
    await previewRestore(core, backup);
    await restoreBackup(core, backup);
    expect(backupInspections() - before).toBe(1);
    await previewRestore(core, backup); // the same file, unchanged: the same verdict
    expect(backupInspections() - before).toBe(1);
    appendFileSync(backup, Buffer.alloc(4096)); // written since its preview: checked again (a page of zeros at the end still opens)
    await restoreBackup(core, backup);
    expect(backupInspections() - before).toBe(2);
    core.close();
  }, 120_000);

  it('runs two restores asked at once one after the other, the second backing up what the first restored', async () => {
    const core = bulkCore();
    const tasks = count(core, 'tasks');
    const full = (await backupInBackground(core, 'manual')).file; // with the bulk plan
    core.db.prepare('DELETE FROM tasks WHERE plan_id = (SELECT max(id) FROM plans)').run();
    const without = (await backupInBackground(core, 'manual')).file;
    let most = 0;
    const timer = setInterval(() => (most = Math.max(most, core.workerWrites.restores)), 1);
    const [first, second] = await Promise.all([restoreBackup(core, full), restoreBackup(core, without)]);
    clearInterval(timer);
    expect(most).toBe(1);
    expect(count(core, 'tasks')).toBe(tasks - BULK); // the second one's data
    const safety = new Database(join(core.dataDir, 'backups', second.safetyBackup!), { readonly: true });
    expect(count(safety, 'tasks')).toBe(tasks); // what the first one restored
    safety.close();
    expect(first.safetyBackup).not.toBe(second.safetyBackup);
    core.close();
  }, 180_000);
});
