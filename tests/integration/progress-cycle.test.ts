/**
 * The full cycle with real files: PlanDesk writes a template, a department fills it with
 * python3-openpyxl (tests/fixtures/scripts/fill_progress_templates.py: rows re-sorted, a key
 * damaged, a column inserted), PlanDesk imports it; the dashboard and completeness change.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { generatePeriods, lockPeriod } from '../../src-main/core/periods/service';
import { completeness } from '../../src-main/core/progress/completeness';
import { dashboard } from '../../src-main/core/progress/dashboard';
import { exportTemplates } from '../../src-main/core/progress/templates/export';
import { commitTemplateImport, previewTemplateImport, type ImportOptions } from '../../src-main/core/progress/templates/import';
import { tempDir } from '../helpers/tmp';

const FIX = join(__dirname, '..', 'fixtures', 'progress');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(FIX, name))) });
const opts = (receivedDate: string, acceptSuggestions = false): ImportOptions => ({ periodId: 3, receivedDate, acceptSuggestions, today: receivedDate });

function setup() {
  const core = Core.open({ dataDir: tempDir() });
  generatePeriods(core.sql, 1, {}, '2026-06-01');
  const backups: string[] = [];
  core.preOperationHook = (_c, reason) => void backups.push(reason);
  const entries = () => core.sql.all(core.sql.qb.selectFrom('progress_entries').selectAll());
  return { core, backups, entries };
}

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('collection template out', () => {
  it('holds exactly the body’s tasks and targets, locked and printable, with drop-downs and hidden keys', async () => {
    const { core } = setup();
    const f = await exportTemplates(core.sql, 1, 3, 13, 'combined', '2026-06-01T08:00:00.000Z');
    const wb = await load(f.bytes);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Nhiệm vụ', 'visible'],
      ['Chỉ tiêu', 'visible'],
      ['_PlanDesk', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    expect(ws.getCell('A4').value).toBe('Mã dòng (không sửa)');
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.rowCount - 4).toBe(10);
    expect(ws.getCell('B5').value).toBe('II.1');
    expect(ws.getCell('C5').protection?.locked).not.toBe(false);
    expect(ws.getCell('F5').protection).toMatchObject({ locked: false });
    expect(ws.getCell('F5').dataValidation).toMatchObject({ type: 'list', formulae: ["'_PlanDesk'!$H$2:$H$7"] });
    expect(ws.getCell('H5').dataValidation).toMatchObject({ type: 'date' });
    expect(ws.getCell('H5').numFmt).toBe('dd/mm/yyyy');
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
    expect(wb.getWorksheet('_PlanDesk')!.getCell('H4').value).toBe('Chưa hoàn thành (trong hạn)');
    expect(String(wb.getWorksheet('Hướng dẫn')!.getCell('B1').value)).toBe('HƯỚNG DẪN ĐIỀN BIỂU MẪU CẬP NHẬT TIẾN ĐỘ');
    // one validation range per editable column, none overlapping (Excel repairs files with overlaps)
    const xml = strFromU8(unzipSync(f.bytes)['xl/worksheets/sheet2.xml']!);
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(['F5:F14', 'H5:H14', 'J5:J14']);
    // the committed blank fixture still matches this seed (same keys in the same order)
    const fixture = await load(file('template-qii-2026-gdtrh.xlsx').bytes);
    const keys = (w: ExcelJS.Workbook) => w.getWorksheet('Nhiệm vụ')!.getColumn(1).values.slice(5);
    expect(keys(fixture)).toEqual(keys(wb));
    core.close();
  });

  it('writes one workbook per body into a zip, or one workbook with a sheet each', async () => {
    const { core } = setup();
    const zip = await exportTemplates(core.sql, 1, 3, undefined, 'zip', '2026-06-01T08:00:00.000Z');
    expect(zip.fileName).toBe('bieu-mau-tien-do_quy-ii-2026.zip');
    expect(zip.bodies).toBe(11);
    const all = await exportTemplates(core.sql, 1, 3, undefined, 'combined', '2026-06-01T08:00:00.000Z');
    const wb = await load(all.bytes);
    expect(wb.worksheets.filter((w) => w.state === 'visible').length).toBeGreaterThan(11);
    expect(wb.worksheets.map((w) => w.name)).toContain('NV Giáo dục Trung học');
    core.close();
  });
});

describe('returned templates back in', () => {
  it('previews without writing, then imports two departments’ files; dashboard and completeness change', async () => {
    const { core, backups, entries } = setup();
    const before = dashboard(core.sql, 1, 3, '2026-06-16');
    expect(Object.values(before.byStatus).every((n) => n === 0)).toBe(true);
    const gdtrhBefore = completeness(core.sql, 3).bodies.find((b) => b.orgId === 13)!;
    expect(gdtrhBefore).toMatchObject({ expected: 20, received: 0 });

    const [p] = await previewTemplateImport(core.sql, [file('filled-qii-2026-gdtrh.xlsx')], opts('2026-06-18'));
    expect(entries()).toHaveLength(0);
    expect(p!.fileError).toBeNull();
    expect(p!.summary).toEqual({ new: 11, update: 0, unchanged: 0, empty: 8, error: 0, confirm: 1 });
    const row = (code: string) => p!.rows.find((r) => r.code === code)!;
    expect(row('V.2').messages[0]!.text).toMatch(/Mã dòng bị hỏng; đã khớp theo TT và tên/);
    expect(row('III.1')).toMatchObject({ action: 'new', status: 'done_on_time' });
    expect(row('III.1').messages[0]!.text).toBe('Trạng thái "hoan thanh" được đọc là "Hoàn thành".');
    expect(row('III.2')).toMatchObject({ action: 'confirm' });
    expect(row('III.2').messages[0]!.text).toMatch(/"Hoan thnah" không có trong danh sách; có phải "Hoàn thành"\?/);
    expect(row('II.4').changes.find((c) => c.label === 'Ngày hoàn thành')?.after).toBe('20/05/2026');
    expect(row('5.9').changes.find((c) => c.label === 'Giá trị thực hiện')?.after).toBe('3,5');

    const c1 = await commitTemplateImport(core, [file('filled-qii-2026-gdtrh.xlsx')], opts('2026-06-18'));
    expect(c1.imported).toBe(11);
    expect(backups).toEqual(['import']);
    const c2 = await commitTemplateImport(core, [file('filled-qii-2026-gdtrh.xlsx')], opts('2026-06-18', true));
    expect(c2.files[0]!.summary).toMatchObject({ new: 1, unchanged: 11 });
    const c3 = await commitTemplateImport(core, [file('filled-qii-2026-vanphong.xlsx')], opts('2026-06-25'));
    expect(c3.imported).toBe(4);

    const after = dashboard(core.sql, 1, 3, '2026-06-16');
    expect(after.byStatus).toEqual({ done_on_time: 8, done_late: 0, in_progress: 6, overdue: 0, not_started: 1, dropped: 1 });
    expect(after.byDepartment.map((d) => [d.name, d.total])).toEqual([
      ['Phòng Giáo dục Trung học', 12],
      ['Văn phòng Sở', 4],
    ]);
    expect(after.lagging).toBe(3); // 5.9 (3,5 < 5), 1.3 (không đạt), 5.2 (95 is not > 95)
    const done = completeness(core.sql, 3);
    expect(done.bodies.find((b) => b.orgId === 13)).toMatchObject({ expected: 20, received: 12, onTime: 12, late: 0, missing: 8 });
    expect(done.bodies.find((b) => b.orgId === 9)).toMatchObject({ expected: 11, received: 4, onTime: 0, late: 4, missing: 7 });
    expect(done.missing.find((m) => m.orgId === 13)?.items).toBe(8);

    const batches = core.sql.all(core.sql.qb.selectFrom('import_batches').selectAll().orderBy('id'));
    expect(batches.map((b) => [b.file_name, b.file_kind, b.rows_imported])).toEqual([
      ['filled-qii-2026-gdtrh.xlsx', 'progress-template', 11],
      ['filled-qii-2026-gdtrh.xlsx', 'progress-template', 1],
      ['filled-qii-2026-vanphong.xlsx', 'progress-template', 4],
    ]);
    expect(entries().every((e) => e.source_file && e.import_batch_id)).toBe(true);
    core.close();
  });

  it('imports several files at once, each reported and batched separately', async () => {
    const { core } = setup();
    const r = await commitTemplateImport(core, [file('filled-qii-2026-gdtrh.xlsx'), file('filled-qii-2026-vanphong.xlsx')], opts('2026-06-19', true));
    expect(r.files.map((f) => [f.fileName, f.imported, f.batchId !== null])).toEqual([
      ['filled-qii-2026-gdtrh.xlsx', 12, true],
      ['filled-qii-2026-vanphong.xlsx', 4, true],
    ]);
    core.close();
  });

  it('flags duplicates, impossible dates and unknown words at their rows and writes only the good rows', async () => {
    const { core, entries } = setup();
    const [p] = await previewTemplateImport(core.sql, [file('filled-qii-2026-gdtrh-bad.xlsx')], opts('2026-06-18', true));
    const errs = p!.rows.filter((r) => r.action === 'error');
    expect(errs.map((r) => [r.code, r.rowNumber])).toEqual([
      ['V.5', 7],
      ['III.3', 10],
      ['II.4', 15],
    ]);
    expect(errs[0]!.messages[0]!.text).toMatch(/Trạng thái "xong xuôi cả rồi nhé" không có trong danh sách/);
    expect(errs[1]!.messages[0]!.text).toMatch(/"31\/02\/2026" không phải ngày hợp lệ/);
    expect(errs[2]!.messages[0]!.text).toMatch(/Trùng báo cáo: nhiệm vụ II\.4 của Phòng Giáo dục Trung học đã có ở tệp filled-qii-2026-gdtrh-bad\.xlsx, trang "Nhiệm vụ", dòng 13/);
    const r = await commitTemplateImport(core, [file('filled-qii-2026-gdtrh-bad.xlsx')], opts('2026-06-18', true));
    expect(r.imported).toBe(10);
    const written = new Set(entries().map((e) => e.task_id));
    const id = (code: string) => core.sql.first(core.sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', 1).where('code', '=', code))!.id;
    expect(written.has(id('V.5'))).toBe(false);
    expect(written.has(id('III.3'))).toBe(false);
    expect(written.has(id('II.4'))).toBe(true); // the first of the two rows
    core.close();
  });

  it('refuses a file for another period, a locked period, and files that are not templates', async () => {
    const { core, entries } = setup();
    const q1 = await exportTemplates(core.sql, 1, 2, 13, 'combined', '2026-03-01T08:00:00.000Z');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').getCell('A1').value = 'TT';
    const files = [
      { name: 'quy-1.xlsx', bytes: q1.bytes },
      { name: 'bao-cao.xlsx', bytes: new Uint8Array(await plain.xlsx.writeBuffer()) },
      { name: 'scan.xlsx', bytes: new TextEncoder().encode('%PDF-1.7 not a workbook') },
      { name: 'rong.xlsx', bytes: new Uint8Array() },
      { name: 'hong.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) },
    ];
    const r = await previewTemplateImport(core.sql, files, opts('2026-06-18'));
    expect(r.map((f) => f.fileError)).toEqual([
      expect.stringMatching(/là biểu mẫu của kỳ "Quý I\/2026", không phải kỳ "Quý II\/2026"/),
      expect.stringMatching(/không phải biểu mẫu tiến độ do PlanDesk tạo/),
      expect.stringMatching(/không phải tệp Excel \(\.xlsx\) mà là tệp PDF đổi tên/),
      expect.stringMatching(/rỗng/),
      expect.stringMatching(/bị hỏng|Không đọc được/),
    ]);
    // a zip whose directory declares 4 GB inside (a zip bomb) is refused before anything is inflated
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(100) });
    const view = new DataView(bomb.buffer);
    for (let i = 0; i < bomb.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xfffffff0, true);
    const [b] = await previewTemplateImport(core.sql, [{ name: 'bom.xlsx', bytes: bomb }], opts('2026-06-18'));
    expect(b!.fileError).toMatch(/khi giải nén quá lớn/);
    lockPeriod(core.sql, 3, null, '2026-06-21');
    const locked = await commitTemplateImport(core, [file('filled-qii-2026-gdtrh.xlsx')], opts('2026-06-22'));
    expect(locked.files[0]!.fileError).toMatch(/Kỳ "Quý II\/2026" đã khóa.*mở khóa kỳ và ghi rõ lý do/);
    expect(locked.imported).toBe(0);
    expect(entries()).toHaveLength(0);
    core.close();
  });
});
