/** Human-readable CLI output for periods, imports and status. */
import type { MethodOutput } from '../api/contract/methods';
import { STATUS_CODES, STATUS_LABELS } from '../core/progress/status-names';
import { formatVnDate } from '../core/vn/format';
import { PERIOD_KIND_LABELS } from '../api/contract/labels';

export function formatPeriods(periods: MethodOutput<'periods.list'>, created: number[]): string {
  if (periods.length === 0) return 'Kế hoạch chưa có kỳ báo cáo nào.';
  return periods
    .map((p) => {
      const window = p.startDate && p.endDate ? `${formatVnDate(p.startDate)} – ${formatVnDate(p.endDate)}` : 'chưa có khoảng số liệu';
      const due = p.dueDate ? `hạn ${formatVnDate(p.dueDate)}` : 'chưa có hạn';
      return `  [${p.id}] ${PERIOD_KIND_LABELS[p.kind] ?? p.kind}: ${p.label} — ${window}, ${due}${p.lockedAt ? ' (đã khóa)' : ''}${created.includes(p.id) ? ' (mới)' : ''}`;
    })
    .join('\n');
}

export function formatImport(files: MethodOutput<'progress.import.preview'>, dryRun: boolean): string {
  const lines: string[] = [];
  for (const f of files) {
    if (f.fileError) {
      lines.push(`${f.fileName}: KHÔNG NHẬN — ${f.fileError}`);
      continue;
    }
    const s = f.summary;
    lines.push(
      `${f.fileName} (${f.bodies.join('; ')}): ${dryRun ? 'sẽ ghi' : 'đã ghi'} ${s.new ?? 0} dòng mới, ${s.update ?? 0} dòng cập nhật; ${s.unchanged ?? 0} không đổi, ${s.empty ?? 0} để trống, ${s.confirm ?? 0} cần xác nhận, ${s.error ?? 0} lỗi.`,
    );
    for (const r of f.rows) {
      for (const m of r.messages.filter((x) => x.level !== 'info')) lines.push(`  - Trang "${r.sheet}", dòng ${r.rowNumber} (${r.code}): ${m.text}`);
    }
  }
  return lines.join('\n');
}

export function formatStatus(r: MethodOutput<'progress.status'>): string {
  const total = STATUS_CODES.reduce((n, s) => n + r.byStatus[s], 0);
  const lines = [`Tổng số báo cáo: ${total}`, ...STATUS_CODES.map((s) => `  ${STATUS_LABELS[s]}: ${r.byStatus[s]}`)];
  lines.push('Theo phòng, đơn vị:');
  for (const d of r.byDepartment) lines.push(`  ${d.department}: ${STATUS_CODES.map((s) => `${STATUS_LABELS[s]} ${d.byStatus[s]}`).join(', ')}`);
  lines.push(r.missing.length ? 'Chưa báo cáo đủ:' : 'Mọi đơn vị đã báo cáo đủ.');
  for (const m of r.missing) lines.push(`  ${m.organization}: thiếu ${m.items} nhiệm vụ, chỉ tiêu`);
  return lines.join('\n');
}

const ACTION_LABELS = { new: 'mới', update: 'cập nhật', unchanged: 'không đổi', error: 'LỖI' } as const;

/** A progress table in the body's own shape, row by row (the generic pipeline). */
export function formatProgressTable(file: string, r: MethodOutput<'imports.progress.preview'>, dryRun: boolean): string {
  const lines = [`Tệp: ${file} — ${r.source ?? ''}`, `  Cột: ${Object.entries(r.mapping).map(([f, h]) => `${h} → ${f}`).join('; ')}`];
  for (const row of r.rows) {
    const item = row.item ? `${row.item.table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} ${row.item.code}${row.item.by === 'title' ? ' (khớp theo tên)' : ''}` : 'không khớp';
    const status = row.status && row.status in STATUS_LABELS ? ` — ${STATUS_LABELS[row.status as keyof typeof STATUS_LABELS]}` : '';
    lines.push(`  Dòng ${row.sourceRow} [${ACTION_LABELS[row.action]}] ${item}${status}`);
    for (const m of row.messages) lines.push(`    ${m.level === 'error' ? 'LỖI' : 'cảnh báo'}: ${m.text}`);
  }
  const count = (a: keyof typeof ACTION_LABELS) => r.rows.filter((x) => x.action === a).length;
  lines.push(
    dryRun
      ? `Xem trước (chưa ghi): ${count('new')} mới, ${count('update')} cập nhật, ${count('unchanged')} không đổi, ${count('error')} lỗi.`
      : `Đã ghi ${r.imported} báo cáo tiến độ (lần nhập số ${r.batchId}).`,
  );
  return `${lines.join('\n')}\n`;
}
