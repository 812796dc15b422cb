/** `import FILE --kind progress --plan ID --period ID`: a table in the body's own shape through the generic pipeline. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../src-main/core/core';
import { generatePeriods } from '../../../src-main/core/periods/service';
import { FIXTURES } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';
import { runCli } from '../../helpers/run';
import { tempDir } from '../../helpers/tmp';

describe('CLI import --kind progress of a table in its own shape', () => {
  it('previews with --dry-run --json, then writes one undoable batch of entries', () => {
    const dir = tempDir();
    const core = Core.open({ dataDir: dir });
    const planId = plan003Id(core.db);
    generatePeriods(core.sql, planId, {}, '2026-03-01');
    const period = (core.db.prepare("SELECT id FROM reporting_periods WHERE plan_id = ? AND kind = 'quarter' ORDER BY end_date LIMIT 1").get(planId) as { id: number }).id;
    core.close();
    const args = ['--data-dir', dir, 'import', join(FIXTURES, 'tien-do-truong.xlsx'), '--kind', 'progress', '--plan', String(planId), '--period', String(period)];

    const dry = runCli([...args, '--dry-run', '--json']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as { template: boolean; mapping: Record<string, string>; rows: Array<{ code: string; action: string; item: { code: string } | null }> };
    expect(preview.template).toBe(false);
    expect(preview.mapping).toMatchObject({ status: 'Tiến độ', result: 'Kết quả thực hiện' });
    expect(preview.rows).toHaveLength(15);
    expect(preview.rows.every((r) => r.action === 'new' && r.item?.code === r.code)).toBe(true);

    const wrong = runCli([...args.slice(0, -3), String(planId + 1), '--period', String(period), '--dry-run']);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/không thuộc kế hoạch/);

    const done = runCli(args);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Đã ghi 15 báo cáo tiến độ \(lần nhập số \d+\)/);
    const db = new Database(join(dir, 'plandesk.sqlite'), { readonly: true });
    const batch = db.prepare("SELECT id, target_table, rows_imported FROM import_batches WHERE file_name = 'tien-do-truong.xlsx'").get() as { id: number; target_table: string; rows_imported: number };
    expect(batch).toMatchObject({ target_table: 'progress_entries', rows_imported: 15 });
    expect((db.prepare('SELECT count(*) AS n FROM progress_entries WHERE import_batch_id = ?').get(batch.id) as { n: number }).n).toBe(15);
    db.close();
  });
});
