import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { api, count, ok } from '../helpers/safety';
import { runCli } from '../helpers/run';
import { tempDir } from '../helpers/tmp';
import { exportPackage } from '../../src-main/core/safety/package/service';

describe('check: integrity, foreign keys, orphan rows, full-text index', () => {
  it('passes on sound data', async () => {
    const core = Core.open({ dataDir: tempDir() });
    expect(await ok(core, 'safety.check', {})).toEqual({
      ok: true,
      integrity: [],
      foreignKeys: [],
      orphans: [],
      fts: [{ table: 'search_index', ok: true, message: null }],
    });
    core.close();
  });

  it('finds rows whose parent is gone, tasks in another plan’s group, and an index out of step', async () => {
    const core = Core.open({ dataDir: tempDir() });
    const db = core.db;
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO tasks (plan_id, code, tt, position, title, title_folded) VALUES (999, 'X.1', '1', 0, 'mồ côi', 'mo coi')").run();
    db.prepare('UPDATE tasks SET group_id = (SELECT id FROM task_groups WHERE plan_id = 2 LIMIT 1) WHERE id = (SELECT id FROM tasks WHERE plan_id = 1 LIMIT 1)').run();
    db.pragma('foreign_keys = ON');
    db.exec(`
      CREATE VIRTUAL TABLE task_search USING fts5(title, content='tasks', content_rowid='id');
      INSERT INTO task_search(task_search) VALUES ('rebuild');
      UPDATE tasks SET title = 'đổi mà không cập nhật chỉ mục' WHERE id = 2;`);
    const r = await ok(core, 'safety.check', {});
    expect(r.ok).toBe(false);
    expect(r.integrity).toEqual([]);
    expect(r.foreignKeys).toEqual([{ table: 'tasks', parent: 'plans', rows: 1 }]);
    expect(r.orphans).toEqual([{ kind: 'task-group-plan', label: 'Nhiệm vụ thuộc nhóm của kế hoạch khác', rows: 1 }]);
    expect(r.fts).toContainEqual({ table: 'task_search', ok: false, message: expect.any(String) });
    db.exec("INSERT INTO task_search(task_search) VALUES ('rebuild')");
    expect((await ok(core, 'safety.check', {})).fts).toContainEqual({ table: 'task_search', ok: true, message: null });
    core.close();
  });

  it('CLI `check` exits 0 on sound data and 3 with the findings otherwise', () => {
    const dir = tempDir();
    const good = runCli(['--data-dir', dir, 'check', '--json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true });
    const human = runCli(['--data-dir', dir, 'check']);
    expect(human.stdout).toMatch(/Kết luận: dữ liệu toàn vẹn/);
    const core = Core.open({ dataDir: dir });
    core.db.pragma('foreign_keys = OFF');
    core.db.prepare('DELETE FROM plans WHERE id = 1').run();
    core.close();
    const bad = runCli(['--data-dir', dir, 'check']);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/Khóa ngoại: LỖI — .*→ plans/);
  });
});

describe('disk full and a read-only data folder: a clear message, nothing lost', () => {
  async function packageFromAnotherMachine(): Promise<{ fileName: string; base64: string }> {
    const other = Core.open({ dataDir: tempDir(), seed: true });
    const { fileName, bytes } = exportPackage(other, [1, 2, 3, 4, 5]);
    other.close();
    return { fileName, base64: Buffer.from(bytes).toString('base64') };
  }

  it('disk full (SQLite cannot grow the file) during a package import', async () => {
    const pkg = await packageFromAnotherMachine();
    const core = Core.open({ dataDir: tempDir(), seed: false });
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages + 2}`); // the disk is full: the file may not grow
    const r = await api(core, 'packages.import', { ...pkg, takeTheirs: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(/Ổ đĩa chứa dữ liệu đã đầy.*chưa được lưu; dữ liệu đã có không bị mất.*giải phóng chỗ trống/) } });
    expect(count(core, 'documents')).toBe(0);
    expect(count(core, 'package_imports')).toBe(0);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // once space is freed the same import works
    core.db.pragma('max_page_count = 1073741823');
    expect((await ok(core, 'packages.import', { ...pkg, takeTheirs: [] })).inserted).toBeGreaterThan(500);
    core.close();
  });

  it('a read-only data folder: the app opens read-only or refuses writes, with a message saying so', async () => {
    const pkg = await packageFromAnotherMachine();
    const dir = tempDir();
    Core.open({ dataDir: dir }).close();
    const { chmodSync } = await import('node:fs');
    const root = process.getuid?.() === 0;
    let core: Core;
    if (!root) {
      // a real read-only folder and file (POSIX permissions bind every user but root)
      chmodSync(`${dir}/plandesk.sqlite`, 0o444);
      chmodSync(dir, 0o555);
      core = Core.open({ dataDir: dir });
    } else {
      // root ignores permissions: simulate the OS refusing writes on the open database
      core = Core.open({ dataDir: dir });
      core.db.pragma('query_only = ON');
    }
    try {
      const tasks = count(core, 'tasks');
      const setting = await api(core, 'backups.setMirror', { dir: null });
      expect(setting).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY', message: expect.stringMatching(/chỉ (cho phép )?đọc/) } });
      const imp = await api(core, 'packages.import', { ...pkg, takeTheirs: [] });
      expect(imp).toMatchObject({ ok: false, error: { message: expect.stringMatching(/chỉ (cho phép )?đọc/) } });
      expect(count(core, 'tasks')).toBe(tasks);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      core.close();
      if (!root) chmodSync(dir, 0o755);
    }
  });
});
