/**
 * A small reader for returned templates: checks the bytes are a sane .xlsx (size, zip
 * signature, declared uncompressed size against zip bombs), loads it with exceljs and
 * flattens every sheet to plain cell values. All interpretation happens in interpret.ts.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { AppError } from '../../errors';

export type Cell = string | number | boolean | Date | null;

export interface ReadSheet {
  name: string;
  state: string;
  rows: Array<{ n: number; cells: Cell[] }>;
}

export interface ReadBook {
  sheets: ReadSheet[];
}

const MAX_FILE = 20 * 1024 * 1024;
const MAX_UNZIPPED = 200 * 1024 * 1024;

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return null;
  }
  return null;
}

export function checkXlsxBytes(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new AppError('IO_ERROR', `Tệp ${fileName} rỗng (0 byte). Hãy xin đơn vị gửi lại tệp.`);
  if (bytes.length > MAX_FILE) throw new AppError('IO_ERROR', `Tệp ${fileName} lớn hơn 20 MB, không giống một biểu mẫu tiến độ. Hãy kiểm tra lại tệp.`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    const pdf = bytes[0] === 0x25 && bytes[1] === 0x50;
    throw new AppError(
      'IO_ERROR',
      `Tệp ${fileName} không phải tệp Excel (.xlsx)${pdf ? ' mà là tệp PDF đổi tên' : ''}. Hãy mở biểu mẫu bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)".`,
    );
  }
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        return false;
      },
    });
  } catch (e) {
    throw new AppError('IO_ERROR', `Tệp ${fileName} bị hỏng (không giải nén được). Hãy mở bằng Excel, lưu lại rồi gửi lại.`, { cause: e });
  }
  if (total > MAX_UNZIPPED) throw new AppError('IO_ERROR', `Tệp ${fileName} khi giải nén quá lớn (trên 200 MB): không phải biểu mẫu tiến độ. PlanDesk không mở tệp này.`);
}

export async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<ReadBook> {
  checkXlsxBytes(bytes, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('IO_ERROR', `Không đọc được tệp ${fileName} như một bảng tính Excel. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.`, { cause: e });
  }
  const sheets: ReadSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: ReadSheet['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellValue(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      rows.push({ n, cells });
    });
    sheets.push({ name: ws.name, state: ws.state, rows });
  });
  return { sheets };
}
