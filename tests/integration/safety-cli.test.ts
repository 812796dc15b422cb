import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run';
import { damagePages } from '../helpers/safety';
import { tempDir } from '../helpers/tmp';

interface Listing {
  dir: string;
  backups: Array<{ name: string; reason: string; verified: boolean; summary: { tasks: number } | null }>;
}

describe('CLI: backups and restore', () => {
  it('`backups --json` lists what the daily backup holds; `backups` says it in words', () => {
    const dir = tempDir();
    const r = runCli(['--data-dir', dir, 'backups', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Listing;
    expect(list.dir).toBe(join(dir, 'backups'));
    expect(list.backups).toEqual([expect.objectContaining({ reason: 'daily', verified: true, summary: expect.objectContaining({ tasks: 121 }) })]);
    const human = runCli(['--data-dir', dir, 'backups']);
    expect(human.stdout).toMatch(/Tự động hằng ngày .* 5 kế hoạch, 121 nhiệm vụ/);
  });

  it('`restore FILE` shows the comparison, backs up the current data, restores', () => {
    const dir = tempDir();
    const list = JSON.parse(runCli(['--data-dir', dir, 'backups', '--json']).stdout) as Listing;
    const db = new Database(join(dir, 'plandesk.sqlite'));
    db.prepare('DELETE FROM progress_entries').run();
    db.prepare("DELETE FROM tasks WHERE code LIKE 'I%'").run();
    db.close();
    const file = join(list.dir, list.backups[0]!.name);
    const r = runCli(['--data-dir', dir, 'restore', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nhiệm vụ\s+121\s+\d+/);
    expect(r.stdout).toMatch(/Đã sao lưu dữ liệu trước khi khôi phục: plandesk-.*-restore\.sqlite/);
    const after = new Database(join(dir, 'plandesk.sqlite'), { readonly: true });
    expect((after.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n).toBe(121);
    after.close();
  });

  it('`restore FILE` works even when the current database cannot be opened at all', () => {
    const dir = tempDir();
    const list = JSON.parse(runCli(['--data-dir', dir, 'backups', '--json']).stdout) as Listing;
    writeFileSync(join(dir, 'plandesk.sqlite'), Buffer.alloc(16384, 0x41));
    const broken = runCli(['--data-dir', dir, 'stats']);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/Khôi phục bằng lệnh: npm run cli -- restore/);
    const r = runCli(['--data-dir', dir, 'restore', join(list.dir, list.backups[0]!.name)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã giữ bản chép nguyên trạng của dữ liệu hỏng: plandesk-.*-damaged\.sqlite/);
    expect(runCli(['--data-dir', dir, 'stats']).code).toBe(0);
  });

  it('a damaged database: commands warn that it is read-only, `check` fails with exit 3', () => {
    const dir = tempDir();
    runCli(['--data-dir', dir, 'stats']);
    damagePages(join(dir, 'plandesk.sqlite'));
    const r = runCli(['--data-dir', dir, 'check']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Cảnh báo: dữ liệu đang mở ở chế độ chỉ đọc/);
    expect(r.stdout).toMatch(/Tệp dữ liệu \(integrity_check\): LỖI/);
  });

  it.each([
    [['restore'], /Lệnh restore cần TỆP/],
    [['restore', 'a.sqlite', 'b.sqlite'], /Thừa tham số: b\.sqlite/],
    [['backups', '--out', 'x'], /không nhận tùy chọn --out/],
    [['package'], /cần "export" hoặc "import"/],
    [['package', 'export', '--out', 'x.plandesk'], /cần --plan ID/],
    [['package', 'export', '--plan', 'abc', '--out', 'x'], /Số kế hoạch không hợp lệ: "abc"/],
    [['package', 'export', '--plan', '1'], /cần --out TỆP/],
    [['package', 'import'], /cần TỆP gói/],
    [['package', 'import', 'x.plandesk', '--plan', '1'], /không nhận tùy chọn --plan/],
    [['check', 'extra'], /Thừa tham số/],
  ])('usage error %j exits 2 with one line', (args, message) => {
    const r = runCli(['--data-dir', tempDir(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('unusable files exit 3 with one line and change nothing', () => {
    const dir = tempDir();
    const notBackup = join(tempDir(), 'x.sqlite');
    writeFileSync(notBackup, 'không phải cơ sở dữ liệu');
    for (const args of [['restore', notBackup], ['restore', join(dir, 'missing.sqlite')], ['package', 'import', join(dir, 'missing.plandesk')]]) {
      const r = runCli(['--data-dir', dir, ...args]);
      expect(r.code).toBe(3);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'plandesk.sqlite'))).toBe(true);
  });
});
