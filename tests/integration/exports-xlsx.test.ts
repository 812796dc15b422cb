// Excel appendices read back with exceljs and as raw XML: Times New Roman, title rows,
// print titles, frozen header, A4 landscape, merged bold group rows, widths that fill
// the page, and user text that looks like a formula stays text.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { Core } from '../../src-main/core/core';
import { taskTable, targetTable } from '../../src-main/core/exports/plan/plan-tables';
import { exportPlan } from '../../src-main/core/exports/service';
import { excelWidthToMm } from '../../src-main/core/exports/xlsx/layout';
import { getPlanDetail } from '../../src-main/core/plans/service';
import { tempDir } from '../helpers/tmp';

let core: Core | undefined;
afterEach(() => core?.close());

const EVIL: Array<[string, string]> = [
  ['I.1', '=SUM(A1)'],
  ['II.1', '+84 912 345 678'],
  ['II.2', '@x'],
  ['II.3', '-5'],
];

async function planXlsx(evil = false) {
  core = Core.open({ dataDir: tempDir() });
  if (evil) {
    const upd = core.db.prepare('UPDATE tasks SET title = ? WHERE plan_id = 1 AND code = ?');
    for (const [code, title] of EVIL) upd.run(title, code);
    core.db.prepare("UPDATE tasks SET output = '=HYPERLINK(\"http://x\")' WHERE plan_id = 1 AND code = 'I.1'").run();
  }
  const [file] = await exportPlan(core.sql, 1, 'xlsx', { today: new Date('2026-03-20') });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file!.bytes as unknown as ArrayBuffer);
  return { file: file!, wb, raw: unzipSync(file!.bytes) };
}

describe('plan → Excel appendices', () => {
  it('has one sheet per appendix with title rows, the header row and the plan file name', async () => {
    const { file, wb } = await planXlsx();
    expect(file.fileName).toMatch(/^KH-du-thao-1_.*_Phu-luc\.xlsx$/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục I (chỉ tiêu)', 'Phụ lục II (nhiệm vụ)']);
    const ws = wb.worksheets[1]!;
    expect(ws.getCell('A1').text).toBe('Phụ lục II');
    expect(ws.getCell('A2').text).toBe('DANH MỤC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026-2030');
    expect(ws.getCell('A3').text).toMatch(/^\(Kèm theo Đề án/);
    expect(ws.getCell('A3').font.italic).toBe(true);
    const last = ws.getRow(5).cellCount;
    expect(ws.getCell('A1').isMerged && ws.getCell(1, last).isMerged).toBe(true);
    expect(ws.getRow(5).values).toEqual([
      undefined, 'TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả (sản phẩm)', 'Thời gian hoàn thành', 'Phòng phụ trách', 'Kinh phí thực hiện', 'Nguồn kinh phí',
    ]);
    for (let c = 1; c <= last; c++) {
      const cell = ws.getCell(5, c);
      expect(cell.font.bold).toBe(true);
      expect(cell.border.top?.style).toBe('thin');
    }
  });

  it('prints on A4 landscape with the header row repeated, frozen on screen, columns filling the width', async () => {
    const { wb, raw } = await planXlsx();
    const workbookXml = strFromU8(raw['xl/workbook.xml']!);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      const mm = ws.columns.reduce((s, c) => s + excelWidthToMm(c.width ?? 0), 0);
      expect(mm).toBeGreaterThan(252 * 0.95);
      expect(mm).toBeLessThan(252 * 1.01);
    }
    expect(workbookXml.match(/_xlnm\.Print_Titles/g)?.length).toBe(2);
    // page number centred at the top from page 2 only, as in the Word appendix
    const sheetXml = strFromU8(raw['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toMatch(/<headerFooter[^>]*differentFirst="1"/);
    expect(sheetXml).toMatch(/<oddHeader>&amp;C.*&amp;P<\/oddHeader>/);
    expect(sheetXml).not.toMatch(/<firstHeader>[^<]+<\/firstHeader>/);
    expect(strFromU8(raw['xl/worksheets/sheet2.xml']!)).toMatch(/<pageSetup[^>]*firstPageNumber="1"[^>]*useFirstPageNumber="1"/);
    expect(workbookXml).toMatch(/\$5:\$5/);
  });

  it('writes every cell in Times New Roman, Normal style included', async () => {
    const { wb, raw } = await planXlsx();
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name).toBe('Times New Roman')));
    }
    const styles = strFromU8(raw['xl/styles.xml']!);
    expect(/<fonts\b[^>]*>\s*<font>([\s\S]*?)<\/font>/.exec(styles)?.[1]).toMatch(/Times New Roman/);
  });

  it('merges group rows over every column, in bold', async () => {
    const { wb } = await planXlsx();
    const ws = wb.worksheets[1]!;
    const cols = ws.getRow(5).cellCount;
    const group = ws.getRow(6);
    expect(group.getCell(1).text).toMatch(/^I\. Nâng cao nhận thức/);
    expect(group.getCell(1).font.bold).toBe(true);
    expect(group.getCell(cols).isMerged).toBe(true);
    expect(group.getCell(cols).master.address).toBe('A6');
  });

  it('writes text that looks like a formula as text: never a formula cell', async () => {
    const { wb, raw } = await planXlsx(true);
    for (const [name, xml] of Object.entries(raw).filter(([n]) => n.startsWith('xl/worksheets/'))) {
      expect(strFromU8(xml), name).not.toMatch(/<f[ >]/);
    }
    const ws = wb.worksheets[1]!;
    const found = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) => row.eachCell((cell) => found.set(String(cell.value), cell)));
    for (const title of [...EVIL.map(([, t]) => t), '=HYPERLINK("http://x")']) {
      const cell = found.get(title);
      expect(cell, title).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      expect(cell!.numFmt).toBe('@');
    }
  });

  it('holds the same texts as the plan’s task and target tables (round trip through exceljs)', async () => {
    const { wb } = await planXlsx();
    const plan = getPlanDetail(core!.sql, 1);
    const check = (ws: ExcelJS.Worksheet, model: ReturnType<typeof taskTable>) => {
      model.rows.forEach((r, i) => {
        const row = ws.getRow(6 + i);
        if (r.kind === 'group') {
          expect(row.getCell(1).text).toBe(r.text);
          return;
        }
        r.cells.forEach((c, ci) => {
          const cell = row.getCell(ci + 1);
          if (c.mergedUp) expect(cell.isMerged && cell.master.address !== cell.address).toBe(true);
          else expect(cell.text).toBe(c.text);
        });
      });
      expect(ws.rowCount).toBe(5 + model.rows.length);
    };
    check(wb.worksheets[0]!, targetTable(plan));
    check(wb.worksheets[1]!, taskTable(plan));
  });
});
