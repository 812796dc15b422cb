import { describe, expect, it } from 'vitest';
import { interpretBook, type InterpretContext } from '../../../src-main/core/progress/templates/interpret';
import { rowKey, parseRowKey } from '../../../src-main/core/progress/templates/keys';
import type { TemplateMeta } from '../../../src-main/core/progress/templates/meta';
import type { Cell, ReadBook } from '../../../src-main/core/progress/templates/read';
import { cellDate, cellNumber } from '../../../src-main/core/progress/templates/values';

const PLAN = 7;
const items = [
  { table: 'task' as const, id: 11, code: 'I.1', title: 'Quán triệt Nghị quyết 71-NQ/TW tới toàn ngành' },
  { table: 'task' as const, id: 12, code: 'I.2', title: 'Xây dựng kế hoạch chuyển đổi số ngành giáo dục' },
  { table: 'task' as const, id: 13, code: 'I.3', title: 'Tổ chức sơ kết công tác thi đua năm học' },
];
const meta: TemplateMeta = { planId: PLAN, planTitle: 'KH', periodId: 3, periodLabel: 'Quý II/2026', sheets: [{ sheet: 'Nhiệm vụ', table: 'task', orgId: 5, orgName: 'Phòng A' }] };

function ctx(): InterpretContext {
  return { planId: PLAN, items, expected: new Set(['5:task:11', '5:task:12', '5:task:13']), seen: new Map(), fileName: 'a.xlsx' };
}

/** A returned sheet: an extra column "Người cập nhật" inserted, columns moved, rows re-sorted. */
function book(rows: Cell[][]): ReadBook {
  const header: Cell[] = ['Trạng thái', 'Người cập nhật', 'TT', 'Mã dòng (không sửa)', 'Tên nhiệm vụ', 'Ngày hoàn thành (dd/mm/yyyy)', 'Kết quả thực hiện'];
  return {
    sheets: [
      { name: 'Hướng dẫn', state: 'visible', rows: [{ n: 1, cells: ['HƯỚNG DẪN'] }] },
      { name: 'Nhiệm vụ', state: 'visible', rows: [{ n: 1, cells: ['BIỂU'] }, { n: 4, cells: header }, ...rows.map((cells, i) => ({ n: 5 + i, cells }))] },
    ],
  };
}

describe('returned template rows', () => {
  it('match by key whatever the order and column positions', () => {
    const r = interpretBook(
      book([
        ['Hoàn thành', 'Lan', 'I.3', rowKey(PLAN, 'task', 13), items[2]!.title, new Date(Date.UTC(2026, 4, 2)), 'Đã tổ chức'],
        ['hoan thanh dung han', 'Lan', 'I.1', rowKey(PLAN, 'task', 11), items[0]!.title, '10/5/2026', null],
      ]),
      meta,
      ctx(),
    );
    expect(r.sheetErrors).toEqual([]);
    expect(r.rows.map((x) => [x.itemId, x.matchedBy, x.input.claim, x.input.completedDate])).toEqual([
      [13, 'key', 'done', '2026-05-02'],
      [11, 'key', 'done_on_time', '2026-05-10'],
    ]);
    expect(r.rows[1]!.messages).toEqual([{ level: 'info', text: 'Trạng thái "hoan thanh dung han" được đọc là "Hoàn thành đúng hạn".' }]);
  });

  it('fall back to TT + name when a key is damaged, and refuse a row that matches nothing', () => {
    const r = interpretBook(
      book([
        ['Chưa triển khai', null, 'I.2', 'NV-12-000000', items[1]!.title, null, null],
        ['Chưa triển khai', null, 'I.9', 'NV-', 'Một nhiệm vụ không có trong kế hoạch', null, null],
      ]),
      meta,
      ctx(),
    );
    expect(r.rows[0]).toMatchObject({ itemId: 12, matchedBy: 'code-title' });
    expect(r.rows[0]!.messages[0]).toMatchObject({ level: 'warning', text: expect.stringContaining('Mã dòng bị hỏng') });
    expect(r.rows[1]).toMatchObject({ itemId: null });
    expect(r.rows[1]!.messages[0]).toMatchObject({ level: 'error', text: expect.stringContaining('không tìm thấy nhiệm vụ') });
  });

  it('refuse a second report for the same row from the same body, a bad date and an unknown status', () => {
    const r = interpretBook(
      book([
        ['Hoàn thành', null, 'I.1', rowKey(PLAN, 'task', 11), items[0]!.title, '31/02/2026', null],
        ['Đang thực hiện', null, 'I.1', rowKey(PLAN, 'task', 11), items[0]!.title, null, null],
        ['xong hết rồi nhé các bạn', null, 'I.2', rowKey(PLAN, 'task', 12), items[1]!.title, null, null],
        ['Hoan thnah', null, 'I.3', rowKey(PLAN, 'task', 13), items[2]!.title, null, null],
      ]),
      meta,
      ctx(),
    );
    const errors = r.rows.map((x) => x.messages.filter((m) => m.level === 'error').map((m) => m.text).join(' | '));
    expect(errors[0]).toMatch(/Ngày hoàn thành "31\/02\/2026" không phải ngày hợp lệ/);
    expect(errors[1]).toMatch(/Trùng báo cáo: nhiệm vụ I\.1 của Phòng A đã có ở tệp a\.xlsx, trang "Nhiệm vụ", dòng 5/);
    expect(errors[2]).toMatch(/Trạng thái "xong hết rồi nhé các bạn" không có trong danh sách/);
    expect(r.rows[3]!.suggestion).toEqual({ claim: 'done', label: 'Hoàn thành', written: 'Hoan thnah' });
  });

  it('skip rows left blank', () => {
    const r = interpretBook(book([[null, null, 'I.1', rowKey(PLAN, 'task', 11), items[0]!.title, null, null]]), meta, ctx());
    expect(r.rows[0]!.empty).toBe(true);
  });
});

describe('row keys and cell values', () => {
  it('detect a key moved to another plan or edited', () => {
    const k = rowKey(PLAN, 'target', 45);
    expect(parseRowKey(k, PLAN)).toEqual({ table: 'target', id: 45 });
    expect(parseRowKey(k, PLAN + 1)).toBeNull();
    expect(parseRowKey(k.replace('-45-', '-46-'), PLAN)).toBeNull();
  });

  it('read dates day-first and Vietnamese numbers', () => {
    expect(cellDate('10/4/2026')).toEqual({ value: '2026-04-10', invalid: false });
    expect(cellDate(46122)).toEqual({ value: '2026-04-10', invalid: false });
    expect(cellDate('4/31/2026').invalid).toBe(true);
    expect(cellNumber('1.234,5')).toEqual({ value: 1234.5, invalid: false });
    expect(cellNumber('86.5')).toEqual({ value: 86.5, invalid: false });
    expect(cellNumber('70%')).toEqual({ value: 70, invalid: false });
    expect(cellNumber('khoảng 70').invalid).toBe(true);
  });
});
