/**
 * A progress table in any shape (a school's own Excel: TT / Nhiệm vụ / Kết quả thực hiện /
 * Tiến độ / Khó khăn …) → progress entries of one reporting body for one period. Rows are
 * matched to the plan's tasks and targets by code, then by folded title; values become an
 * EntryInput that core/progress prepares and writes (its rules, not a copy of them). The
 * commit is one transaction recorded as an import batch that keeps each entry's image
 * before and after, so `undoProgressBatch` restores the period exactly.
 */
import { recordAudit } from '../audit/service';
import type { Core } from '../core';
import type { Sql } from '../db/exec';
import { AppError, isAppError } from '../errors';
import { requirePeriod } from '../periods/service';
import { prepareEntry, writeEntry, type PreparedEntry } from '../progress/entries';
import { deleteEntryRow, getEntry, insertImportBatch, listPlanItems, setImportBatchCounts, updateEntry, type EntryRow } from '../progress/repository';
import { matchStatusWord } from '../progress/status-words';
import { parseVnDate } from '../vn/dates';
import { parseVnNumber } from '../vn/numbers';
import { fold } from '../vn/text';
import { parseContext, parseRecords, type ParsedRow } from './parse-rows';
import { getBatch, laterCommittedBatch, updateBatch } from './repository';
import type { ImportRecord } from './types';
import { now } from './write-log';

export interface ProgressTableInput {
  periodId: number;
  /** the body that reports (null: the Sở itself) */
  orgId: number | null;
  records: ImportRecord[];
  file: { name: string; size: number; sha256: string; format: string };
  source: string;
  mapping: Record<string, string>;
  /** ISO date the report was received; defaults to today */
  receivedDate?: string;
  today: string;
}

export interface ProgressRowPreview {
  sourceRow: number;
  code: string;
  title: string | null;
  item: { table: 'task' | 'target'; id: number; code: string; title: string; by: 'code' | 'title' } | null;
  action: 'new' | 'update' | 'unchanged' | 'error';
  status: string | null;
  messages: Array<{ level: 'error' | 'warning'; text: string }>;
}

type Item = ReturnType<typeof listPlanItems>[number];

const words = (s: string) => new Set(fold(s).replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean));

function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return a.size + b.size ? (2 * common) / (a.size + b.size) : 0;
}

/** Match by code first, then by the title's folded words (best, clearly ahead, ≥ 0.8). */
function matcher(items: Item[]) {
  const byCode = new Map<string, Item>();
  for (const i of items) if (!byCode.has(i.code)) byCode.set(i.code, i);
  const titled = items.map((i) => ({ i, w: words(i.title) }));
  return (r: ParsedRow): ProgressRowPreview['item'] => {
    const byCodeHit = r.code ? byCode.get(r.code) : undefined;
    const title = r.text.title ?? '';
    if (byCodeHit && (!title || similarity(words(title), words(byCodeHit.title)) >= 0.5)) return { ...pick(byCodeHit), by: 'code' };
    if (!title) return null;
    const w = words(title);
    const scored = titled.map((t) => ({ i: t.i, s: similarity(w, t.w) })).sort((a, b) => b.s - a.s);
    const [best, next] = scored;
    if (best && best.s >= 0.8 && (!next || best.s - next.s >= 0.05)) return { ...pick(best.i), by: 'title' };
    return null;
  };
}

const pick = (i: Item) => ({ table: i.table, id: i.id, code: i.code, title: i.title });

interface Prepared {
  row: ProgressRowPreview;
  entry: PreparedEntry;
}

function analyse(sql: Sql, input: ProgressTableInput): { rows: ProgressRowPreview[]; prepared: Prepared[] } {
  const period = requirePeriod(sql, input.periodId);
  const match = matcher(listPlanItems(sql, period.plan_id));
  const parsed = parseRecords('progress', input.records, parseContext([]));
  const rows: ProgressRowPreview[] = [];
  const prepared: Prepared[] = [];
  const used = new Map<string, number>();
  for (const r of parsed.rows) {
    const row: ProgressRowPreview = { sourceRow: r.sourceRow, code: r.code, title: r.text.title ?? null, item: match(r), action: 'error', status: null, messages: [] };
    rows.push(row);
    const error = (text: string) => row.messages.push({ level: 'error', text });
    if (!row.item) {
      error(`Không tìm thấy nhiệm vụ hay chỉ tiêu nào của kế hoạch có số “${r.code || '—'}” hoặc tên gần giống “${(row.title ?? '').slice(0, 80)}”. Hãy sửa TT hoặc tên cho khớp kế hoạch.`);
      continue;
    }
    const key = `${row.item.table}:${row.item.id}`;
    if (used.has(key)) {
      error(`Dòng này và dòng ${used.get(key)} cùng báo cáo ${row.item.table === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} ${row.item.code}. Hãy giữ một dòng.`);
      continue;
    }
    used.set(key, r.sourceRow);
    const status = matchStatusWord(r.text.status);
    if (status.kind === 'unknown') error(`Không hiểu tiến độ “${r.text.status}”. Hãy ghi như “Đã hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”.`);
    if (status.kind === 'suggestion') row.messages.push({ level: 'warning', text: `Tiến độ “${r.text.status}” được hiểu là “${status.label}”.` });
    const completed = r.text.completedDate ? parseVnDate(r.text.completedDate) : null;
    if (r.text.completedDate && !completed) error(`Ngày hoàn thành “${r.text.completedDate}” không đúng dạng dd/mm/yyyy.`);
    const actual = r.text.actual ? parseVnNumber(r.text.actual) : null;
    if (row.messages.some((m) => m.level === 'error')) continue;
    try {
      const entry = prepareEntry(
        sql,
        {
          periodId: period.id,
          taskId: row.item.table === 'task' ? row.item.id : null,
          targetId: row.item.table === 'target' ? row.item.id : null,
          orgId: input.orgId,
          claim: status.kind === 'exact' || status.kind === 'suggestion' ? status.claim : undefined,
          resultText: r.text.result ?? undefined,
          actualValue: row.item.table === 'target' && actual !== null ? actual : undefined,
          actualText: row.item.table === 'target' && r.text.actual && actual === null ? r.text.actual : undefined,
          completedDate: completed ?? undefined,
          evidenceNumber: r.text.evidence ?? undefined,
          note: r.text.note ?? undefined,
          reportedAt: input.receivedDate ?? input.today,
        },
        input.today,
      );
      row.status = entry.values.status as string;
      const changed = !entry.existing || Object.entries(entry.values).some(([k, v]) => (entry.existing as Record<string, unknown>)[k] !== (v ?? null));
      row.action = !entry.existing ? 'new' : changed ? 'update' : 'unchanged';
      if (row.action !== 'unchanged') prepared.push({ row, entry });
    } catch (e) {
      if (!isAppError(e)) throw e;
      error(e.message);
    }
  }
  return { rows, prepared };
}

export function previewProgressTable(sql: Sql, input: ProgressTableInput): ProgressRowPreview[] {
  return analyse(sql, input).rows;
}

interface Saved {
  id: number;
  before: EntryRow | null;
  after: EntryRow;
}

export async function commitProgressTable(core: Core, input: ProgressTableInput): Promise<{ batchId: number; rows: ProgressRowPreview[]; imported: number }> {
  const first = analyse(core.sql, input);
  const errors = first.rows.filter((r) => r.action === 'error');
  if (errors.length) {
    throw new AppError('INVALID_INPUT', `Bảng còn ${errors.length} dòng lỗi (dòng ${errors[0]!.sourceRow}: ${errors[0]!.messages[0]!.text}) Chưa ghi gì; hãy sửa rồi nhập lại.`);
  }
  const period = requirePeriod(core.sql, input.periodId);
  if (first.prepared.length) await core.backupBefore('import');
  const sql = core.sql; // after the wait: the app kept answering, so the rows are analysed again inside the transaction
  return sql.tx(() => {
    const { rows, prepared } = analyse(sql, input);
    const batchId = insertImportBatch(sql, {
      file_name: input.file.name,
      file_sha256: input.file.sha256,
      file_size: input.file.size,
      file_kind: input.file.format,
      plan_id: period.plan_id,
      target_table: 'progress_entries',
      source_name: input.source,
      mapping_json: JSON.stringify(input.mapping),
      status: 'committed',
      rows_total: rows.length,
    });
    const saved: Saved[] = [];
    for (const { entry } of prepared) {
      const id = writeEntry(sql, entry, { sourceFile: input.file.name, importBatchId: batchId });
      saved.push({ id, before: entry.existing ?? null, after: getEntry(sql, id)! });
    }
    const counts = { new: rows.filter((r) => r.action === 'new').length, changed: rows.filter((r) => r.action === 'update').length, unchanged: rows.filter((r) => r.action === 'unchanged').length, missing: 0 };
    setImportBatchCounts(sql, batchId, saved.length, JSON.stringify({ counts, periodId: period.id, orgId: input.orgId, progress: saved }));
    recordAudit(sql, { action: 'import', entity: 'import_batch', entityId: batchId, planId: period.plan_id, after: { file: input.file.name, periodId: period.id, orgId: input.orgId, rows: saved.length } });
    return { batchId, rows, imported: saved.length };
  });
}

/** The saved entries of a progress batch to undo, or why it cannot be undone (run again inside the transaction). */
function undoableProgress(sql: Sql, batchId: number): { batch: NonNullable<ReturnType<typeof getBatch>>; progress: Saved[] } {
  const batch = getBatch(sql, batchId);
  if (!batch || batch.target_table !== 'progress_entries') throw new AppError('NOT_FOUND', `Không tìm thấy lần nhập tiến độ số ${batchId}.`);
  if (batch.status === 'undone') throw new AppError('CONFLICT', `Lần nhập số ${batchId} đã được hoàn tác trước đó.`);
  const summary = JSON.parse(batch.summary_json) as { progress?: Saved[] };
  if (!summary.progress) {
    throw new AppError('CONFLICT', `Lần nhập số ${batchId} là biểu mẫu tiến độ trả về; hãy sửa hoặc xóa từng báo cáo trong mục Báo cáo nếu cần.`);
  }
  const later = laterCommittedBatch(sql, batch.plan_id, batchId);
  if (later) throw new AppError('CONFLICT', `Sau lần nhập này còn lần nhập số ${later.id} (${later.file_name}) vào cùng kế hoạch. Hãy hoàn tác lần nhập số ${later.id} trước.`);
  for (const s of summary.progress) {
    if (JSON.stringify(getEntry(sql, s.id) ?? null) !== JSON.stringify(s.after)) {
      throw new AppError('CONFLICT', 'Có báo cáo tiến độ đã được sửa hoặc xóa sau lần nhập này, nên PlanDesk không hoàn tác (sẽ làm mất thay đổi đó). Hãy sửa tay nếu cần.');
    }
  }
  return { batch, progress: summary.progress };
}

/** Undo a progress table batch: entries it created are removed, entries it changed get back their exact row. */
export async function undoProgressBatch(core: Core, batchId: number): Promise<{ batchId: number; restored: number; removed: number }> {
  undoableProgress(core.sql, batchId);
  await core.backupBefore('import');
  const sql = core.sql; // after the wait: a restore or a switch to read-only replaces the connection
  return sql.tx(() => {
    // the app kept answering during the backup: a change made meanwhile still refuses the undo
    const { batch, progress } = undoableProgress(sql, batchId);
    let restored = 0;
    let removed = 0;
    for (const s of [...progress].reverse()) {
      if (s.before === null) {
        deleteEntryRow(sql, s.id);
        removed++;
      } else {
        const { id: _id, ...row } = s.before;
        updateEntry(sql, s.id, row);
        restored++;
      }
      recordAudit(sql, { action: 'import.undo', entity: 'progress_entry', entityId: s.id, planId: batch.plan_id, before: s.after, after: s.before ?? undefined });
    }
    updateBatch(sql, batchId, { status: 'undone', undone_at: now() });
    recordAudit(sql, { action: 'import.undo', entity: 'import_batch', entityId: batchId, planId: batch.plan_id, before: { status: 'committed' }, after: { status: 'undone' } });
    return { batchId, restored, removed };
  });
}
