/**
 * `export plan` and `export report`: the same exports.* methods as the app, written to
 * the files the officer names. An existing file is never overwritten silently: the
 * command stops (exit 3) unless --force. Both files of a report are checked before
 * either is written, and each is written to a temporary file first.
 */
import { constants, copyFileSync, existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../api/contract/methods';
import { AppError } from '../core/errors';
import type { ExportCommand } from './export-args';

export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

function checkTarget(file: string, force: boolean): void {
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppError('IO_ERROR', `Thư mục ${dir} không tồn tại. Hãy tạo thư mục trước hoặc chọn nơi khác.`);
  }
  if (existsSync(file) && !force) {
    throw new AppError('CONFLICT', `Tệp ${file} đã có; PlanDesk không ghi đè. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`);
  }
}

function writeOut(file: string, bytes: Buffer, force: boolean): void {
  const tmp = `${file}.part-${process.pid}`;
  try {
    writeFileSync(tmp, bytes);
    if (force) renameSync(tmp, file);
    else copyFileSync(tmp, file, constants.COPYFILE_EXCL);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('CONFLICT', `Tệp ${file} vừa được tạo bởi chương trình khác; PlanDesk không ghi đè.`);
    }
    throw new AppError('IO_ERROR', `Không ghi được tệp ${file}. Hãy kiểm tra quyền ghi và dung lượng ổ đĩa.`, { cause: e });
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function runExport(call: Call, command: ExportCommand): Promise<string> {
  const out = resolve(command.out);
  if (command.name === 'export-plan') {
    checkTarget(out, command.force);
    const { files } = await call('exports.plan', { planId: command.planId, format: command.format });
    writeOut(out, Buffer.from(files[0]!.base64, 'base64'), command.force);
    return `Đã ghi ${command.format === 'docx' ? 'văn bản Word' : 'phụ lục Excel'} của kế hoạch vào ${out}.\n`;
  }
  const xlsx = command.xlsx === undefined ? undefined : resolve(command.xlsx);
  if (xlsx === out) throw new AppError('INVALID_INPUT', 'Tệp Word (--out) và tệp Excel (--xlsx) phải khác nhau.');
  checkTarget(out, command.force);
  if (xlsx) checkTarget(xlsx, command.force);
  const { files } = await call('exports.report', {
    planId: command.planId,
    periodId: command.periodId,
    formats: xlsx ? ['docx', 'xlsx'] : ['docx'],
  });
  const docx = files.find((f) => f.fileName.endsWith('.docx'))!;
  writeOut(out, Buffer.from(docx.base64, 'base64'), command.force);
  let message = `Đã ghi dự thảo báo cáo vào ${out}.\n`;
  if (xlsx) {
    const sheet = files.find((f) => f.fileName.endsWith('.xlsx'))!;
    writeOut(xlsx, Buffer.from(sheet.base64, 'base64'), command.force);
    message += `Đã ghi phụ lục Excel vào ${xlsx}.\n`;
  }
  return message;
}
