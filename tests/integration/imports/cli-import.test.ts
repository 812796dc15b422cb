/** `npm run cli -- import FILE …`: the dry-run report's exact shape, exit codes 0 / 3 / 2, commits. */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';
import { runCli } from '../../helpers/run';
import { tempDir } from '../../helpers/tmp';
import { bombXlsx } from '../../helpers/zip-bomb';

const f = (name: string) => join(FIXTURES, name);

function batches(dir: string): number {
  const db = new Database(join(dir, 'plandesk.sqlite'), { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n;
  db.close();
  return n;
}

describe('CLI import', () => {
  it('--dry-run --json prints exactly the report of issue 5 and writes nothing', () => {
    const dir = tempDir();
    const r = runCli(['--data-dir', dir, 'import', f('003-ke-hoach-hai-bang.docx'), '--dry-run', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; tables: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['file', 'tables']);
    expect(out.file).toBe(f('003-ke-hoach-hai-bang.docx'));
    expect(out.tables.map((t) => t.kind)).toEqual(['targets', 'tasks']);
    for (const t of out.tables) expect(Object.keys(t)).toEqual(['source', 'kind', 'headerRows', 'mapping', 'rows', 'issues']);
    const [targets, tasks] = out.tables as Array<{ rows: Array<Record<string, unknown>>; issues: Array<Record<string, unknown>>; mapping: Record<string, string>; headerRows: number[] }>;
    expect(tasks!.headerRows).toEqual([1]);
    expect(tasks!.mapping).toEqual({
      code: 'TT',
      title: 'Tên nhiệm vụ',
      lead: 'Cơ quan chủ trì',
      coordinating: 'Cơ quan phối hợp',
      output: 'Kết quả (sản phẩm)',
      deadline: 'Thời gian hoàn thành',
      departments: 'Phòng phụ trách',
      budget: 'Kinh phí thực hiện',
      funding: 'Nguồn kinh phí',
    });
    const task = tasks!.rows.find((x) => x.code === 'V.4')!;
    expect(Object.keys(task)).toEqual(['sourceRow', 'code', 'group', 'title', 'lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding']);
    expect(task).toMatchObject({
      group: { code: 'V', title: expect.stringMatching(/^Tập trung xây dựng đội ngũ/) },
      lead: ['Sở Giáo dục và Đào tạo'],
      coordinating: ['Sở, ngành, cơ quan, đơn vị thành phố', 'các xã, phường, đặc khu'],
      deadline: { text: 'Năm 2026', kind: 'year', start: '2026-01-01', end: '2026-12-31' },
      departments: ['Kế hoạch – Tài chính'],
      budget: { text: '10.275,852 tỷ đồng', dong: 10_275_852_000_000 },
      funding: 'NSNN',
    });
    expect(Object.keys(task.group as object)).toEqual(['code', 'title']);
    const target = targets!.rows.find((x) => x.code === 'II.2')!;
    expect(Object.keys(target)).toEqual(['sourceRow', 'code', 'group', 'name', 'unit', 'target', 'departments', 'horizon']);
    expect(target).toMatchObject({ group: { code: 'II', title: 'Đến năm 2035' }, unit: 'Chỉ số', target: { text: '≥ 0,85', comparator: '>=', value: 0.85 }, departments: ['Kế hoạch - Tài chính'], horizon: 2035 });
    const issue = tasks!.issues[0]!;
    expect(Object.keys(issue)).toEqual(['row', 'field', 'severity', 'message']);
    expect(batches(dir)).toBe(0);
  });

  it('--kind keeps only tables of that kind', () => {
    const r = runCli(['--data-dir', tempDir(), 'import', f('003-ke-hoach-hai-bang.docx'), '--dry-run', '--json', '--kind', 'targets']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { tables: Array<{ kind: string }> }).tables.map((t) => t.kind)).toEqual(['targets']);
  });

  it('exits 3 with one line on stderr when the file cannot be used, and writes nothing', () => {
    const dir = tempDir();
    const bomb = join(dir, 'bom.xlsx');
    writeFileSync(bomb, bombXlsx(300));
    for (const [file, message] of [
      [f('pdf-doi-ten.xlsx'), /^Tệp là PDF/],
      [f('khong-co-bang.docx'), /không có bảng nào/],
      [f('hong-cat-doi.xlsx'), /bị hỏng hoặc không trọn vẹn/],
      [bomb, /nén độc hại/],
      [join(dir, 'khong-co.xlsx'), /Không tìm thấy tệp/],
      [f('cong-thuc.xlsx').replace('cong-thuc.xlsx', 'so-trong.xlsx'), /không có dữ liệu/],
    ] as const) {
      const r = runCli(['--data-dir', dir, 'import', file, '--dry-run', '--json']);
      expect(r.code, file).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    expect(batches(dir)).toBe(0);
  }, 120_000);

  it('commits into --plan and reports what changed; a second run finds nothing new', () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir, 'stats']).code).toBe(0);
    const db = new Database(join(dir, 'plandesk.sqlite'));
    const planId = plan003Id(db);
    db.prepare("UPDATE tasks SET deadline_text = 'Năm 2027' WHERE plan_id = ? AND code = 'I.1'").run(planId);
    db.close();
    const r = runCli(['--data-dir', dir, 'import', f('003-nhiem-vu-tieu-de-hai-dong.xlsx'), '--plan', String(planId), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { batches: Array<{ kind: string; counts: Record<string, number> }> };
    expect(out.batches).toEqual([expect.objectContaining({ kind: 'tasks', counts: { new: 0, changed: 1, unchanged: 49, missing: 0 } })]);
    const after = new Database(join(dir, 'plandesk.sqlite'), { readonly: true });
    expect(after.prepare("SELECT deadline_text, deadline_end FROM tasks WHERE plan_id = ? AND code = 'I.1'").get(planId)).toEqual({ deadline_text: 'Năm 2026', deadline_end: '2026-12-31' });
    after.close();
    const again = runCli(['--data-dir', dir, 'import', f('003-nhiem-vu-tieu-de-hai-dong.xlsx'), '--plan', String(planId)]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 mới, 0 thay đổi, 50 không đổi/);
  });

  it.each([
    [['import'], /cần đường dẫn tệp/],
    [['import', 'a.xlsx'], /cần --plan ID/],
    [['import', 'a.xlsx', '--dry-run', '--kind', 'budget'], /--kind chỉ nhận tasks, targets hoặc progress/],
    [['import', 'a.xlsx', '--plan', 'x'], /--plan cần số của kế hoạch/],
    [['stats', '--dry-run'], /không nhận tùy chọn --dry-run/],
  ])('exits 2 on usage error %j', (args, message) => {
    const r = runCli(['--data-dir', tempDir(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
