/** CLI commands of data safety: backups, restore, check, package export / import. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BACKUP_REASON_LABELS, formatBytes, formatSummary, formatVnDateTime, SUMMARY_LABELS, type SummaryKey } from '../api/contract/safety-labels';
import type { MethodOutput } from '../api/contract/methods';
import { Core } from '../core/core';
import { isAppError } from '../core/errors';
import { writeFileAtomic } from '../core/safety/backup-files';
import { previewRestore, restoreBackup, restoreWithoutCore, type RestorePreview } from '../core/safety/restore';
import { MAX_PACKAGE_BYTES } from '../core/safety/package/zip';
import { call, InputError, out } from './call';

export async function runBackups(core: Core, json: boolean): Promise<number> {
  const list = await call(core, 'backups.list', {});
  if (json) {
    out(JSON.stringify(list));
    return 0;
  }
  out(`Thư mục sao lưu: ${list.dir}${list.mirrorDir ? `\nThư mục sao chép: ${list.mirrorDir}` : ''}`);
  if (!list.backups.length) out('Chưa có bản sao lưu nào.');
  for (const b of list.backups) {
    out(
      `${formatVnDateTime(b.createdAt)}  ${BACKUP_REASON_LABELS[b.reason] ?? b.reason}  ${formatBytes(b.size)}  ${formatSummary(b.summary)}${b.verified ? '' : '  (chưa kiểm tra)'}\n    ${b.name}`,
    );
  }
  return 0;
}

export async function runCheck(core: Core, json: boolean): Promise<number> {
  const r = await call(core, 'safety.check', {});
  if (json) {
    out(JSON.stringify(r));
    return r.ok ? 0 : 3;
  }
  out(`Tệp dữ liệu (integrity_check): ${r.integrity.length ? `LỖI — ${r.integrity.slice(0, 5).join('; ')}` : 'đạt'}`);
  out(`Khóa ngoại: ${r.foreignKeys.length ? `LỖI — ${r.foreignKeys.map((f) => `${f.table} → ${f.parent}: ${f.rows} dòng`).join('; ')}` : 'đạt'}`);
  out(`Bản ghi mồ côi: ${r.orphans.length ? `LỖI — ${r.orphans.map((o) => `${o.label}: ${o.rows}`).join('; ')}` : 'không có'}`);
  out(`Chỉ mục tìm kiếm: ${r.fts.length ? r.fts.map((f) => `${f.table}: ${f.ok === null ? f.message : f.ok ? 'khớp' : `LỖI — ${f.message}`}`).join('; ') : 'không có chỉ mục toàn văn'}`);
  out(r.ok ? 'Kết luận: dữ liệu toàn vẹn.' : 'Kết luận: dữ liệu có lỗi. Hãy khôi phục bản sao lưu tốt gần nhất (lệnh backups, rồi restore TỆP).');
  return r.ok ? 0 : 3;
}

function printComparison(p: RestorePreview): void {
  out(`Bản sao lưu: ${p.file}${p.createdAt ? ` (${formatVnDateTime(p.createdAt)}${p.reason ? `, ${BACKUP_REASON_LABELS[p.reason]}` : ''})` : ''}`);
  out(`${'Nội dung'.padEnd(20)}${'Bản sao lưu'.padStart(14)}${'Hiện tại'.padStart(12)}`);
  for (const key of Object.keys(SUMMARY_LABELS) as SummaryKey[]) {
    out(`${SUMMARY_LABELS[key].padEnd(20)}${String(p.backup[key]).padStart(14)}${(p.current ? String(p.current[key]) : '?').padStart(12)}`);
  }
}

/** Restore: with the core when the current database opens (even read-only), without it when it does not. */
export async function runRestore(dataDir: string, file: string): Promise<number> {
  const source = resolve(file);
  let core: Core | undefined;
  try {
    core = Core.open({ dataDir, backups: false });
  } catch (e) {
    if (!isAppError(e) || !['DB_OPEN_FAILED', 'DB_DAMAGED'].includes(e.code)) throw e;
    out(`Dữ liệu hiện tại không mở được (${e.message.split('. ')[0]}); khôi phục thay thế toàn bộ.`);
  }
  try {
    if (core) {
      printComparison(await previewRestore(core, source));
      const r = await restoreBackup(core, source);
      out(`Đã sao lưu dữ liệu trước khi khôi phục: ${r.safetyBackup}.\nĐã khôi phục dữ liệu từ ${source}: ${formatSummary(r.summary)}.`);
    } else {
      const r = restoreWithoutCore(dataDir, source);
      out(`${r.safetyBackup ? `Đã giữ bản chép nguyên trạng của dữ liệu hỏng: ${r.safetyBackup}.\n` : ''}Đã khôi phục dữ liệu từ ${source}: ${formatSummary(r.summary)}.`);
    }
    return 0;
  } finally {
    core?.close();
  }
}

export async function runPackageExport(core: Core, planIds: number[], target: string): Promise<number> {
  const file = resolve(target);
  if (!existsSync(dirname(file))) throw new InputError(`Thư mục ${dirname(file)} không tồn tại. Hãy tạo thư mục trước hoặc chọn nơi khác.`);
  const r = await call(core, 'packages.export', { planIds });
  writeFileAtomic(file, Buffer.from(r.base64, 'base64'));
  out(`Đã xuất ${r.plans} kế hoạch (${r.tasks} nhiệm vụ, ${r.progressEntries} kết quả thực hiện) vào ${file} (${formatBytes(r.size)}).`);
  return 0;
}

function readPackageFile(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`Không tìm thấy tệp ${file}.`);
  if (statSync(file).size > MAX_PACKAGE_BYTES) throw new InputError('Tệp quá lớn để là một gói kế hoạch PlanDesk (trên 200 MB).');
  return readFileSync(file).toString('base64');
}

function printPreview(p: MethodOutput<'packages.preview'>): void {
  out(`Gói từ: ${[p.source.office, p.source.machineName].filter(Boolean).join(' — ')}, xuất lúc ${formatVnDateTime(p.source.createdAt)} (PlanDesk ${p.source.appVersion})`);
  for (const plan of p.plans) out(`  Kế hoạch ${plan.numberSymbol ?? '(chưa có số)'} — ${plan.title}${plan.exists ? ' (đã có trên máy này)' : ' (mới)'}`);
  out(`${'Loại'.padEnd(20)}${'Mới'.padStart(6)}${'Đổi ở nơi gửi'.padStart(15)}${'Xung đột'.padStart(10)}${'Đổi ở đây'.padStart(11)}${'Giống'.padStart(8)}`);
  for (const c of p.counts) {
    out(`${c.label.padEnd(20)}${String(c.new).padStart(6)}${String(c.theirsNewer).padStart(15)}${String(c.conflicts).padStart(10)}${String(c.oursNewer).padStart(11)}${String(c.same).padStart(8)}`);
  }
  for (const c of p.conflicts.slice(0, 20)) {
    out(`  Xung đột — ${c.label}`);
    for (const f of c.fields) out(`      ${f.label}: máy này "${f.ours}" | trong gói "${f.theirs}"`);
  }
  if (p.conflicts.length > 20) out(`  ... và ${p.conflicts.length - 20} xung đột khác.`);
  for (const w of p.warnings) out(`Lưu ý: ${w}`);
}

export async function runPackageImport(core: Core, target: string, dryRun: boolean, json: boolean): Promise<number> {
  const file = resolve(target);
  const base64 = readPackageFile(file);
  const fileName = file.split(/[\\/]/).pop()!;
  const preview = await call(core, 'packages.preview', { fileName, base64 });
  if (!json) printPreview(preview);
  if (dryRun) {
    if (json) out(JSON.stringify({ preview, result: null }));
    else out('Chạy thử (--dry-run): không ghi gì vào dữ liệu.');
    return 0;
  }
  const result = await call(core, 'packages.import', { fileName, base64, expectedSha256: preview.fileSha256, takeTheirs: [] });
  if (json) out(JSON.stringify({ preview, result }));
  else {
    out(
      `Đã nhập gói (lần nhập số ${result.importId}): ${result.inserted} bản ghi mới, ${result.updated} bản ghi cập nhật, ${result.conflictsKept} xung đột giữ giá trị trên máy này.` +
        (result.conflictsKept ? ' Để chọn giá trị trong gói cho từng trường, hãy nhập gói trong Cài đặt → Sao lưu và khôi phục.' : ''),
    );
  }
  return 0;
}
