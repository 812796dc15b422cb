import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/api/dispatch';
import { Core } from '../../src-main/core/core';
import { exportListXlsx } from '../../src-main/core/lists/export-xlsx';
import { listViewStateSchema } from '../../src-main/core/lists/view-state';
import { deleteView, listSavedViews, saveView } from '../../src-main/core/lists/views';
import { coresClosedAfterEach } from '../helpers/cores';

const core = coresClosedAfterEach();
const call = (c: Core, method: string, input: unknown) => dispatch({ core: c, door: 'web', version: 't' }, method, input);

describe('saved views', () => {
  it('saves, lists, overwrites and deletes views per page, audited', () => {
    const c = core();
    const state = listViewStateSchema.parse({ filter: { planIds: [1], statuses: ['overdue'] }, sort: { key: 'deadline', dir: 'asc' }, groupBy: 'department' });
    const v = saveView(c.sql, { page: 'tasks', name: 'Quá hạn của KH 2026', state });
    expect(listSavedViews(c.sql, 'tasks')).toEqual([{ id: v.id, page: 'tasks', name: 'Quá hạn của KH 2026', state, updatedAt: expect.any(String) }]);
    expect(listSavedViews(c.sql, 'targets')).toEqual([]);
    // the same name in another spelling is the same view
    expect(() => saveView(c.sql, { page: 'tasks', name: 'qua han cua kh 2026', state })).toThrowError(/Đã có bộ lọc tên "Quá hạn của KH 2026"/);
    // …but a targets view may use it
    saveView(c.sql, { page: 'targets', name: 'Quá hạn của KH 2026', state });
    const moved = saveView(c.sql, { id: v.id, page: 'tasks', name: 'Quá hạn', state: { ...state, groupBy: 'none' } });
    expect(moved.state.groupBy).toBe('none');
    deleteView(c.sql, v.id);
    expect(listSavedViews(c.sql, 'tasks')).toEqual([]);
    expect((c.db.prepare("SELECT action FROM audit_log WHERE entity = 'saved_view' AND entity_id = ? ORDER BY id").all(v.id) as Array<{ action: string }>).map((r) => r.action)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });

  it('shows the whole list for a stored view it cannot read, instead of failing', () => {
    const c = core();
    c.db.prepare(`INSERT INTO saved_views (page, name, name_folded, state_json) VALUES ('tasks', 'Hỏng', 'hong', '{"filter":{"planIds":"x"}}')`).run();
    expect(listSavedViews(c.sql, 'tasks')[0]!.state).toEqual(listViewStateSchema.parse({}));
  });

  it('refuses an empty name and an unknown view through the API, with Vietnamese messages', async () => {
    const c = core();
    const state = listViewStateSchema.parse({});
    expect(await call(c, 'views.save', { page: 'tasks', name: '  ', state })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call(c, 'views.delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/Không tìm thấy bộ lọc/) } });
  });
});

async function readBook(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets[0]!;
}

describe('export of a view to Excel', () => {
  it('writes the filtered rows in screen order under a header that says what was filtered', async () => {
    const c = core();
    const state = listViewStateSchema.parse({ filter: { planIds: [1], text: 'chuyen doi so' } });
    const r = await exportListXlsx(c.sql, 'tasks', state, new Date('2026-05-04T08:00:00Z'));
    expect(r.fileName).toBe('nhiem-vu-20260504.xlsx');
    const ws = await readBook(r.bytes);
    expect(ws.getCell('A1').value).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(ws.getCell('A2').value).toBe('DANH SÁCH NHIỆM VỤ');
    expect(String(ws.getCell('A3').value)).toMatch(/Kế hoạch: dự thảo "Triển khai Đề án.*Có từ: "chuyen doi so"/);
    expect(ws.getRow(5).getCell(4).value).toBe('Tên nhiệm vụ');
    const titles: string[] = [];
    for (let i = 6; i <= ws.rowCount; i++) titles.push(String(ws.getRow(i).getCell(4).value));
    expect(titles.length).toBe(r.rows);
    expect(titles).toContain('Triển khai Đề án chuyển đổi số trong giáo dục nghề nghiệp');
  });

  it('keeps text that starts with = + - @ as text, never a formula', async () => {
    const c = core();
    const ins = c.db.prepare(`INSERT INTO tasks (plan_id, code, tt, position, title, title_folded, output, lead_text, note) VALUES (2, ?, '1', ?, ?, 'x', ?, ?, ?)`);
    ins.run('Z.1', 900, '=HYPERLINK("http://x","bấm")', '+84 225 3842', '-Văn phòng Sở', '@mọi người');
    ins.run('Z.2', 901, '=1+1', '- Báo cáo quý', null, null);
    const state = listViewStateSchema.parse({ filter: { planIds: [2] } });
    const r = await exportListXlsx(c.sql, 'tasks', state);
    const files = unzipSync(new Uint8Array(r.bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toMatch(/<f>|<f /);
    const ws = await readBook(r.bytes);
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","bấm")', '+84 225 3842', '-Văn phòng Sở', '=1+1', '- Báo cáo quý']));
    for (const v of cells) expect(typeof v === 'object' && v !== null && 'formula' in v).toBe(false);
  });

  it('writes group rows when grouped, dates as dates and money as numbers', async () => {
    const c = core();
    const state = listViewStateSchema.parse({ filter: { planIds: [1] }, groupBy: 'department' });
    const r = await exportListXlsx(c.sql, 'tasks', state);
    const ws = await readBook(r.bytes);
    const first = ws.getRow(6);
    expect(String(first.getCell(1).value)).toMatch(/^.+ \(\d+\)$/); // a group row: "Phòng … (n)"
    let dates = 0;
    let money = 0;
    ws.eachRow((row, i) => {
      if (i < 6) return;
      if (row.getCell(9).value instanceof Date) dates++;
      if (typeof row.getCell(12).value === 'number') money++;
    });
    expect(dates).toBeGreaterThan(10);
    expect(money).toBeGreaterThan(0);
    const v4 = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((row) => String(row.getCell(4).value).startsWith('Đảm bảo cơ sở vật chất cho các trường mầm non'));
    expect(v4?.getCell(12).value).toBe(10_275_852_000_000);
    expect(v4?.getCell(12).numFmt).toBe('#,##0');
  });

  it('exports a targets view through the API as base64', async () => {
    const c = core();
    const r = await call(c, 'lists.export', { page: 'targets', state: listViewStateSchema.parse({ filter: { planIds: [1] } }) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { fileName: string; base64: string; rows: number; mime: string };
    expect(v.rows).toBe(53);
    expect(v.mime).toMatch(/spreadsheetml/);
    const ws = await readBook(Buffer.from(v.base64, 'base64'));
    expect(ws.getCell('A2').value).toBe('DANH SÁCH CHỈ TIÊU');
    expect(ws.getRow(5).getCell(4).value).toBe('Chỉ tiêu');
  });
});

describe('office settings', () => {
  it('starts with the Sở identity, saves edits and the officer name, who then signs the audit', async () => {
    const c = core();
    const got = await call(c, 'officeSettings.get', {});
    expect(got).toMatchObject({
      ok: true,
      value: { office: { parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG', agency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', symbol: 'SGDĐT', place: 'Hải Phòng' }, officerName: '', dataDir: c.dataDir },
    });
    if (!got.ok) return;
    const office = { ...(got.value as { office: Record<string, string> }).office, signerName: 'Lương Văn Việt' };
    expect(await call(c, 'officeSettings.save', { office, officerName: ' Trần Thị Hoa ' })).toEqual({ ok: true, value: { ok: true } });
    expect(await call(c, 'officeSettings.get', {})).toMatchObject({ ok: true, value: { office: { signerName: 'Lương Văn Việt' }, officerName: 'Trần Thị Hoa' } });
    const audit = c.db.prepare("SELECT actor, field FROM audit_log WHERE entity = 'settings' ORDER BY id").all();
    expect(audit).toEqual([
      { actor: 'Trần Thị Hoa', field: 'office.identity' },
      { actor: 'Trần Thị Hoa', field: 'officer.name' },
    ]);
  });

  it('refuses an empty agency name and leaves the settings as they were', async () => {
    const c = core();
    const got = await call(c, 'officeSettings.get', {});
    if (!got.ok) throw new Error('get failed');
    const office = { ...(got.value as { office: Record<string, string> }).office, agency: '' };
    expect(await call(c, 'officeSettings.save', { office, officerName: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/agency/) } });
    expect(await call(c, 'officeSettings.get', {})).toEqual(got);
  });
});
