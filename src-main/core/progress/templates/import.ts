/**
 * Returned templates → progress entries. `previewTemplateImport` reads every file and shows,
 * row by row, what would be created or changed and every problem at its row; nothing is
 * written. `commitTemplateImport` takes a backup, then in ONE transaction re-checks and
 * writes every acceptable row, each file recorded as its own import batch.
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '../../audit/service';
import type { Core } from '../../core';
import type { Sql } from '../../db/exec';
import { AppError, isAppError } from '../../errors';
import { requirePeriod } from '../../periods/service';
import { formatVnDate, formatVnNumber } from '../../vn/format';
import { entryChanges, prepareEntry, writeEntry, type EntryField, type PreparedEntry } from '../entries';
import { listExpected } from '../expected';
import { insertImportBatch, listPlanItems, setImportBatchCounts } from '../repository';
import { STATUS_LABELS, CLAIM_LABELS, type Claim, type StatusCode } from '../status-names';
import { interpretBook, type InterpretContext, type RowMessage } from './interpret';
import { readMeta } from './meta';
import { readWorkbook, type ReadBook } from './read';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  periodId: number;
  /** the day the files were received (ISO): decides on time / late against the due date */
  receivedDate: string;
  acceptSuggestions: boolean;
  today: string;
}

export type RowAction = 'new' | 'update' | 'unchanged' | 'empty' | 'error' | 'confirm';

export interface PreviewRow {
  sheet: string;
  rowNumber: number;
  orgName: string;
  table: 'task' | 'target';
  code: string;
  title: string;
  action: RowAction;
  status: StatusCode | null;
  changes: Array<{ field: string; label: string; before: string; after: string }>;
  messages: RowMessage[];
}

export interface FilePreview {
  fileName: string;
  fileError: string | null;
  planTitle: string | null;
  periodLabel: string | null;
  bodies: string[];
  rows: PreviewRow[];
  summary: Record<RowAction, number>;
}

interface Analysed extends FilePreview {
  sha256: string;
  prepared: Array<{ row: PreviewRow; entry: PreparedEntry }>;
}

const FIELD_LABELS: Partial<Record<EntryField, string>> = {
  status: 'Trạng thái',
  reported_status: 'Đơn vị ghi',
  result_text: 'Kết quả thực hiện',
  actual_value: 'Giá trị thực hiện',
  met: 'Đánh giá',
  completed_date: 'Ngày hoàn thành',
  evidence_number: 'Văn bản minh chứng',
  evidence_date: 'Ngày văn bản',
  note: 'Ghi chú',
};

function show(field: EntryField, v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (field === 'status') return STATUS_LABELS[v as StatusCode] ?? String(v);
  if (field === 'reported_status') return CLAIM_LABELS[v as Claim] ?? String(v);
  if (field === 'met') return v === 1 ? 'Đạt' : 'Không đạt';
  if (field === 'actual_value') return formatVnNumber(v as number);
  if (field.endsWith('_date')) return formatVnDate(v as string);
  return String(v);
}

function emptySummary(): Record<RowAction, number> {
  return { new: 0, update: 0, unchanged: 0, empty: 0, error: 0, confirm: 0 };
}

function fileFailure(name: string, sha256: string, message: string): Analysed {
  return { fileName: name, sha256, fileError: message, planTitle: null, periodLabel: null, bodies: [], rows: [], summary: emptySummary(), prepared: [] };
}

type Loaded = { file: ImportFile; sha256: string; book: ReadBook | null; error: string | null };

async function load(files: ImportFile[]): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for (const file of files) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    try {
      out.push({ file, sha256, book: await readWorkbook(file.bytes, file.name), error: null });
    } catch (e) {
      if (!isAppError(e)) throw e;
      out.push({ file, sha256, book: null, error: e.message });
    }
  }
  return out;
}

/** Synchronous: interpret every loaded file against the database as it is now. */
function analyse(sql: Sql, loaded: Loaded[], o: ImportOptions): Analysed[] {
  const period = requirePeriod(sql, o.periodId);
  const items = listPlanItems(sql, period.plan_id);
  const expected = new Set(listExpected(sql, period.plan_id, period.id, period.end_date).map((x) => `${x.orgId}:${x.table}:${x.itemId}`));
  const seen = new Map<string, string>();
  return loaded.map(({ file, sha256, book, error }) => {
    if (!book) return fileFailure(file.name, sha256, error ?? 'Không đọc được tệp.');
    const meta = readMeta(book);
    if (!meta) {
      return fileFailure(file.name, sha256, `Tệp ${file.name} không phải biểu mẫu tiến độ do PlanDesk tạo (thiếu trang ẩn "_PlanDesk"). Hãy dùng đúng biểu mẫu đã gửi cho đơn vị, hoặc nhập qua chức năng Nhập dữ liệu.`);
    }
    if (meta.planId !== period.plan_id) {
      return fileFailure(file.name, sha256, `Tệp ${file.name} là biểu mẫu của kế hoạch khác ("${meta.planTitle}"), không phải kế hoạch của kỳ "${period.label}". Không nhập tệp này.`);
    }
    if (meta.periodId !== period.id) {
      return fileFailure(file.name, sha256, `Tệp ${file.name} là biểu mẫu của kỳ "${meta.periodLabel}", không phải kỳ "${period.label}" đang nhập. Hãy chọn đúng kỳ, hoặc gửi lại biểu mẫu của kỳ này cho đơn vị.`);
    }
    if (period.locked_at) {
      return fileFailure(file.name, sha256, `Kỳ "${period.label}" đã khóa ngày ${formatVnDate(period.locked_at)} (báo cáo đã gửi). Muốn nhận thêm kết quả, hãy mở khóa kỳ và ghi rõ lý do, rồi nhập lại.`);
    }
    const ctx: InterpretContext = { planId: period.plan_id, items, expected, seen, fileName: file.name };
    const { rows, sheetErrors } = interpretBook(book, meta, ctx);
    if (sheetErrors.length && rows.length === 0) return fileFailure(file.name, sha256, sheetErrors.join(' '));
    const summary = emptySummary();
    const preview: PreviewRow[] = [];
    const prepared: Analysed['prepared'] = [];
    for (const r of rows) {
      const row: PreviewRow = { sheet: r.sheet, rowNumber: r.rowNumber, orgName: r.orgName, table: r.table, code: r.code, title: r.title, action: 'empty', status: null, changes: [], messages: [...r.messages] };
      preview.push(row);
      if (r.empty) {
        summary.empty++;
        continue;
      }
      if (r.messages.some((m) => m.level === 'error') || r.itemId === null) {
        row.action = 'error';
        summary.error++;
        continue;
      }
      const claim = r.input.claim ?? r.suggestion?.claim ?? null;
      try {
        const entry = prepareEntry(
          sql,
          {
            periodId: period.id,
            taskId: r.table === 'task' ? r.itemId : null,
            targetId: r.table === 'target' ? r.itemId : null,
            orgId: r.orgId,
            claim,
            resultText: r.input.resultText,
            actualValue: r.table === 'target' ? r.input.actualValue : undefined,
            met: r.table === 'target' ? r.input.met : undefined,
            completedDate: r.input.completedDate,
            evidenceNumber: r.input.evidenceNumber,
            evidenceDate: r.input.evidenceDate,
            decidingDocument: claim === 'dropped' ? r.input.evidenceNumber : undefined,
            note: r.input.note,
            reportedAt: o.receivedDate,
          },
          o.today,
        );
        row.status = entry.values.status as StatusCode;
        row.changes = entryChanges(entry)
          .filter((c) => FIELD_LABELS[c.field])
          .map((c) => ({ field: c.field, label: FIELD_LABELS[c.field]!, before: show(c.field, c.before), after: show(c.field, c.after) }));
        if (entry.derived.conflict || entry.derived.missingCompletedDate) {
          row.messages.push({
            level: 'info',
            text: entry.derived.missingCompletedDate
              ? 'Thiếu ngày hoàn thành mà thời hạn đã qua: PlanDesk tạm tính là hoàn thành đúng hạn.'
              : `Theo ngày hoàn thành và thời hạn (${formatVnDate(entry.derived.due) || 'không có'}), trạng thái là "${STATUS_LABELS[entry.derived.status]}".`,
          });
        }
        row.action = r.suggestion && !o.acceptSuggestions ? 'confirm' : !entry.existing ? 'new' : row.changes.length ? 'update' : 'unchanged';
        if (row.action === 'new' || row.action === 'update') prepared.push({ row, entry });
      } catch (e) {
        if (!isAppError(e)) throw e;
        row.action = 'error';
        row.messages.push({ level: 'error', text: e.message });
      }
      summary[row.action]++;
    }
    return {
      fileName: file.name,
      sha256,
      fileError: sheetErrors.length ? sheetErrors.join(' ') : null,
      planTitle: meta.planTitle,
      periodLabel: meta.periodLabel,
      bodies: [...new Set(meta.sheets.map((s) => s.orgName))],
      rows: preview,
      summary,
      prepared: sheetErrors.length ? [] : prepared,
    };
  });
}

function publicPreview(a: Analysed): FilePreview {
  const { sha256: _s, prepared: _p, ...rest } = a;
  return rest;
}

export async function previewTemplateImport(sql: Sql, files: ImportFile[], o: ImportOptions): Promise<FilePreview[]> {
  if (files.length === 0) throw new AppError('INVALID_INPUT', 'Chưa chọn tệp nào để nhập.');
  const loaded = await load(files);
  return analyse(sql, loaded, o).map(publicPreview);
}

export interface CommitResult {
  files: Array<FilePreview & { batchId: number | null; imported: number }>;
  imported: number;
}

export async function commitTemplateImport(core: Core, files: ImportFile[], o: ImportOptions): Promise<CommitResult> {
  if (files.length === 0) throw new AppError('INVALID_INPUT', 'Chưa chọn tệp nào để nhập.');
  const loaded = await load(files);
  const period = requirePeriod(core.sql, o.periodId);
  const willWrite = analyse(core.sql, loaded, o).some((a) => a.prepared.length > 0);
  if (willWrite) await core.backupBefore('import');
  const sql = core.sql;
  return sql.tx(() => {
    const analysed = analyse(sql, loaded, o);
    const out: CommitResult['files'] = [];
    let total = 0;
    for (const a of analysed) {
      if (a.prepared.length === 0) {
        out.push({ ...publicPreview(a), batchId: null, imported: 0 });
        continue;
      }
      const batchId = insertImportBatch(sql, {
        file_name: a.fileName,
        file_sha256: a.sha256,
        file_kind: 'progress-template',
        plan_id: period.plan_id,
        target_table: 'progress_entries',
        status: 'committed',
        rows_total: a.rows.length,
      });
      for (const { entry } of a.prepared) writeEntry(sql, entry, { sourceFile: a.fileName, importBatchId: batchId });
      setImportBatchCounts(sql, batchId, a.prepared.length, JSON.stringify({ periodId: period.id, receivedDate: o.receivedDate, summary: a.summary }));
      recordAudit(sql, { action: 'import', entity: 'import_batch', entityId: batchId, planId: period.plan_id, after: { file: a.fileName, periodId: period.id, rows: a.prepared.length } });
      total += a.prepared.length;
      out.push({ ...publicPreview(a), batchId, imported: a.prepared.length });
    }
    return { files: out, imported: total };
  });
}
