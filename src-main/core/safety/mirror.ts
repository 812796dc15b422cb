/**
 * The mirror folder: a second place (USB drive, network share) that receives a copy of
 * every backup, so losing the machine's disk does not lose the office's work.
 */
import { accessSync, constants, copyFileSync, existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { AppError } from '../errors';
import { fsyncDir, fsyncFile, PART_SUFFIX, sidecarPath } from './backup-files';

/** A usable mirror folder: absolute, exists, is a folder, accepts a file. */
export function checkMirrorDir(dir: string): void {
  if (!isAbsolute(dir)) throw new AppError('INVALID_INPUT', `Thư mục sao chép phải là đường dẫn đầy đủ (ví dụ E:\\PlanDesk-SaoLuu), không phải "${dir}".`);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppError('INVALID_INPUT', `Không thấy thư mục ${dir}. Hãy cắm ổ USB hoặc kết nối ổ mạng, tạo thư mục rồi chọn lại.`);
  }
  const probe = join(dir, `.plandesk-probe-${process.pid}`);
  try {
    accessSync(dir, constants.W_OK);
    writeFileSync(probe, 'ok');
  } catch (e) {
    throw new AppError('IO_ERROR', `Không ghi được vào thư mục ${dir}. Hãy kiểm tra quyền ghi (ổ USB có thể đang bị khóa ghi) rồi chọn lại.`, { cause: e });
  } finally {
    rmSync(probe, { force: true });
  }
}

function copyAtomic(from: string, to: string): void {
  const tmp = `${to}${PART_SUFFIX}-${process.pid}`;
  try {
    copyFileSync(from, tmp);
    fsyncFile(tmp);
    renameSync(tmp, to);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Copy one backup and its sidecar into the mirror folder (sidecar first, like the original). */
export function mirrorBackup(file: string, mirrorDir: string): void {
  if (!existsSync(mirrorDir)) throw new Error(`Không thấy thư mục sao chép ${mirrorDir} (ổ USB hoặc ổ mạng chưa được kết nối?).`);
  try {
    const target = join(mirrorDir, basename(file));
    if (existsSync(sidecarPath(file))) copyAtomic(sidecarPath(file), sidecarPath(target));
    copyAtomic(file, target);
    fsyncDir(mirrorDir);
  } catch (e) {
    throw new Error(`Không chép được bản sao lưu sang ${mirrorDir}: ${(e as NodeJS.ErrnoException).code === 'ENOSPC' ? 'ổ đĩa đã đầy' : 'không ghi được'}.`, { cause: e });
  }
}
