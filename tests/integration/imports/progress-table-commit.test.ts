/**
 * A progress table in a school's own shape goes through the generic pipeline: rows matched
 * to the plan's tasks (by code, then by folded title), written as progress entries of one
 * body for one period in one transaction, recorded as an import batch, and undone exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src-main/core/imports/analyze';
import { commitProgressTable, previewProgressTable, type ProgressTableInput } from '../../../src-main/core/imports/progress-table';
import { undoImport } from '../../../src-main/core/imports/undo';
import { generatePeriods } from '../../../src-main/core/periods/service';
import { fixture, openCore } from '../../helpers/imports';
import { plan003Id } from '../../helpers/plan-dump';

let env: ReturnType<typeof openCore>;
let input: ProgressTableInput;
const entries = () => env.core.db.prepare('SELECT * FROM progress_entries ORDER BY id').all();

beforeAll(async () => {
  env = openCore();
  const planId = plan003Id(env.core.db);
  generatePeriods(env.core.sql, planId, {}, '2026-03-01');
  const period = env.core.db.prepare("SELECT id FROM reporting_periods WHERE plan_id = ? AND end_date >= '2026-03-01' ORDER BY end_date LIMIT 1").get(planId) as { id: number };
  const org = env.core.db.prepare('SELECT id FROM organizations ORDER BY id LIMIT 1').get() as { id: number };
  const a = await analyzeFile(fixture('tien-do-truong.xlsx'), 'tien-do-truong.xlsx');
  const t = a.tables[0]!;
  input = {
    periodId: period.id,
    orgId: org.id,
    records: t.rows.map((r) => r.record),
    file: a.file,
    source: t.source,
    mapping: { code: 'TT', title: 'Nhiệm vụ' },
    receivedDate: '2026-03-10',
    today: '2026-03-10',
  };
});
afterAll(() => env.close());

describe('progress table through the generic pipeline', () => {
  it('matches every row to its task and previews new entries', () => {
    const rows = previewProgressTable(env.core.sql, input);
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.item?.table === 'task' && r.item.code === r.code && r.item.by === 'code')).toBe(true);
    expect(rows.map((r) => r.action)).toEqual(Array(15).fill('new'));
    expect(rows[0]!.status).toBe('done_on_time');
    expect(rows[2]!.status).toBe('not_started');
  });

  it('matches by folded title when the TT does not fit, and reports a row it cannot place', () => {
    const records = structuredClone(input.records.slice(0, 2));
    records[0]!.code = '9';
    records[0]!.fields.title = records[0]!.fields.title!.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    records[1]!.code = '';
    records[1]!.fields.title = 'Một việc không có trong kế hoạch';
    const rows = previewProgressTable(env.core.sql, { ...input, records });
    expect(rows[0]!.item).toMatchObject({ code: 'I.1', by: 'title' });
    expect(rows[1]).toMatchObject({ item: null, action: 'error' });
  });

  it('commits in one batch, a second run changes nothing, undo restores the period exactly', async () => {
    const before = entries();
    const first = await commitProgressTable(env.core, input);
    expect(first.imported).toBe(15);
    const written = entries() as Array<{ import_batch_id: number; result_text: string | null; note: string | null }>;
    expect(written).toHaveLength(before.length + 15);
    expect(written.filter((e) => e.import_batch_id === first.batchId)).toHaveLength(15);
    expect(written.some((e) => e.note === 'Thiếu kinh phí, cơ sở vật chất chưa đáp ứng.')).toBe(true);
    const again = await commitProgressTable(env.core, input);
    expect(again.imported).toBe(0);
    expect(again.rows.every((r) => r.action === 'unchanged')).toBe(true);
    expect(await undoImport(env.core, again.batchId)).toMatchObject({ restored: 0, removed: 0 });
    expect(await undoImport(env.core, first.batchId)).toMatchObject({ restored: 0, removed: 15 });
    expect(entries()).toEqual(before);
  });

  it('writes nothing when a row has an error', async () => {
    const before = entries();
    const records = structuredClone(input.records);
    records[3]!.fields.status = 'xyz không rõ';
    await expect(commitProgressTable(env.core, { ...input, records })).rejects.toThrow(/dòng lỗi/);
    expect(entries()).toEqual(before);
  });
});
