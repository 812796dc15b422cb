import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { databasePath } from '../../src-main/core/paths';
import { restoreBackup } from '../../src-main/core/safety/restore';
import { api, count, damagePages, makeVersion2Database, ok } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const marker = (core: Core) => core.db.prepare("SELECT title FROM tasks WHERE code = 'I.1' ORDER BY id LIMIT 1").get() as { title: string };

function setMarker(core: Core, title: string): void {
  core.db.prepare("UPDATE tasks SET title = ? WHERE id = (SELECT id FROM tasks WHERE code = 'I.1' ORDER BY id LIMIT 1)").run(title);
}

describe('restore', () => {
  it('shows the backup against the current data, backs the current state up, then swaps', async () => {
    const core = Core.open({ dataDir: tempDir() });
    setMarker(core, 'TRƯỚC');
    const { name } = await ok(core, 'backups.create', {});
    setMarker(core, 'SAU');
    core.db.prepare('DELETE FROM tasks WHERE plan_id = (SELECT max(plan_id) FROM tasks)').run();

    const preview = await ok(core, 'backups.restorePreview', { name });
    expect(preview.backup.tasks).toBe(121);
    expect(preview.current!.tasks).toBeLessThan(121);
    expect(preview.schemaVersion).toBe(LATEST_SCHEMA_VERSION);

    const r = await ok(core, 'backups.restore', { name });
    expect(r.restoredFrom).toBe(name);
    expect(r.summary.tasks).toBe(121);
    // the same Core serves the restored data
    expect(marker(core).title).toBe('TRƯỚC');
    expect(count(core, 'tasks')).toBe(121);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // the state before the restore was kept
    const safety = new Database(join(core.dataDir, 'backups', r.safetyBackup!), { readonly: true });
    expect((safety.prepare("SELECT title FROM tasks WHERE code = 'I.1' ORDER BY id LIMIT 1").get() as { title: string }).title).toBe('SAU');
    safety.close();
    // the restore is in the audit log of the restored data
    expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'safety.restore'").get()).toEqual({ n: 1 });
    expect(readdirSync(core.dataDir).filter((n) => n.includes('.restore-'))).toEqual([]);
    core.close();
  });

  it('a backup that cannot be restored leaves the current database untouched', async () => {
    const core = Core.open({ dataDir: tempDir() });
    setMarker(core, 'HIỆN TẠI');
    const dir = tempDir();
    const notDb = join(dir, 'ke-hoach.sqlite');
    writeFileSync(notDb, '%PDF-1.7 not a database'.repeat(300));
    const foreign = join(dir, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE budget(x); INSERT INTO budget VALUES (1);');
    const newer = join(dir, 'newer.sqlite');
    await core.backupTo(newer);
    new Database(newer).pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const damaged = join(dir, 'damaged.sqlite');
    await core.backupTo(damaged);
    damagePages(damaged);

    for (const [file, message] of [
      [notDb, /không phải là bản sao lưu PlanDesk/],
      [foreign, /không phải là dữ liệu PlanDesk/],
      [newer, /phiên bản PlanDesk mới hơn/],
      [damaged, /bị hỏng/],
      [join(dir, 'missing.sqlite'), /Không tìm thấy/],
    ] as const) {
      await expect(restoreBackup(core, file)).rejects.toThrowError(message);
      expect(marker(core).title).toBe('HIỆN TẠI');
    }
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readdirSync(core.dataDir).filter((n) => n.includes('.restore-'))).toEqual([]);
    core.close();
  });

  it('refuses while another program has the database open, and changes nothing', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const { name } = await ok(core, 'backups.create', {});
    setMarker(core, 'ĐANG DÙNG');
    const other = new Database(core.dbPath);
    other.prepare('SELECT count(*) FROM tasks').get();
    const r = await api(core, 'backups.restore', { name });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/chương trình PlanDesk khác/) } });
    expect(marker(core).title).toBe('ĐANG DÙNG');
    other.close();
    core.close();
  });

  it('a backup from elsewhere (USB drive, another machine) is checked, listed, and restored the usual way', async () => {
    const other = Core.open({ dataDir: tempDir() });
    setMarker(other, 'TỪ MÁY KHÁC');
    const usb = join(tempDir(), 'saoluu.sqlite');
    await other.backupTo(usb);
    other.close();
    const core = Core.open({ dataDir: tempDir() });
    const added = await ok(core, 'backups.addFile', { fileName: 'saoluu.sqlite', base64: readFileSync(usb).toString('base64') });
    expect(added).toMatchObject({ reason: 'external', verified: true, note: 'Chép từ tệp saoluu.sqlite', summary: { tasks: 121 } });
    await ok(core, 'backups.restore', { name: added.name });
    expect(marker(core).title).toBe('TỪ MÁY KHÁC');

    const bad = await api(core, 'backups.addFile', { fileName: 'bao-cao.sqlite', base64: Buffer.from('%PDF-1.7 '.repeat(500)).toString('base64') });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Tệp bao-cao\.sqlite không phải là bản sao lưu PlanDesk/) } });
    expect(readdirSync(join(core.dataDir, 'backups')).some((n) => n.includes('.part'))).toBe(false);
    core.close();
  });

  it('restores a backup of an older PlanDesk, upgrading the copy (the backup file itself is untouched)', async () => {
    const old = tempDir();
    makeVersion2Database(old);
    const oldFile = join(tempDir(), 'old.sqlite');
    copyFileSync(databasePath(old), oldFile);
    const core = Core.open({ dataDir: tempDir() });
    await restoreBackup(core, oldFile);
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(core.db.prepare('SELECT summary FROM documents').all()).toEqual([{ summary: 'Kế hoạch cũ' }]);
    const untouched = new Database(oldFile, { readonly: true });
    expect(untouched.pragma('user_version', { simple: true })).toBe(2);
    untouched.close();
    core.close();
  });
});

describe('integrity on start', () => {
  it('a damaged database opens read-only, says why, refuses writes clearly, and a restore brings it back', async () => {
    const dir = tempDir();
    const first = Core.open({ dataDir: dir });
    const good = await ok(first, 'backups.create', {});
    first.close();
    damagePages(databasePath(dir));

    const core = Core.open({ dataDir: dir });
    expect(core.readOnly).toBe(true);
    const status = await ok(core, 'safety.status', {});
    expect(status.readOnly).toBe(true);
    expect(status.reason).toMatch(/không qua được kiểm tra toàn vẹn/);
    expect(status.newestGoodBackup?.name).toBe(good.name);
    const write = await api(core, 'backups.setMirror', { dir: null });
    expect(write).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY', message: expect.stringMatching(/chế độ chỉ đọc.*khôi phục bản sao lưu/) } });
    const check = await ok(core, 'safety.check', {});
    expect(check.ok).toBe(false);
    expect(check.integrity.length).toBeGreaterThan(0);

    const r = await ok(core, 'backups.restore', { name: good.name });
    expect(core.readOnly).toBe(false);
    expect((await ok(core, 'safety.status', {})).readOnly).toBe(false);
    expect(count(core, 'tasks')).toBe(121);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // the damaged file was kept byte for byte
    expect(r.safetyBackup).toMatch(/-damaged\.sqlite$/);
    expect(existsSync(join(dir, 'backups', r.safetyBackup!))).toBe(true);
    const listed = (await ok(core, 'backups.list', {})).backups.find((b) => b.name === r.safetyBackup);
    expect(listed).toMatchObject({ reason: 'damaged', verified: false });
    // operations after the restore are protected again by a backup first
    await core.backupBefore('import');
    expect((await ok(core, 'backups.list', {})).backups[0]).toMatchObject({ reason: 'import', verified: true });
    core.close();
  });

  it('a file that is not readable at all is refused with the newest good backup and how to restore it', async () => {
    const dir = tempDir();
    const first = Core.open({ dataDir: dir });
    const good = await ok(first, 'backups.create', {});
    first.close();
    writeFileSync(databasePath(dir), Buffer.alloc(8192, 0x41));
    expect(() => Core.open({ dataDir: dir })).toThrowError(new RegExp(`không đọc được như một cơ sở dữ liệu SQLite.*${good.name}.*restore`));
  });
});
