/**
 * Write a collection template (exceljs): an instructions sheet in Vietnamese, one sheet of
 * tasks and one of targets per reporting body, a very hidden metadata sheet naming plan,
 * period and bodies. Key and text columns are locked (sheet protection without a password:
 * a guard against slips, not a secret), result columns are yellow and editable, status and
 * "Đạt / Không đạt" are drop-downs, dates are validated dd/mm/yyyy. A4 landscape, header
 * row repeated on every printed page.
 */
import ExcelJS from 'exceljs';
import { formatVnDate } from '../../vn/format';
import { STATUS_CODES, STATUS_LABELS } from '../status-names';
import type { BodyContent, Prefill, TemplateContent } from './content';
import { rowKey } from './keys';
import { HEADER_ROW, MET_WORDS, META_FORMAT, META_SHEET, TARGET_COLUMNS, TASK_COLUMNS, type Column } from './layout';
import { writeInstructions } from './instructions';

const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'Times New Roman';

function isoToDate(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Printed lines a wrapped text takes in a column (row heights are not auto-fitted by every reader). */
export function estimateLines(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.35));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function sheetName(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  let name = clean.slice(0, 31);
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function prefillValue(col: Column, p: Prefill | null): ExcelJS.CellValue {
  if (!p) return null;
  switch (col.field) {
    case 'status':
      return p.status;
    case 'result':
      return p.result;
    case 'completed':
      return isoToDate(p.completed);
    case 'actual':
      return p.actual;
    case 'met':
      return p.met === null ? null : p.met ? MET_WORDS[0]! : MET_WORDS[1]!;
    case 'evidenceNumber':
      return p.evidenceNumber;
    case 'evidenceDate':
      return isoToDate(p.evidenceDate);
    case 'note':
      return p.note;
    default:
      return null;
  }
}

function validation(col: Column): ExcelJS.DataValidation | null {
  switch (col.kind) {
    case 'status':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`'${META_SHEET}'!$H$2:$H$${STATUS_CODES.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Trạng thái không có trong danh sách',
        error: 'Hãy chọn một trạng thái trong danh sách thả xuống.',
      };
    case 'met':
      return { type: 'list', allowBlank: true, formulae: [`'${META_SHEET}'!$I$2:$I$3`], showErrorMessage: true, error: 'Hãy chọn Đạt hoặc Không đạt.' };
    case 'date':
      return {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        showErrorMessage: true,
        errorTitle: 'Ngày không hợp lệ',
        error: 'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 10/04/2026.',
        showInputMessage: true,
        promptTitle: 'Ngày',
        prompt: 'dd/mm/yyyy, ví dụ 10/04/2026',
      };
    case 'number':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e15, 1e15], showErrorMessage: true, error: 'Hãy nhập một số (dấu phẩy thập phân), ví dụ 86,5.' };
    default:
      return null;
  }
}

interface SheetSpec {
  name: string;
  table: 'task' | 'target';
  body: BodyContent;
}

function addDataSheet(wb: ExcelJS.Workbook, c: TemplateContent, spec: SheetSpec): void {
  const cols = spec.table === 'task' ? TASK_COLUMNS : TARGET_COLUMNS;
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: `&L${spec.body.name}&RTrang &P/&N` },
  });
  ws.columns = cols.map((col) => ({ width: col.width, hidden: !!col.hidden }));
  const last = cols.length;
  const title = spec.table === 'task' ? 'BIỂU CẬP NHẬT TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ' : 'BIỂU CẬP NHẬT KẾT QUẢ THỰC HIỆN CHỈ TIÊU';
  const window = c.period.startDate && c.period.endDate ? ` (số liệu từ ${formatVnDate(c.period.startDate)} đến ${formatVnDate(c.period.endDate)})` : '';
  const due = c.period.dueDate ? ` — Hạn gửi: ${formatVnDate(c.period.dueDate)}` : '';
  const lines = [title, `Kế hoạch: ${c.plan.numberSymbol ? `${c.plan.numberSymbol} — ` : ''}${c.plan.title}`, `Đơn vị báo cáo: ${spec.body.name} — Kỳ báo cáo: ${c.period.label}${window}${due}`];
  lines.forEach((text, i) => {
    ws.mergeCells(i + 1, 2, i + 1, last);
    const cell = ws.getCell(i + 1, 2);
    cell.value = text;
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0, italic: i > 0 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(i + 1).height = i === 0 ? 22 : 30;
  });
  const header = ws.getRow(HEADER_ROW);
  cols.forEach((col, i) => {
    const cell = header.getCell(i + 1);
    cell.value = col.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = col.editable ? { ...EDITABLE_FILL } : HEADER_FILL;
    cell.border = THIN;
  });
  header.height = 45;
  const items = spec.table === 'task' ? spec.body.tasks : spec.body.targets;
  items.forEach((item, n) => {
    const row = ws.getRow(HEADER_ROW + 1 + n);
    let lines = 1;
    cols.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      let value: ExcelJS.CellValue = null;
      if (col.field === 'key') value = rowKey(c.plan.id, spec.table, item.id);
      else if (col.field === 'code') value = item.code;
      else if (col.field === 'title') value = 'partNote' in item && item.partNote ? `${item.title}\n(Phần việc của đơn vị: ${item.partNote})` : item.title;
      else if (col.field === 'deadline' && 'deadline' in item) value = item.deadline;
      else if (col.field === 'output' && 'output' in item) value = item.output;
      else if (col.field === 'unit' && 'unit' in item) value = item.unit;
      else if (col.field === 'target' && 'target' in item) value = item.target;
      else if (col.editable) value = prefillValue(col, item.prefill);
      cell.value = value;
      if (typeof value === 'string' && !col.hidden) lines = Math.max(lines, estimateLines(value, col.width));
      cell.font = { name: FONT, size: 11 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: col.field === 'code' ? 'center' : 'left' };
      cell.border = THIN;
      if (col.kind === 'date') cell.numFmt = 'dd/mm/yyyy';
      if (col.kind === 'number') cell.numFmt = '#,##0.##';
      if (col.editable) {
        cell.protection = { locked: false };
        cell.fill = { ...EDITABLE_FILL };
      }
    });
    row.height = Math.min(409, lines * 15 + 4);
  });
  // one validation per column range: exceljs' per-cell validations come out as overlapping ranges (F10:F11 and F5:F11)
  if (items.length) {
    cols.forEach((col, i) => {
      const v = col.editable ? validation(col) : null;
      if (!v) return;
      const letter = ws.getColumn(i + 1).letter;
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + items.length}`,
        v,
      );
    });
  }
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertColumns: true,
    sort: true,
    autoFilter: true,
  });
}

function addMetaSheet(wb: ExcelJS.Workbook, c: TemplateContent, specs: SheetSpec[], generatedAt: string): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const pairs: Array<[string, ExcelJS.CellValue]> = [
    ['format', META_FORMAT],
    ['version', 1],
    ['planId', c.plan.id],
    ['planTitle', c.plan.title],
    ['periodId', c.period.id],
    ['periodLabel', c.period.label],
    ['generatedAt', generatedAt],
  ];
  pairs.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
  });
  ws.getCell(9, 1).value = 'sheet';
  ws.getCell(9, 2).value = 'table';
  ws.getCell(9, 3).value = 'orgId';
  ws.getCell(9, 4).value = 'orgName';
  specs.forEach((s, i) => {
    ws.getCell(10 + i, 1).value = s.name;
    ws.getCell(10 + i, 2).value = s.table;
    ws.getCell(10 + i, 3).value = s.body.orgId;
    ws.getCell(10 + i, 4).value = s.body.name;
  });
  ws.getCell(1, 8).value = 'Trạng thái';
  STATUS_CODES.forEach((code, i) => (ws.getCell(2 + i, 8).value = STATUS_LABELS[code]));
  ws.getCell(1, 9).value = 'Đánh giá';
  MET_WORDS.forEach((w, i) => (ws.getCell(2 + i, 9).value = w));
}

export async function writeTemplate(c: TemplateContent, generatedAt: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PlanDesk';
  wb.created = new Date(generatedAt);
  const used = new Set<string>(['hướng dẫn', META_SHEET.toLowerCase()]);
  const single = c.bodies.length === 1;
  const specs: SheetSpec[] = [];
  for (const body of c.bodies) {
    const short = body.shortName ?? body.name;
    if (body.tasks.length) specs.push({ name: sheetName(single ? 'Nhiệm vụ' : `NV ${short}`, used), table: 'task', body });
    if (body.targets.length) specs.push({ name: sheetName(single ? 'Chỉ tiêu' : `CT ${short}`, used), table: 'target', body });
  }
  writeInstructions(wb.addWorksheet('Hướng dẫn', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }), c, specs.map((s) => s.name));
  for (const s of specs) addDataSheet(wb, c, s);
  addMetaSheet(wb, c, specs, generatedAt);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
