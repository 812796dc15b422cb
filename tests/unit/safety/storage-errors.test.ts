import { describe, expect, it } from 'vitest';
import { storageError } from '../../../src-main/core/safety/storage-errors';

const err = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('storage failures become messages an officer can act on', () => {
  it.each([
    ['SQLITE_FULL', 'DISK_FULL', /Ổ đĩa chứa dữ liệu đã đầy.*không bị mất/],
    ['ENOSPC', 'DISK_FULL', /giải phóng chỗ trống/],
    ['SQLITE_READONLY', 'DB_READ_ONLY', /chỉ cho phép đọc.*không bị mất/],
    ['SQLITE_READONLY_DBMOVED', 'DB_READ_ONLY', /quyền ghi/],
    ['EROFS', 'DB_READ_ONLY', /quyền ghi/],
    ['SQLITE_CORRUPT', 'DB_DAMAGED', /bị hỏng.*khôi phục/],
    ['SQLITE_BUSY', 'CONFLICT', /đang bận/],
    ['SQLITE_IOERR_WRITE', 'IO_ERROR', /Lỗi đọc\/ghi ổ đĩa/],
  ])('%s → %s', (code, expected, message) => {
    const e = storageError(err(code), null);
    expect(e?.code).toBe(expected);
    expect(e?.message).toMatch(message);
  });

  it('a write refused in read-only mode says why the database is read-only and what to do', () => {
    const e = storageError(err('SQLITE_READONLY'), 'tệp dữ liệu không qua được kiểm tra toàn vẹn khi mở.');
    expect(e?.message).toMatch(/chế độ chỉ đọc: tệp dữ liệu không qua được kiểm tra toàn vẹn.*Không lưu được thay đổi/);
  });

  it('anything else is not a storage failure (a bug: reported as INTERNAL elsewhere)', () => {
    expect(storageError(new TypeError('x is undefined'), null)).toBeNull();
    expect(storageError(err('SQLITE_CONSTRAINT_UNIQUE'), null)).toBeNull();
  });
});
