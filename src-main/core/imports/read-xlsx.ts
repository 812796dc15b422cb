/**
 * .xlsx reader (exceljs): every non-empty worksheet becomes one candidate table.
 * Formulas give their cached value (and a warning at the cell); numbers are written the
 * Vietnamese way; merged ranges are kept and their covered cells left empty.
 */
import ExcelJS from 'exceljs';
import { formatVnDate } from '../vn/format';
import { AppError } from '../errors';
import { cleanCellText, CUT_MESSAGE, FORMULA_TEXT_MESSAGE, looksLikeFormula, trimTable } from './cell-text';
import { LIMITS } from './limits';
import type { CellNote, Merge, RawTable } from './types';
import { corruptFileError } from './zip-guard';

type CellValue = ExcelJS.CellValue;

function formatNumber(n: number, numFmt: string | undefined): string {
  const fmt = numFmt ?? '';
  if (fmt.includes('%')) {
    const p = Math.round(n * 100 * 1e6) / 1e6;
    return `${formatPlain(p, false)}%`;
  }
  return formatPlain(n, /#[,.]##0/.test(fmt));
}

function formatPlain(n: number, group: boolean): string {
  const rounded = Math.round(n * 1e10) / 1e10;
  const [whole = '0', frac] = String(Math.abs(rounded)).split('.');
  const sign = rounded < 0 ? '-' : '';
  const w = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  return `${sign}${w}${frac ? `,${frac}` : ''}`;
}

function dateText(d: Date): string {
  const iso = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  return formatVnDate(iso);
}

interface CellRead {
  text: string;
  note?: { severity: 'error' | 'warning'; message: string };
}

function valueText(v: CellValue, numFmt: string | undefined): CellRead {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return { text: formatNumber(v, numFmt) };
  if (typeof v === 'boolean') return { text: v ? 'Đúng' : 'Sai' };
  if (v instanceof Date) return { text: dateText(v) };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return { text: v.richText.map((r) => r.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: CellValue }).result;
      const formula = 'formula' in v ? v.formula : (v as { sharedFormula: string }).sharedFormula;
      if (result === undefined || result === null || (typeof result === 'object' && 'error' in result)) {
        return {
          text: '',
          note: {
            severity: 'error',
            message: `Ô có công thức (=${formula}) nhưng không có giá trị đã tính. Hãy mở tệp bằng Excel, để Excel tính xong rồi lưu lại; hoặc gõ giá trị vào ô.`,
          },
        };
      }
      const inner = valueText(result, numFmt);
      return {
        text: inner.text,
        note: { severity: 'warning', message: `Ô có công thức (=${formula}); PlanDesk lấy giá trị Excel đã tính: “${inner.text}”.` },
      };
    }
    if ('text' in v && typeof v.text === 'string') return { text: v.text };
    if ('text' in v && typeof v.text === 'object') return valueText(v.text as CellValue, numFmt);
    if ('error' in v) return { text: '', note: { severity: 'error', message: `Ô báo lỗi ${String(v.error)} trong Excel. Hãy sửa ô trong tệp gốc.` } };
  }
  return { text: String(v) };
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  const raw = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges ?? {};
  return Object.values(raw).map((r) => ({ top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 }));
}

function readSheet(ws: ExcelJS.Worksheet, budget: { cells: number }): RawTable | null {
  const rowCount = ws.rowCount;
  if (rowCount > LIMITS.maxRowsPerTable) {
    throw new AppError(
      'INVALID_INPUT',
      `Trang tính “${ws.name}” có ${rowCount.toLocaleString('vi-VN')} dòng, vượt giới hạn ${LIMITS.maxRowsPerTable.toLocaleString('vi-VN')} dòng. Hãy tách bảng thành nhiều tệp nhỏ hơn.`,
    );
  }
  const rows: string[][] = [];
  const notes: CellNote[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const width = Math.min(row.cellCount, LIMITS.maxColumns);
    const cells: string[] = [];
    budget.cells += width;
    if (budget.cells > LIMITS.maxCellsPerFile) {
      throw new AppError('INVALID_INPUT', 'Tệp có quá nhiều ô dữ liệu để nhập một lần. Hãy tách bảng thành nhiều tệp nhỏ hơn.');
    }
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.type === ExcelJS.ValueType.Merge) {
        cells.push('');
        continue;
      }
      const read = valueText(cell.value, cell.numFmt);
      const clean = cleanCellText(read.text);
      cells.push(clean.text);
      if (read.note) notes.push({ row: r - 1, col: c - 1, ...read.note });
      else if (typeof cell.value === 'string' && looksLikeFormula(clean.text)) {
        notes.push({ row: r - 1, col: c - 1, severity: 'warning', message: FORMULA_TEXT_MESSAGE });
      }
      if (clean.cut) notes.push({ row: r - 1, col: c - 1, severity: 'warning', message: CUT_MESSAGE });
    }
    rows.push(cells);
  }
  const trimmed = trimTable(rows);
  if (trimmed.length === 0) return null;
  const width = trimmed[0]!.length;
  const merges = mergesOf(ws)
    .filter((m) => m.top < trimmed.length && m.left < width)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, trimmed.length - 1), right: Math.min(m.right, width - 1) }));
  return {
    source: `Trang tính “${ws.name}”`,
    rows: trimmed,
    merges,
    rowNumbers: trimmed.map((_, i) => i + 1),
    notes: notes.filter((n) => n.row < trimmed.length && n.col < width),
  };
}

export async function readXlsx(buf: Uint8Array): Promise<RawTable[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw corruptFileError('Excel', e);
  }
  const budget = { cells: 0 };
  const tables: RawTable[] = [];
  for (const ws of wb.worksheets) {
    const t = readSheet(ws, budget);
    if (t) tables.push(t);
    if (tables.length > LIMITS.maxTables) break;
  }
  return tables;
}
