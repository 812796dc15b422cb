/**
 * Appendix tables to .xlsx with exceljs, ready to forward: one sheet per appendix,
 * Times New Roman, title rows ("Phụ lục I", title, "(Kèm theo ...)"), bold centred header
 * row repeated on every printed page and frozen on screen, thin borders, wrapped text,
 * bold merged group rows, columns filling A4 landscape, page numbers at the top from page 2.
 */
import ExcelJS from 'exceljs';
import type { FormatSettings } from '../format-schema';
import type { Appendix } from '../model';
import { appendixWidthMm, columnWidthsMm, rowSpans } from '../geometry';
import { setText } from './cells';
import { excelWidthToMm, mmToExcelWidth, rowHeightPt, wrappedLines } from './layout';
import { setNormalFont } from './normal-font';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_ROW = 5;
const MM_PER_INCH = 25.4;
/** the Normal font's size: column widths are counted in its digits (layout.ts) */
const NORMAL_SIZE_PT = 12;

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '-').slice(0, 31).trim() || 'Phụ lục';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

function titleRow(ws: ExcelJS.Worksheet, row: number, text: string, cols: number, widthMm: number, font: Partial<ExcelJS.Font>): void {
  ws.mergeCells(row, 1, row, cols);
  const cell = ws.getCell(row, 1);
  setText(cell, text);
  cell.font = { name: FONT, family: 1, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const size = font.size ?? 12;
  ws.getRow(row).height = rowHeightPt(wrappedLines(text, widthMm, size, font.bold ? 'bold' : font.italic ? 'italic' : 'regular'), size);
}

function addSheet(wb: ExcelJS.Workbook, a: Appendix, f: FormatSettings, taken: Set<string>, onRow: () => void): void {
  const totalMm = appendixWidthMm(f);
  // the widths Excel will really print (its units are whole pixels of the Normal font)
  const excelWidths = columnWidthsMm(a.table, totalMm).map(mmToExcelWidth);
  const widths = excelWidths.map(excelWidthToMm);
  const tableMm = widths.reduce((x, y) => x + y, 0);
  const n = a.table.columns.length;
  const size = f.tableSizePt;
  const ws = wb.addWorksheet(sheetName(a.sheetName, taken), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      // numbering restarts in each appendix (each sheet), as in the Word file
      firstPageNumber: 1,
      margins: {
        left: f.appendixMarginLeftMm / MM_PER_INCH,
        right: f.appendixMarginRightMm / MM_PER_INCH,
        top: f.appendixMarginTopMm / MM_PER_INCH,
        bottom: f.appendixMarginBottomMm / MM_PER_INCH,
        header: Math.min(f.headerDistanceMm, f.appendixMarginTopMm - 5) / MM_PER_INCH,
        footer: 0.3,
      },
    },
    // page numbers centred at the top from page 2, as in the Word appendix (Decree 30)
    headerFooter: { differentFirst: true, firstHeader: '', oddHeader: `&C&"${FONT},Regular"&${Math.round(f.pageNumberSizePt)}&P` },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
  });
  ws.columns = excelWidths.map((width) => ({ width }));

  titleRow(ws, 1, a.label, n, tableMm, { size: 14, bold: true });
  titleRow(ws, 2, a.title.toLocaleUpperCase('vi'), n, tableMm, { size: f.titleSizePt, bold: true });
  titleRow(ws, 3, a.attachedLine, n, tableMm, { size: f.titleSizePt, italic: true });

  const header = ws.getRow(HEADER_ROW);
  a.table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    setText(cell, c.header);
    cell.font = { name: FONT, family: 1, size, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = rowHeightPt(Math.max(...a.table.columns.map((c, i) => wrappedLines(c.header, widths[i]!, size, 'bold'))), size);

  const spans = rowSpans(a.table);
  a.table.rows.forEach((r, ri) => {
    const rowNo = HEADER_ROW + 1 + ri;
    const row = ws.getRow(rowNo);
    if (r.kind === 'group') {
      ws.mergeCells(rowNo, 1, rowNo, n);
      const cell = row.getCell(1);
      setText(cell, r.text);
      cell.font = { name: FONT, family: 1, size, bold: true };
      cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
      for (let c = 1; c <= n; c++) row.getCell(c).border = BORDER;
      row.height = rowHeightPt(wrappedLines(r.text, tableMm, size, 'bold'), size);
      onRow();
      return;
    }
    let lines = 1;
    r.cells.forEach((c, ci) => {
      const cell = row.getCell(ci + 1);
      const span = spans[ri]![ci]!;
      cell.font = { name: FONT, family: 1, size };
      cell.alignment = { horizontal: a.table.columns[ci]?.align === 'center' ? 'center' : 'left', vertical: 'top', wrapText: true };
      cell.border = BORDER;
      if (span === 0) return;
      setText(cell, c.text);
      if (span > 1) ws.mergeCells(rowNo, ci + 1, rowNo + span - 1, ci + 1);
      else lines = Math.max(lines, wrappedLines(c.text, widths[ci]!, size));
    });
    row.height = rowHeightPt(lines, size);
    onRow();
  });
}

/** `onRow` is called for each table row written (progress). */
export async function writeXlsx(appendices: Appendix[], f: FormatSettings, title: string, onRow: () => void = () => undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PlanDesk';
  wb.title = title;
  const taken = new Set<string>();
  for (const a of appendices) addSheet(wb, a, f, taken, onRow);
  if (appendices.length === 0) {
    const ws = wb.addWorksheet('Phụ lục');
    setText(ws.getCell(1, 1), 'Văn bản không có phụ lục bảng nhiệm vụ, chỉ tiêu.');
  }
  // stored, not compressed: setNormalFont unzips and compresses the package once anyway
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return setNormalFont(new Uint8Array(stored), FONT, NORMAL_SIZE_PT);
}
