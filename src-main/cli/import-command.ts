/**
 * `import FILE [--dry-run] [--json] [--plan ID] [--kind K]`: the import bridge for scripts,
 * tests and benchmarks, through the same handler table as the app. A dry run writes
 * nothing and prints the report of issue 5; otherwise every task or target table of the
 * file is committed into plan ID as one undoable batch per table.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../api/contract/methods';
import { unpackAnalysis } from '../api/contract/imports-lean';
import type { ImportAnalysis } from '../api/contract/imports-schemas';
import { AppError } from '../core/errors';
import { toDryRun } from '../core/imports/dry-run';
import type { Command } from './args';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
type ImportCommand = Extract<Command, { name: 'import' }>;
type Analysis = ImportAnalysis;

const KIND_LABEL = { tasks: 'nhiệm vụ', targets: 'chỉ tiêu', progress: 'tiến độ' } as const;

function readInput(file: string): Uint8Array {
  const path = resolve(file);
  if (!existsSync(path)) throw new AppError('INVALID_INPUT', `Không tìm thấy tệp ${file}. Hãy kiểm tra lại đường dẫn.`);
  if (!statSync(path).isFile()) throw new AppError('INVALID_INPUT', `${file} là thư mục, không phải tệp. Hãy chỉ ra tệp .xlsx hoặc .docx.`);
  return readFileSync(path);
}

function summary(a: Analysis): string {
  const lines = [`Tệp: ${a.file.name} (${a.file.format}, ${Math.max(1, Math.round(a.file.size / 1024))} KB)`];
  for (const t of a.tables) {
    if (!t.kind) {
      lines.push(`- ${t.source}: không nhận ra bảng dữ liệu (bỏ qua)`);
      continue;
    }
    const errors = t.issues.filter((i) => i.severity === 'error').length;
    lines.push(
      `- ${t.source}: bảng ${KIND_LABEL[t.kind]}, ${t.rows.length} dòng, tiêu đề ở dòng ${t.headerRows.join(', ')}; ${errors} lỗi, ${t.issues.length - errors} cảnh báo`,
    );
    lines.push(`  Cột: ${t.columns.filter((c) => c.field).map((c) => `${c.header} → ${c.field}`).join('; ')}`);
    for (const i of t.issues.slice(0, 20)) lines.push(`  Dòng ${i.row} [${i.field}] ${i.severity === 'error' ? 'LỖI' : 'cảnh báo'}: ${i.message}`);
    if (t.issues.length > 20) lines.push(`  … và ${t.issues.length - 20} vấn đề khác (dùng --json để xem tất cả)`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runImport(cmd: ImportCommand, call: Call): Promise<void> {
  const bytes = readInput(cmd.file);
  if (cmd.planId !== undefined) await call('plans.get', { id: cmd.planId });
  const analysis = unpackAnalysis(
    await call('imports.analyze', {
      fileName: basename(cmd.file),
      dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      ...(cmd.kind ? { kind: cmd.kind } : {}),
    }),
  );
  const usable = analysis.tables.filter((t) => t.kind !== null);
  if (!usable.length) {
    const what = cmd.kind ? `bảng ${KIND_LABEL[cmd.kind]}` : 'bảng nhiệm vụ, chỉ tiêu hay tiến độ';
    throw new AppError('INVALID_INPUT', `Không nhận ra ${what} nào trong tệp ${basename(cmd.file)} (không thấy dòng tiêu đề như TT, Tên nhiệm vụ, Chỉ tiêu). Hãy mở trong ứng dụng để chọn dòng tiêu đề và gán cột.`);
  }
  if (cmd.dryRun) {
    process.stdout.write(cmd.json ? `${JSON.stringify(toDryRun(cmd.file, analysis))}\n` : summary(analysis));
    return;
  }
  const writable = usable.filter((t) => t.kind === 'tasks' || t.kind === 'targets');
  if (!writable.length) throw new AppError('INVALID_INPUT', 'Tệp chỉ có bảng tiến độ. Phiên bản này đọc và kiểm tra được bảng tiến độ (dùng --dry-run) nhưng chưa ghi tiến độ từ tệp vào kỳ báo cáo; hãy nhập tiến độ trong ứng dụng.');
  for (const t of writable) {
    const errors = t.issues.filter((i) => i.severity === 'error');
    if (errors.length) {
      throw new AppError('INVALID_INPUT', `${t.source} còn ${errors.length} lỗi (dòng ${errors[0]!.row}: ${errors[0]!.message}) Chưa ghi gì; hãy sửa tệp hoặc nhập trong ứng dụng.`);
    }
  }
  const batches = [];
  for (const t of writable) {
    const mapping: Record<string, string> = {};
    for (const c of t.columns) if (c.field) mapping[c.field] = c.header;
    const r = await call('imports.commit', {
      planId: cmd.planId!,
      kind: t.kind as 'tasks' | 'targets',
      records: t.rows.map((row) => row.record),
      file: analysis.file,
      source: t.source,
      mapping,
    });
    batches.push({ batchId: r.batchId, source: t.source, kind: t.kind, counts: r.counts });
  }
  if (cmd.json) process.stdout.write(`${JSON.stringify({ file: cmd.file, planId: cmd.planId, batches })}\n`);
  else {
    for (const b of batches) {
      process.stdout.write(
        `Đã nhập ${b.source} vào kế hoạch ${cmd.planId} (lần nhập số ${b.batchId}): ${b.counts.new} mới, ${b.counts.changed} thay đổi, ${b.counts.unchanged} không đổi; ${b.counts.missing} dòng của kế hoạch không có trong tệp được giữ nguyên.\n`,
      );
    }
  }
}
