/** Header detection, row classification and hierarchical codes on small hand-made tables. */
import { describe, expect, it } from 'vitest';
import { classifyRows } from '../../../src-main/core/imports/classify';
import { detectTable, mapColumns } from '../../../src-main/core/imports/detect';
import { parseContext, parseRecords } from '../../../src-main/core/imports/parse-rows';
import type { Merge, RawTable } from '../../../src-main/core/imports/types';

function table(rows: string[][], merges: Merge[] = []): RawTable {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  return { source: 'test', rows: padded, merges, rowNumbers: padded.map((_, i) => i + 1), notes: [] };
}

describe('header detection and mapping', () => {
  it.each([
    [['STT', 'Nội dung nhiệm vụ', 'CQ chủ trì', 'ĐV phối hợp', 'Sản phẩm', 'Thời hạn', 'Phòng tham mưu', 'KP (tỷ đồng)', 'Nguồn vốn'], 'tasks',
      ['code', 'title', 'lead', 'coordinating', 'output', 'deadline', 'departments', 'budget', 'funding']],
    [['TT', 'TEN NHIEM VU', 'DON VI CHU TRI', 'DON VI PHOI HOP', 'KET QUA', 'THOI GIAN THUC HIEN'], 'tasks',
      ['code', 'title', 'lead', 'coordinating', 'output', 'deadline']],
    [['Số TT', 'Chỉ tiêu', 'ĐVT', 'Kết quả', 'Phòng chủ trì'], 'targets', ['code', 'name', 'unit', 'target', 'departments']],
    [['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Kết quả thực hiện', 'Tình trạng', 'Ghi chú'], 'progress', ['code', 'title', null, 'result', 'status', 'note']],
  ] as const)('%j reads as %s', (headers, kind, fields) => {
    const d = detectTable(table([['KẾ HOẠCH'], [...headers], ['1', 'Một việc', 'Sở GDĐT', 'x', 'y', 'z']]));
    expect(d?.kind).toBe(kind);
    expect(d?.headerRows).toEqual([1]);
    if (kind !== 'progress') expect(d!.columns.map((c) => c.field).slice(0, headers.length)).toEqual(fields);
    else expect(d!.columns.map((c) => c.field).filter((f) => f !== 'reporter')).toEqual(fields.filter((f) => f !== null));
  });

  it('combines a two-row header with merged cells', () => {
    const t = table(
      [
        ['TT', 'Tên nhiệm vụ', 'Cơ quan thực hiện', '', 'Kinh phí', ''],
        ['', '', 'Chủ trì', 'Phối hợp', 'Dự toán', 'Nguồn'],
        ['I', 'Nhóm'],
        ['1', 'Việc', 'Sở GDĐT', '', '5 tỷ đồng', 'NSNN'],
      ],
      [
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 0, left: 2, bottom: 0, right: 3 },
        { top: 0, left: 4, bottom: 0, right: 5 },
      ],
    );
    const d = detectTable(t)!;
    expect(d.headerRows).toEqual([0, 1]);
    expect(d.columns.map((c) => c.header)).toEqual(['TT', 'Tên nhiệm vụ', 'Cơ quan thực hiện / Chủ trì', 'Cơ quan thực hiện / Phối hợp', 'Kinh phí / Dự toán', 'Kinh phí / Nguồn']);
    expect(d.columns.map((c) => c.field)).toEqual(['code', 'title', 'lead', 'coordinating', 'budget', 'funding']);
  });

  it('gives no kind to a sheet without a header', () => {
    expect(detectTable(table([['Đề nghị các phòng rà soát.'], ['Hạn nộp 15/01/2026']]))).toBeNull();
  });

  it('maps each field once, the best match first', () => {
    const cols = mapColumns(['Kết quả (sản phẩm)', 'Kết quả'], 'tasks');
    expect(cols.map((c) => c.field)).toEqual(['output', null]);
  });
});

const TASK_HEADER = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Kinh phí'];

function classify(rows: string[][], merges: Merge[] = []) {
  const t = table([TASK_HEADER, ...rows], merges);
  return classifyRows(t, detectTable(t)!);
}

describe('row classification and codes', () => {
  it('qualifies bare TT with the Roman group and skips page rows, repeated headers, blanks and footnotes', () => {
    const c = classify([
      ['I', 'Nhóm một'],
      ['1', 'Việc một', 'Sở GDĐT'],
      ['', '', '', ''],
      ['', '', 'Trang 2/3'],
      TASK_HEADER,
      ['2', 'Việc hai', 'Sở GDĐT'],
      ['II. Nhóm hai viết trong ô TT'],
      ['1', 'Việc ba', 'Sở Y tế'],
      ['Ghi chú: NSNN là ngân sách nhà nước'],
    ]);
    expect(c.records.map((r) => [r.code, r.groups.map((g) => g.code).join('>')])).toEqual([
      ['I.1', 'I'],
      ['I.2', 'I'],
      ['II.1', 'II'],
    ]);
    expect(c.records[2]!.groups[0]!.title).toBe('Nhóm hai viết trong ô TT');
    expect(c.skipped.map((s) => s.kind)).toEqual(['group', 'blank', 'page', 'header', 'group', 'footnote']);
  });

  it('glues a row without TT onto the item above, with a warning', () => {
    const c = classify([
      ['1', 'Xây dựng kế hoạch', 'Sở GDĐT'],
      ['', 'tuyên truyền năm 2026', ''],
    ]);
    expect(c.records).toHaveLength(1);
    expect(c.records[0]!.fields.title).toBe('Xây dựng kế hoạch\ntuyên truyền năm 2026');
    expect(c.issues).toEqual([expect.objectContaining({ row: 3, severity: 'warning' })]);
  });

  it('is an error: content without TT and no item above; a TT used twice', () => {
    const c = classify([
      ['I', 'Nhóm'],
      ['', 'Việc không số', 'Sở GDĐT'],
      ['1', 'Việc', 'Sở GDĐT'],
      ['1', 'Việc trùng số', 'Sở GDĐT'],
    ]);
    const parsed = parseRecords('tasks', c.records, parseContext([]));
    expect(parsed.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.field, i.message.slice(0, 30)])).toEqual([
      [3, 'code', 'Dòng có nội dung nhưng không c'],
      [5, 'code', 'Số TT “I.1” trùng với dòng 4. '],
    ]);
  });

  it('keeps a merged budget on the first row and marks the rows it covers', () => {
    const c = classify(
      [
        ['1', 'Việc một', 'Sở GDĐT', '250 tỷ đồng'],
        ['2', 'Việc hai', 'Sở GDĐT', ''],
        ['3', 'Việc ba', 'Sở GDĐT', ''],
        ['4', 'Việc bốn', 'Sở GDĐT', '1 tỷ đồng'],
      ],
      [{ top: 1, left: 3, bottom: 3, right: 3 }],
    );
    expect(c.records.map((r) => [r.fields.budget, r.merged])).toEqual([
      ['250 tỷ đồng', []],
      [null, ['budget']],
      [null, ['budget']],
      ['1 tỷ đồng', []],
    ]);
  });

  it('codes targets: themes nest in their horizon, hierarchical codes are kept, a later horizon qualifies', () => {
    const header = ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Phòng chủ trì'];
    const t = table([
      header,
      ['I', 'Đến năm 2030'],
      ['1', 'Về mạng lưới'],
      ['1.1', 'Trường đạt chuẩn', '%', '≥ 85', 'QLCL'],
      ['2', 'Về phổ cập'],
      ['2.1', 'Xóa mù chữ', '%', '100', 'GDTX'],
      ['6', 'Chỉ số HDI', 'Chỉ số', '> 0,82', 'KHTC'],
      ['6.1', 'Bất bình đẳng', '%', '< 10', 'KHTC'],
      ['II', 'Đến năm 2035'],
      ['1', 'Phổ cập THPT', '%', '100', 'GDTX'],
      ['III', 'Tầm nhìn đến năm 2045'],
      ['1', 'Đại học top 100', 'Cơ sở', '01', 'GDTX'],
    ]);
    const c = classifyRows(t, detectTable(t)!);
    expect(c.records.map((r) => [r.code, r.groups.map((g) => `${g.code}@${g.horizon}`).join('>')])).toEqual([
      ['1.1', 'I@2030>I.1@2030'],
      ['2.1', 'I@2030>I.2@2030'],
      ['6', 'I@2030'],
      ['6.1', 'I@2030'],
      ['II.1', 'II@2035'],
      ['III.1', 'III@2045'],
    ]);
  });
});
