import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run';
import { tempDir } from '../helpers/tmp';

const FIX = join(__dirname, '..', 'fixtures', 'progress');

// each CLI run starts tsx afresh (a few seconds under a parallel test load): room for a dozen runs
const SLOW = 180_000;

describe('CLI: periods, progress, templates, import, status', () => {
  it('scripts a reporting round end to end', () => {
    const dir = tempDir();
    const cli = (...args: string[]) => runCli(['--data-dir', dir, ...args]);

    const gen = cli('periods', 'generate', '--plan', '1', '--json');
    expect(gen.code).toBe(0);
    const periods = JSON.parse(gen.stdout) as Array<{ id: number; label: string; new: boolean; startDate: string | null }>;
    expect(periods.filter((p) => p.new)).toHaveLength(28);
    expect(periods.find((p) => p.label === 'Quý II/2026')).toMatchObject({ id: 3, new: false, startDate: '2026-03-15' });
    const list = JSON.parse(cli('periods', 'list', '--plan', '1', '--json').stdout) as unknown[];
    expect(list).toHaveLength(periods.length);

    const set = cli('progress', 'set', '--period', '3', '--task', 'II.4', '--org', '13', '--status', 'hoàn thành', '--completed', '20/05/2026', '--reported', '18/06/2026');
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/Đã ghi báo cáo tiến độ #\d+: Hoàn thành đúng hạn\./);
    expect(cli('progress', 'set', '--period', '3', '--task', 'I.1', '--org', '9', '--status', 'done_late', '--reason', 'Theo kết luận giao ban').stdout).toMatch(/Hoàn thành quá hạn/);
    expect(cli('progress', 'set', '--period', '3', '--target', '1.2', '--org', '12', '--actual', '80', '--json').code).toBe(0);

    const out = join(dir, 'gdtrh.xlsx');
    const exp = cli('export', 'template', '--plan', '1', '--period', '3', '--org', '13', '--out', out);
    expect(exp.code).toBe(0);
    expect(existsSync(out)).toBe(true);

    const imp = cli('import', join(FIX, 'filled-qii-2026-vanphong.xlsx'), '--kind', 'progress', '--period', '3', '--received', '19/06/2026');
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/filled-qii-2026-vanphong\.xlsx \(Văn phòng Sở\): đã ghi 3 dòng mới, 1 dòng cập nhật/);

    const status = cli('status', '--plan', '1', '--period', '3', '--json');
    expect(status.code).toBe(0);
    const s = JSON.parse(status.stdout) as Record<string, unknown>;
    expect(Object.keys(s)).toEqual(['byStatus', 'byDepartment', 'missing']);
    expect(s.byStatus).toEqual({ done_on_time: 2, done_late: 1, in_progress: 3, overdue: 0, not_started: 0, dropped: 0 });
    expect(s.byDepartment).toContainEqual({ department: 'Văn phòng Sở', byStatus: { done_on_time: 1, done_late: 1, in_progress: 2, overdue: 0, not_started: 0, dropped: 0 } });
    expect(s.missing).toContainEqual({ organization: 'Văn phòng Sở', items: 7 });
    expect((s.missing as Array<Record<string, unknown>>).every((m) => Object.keys(m).join() === 'organization,items')).toBe(true);
  }, SLOW);

  it('imports a folder of returned files, each reported on its own line', () => {
    const dir = tempDir();
    const inbox = tempDir();
    for (const f of ['filled-qii-2026-gdtrh.xlsx', 'filled-qii-2026-vanphong.xlsx', 'filled-qii-2026-gdtrh-bad.xlsx']) copyFileSync(join(FIX, f), join(inbox, f));
    writeFileSync(join(inbox, 'ghi-chu.txt'), 'không phải biểu mẫu');
    const r = runCli(['--data-dir', dir, 'import', inbox, '--kind', 'progress', '--period', '3', '--dry-run']);
    expect(r.code).toBe(0);
    // files are taken in name order: the bad copy comes first, so the good file repeats its rows
    expect(r.stdout).toMatch(/filled-qii-2026-gdtrh-bad\.xlsx \(Phòng Giáo dục Trung học\): sẽ ghi 9 dòng mới/);
    expect(r.stdout).toMatch(/Trang "Nhiệm vụ", dòng 15 \(II\.4\): Trùng báo cáo/);
    expect(r.stdout).toMatch(/filled-qii-2026-gdtrh\.xlsx \(Phòng Giáo dục Trung học\): sẽ ghi 0 dòng mới.*12 lỗi/);
    expect(r.stdout).toMatch(/filled-qii-2026-vanphong\.xlsx \(Văn phòng Sở\): sẽ ghi 4 dòng mới/);
    expect(r.stdout).not.toMatch(/ghi-chu/);
  }, SLOW);

  it('says plainly what is wrong on the command line (exit 2) or with the input (exit 3)', () => {
    const dir = tempDir();
    const cli = (...args: string[]) => runCli(['--data-dir', dir, ...args]);
    const kind = cli('import', 'x.xlsx', '--kind', 'tasks', '--period', '3');
    expect(kind.code).toBe(2);
    // tasks and targets go through the import bridge, which takes no reporting period
    expect(kind.stderr).toMatch(/--period chỉ dùng với --kind progress/);
    const date = cli('progress', 'set', '--period', '3', '--task', 'I.1', '--completed', '31/02/2026');
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/--completed "31\/02\/2026" không phải ngày hợp lệ/);
    const typo = cli('progress', 'set', '--period', '3', '--task', 'I.1', '--status', 'hoan thnah');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Có phải "Hoàn thành"\?/);
    expect(cli('periods', 'list', '--plan', '1', '--reset').code).toBe(2);
    const missing = cli('status', '--plan', '1', '--period', '999', '--json');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/Không tìm thấy kỳ báo cáo số 999/);
    const other = cli('import', join(FIX, 'filled-qii-2026-gdtrh.xlsx'), '--kind', 'progress', '--period', '2');
    expect(other.code).toBe(3);
    expect(other.stdout).toMatch(/KHÔNG NHẬN — .*là biểu mẫu của kỳ "Quý II\/2026", không phải kỳ "Quý I\/2026"/);
  }, SLOW);
});
