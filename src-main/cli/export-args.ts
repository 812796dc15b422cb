/** Flags of `export plan` and `export report` (CLI door). */
import { UsageError } from './args-error';

export type ExportCommand =
  | { name: 'export-plan'; planId: number; format: 'docx' | 'xlsx'; out: string; force: boolean }
  | { name: 'export-report'; planId: number; periodId: number; out: string; xlsx: string | undefined; force: boolean };

interface Flags {
  plan?: string;
  period?: string;
  format?: string;
  out?: string;
  xlsx?: string;
  force?: boolean;
}

function positiveId(value: string | undefined, flag: string, hint: string): number {
  if (value === undefined) throw new UsageError(`Thiếu --${flag} SỐ (${hint}).`);
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) throw new UsageError(`--${flag} cần một số nguyên dương, không phải "${value}".`);
  return Number(value);
}

function extension(file: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}

export function parseExportCommand(sub: string | undefined, f: Flags): ExportCommand {
  if (sub !== 'plan' && sub !== 'report') {
    throw new UsageError(sub ? `Không có lệnh "export ${sub}"; dùng "export plan" hoặc "export report".` : 'Lệnh export cần "plan" hoặc "report".');
  }
  const planId = positiveId(f.plan, 'plan', 'số kế hoạch, xem lệnh stats');
  if (!f.out) throw new UsageError(`Lệnh export ${sub} cần --out TỆP.`);
  const force = !!f.force;
  if (sub === 'plan') {
    if (f.period !== undefined || f.xlsx !== undefined) throw new UsageError('Lệnh export plan không nhận --period, --xlsx.');
    const format = f.format ?? extension(f.out);
    if (format !== 'docx' && format !== 'xlsx') throw new UsageError('--format cần "docx" hoặc "xlsx".');
    if (extension(f.out) !== format) throw new UsageError(`Tệp --out phải có đuôi .${format} cho --format ${format}.`);
    return { name: 'export-plan', planId, format, out: f.out, force };
  }
  if (f.format !== undefined) throw new UsageError('Lệnh export report không nhận --format: dùng --out TỆP.docx và --xlsx TỆP.xlsx.');
  const periodId = positiveId(f.period, 'period', 'số kỳ báo cáo của kế hoạch');
  if (extension(f.out) !== 'docx') throw new UsageError('--out của export report phải là tệp .docx.');
  if (f.xlsx !== undefined && extension(f.xlsx) !== 'xlsx') throw new UsageError('--xlsx phải là tệp .xlsx.');
  return { name: 'export-report', planId, periodId, out: f.out, xlsx: f.xlsx, force };
}
