/**
 * The verified backup made in the backup worker (core/safety/backup-worker): the same
 * verified copy and sidecar as the backup on the app's connection, the same errors, the
 * main event loop keeps turning (and writing) while it runs, one backup at a time, and a
 * core closed mid-backup leaves no half file and no unhandled rejection. Where no worker
 * can start, the backup is made on the app's connection instead.
 */
import Database from 'better-sqlite3';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, statSync, writeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { databasePath } from '../../src-main/core/paths';
import { sha256File } from '../../src-main/core/safety/backups';
import { defaultBackupWorkerDir, useBackupWorkerFrom } from '../../src-main/core/safety/backup-worker/run-worker';
import { restoreBackup } from '../../src-main/core/safety/restore';
import { backupInBackground, backupNow } from '../../src-main/core/safety/service';
import { addBulkPlan } from '../helpers/bulk';
import { count } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const BULK = 20_000;
let template = '';

beforeAll(() => {
  template = mkdtempSync(join(tmpdir(), 'plandesk-backup-worker-'));
  const core = Core.open({ dataDir: template }); // seeded, with today's daily backup
  addBulkPlan(core, BULK);
  core.close();
}, 120_000);
afterAll(() => rmSync(template, { recursive: true, force: true }));

function bulkCore(): Core {
  const dir = tempDir();
  cpSync(template, dir, { recursive: true });
  return Core.open({ dataDir: dir });
}

const backupFiles = (core: Core) => readdirSync(join(core.dataDir, 'backups'));
const sidecarOf = (file: string) => JSON.parse(readFileSync(file.replace(/\.sqlite$/, '.json'), 'utf8')) as Record<string, unknown>;

/** Garbage over the middle half of the file: table pages too (VACUUM rebuilds indexes, so damage in them alone would not show). */
function damageTablePages(file: string): void {
  const pageSize = 4096;
  const pages = Math.floor(statSync(file).size / pageSize);
  const fd = openSync(file, 'r+');
  try {
    for (let p = Math.floor(pages / 4); p < Math.floor((pages * 3) / 4); p++) writeSync(fd, Buffer.alloc(pageSize, 0x41), 0, pageSize, p * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('the verified backup in a worker thread', () => {
  it('is verified, has the same sidecar as the backup on the app connection, and restores', async () => {
    const core = bulkCore();
    const tasks = count(core, 'tasks');
    const made = await backupInBackground(core, 'import');
    const same = backupNow(core, 'manual');
    expect(made).toMatchObject({ reason: 'import', verified: true, mirror: null, schemaVersion: same.schemaVersion, summary: same.summary });
    const sidecar = sidecarOf(made.file);
    expect(Object.keys(sidecar).sort()).toEqual(Object.keys(sidecarOf(same.file)).sort());
    expect(sidecar).toMatchObject({ format: 'plandesk-backup', reason: 'import', verified: true, size: made.size, sha256: sha256File(made.file) });
    const copy = new Database(made.file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(count(copy, 'tasks')).toBe(tasks);
    copy.close();

    core.db.prepare('DELETE FROM tasks WHERE plan_id = (SELECT max(id) FROM plans)').run();
    expect(count(core, 'tasks')).toBe(tasks - BULK);
    await restoreBackup(core, made.file);
    expect(count(core, 'tasks')).toBe(tasks);
    expect(backupFiles(core).some((n) => n.includes('.part'))).toBe(false);
    core.close();
  }, 60_000);

  it('the main event loop keeps turning, and writing, while the backup runs', async () => {
    const core = bulkCore();
    await backupInBackground(core, 'manual'); // the worker is warm: what follows is the backup alone
    const before = count(core, 'tasks');
    const insert = core.db.prepare("INSERT INTO tasks (plan_id, code, tt, position, title, title_folded) VALUES (1, ?, '1', 9999, 'ghi trong lúc sao lưu', 'ghi trong luc sao luu')");
    let ticks = 0;
    const timer = setInterval(() => {
      ticks++;
      insert.run(`W.${ticks}`); // the app's connection writes while VACUUM INTO reads its snapshot
    }, 1);
    let ticksWhenDone = -1;
    const pending = core.backupBefore('import').then(() => (ticksWhenDone = ticks));
    await pending;
    clearInterval(timer);
    expect(ticksWhenDone).toBeGreaterThanOrEqual(3);
    expect(count(core, 'tasks')).toBe(before + ticks); // every write went through
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const newest = readdirSync(join(core.dataDir, 'backups')).filter((n) => n.endsWith('-import.sqlite'));
    expect(newest).toHaveLength(1);
    const copy = new Database(join(core.dataDir, 'backups', newest[0]!), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    // one consistent snapshot: the rows before the backup, and some of the writes made during it
    expect(count(copy, 'tasks')).toBeGreaterThanOrEqual(before);
    expect(count(copy, 'tasks')).toBeLessThanOrEqual(before + ticks);
    copy.close();
    core.close();
  }, 60_000);

  it('two backups asked for at once are made one after the other', async () => {
    const core = bulkCore();
    const order: string[] = [];
    const [a, b] = await Promise.all([
      backupInBackground(core, 'import').then((r) => (order.push('import'), r)),
      backupInBackground(core, 'package-import').then((r) => (order.push('package-import'), r)),
    ]);
    expect(order).toEqual(['import', 'package-import']);
    expect(a.name).not.toBe(b.name);
    expect([a.verified, b.verified]).toEqual([true, true]);
    expect(backupFiles(core).some((n) => n.includes('.part'))).toBe(false);
    core.close();
  }, 60_000);

  it('failures reach the caller as the same errors as on the app connection, nothing left behind', async () => {
    // the backup folder is a file: the folder cannot be written
    const core = Core.open({ dataDir: tempDir() });
    rmSync(join(core.dataDir, 'backups'), { recursive: true });
    writeFileSync(join(core.dataDir, 'backups'), 'not a folder');
    const inWorker = await rejection(backupInBackground(core, 'import'));
    const onThread = await rejection(Promise.resolve().then(() => backupNow(core, 'import')));
    expect(inWorker).toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(/Không tạo được bản sao lưu trong thư mục .*backups.*Dữ liệu hiện tại không thay đổi/) });
    expect(inWorker.message).toBe(onThread.message);
    // through core.backupBefore the operation is refused with the reason
    const before = await rejection(core.backupBefore('import'));
    expect(before.message).toMatch(/^Chưa thực hiện thao tác vì không tạo được bản sao lưu trước đó\. Không tạo được bản sao lưu/);
    core.close();

    // damaged pages: the copy cannot be made, the same message either way
    const damaged = Core.open({ dataDir: tempDir(), backups: false });
    addBulkPlan(damaged, 2_000);
    damaged.db.pragma('wal_checkpoint(TRUNCATE)');
    damageTablePages(databasePath(damaged.dataDir));
    damaged.db.pragma('shrink_memory'); // the app connection reads the damaged pages too, not its cache
    const w = await rejection(backupInBackground(damaged, 'import'));
    const t = await rejection(Promise.resolve().then(() => backupNow(damaged, 'import')));
    expect(w.code).toMatch(/^(IO_ERROR|DB_DAMAGED)$/);
    expect(w).toEqual(expect.objectContaining({ code: t.code, message: t.message }));
    expect(readdirSync(join(damaged.dataDir, 'backups'))).toEqual([]);
    damaged.close();
  }, 60_000);

  it('closing the core during the backup: refused with a message, no half file, no unhandled rejection', async () => {
    const core = bulkCore();
    await backupInBackground(core, 'manual'); // warm worker
    const kept = backupFiles(core).sort();
    const pending = rejection(core.backupBefore('import'));
    // close once the worker is writing its temporary copy
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (backupFiles(core).some((n) => n.includes('.part'))) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    core.close();
    const e = await pending;
    expect(e.message).toMatch(/Chưa thực hiện thao tác.*PlanDesk đã đóng dữ liệu trước khi sao lưu xong/);
    expect(backupFiles(core).sort()).toEqual(kept);

    // closed before its turn came: refused too, nothing written
    const other = bulkCore();
    const first = rejection(other.backupBefore('import'));
    other.close();
    expect((await first).message).toMatch(/PlanDesk đã đóng dữ liệu/);
    expect(backupFiles(other).some((n) => n.includes('-import'))).toBe(false);
  }, 60_000);

  it('where no worker can start, the backup is made on the app connection (same result)', async () => {
    const core = bulkCore();
    const nowhere = tempDir(); // no worker and no TypeScript loader here
    useBackupWorkerFrom(nowhere);
    try {
      const made = await backupInBackground(core, 'import');
      expect(made).toMatchObject({ reason: 'import', verified: true });
      expect(existsSync(made.file)).toBe(true);
      expect(sidecarOf(made.file)).toMatchObject({ verified: true, sha256: sha256File(made.file) });
    } finally {
      useBackupWorkerFrom(defaultBackupWorkerDir());
    }
    core.close();
  }, 60_000);
});
