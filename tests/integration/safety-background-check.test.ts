/**
 * The app's doors open with `integrityCheck: 'after-open'`: quick_check runs in a worker
 * right after open and the daily backup a moment later. Damage found then still switches
 * to read-only with the reason in the banner; the daily backup is decided by a settings
 * timestamp instead of reading the backup folder.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Core } from '../../src-main/core/core';
import { databasePath } from '../../src-main/core/paths';
import { dailyBackupDue } from '../../src-main/core/safety/service';
import { getLastDailyBackup, setLastDailyBackup } from '../../src-main/core/safety/settings';
import { api, count, damagePages, makeVersion2Database, ok } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

const backupsIn = (dir: string) => {
  try {
    return readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.sqlite'));
  } catch {
    return [];
  }
};

describe('integrity check after open', () => {
  it('damage found after open switches to read-only; the banner status says why; writes are refused', async () => {
    const dir = tempDir();
    Core.open({ dataDir: dir, backups: false }).close();
    damagePages(databasePath(dir));

    const core = Core.open({ dataDir: dir, integrityCheck: 'after-open' });
    expect(core.readOnly).toBe(false); // the start did not wait for the check
    // the banner's request waits for the check and sees the damage
    const status = await ok(core, 'safety.status', {});
    expect(status.readOnly).toBe(true);
    expect(status.reason).toMatch(/không qua được kiểm tra toàn vẹn.*Sao lưu và khôi phục/);
    expect(core.readOnly).toBe(true);
    const write = await api(core, 'backups.setMirror', { dir: null });
    expect(write).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    core.close();
    // no daily backup of a damaged database
    expect(backupsIn(dir)).toEqual([]);
  });

  it('a sound database stays writable, and the daily backup follows shortly after the start', async () => {
    const dir = tempDir();
    const core = Core.open({ dataDir: dir, integrityCheck: 'after-open' });
    expect(backupsIn(dir)).toEqual([]); // not made during the start
    await core.integrityChecked;
    expect(core.readOnly).toBe(false);
    expect(count(core, 'tasks')).toBe(121);
    await vi.waitFor(() => expect(backupsIn(dir)).toHaveLength(1), { timeout: 20_000, interval: 200 });
    await core.startupSettled; // the worker made it; the timestamp is written when it answers
    expect(getLastDailyBackup(core.sql)).toMatch(/^\d{4}-\d\d-\d\dT/);
    core.close();
  });

  it('closing before the check ends still leaves the day\'s backup (the file is checked first)', async () => {
    const dir = tempDir();
    Core.open({ dataDir: dir, backups: false }).close();
    const core = Core.open({ dataDir: dir, integrityCheck: 'after-open' });
    core.close();
    expect(backupsIn(dir)).toHaveLength(1);
    await core.integrityChecked;
    await core.startupSettled;
  });

  it('closing a damaged database before the check ends makes no backup of it', () => {
    const dir = tempDir();
    Core.open({ dataDir: dir, backups: false }).close();
    damagePages(databasePath(dir));
    const core = Core.open({ dataDir: dir, integrityCheck: 'after-open' });
    core.close();
    expect(backupsIn(dir)).toEqual([]);
  });

  it('the backup list waits for the daily backup of the start', async () => {
    const dir = tempDir();
    const core = Core.open({ dataDir: dir, integrityCheck: 'after-open' });
    const list = await ok(core, 'backups.list', {});
    expect(list.backups.map((b) => b.reason)).toEqual(['daily']);
    core.close();
  });

  it('a database that needs migrating is still checked before the migration', () => {
    const dir = tempDir();
    makeVersion2Database(dir);
    damagePages(databasePath(dir));
    // found before migrating (as with 'on-open'): a damaged old file is never migrated
    expect(() => Core.open({ dataDir: dir, integrityCheck: 'after-open' })).toThrow(/không qua được kiểm tra toàn vẹn/);
  });
});

describe('daily backup decided by a settings timestamp', () => {
  it("today's timestamp answers without the folder; another day's asks the folder", () => {
    const dir = tempDir();
    const core = Core.open({ dataDir: dir }); // 'on-open': the daily backup is made now
    expect(backupsIn(dir)).toHaveLength(1);
    const stamp = getLastDailyBackup(core.sql);
    expect(stamp).not.toBeNull();
    expect(dailyBackupDue(core)).toBe(false);

    rmSync(join(dir, 'backups'), { recursive: true, force: true });
    expect(dailyBackupDue(core)).toBe(false); // the timestamp says today: no folder read
    setLastDailyBackup(core.sql, new Date(Date.now() - 2 * 86_400_000).toISOString());
    expect(dailyBackupDue(core)).toBe(true); // not today: the folder decides, and it is empty
    core.close();

    Core.open({ dataDir: dir }).close();
    expect(backupsIn(dir)).toHaveLength(1);
  });
});
