import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { backupFileName } from '../../src-main/core/safety/backup-files';
import { createBackup } from '../../src-main/core/safety/backups';
import { count, makeVersion2Database, ok } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const backupsIn = (dir: string) => readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.sqlite')).sort();

describe('automatic backups', () => {
  it('the first start of the day takes a verified daily backup; later starts that day do not', async () => {
    const dir = tempDir();
    const core = Core.open({ dataDir: dir });
    const list = await ok(core, 'backups.list', {});
    expect(list.backups).toHaveLength(1);
    const b = list.backups[0]!;
    expect(b).toMatchObject({ reason: 'daily', verified: true, summary: { plans: 5, tasks: 121, targets: 111, progressEntries: 0 } });
    expect(b.size).toBeGreaterThan(100_000);
    core.close();
    Core.open({ dataDir: dir }).close();
    expect(backupsIn(dir)).toHaveLength(1);

    // the copy is a complete, sound PlanDesk database
    const copy = new Database(join(dir, 'backups', b.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(count(copy, 'tasks')).toBe(121);
    copy.close();
    const sidecar = JSON.parse(readFileSync(join(dir, 'backups', b.name.replace('.sqlite', '.json')), 'utf8'));
    expect(sidecar).toMatchObject({ format: 'plandesk-backup', reason: 'daily', verified: true, size: b.size });
    expect(sidecar.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('core.backupBefore(reason) takes a verified pre-operation backup, listed with its reason', async () => {
    const core = Core.open({ dataDir: tempDir() });
    await core.backupBefore('import');
    const list = await ok(core, 'backups.list', {});
    expect(list.backups.map((b) => b.reason)).toEqual(['import', 'daily']);
    expect(list.backups[0]!.verified).toBe(true);
    core.close();
  });

  it('"Sao lưu ngay" (backups.create) makes a manual backup', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const b = await ok(core, 'backups.create', {});
    expect(b).toMatchObject({ reason: 'manual', verified: true, mirror: null });
    expect(existsSync(join(core.dataDir, 'backups', b.name))).toBe(true);
    core.close();
  });

  it('backs up before migrating an existing database, and never a new one', async () => {
    const fresh = tempDir();
    Core.open({ dataDir: fresh }).close();
    expect(backupsIn(fresh).some((n) => n.includes('migration'))).toBe(false);

    const dir = tempDir();
    makeVersion2Database(dir);
    const core = Core.open({ dataDir: dir });
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const list = await ok(core, 'backups.list', {});
    const pre = list.backups.find((b) => b.reason === 'migration');
    expect(pre).toBeDefined();
    expect(pre!.schemaVersion).toBe(2);
    const copy = new Database(join(dir, 'backups', pre!.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    expect((copy.prepare('SELECT summary FROM documents').get() as { summary: string }).summary).toBe('Kế hoạch cũ');
    copy.close();
    // existing rows got stable ids
    expect(core.db.prepare('SELECT uid FROM documents').get()).toMatchObject({ uid: expect.stringMatching(/^[0-9a-f]{32}$/) });
    core.close();
  });

  it('mirrors every backup to the chosen folder, and keeps working when the folder is gone', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const mirror = tempDir();
    expect((await ok(core, 'backups.setMirror', { dir: mirror })).mirrorDir).toBe(mirror);
    const b = await ok(core, 'backups.create', {});
    expect(b.mirror).toEqual({ dir: mirror, ok: true, error: null });
    expect(existsSync(join(mirror, b.name))).toBe(true);
    expect(existsSync(join(mirror, b.name.replace('.sqlite', '.json')))).toBe(true);
    expect((await ok(core, 'backups.list', {})).backups.find((x) => x.name === b.name)!.mirrored).toBe(true);

    const gone = join(tempDir(), 'usb-not-plugged');
    core.sql.db.prepare("UPDATE app_settings SET value_json = ? WHERE key = 'backup.mirrorDir'").run(JSON.stringify(gone));
    const b2 = await ok(core, 'backups.create', {});
    expect(b2.mirror).toMatchObject({ ok: false, error: expect.stringMatching(/Không thấy thư mục sao chép/) });
    expect(existsSync(join(core.dataDir, 'backups', b2.name))).toBe(true);
    expect((await ok(core, 'safety.status', {})).lastBackupError).toMatch(/Không thấy thư mục sao chép/);
    core.close();
  });

  it('refuses a mirror folder that does not exist or is relative, with a clear message', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const { api } = await import('../helpers/safety');
    const missing = await api(core, 'backups.setMirror', { dir: join(tempDir(), 'nope') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Không thấy thư mục/) } });
    const relative = await api(core, 'backups.setMirror', { dir: 'saoluu' });
    expect(relative).toMatchObject({ ok: false, error: { message: expect.stringMatching(/đường dẫn đầy đủ/) } });
    expect((await ok(core, 'backups.list', {})).mirrorDir).toBeNull();
    core.close();
  });

  it('says whether the data folder is on a network share (a local temporary folder is not)', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const l = await ok(core, 'safety.location', {});
    expect(l).toMatchObject({ dataDir: core.dataDir, network: false, kind: null, remote: null });
    expect(l.localSuggestion).toMatch(/PlanDesk$/);
    core.close();
  });

  it('rotates on disk: old daily copies go, the first of each month stays, other files are never touched', () => {
    const core = Core.open({ dataDir: tempDir(), backups: false });
    const start = new Date(2026, 0, 10, 8);
    for (let i = 0; i < 40; i++) createBackup(core.db, core.dataDir, 'daily', { now: new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 8) });
    const names = backupsIn(core.dataDir);
    expect(names.length).toBe(14 + 2); // 14 newest + the first of January and of February
    expect(names).toContain(backupFileName(start, 'daily'));
    expect(names).toContain(backupFileName(new Date(2026, 1, 1, 8), 'daily'));
    // every kept backup has its sidecar, no temporary files remain
    const all = readdirSync(join(core.dataDir, 'backups'));
    expect(all.filter((n) => n.endsWith('.json'))).toHaveLength(names.length);
    expect(all.some((n) => n.includes('.part'))).toBe(false);
    core.close();
  });
});
