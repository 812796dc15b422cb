import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run';
import { tempDir } from '../helpers/tmp';

describe('CLI door', () => {
  it('`npm run cli -- --data-dir DIR stats --json` prints only the JSON of the seeded plans', () => {
    const dir = tempDir();
    const r = spawnSync('npm', ['run', 'cli', '--', '--data-dir', dir, 'stats', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stdout) as {
      documents: number;
      organizations: number;
      plans: Array<{ id: number; number: string | null; title: string; tasks: number; targets: number }>;
    };
    expect(Object.keys(stats)).toEqual(['documents', 'organizations', 'plans']);
    const plan = stats.plans.find((p) => p.title.includes('Phát triển giáo dục và đào tạo thành phố Hải Phòng đến năm 2030'));
    expect(plan).toMatchObject({ tasks: 50, targets: 53 });
    expect(Object.keys(plan!)).toEqual(['id', 'number', 'title', 'tasks', 'targets']);
    expect(stats.documents).toBeGreaterThanOrEqual(stats.plans.length);
  });

  it('honours PLANDESK_DATA_DIR', () => {
    const dir = tempDir();
    const r = runCli(['stats', '--json'], { PLANDESK_DATA_DIR: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'plandesk.sqlite'))).toBe(true);
  });

  it.each([
    [[], /Thiếu tên lệnh/],
    [['frobnicate'], /Không có lệnh "frobnicate"/],
    [['stats', '--reset'], /không nhận tùy chọn --reset/],
    [['stats', '--bogus'], /Tùy chọn không hợp lệ/],
    [['backup'], /cần --out/],
  ])('exits 2 on usage error %j with one line on stderr', (args, message) => {
    const r = runCli(['--data-dir', tempDir(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('exits 3 with one clear line when the data folder is unusable', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const r = runCli(['--data-dir', file, 'stats']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Không mở được tệp dữ liệu/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('backup --out writes a consistent copy that opens with the same data', () => {
    const dir = tempDir();
    const out = join(tempDir(), 'copy.sqlite');
    const r = runCli(['--data-dir', dir, 'backup', '--out', out]);
    expect(r.code).toBe(0);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n).toBeGreaterThanOrEqual(50);
    copy.close();
    const missing = runCli(['--data-dir', dir, 'backup', '--out', join(dir, 'no', 'such', 'dir', 'x.sqlite')]);
    expect(missing.code).toBe(3);
  });

  it('seed --reset backs up first, then restores the embedded default', () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir, 'stats']).code).toBe(0);
    const db = new Database(join(dir, 'plandesk.sqlite'));
    db.prepare("UPDATE tasks SET title = 'ĐÃ SỬA' WHERE code = 'I.1'").run();
    db.close();
    const r = runCli(['--data-dir', dir, 'seed', '--reset']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã sao lưu dữ liệu cũ vào .*backups/);
    const after = new Database(join(dir, 'plandesk.sqlite'), { readonly: true });
    const titles = after.prepare("SELECT title FROM tasks WHERE code = 'I.1'").all() as { title: string }[];
    expect(titles.some((t) => t.title === 'ĐÃ SỬA')).toBe(false);
    after.close();
  });
});
