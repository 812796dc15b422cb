/** Any file → candidate tables: sniff what it really is, guard the zip, read it. */
import { AppError } from '../errors';
import { LIMITS } from './limits';
import { readDocx } from './read-docx';
import { readXlsx } from './read-xlsx';
import { sniffFile } from './sniff';
import type { RawTable } from './types';

export interface ReadResult {
  format: 'xlsx' | 'docx';
  tables: RawTable[];
}

export async function readTables(buf: Uint8Array, fileName: string): Promise<ReadResult> {
  if (buf.length > LIMITS.maxFileBytes) {
    throw new AppError(
      'INVALID_INPUT',
      `Tệp nặng ${Math.round(buf.length / 1024 / 1024)} MB, vượt giới hạn ${LIMITS.maxFileBytes / 1024 / 1024} MB cho một lần nhập. Hãy chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.`,
    );
  }
  const sniffed = sniffFile(buf, fileName);
  if (sniffed.format === 'xlsx') {
    const tables = readXlsx(sniffed.zip);
    if (!tables.length) throw new AppError('INVALID_INPUT', 'Tệp Excel không có dữ liệu (các trang tính đều trống). Hãy kiểm tra đã chọn đúng tệp và đã lưu bảng trước khi gửi.');
    return { format: 'xlsx', tables };
  }
  const tables = readDocx(sniffed.zip);
  if (!tables.length) {
    throw new AppError(
      'INVALID_INPUT',
      'Tệp Word không có bảng nào. PlanDesk nhập dữ liệu từ bảng (Insert → Table); nếu danh mục được gõ bằng dấu tab hoặc là ảnh chụp, hãy chuyển thành bảng rồi nhập lại.',
    );
  }
  return { format: 'docx', tables };
}
