/**
 * A progress table in a school's own shape (not PlanDesk's template): detected as progress,
 * its columns mapped to progress fields, its rows read with codes that match the plan's tasks.
 * (Writing such rows as progress entries goes through the template import for now.)
 */
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../src-main/core/imports/analyze';
import { fixture, PLAN_003 } from '../../helpers/imports';

describe('a received progress table in its own shape', () => {
  it('is read as progress with TT / Nhiệm vụ / Kết quả thực hiện / Tiến độ / Khó khăn mapped', async () => {
    const a = await analyzeFile(fixture('tien-do-truong.xlsx'), 'tien-do-truong.xlsx');
    expect(a.tables).toHaveLength(1);
    const t = a.tables[0]!;
    expect(t.kind).toBe('progress');
    expect(t.headerRows).toEqual([4]);
    const mapping = Object.fromEntries(t.columns.filter((c) => c.field).map((c) => [c.field, c.header]));
    expect(mapping).toEqual({ code: 'TT', title: 'Nhiệm vụ', result: 'Kết quả thực hiện', status: 'Tiến độ', note: 'Khó khăn, vướng mắc' });
    const expected = PLAN_003.tasks.filter((x) => ['I', 'II', 'III', 'IV'].includes(x.group));
    expect(t.rows.map((r) => r.code)).toEqual(expected.map((x) => `${x.group}.${x.tt}`));
    expect(t.rows.map((r) => r.text.title)).toEqual(expected.map((x) => x.title.replace(/\s+/g, ' ').trim()));
    expect(t.rows.slice(0, 3).map((r) => [r.text.status, r.text.note ?? null])).toEqual([
      ['Đã hoàn thành', null],
      ['Đang thực hiện', 'Thiếu kinh phí, cơ sở vật chất chưa đáp ứng.'],
      ['Chưa thực hiện', 'Chưa có hướng dẫn của cấp trên.'],
    ]);
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
