/**
 * The current view of a list as an Excel workbook (exceljs): a title, the view in words,
 * one header row, then the rows in the order on screen (with group rows when grouped).
 * Every text cell is written as a string, never as a formula: a task title that starts
 * with = + - @ stays the text the officer typed.
 */
import ExcelJS from 'exceljs';
import type { Sql } from '../db/exec';
import { getOfficeIdentity } from '../settings/office';
import { formatVnDate } from '../vn/format';
import { describeView } from './describe-view';
import { PROGRESS_STATUS_LABELS } from './labels';
import { listGroups } from './service';
import { targetDepartments, targetRows } from './target-list';
import { taskOrgs, taskRows } from './task-list';
import type { ListPage, ListViewState, ProgressStatus } from './view-state';

interface Column {
  header: string;
  width: number;
  /** Excel number format for numbers and dates */
  numFmt?: string;
}

type Cell = string | number | Date | null;

const TASK_COLUMNS: Column[] = [
  { header: 'STT', width: 6 },
  { header: 'Kế hoạch', width: 18 },
  { header: 'Mã', width: 8 },
  { header: 'Tên nhiệm vụ', width: 48 },
  { header: 'Cơ quan chủ trì', width: 20 },
  { header: 'Cơ quan phối hợp', width: 24 },
  { header: 'Kết quả (sản phẩm)', width: 24 },
  { header: 'Thời gian hoàn thành', width: 16 },
  { header: 'Hạn chót', width: 12, numFmt: 'dd/mm/yyyy' },
  { header: 'Phòng phụ trách', width: 24 },
  { header: 'Kinh phí', width: 16 },
  { header: 'Kinh phí (đồng)', width: 18, numFmt: '#,##0' },
  { header: 'Nguồn kinh phí', width: 14 },
  { header: 'Tình trạng', width: 16 },
];

const TARGET_COLUMNS: Column[] = [
  { header: 'STT', width: 6 },
  { header: 'Kế hoạch', width: 16 },
  { header: 'Mã', width: 8 },
  { header: 'Chỉ tiêu', width: 56 },
  { header: 'Đơn vị tính', width: 14 },
  { header: 'Kết quả (chỉ tiêu)', width: 26 },
  { header: 'Mốc năm', width: 10 },
  { header: 'Phòng chủ trì', width: 30 },
  { header: 'Tình trạng', width: 16 },
];

const CHUNK = 2000;
const LINE_POINTS = 15;

/**
 * Row height for wrapped text: spreadsheet programs do not re-measure rows on opening, so
 * estimate the lines each cell needs in its column (about 1.25 characters per width unit
 * at 11 pt) and take the tallest.
 */
function rowHeight(values: Cell[], columns: Column[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || !v) return;
    const perLine = Math.max(4, Math.floor((columns[i]?.width ?? 10) * 1.25));
    const n = v.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  return Math.min(409, lines * LINE_POINTS + 4);
}

function isoToDate(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** The plan's number, or for a draft the start of its summary. */
const planCell = (r: { planNumber: string | null; planSummary: string }) =>
  r.planNumber ?? `KH dự thảo: ${r.planSummary.length > 48 ? `${r.planSummary.slice(0, r.planSummary.lastIndexOf(' ', 47))}…` : r.planSummary}`;
const statusCell = (s: string) => PROGRESS_STATUS_LABELS[s as ProgressStatus] ?? s;
const orgNames = (list: Array<{ name: string; shortName: string | null; partNote?: string | null }>) =>
  list.map((o) => `${o.shortName ?? o.name}${o.partNote ? ` (${o.partNote})` : ''}`).join('; ');

function* taskCells(sql: Sql, state: ListViewState, group: number): Generator<Cell[]> {
  const g = state.groupBy === 'none' ? undefined : { by: state.groupBy, key: group };
  for (let offset = 0; ; offset += CHUNK) {
    const rows = taskRows(sql, state.filter, state.sort, g, offset, CHUNK);
    const orgs = taskOrgs(sql, rows.map((r) => r.id));
    for (const r of rows) {
      const depts = orgs.departments.filter((d) => d.taskId === r.id);
      yield [
        planCell(r),
        r.code,
        r.title,
        r.leadText,
        r.coordinatingText,
        r.output,
        r.deadlineText,
        isoToDate(r.deadlineEnd),
        depts.length ? orgNames(depts) : r.departmentsText,
        r.budgetText,
        r.budgetDong,
        r.fundingSource,
        statusCell(r.status),
      ];
    }
    if (rows.length < CHUNK) return;
  }
}

function* targetCells(sql: Sql, state: ListViewState, group: number): Generator<Cell[]> {
  const g = state.groupBy === 'none' ? undefined : { by: state.groupBy, key: group };
  for (let offset = 0; ; offset += CHUNK) {
    const rows = targetRows(sql, state.filter, state.sort, g, offset, CHUNK);
    const depts = targetDepartments(sql, rows.map((r) => r.id));
    for (const r of rows) {
      const own = depts.filter((d) => d.targetId === r.id);
      yield [planCell(r), r.code, r.name, r.unit, r.targetText, r.horizonYear, own.length ? orgNames(own) : r.departmentsText, statusCell(r.status)];
    }
    if (rows.length < CHUNK) return;
  }
}

export async function exportListXlsx(sql: Sql, page: ListPage, state: ListViewState, today = new Date()) {
  const columns = page === 'tasks' ? TASK_COLUMNS : TARGET_COLUMNS;
  const office = getOfficeIdentity(sql);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PlanDesk';
  const title = page === 'tasks' ? 'DANH SÁCH NHIỆM VỤ' : 'DANH SÁCH CHỈ TIÊU';
  const ws = wb.addWorksheet(page === 'tasks' ? 'Nhiệm vụ' : 'Chỉ tiêu', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  const font = { name: 'Times New Roman', size: 12 };
  const banner = (row: number, text: string, style: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  banner(1, `${office.agency}`, { bold: true, size: 12 });
  banner(2, title, { bold: true, size: 14 });
  banner(3, describeView(sql, page, state), { italic: true, size: 11 });
  ws.getRow(3).height = 34;
  ws.getRow(5).height = 32;
  banner(4, `Xuất từ PlanDesk ngày ${formatVnDate(today.toISOString().slice(0, 10))}`, { italic: true, size: 10, color: { argb: 'FF555555' } });

  const border = { style: 'thin' as const, color: { argb: 'FF808080' } };
  const borders = { top: border, left: border, bottom: border, right: border };
  const header = ws.getRow(5);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true, size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = borders;
  });
  ws.pageSetup.printTitlesRow = '5:5';

  const { groups } = listGroups(sql, page, state);
  let n = 0;
  for (const g of groups) {
    if (state.groupBy !== 'none') {
      const row = ws.addRow([`${g.label} (${g.count})`]);
      ws.mergeCells(row.number, 1, row.number, last);
      const cell = row.getCell(1);
      cell.font = { ...font, bold: true, size: 11 };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F5F9' } };
      cell.border = borders;
    }
    for (const cells of page === 'tasks' ? taskCells(sql, state, g.key) : targetCells(sql, state, g.key)) {
      n++;
      const values = [n, ...cells.map((v) => v ?? '')];
      const row = ws.addRow(values);
      row.height = rowHeight(values, columns);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.font = { ...font, size: 11 };
        cell.border = borders;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 ? 'center' : undefined };
        const fmt = columns[col - 1]?.numFmt;
        if (fmt && (typeof cell.value === 'number' || cell.value instanceof Date)) cell.numFmt = fmt;
      });
    }
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const stamp = today.toISOString().slice(0, 10).replace(/-/g, '');
  return { fileName: `${page === 'tasks' ? 'nhiem-vu' : 'chi-tieu'}-${stamp}.xlsx`, bytes, rows: n };
}
