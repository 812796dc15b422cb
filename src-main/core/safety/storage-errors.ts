/**
 * Storage failures an officer can act on (disk full, a folder that refuses writes, a
 * damaged file, a database opened read-only) turned into clear Vietnamese messages. SQLite
 * has already rolled the transaction back when these reach us: nothing was half written.
 */
import { AppError } from '../errors';

interface CodedError {
  code?: unknown;
}

function codeOf(e: unknown): string {
  const code = (e as CodedError | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function isDiskFull(e: unknown): boolean {
  const code = codeOf(e);
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || (code === 'SQLITE_IOERR_WRITE' && /full/i.test(String((e as Error).message)));
}

export function isReadOnlyError(e: unknown): boolean {
  const code = codeOf(e);
  return code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

export const NOTHING_LOST = 'Thay đổi vừa rồi chưa được lưu; dữ liệu đã có không bị mất.';

export function readOnlyModeMessage(reason: string): string {
  return `PlanDesk đang mở dữ liệu ở chế độ chỉ đọc: ${reason} Không lưu được thay đổi.`;
}

/** The AppError for a storage failure, or null when the error is something else (a bug). */
export function storageError(e: unknown, readOnlyReason: string | null): AppError | null {
  const code = codeOf(e);
  if (isDiskFull(e)) {
    return new AppError('DISK_FULL', `Ổ đĩa chứa dữ liệu đã đầy nên không lưu được. ${NOTHING_LOST} Hãy giải phóng chỗ trống trên ổ đĩa (xóa tệp không cần, dọn Thùng rác) rồi thử lại.`, { cause: e });
  }
  if (isReadOnlyError(e)) {
    if (readOnlyReason) return new AppError('DB_READ_ONLY', readOnlyModeMessage(readOnlyReason), { cause: e });
    return new AppError(
      'DB_READ_ONLY',
      `Không ghi được vào thư mục dữ liệu (thư mục hoặc ổ đĩa chỉ cho phép đọc, ví dụ ổ USB bị khóa ghi hoặc tài khoản không có quyền ghi). ${NOTHING_LOST} Hãy cấp quyền ghi cho thư mục dữ liệu rồi thử lại.`,
      { cause: e },
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new AppError('DB_DAMAGED', `Tệp dữ liệu bị hỏng nên không đọc hoặc ghi được. ${NOTHING_LOST} Hãy vào Cài đặt → Sao lưu và khôi phục, chạy "Kiểm tra dữ liệu" và khôi phục bản sao lưu tốt gần nhất.`, { cause: e });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('CONFLICT', `Dữ liệu đang bận vì một chương trình PlanDesk khác đang ghi. ${NOTHING_LOST} Hãy đợi một lát rồi thử lại.`, { cause: e });
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new AppError('IO_ERROR', `Lỗi đọc/ghi ổ đĩa khi lưu dữ liệu. ${NOTHING_LOST} Hãy kiểm tra ổ đĩa (hoặc ổ USB, ổ mạng) rồi thử lại.`, { cause: e });
  }
  return null;
}
