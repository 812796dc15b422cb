/**
 * Progress entries: one report per (period, task or target, reporting body). Saving derives
 * the status from the deadline, the completion date and the period's cut-off, unless an
 * officer overrides it with a reason. Fields left undefined keep their stored value.
 */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import type { NewRow } from '../db/schema';
import { AppError } from '../errors';
import { assertPeriodOpen, requirePeriod } from '../periods/service';
import { getOfficerName } from '../settings/office';
import { isValidIsoDate } from '../vn/dates';
import { formatVnDate } from '../vn/format';
import { nfcOrNull } from '../vn/text';
import { attainment } from './attainment';
import { deleteEntryRow, findEntry, getEntry, getTargetItem, getTaskItem, insertEntry, organizationName, updateEntry, type EntryRow } from './repository';
import { deriveStatus, targetDeadline, type Derived } from './status';
import { STATUS_LABELS, type Claim, type StatusCode } from './status-names';

export interface EntryInput {
  periodId: number;
  taskId?: number | null;
  targetId?: number | null;
  orgId: number | null;
  claim?: Claim | null;
  resultText?: string | null;
  actualValue?: number | null;
  actualText?: string | null;
  met?: boolean | null;
  completedDate?: string | null;
  evidenceNumber?: string | null;
  evidenceDate?: string | null;
  decidingDocument?: string | null;
  note?: string | null;
  /** an officer's status with the reason; null clears an override */
  override?: { status: StatusCode; reason: string } | null;
  /** the day the report was received (ISO); defaults to today for a new entry */
  reportedAt?: string | null;
}

export interface EntrySource {
  sourceFile?: string | null;
  importBatchId?: number | null;
}

export interface PreparedEntry {
  existing: EntryRow | undefined;
  planId: number;
  values: Omit<NewRow<'progress_entries'>, 'created_at' | 'updated_at'>;
  derived: Derived;
  itemLabel: string;
}

const FIELDS = [
  'status',
  'status_overridden',
  'override_reason',
  'reported_status',
  'result_text',
  'actual_value',
  'actual_text',
  'met',
  'completed_date',
  'evidence_number',
  'evidence_date',
  'deciding_document',
  'note',
  'reporter_org_id',
  'reported_at',
] as const;
export type EntryField = (typeof FIELDS)[number];

function checkDate(name: string, v: string | null | undefined): void {
  if (v && !isValidIsoDate(v)) throw new AppError('INVALID_INPUT', `${name} "${v}" không phải ngày hợp lệ; hãy ghi theo dạng dd/mm/yyyy.`);
}

function keep<T>(next: T | undefined, old: T): T {
  return next === undefined ? old : next;
}

/** Validate and compute the row an input gives, without writing. */
export function prepareEntry(sql: Sql, input: EntryInput, today: string): PreparedEntry {
  const period = requirePeriod(sql, input.periodId);
  assertPeriodOpen(period);
  const taskId = input.taskId ?? null;
  const targetId = input.targetId ?? null;
  if ((taskId === null) === (targetId === null)) {
    throw new AppError('INVALID_INPUT', 'Mỗi báo cáo tiến độ thuộc đúng một nhiệm vụ hoặc một chỉ tiêu: hãy chọn một trong hai.');
  }
  const task = taskId !== null ? getTaskItem(sql, taskId) : undefined;
  const target = targetId !== null ? getTargetItem(sql, targetId) : undefined;
  const item = task ?? target;
  if (!item || item.plan_id !== period.plan_id) {
    throw new AppError('NOT_FOUND', `Không tìm thấy ${task !== undefined || taskId !== null ? 'nhiệm vụ' : 'chỉ tiêu'} số ${taskId ?? targetId} trong kế hoạch của kỳ "${period.label}".`);
  }
  if (input.orgId !== null && !organizationName(sql, input.orgId)) {
    throw new AppError('NOT_FOUND', `Không tìm thấy đơn vị số ${input.orgId}. Hãy xem danh sách trong mục Đơn vị.`);
  }
  if (task && input.actualValue !== undefined && input.actualValue !== null) {
    throw new AppError('INVALID_INPUT', `Giá trị thực hiện chỉ dành cho chỉ tiêu; nhiệm vụ ${task.code} hãy ghi vào kết quả thực hiện.`);
  }
  checkDate('Ngày hoàn thành', input.completedDate);
  checkDate('Ngày văn bản minh chứng', input.evidenceDate);
  checkDate('Ngày nhận báo cáo', input.reportedAt);
  if (input.actualValue !== undefined && input.actualValue !== null && !Number.isFinite(input.actualValue)) {
    throw new AppError('INVALID_INPUT', 'Giá trị thực hiện phải là một số.');
  }
  if (input.override && input.override.reason.trim().length < 3) {
    throw new AppError('INVALID_INPUT', `Đổi trạng thái thành "${STATUS_LABELS[input.override.status]}" cần ghi rõ lý do.`);
  }
  const existing = findEntry(sql, period.id, taskId, targetId, input.orgId);
  const e = existing;
  const claim = keep(input.claim, (e?.reported_status as Claim | null | undefined) ?? null);
  const completed = keep(input.completedDate, e?.completed_date ?? null);
  const actualValue = keep(input.actualValue, e?.actual_value ?? null);
  const met = keep(input.met, e?.met === null || e?.met === undefined ? null : e.met === 1);
  let effectiveClaim = claim;
  if (target && effectiveClaim === null) {
    const a = attainment({ comparator: target.comparator, targetValue: target.target_value }, { actualValue, met });
    if (a.met) effectiveClaim = 'done';
  }
  const deadline = task
    ? { kind: task.deadline_kind, start: task.deadline_start, end: task.deadline_end, text: task.deadline_text }
    : targetDeadline(target!.horizon_year);
  const derived = deriveStatus({ claim: effectiveClaim, completedDate: completed, deadline, period: { start: period.start_date, end: period.end_date }, today });
  const override = input.override === undefined ? (e?.status_overridden ? { status: e.status as StatusCode, reason: e.override_reason ?? '' } : null) : input.override;
  const text = (v: string | null | undefined, old: string | null | undefined) => (v === undefined ? (old ?? null) : nfcOrNull(v));
  return {
    existing,
    planId: period.plan_id,
    derived,
    itemLabel: task ? `nhiệm vụ ${task.code}` : `chỉ tiêu ${target!.code}`,
    values: {
      period_id: period.id,
      task_id: taskId,
      target_id: targetId,
      reporter_org_id: input.orgId,
      status: override ? override.status : derived.status,
      status_overridden: override ? 1 : 0,
      override_reason: override ? override.reason.trim() : null,
      reported_status: claim,
      result_text: text(input.resultText, e?.result_text),
      actual_value: actualValue,
      actual_text: text(input.actualText, e?.actual_text),
      met: met === null ? null : met ? 1 : 0,
      completed_date: completed,
      evidence_number: text(input.evidenceNumber, e?.evidence_number),
      evidence_date: keep(input.evidenceDate, e?.evidence_date ?? null),
      deciding_document: text(input.decidingDocument, e?.deciding_document),
      note: text(input.note, e?.note),
      reported_at: keep(input.reportedAt, e?.reported_at ?? null) ?? today,
    },
  };
}

/** The fields an entry would change, old → new (for previews and the audit). */
export function entryChanges(p: PreparedEntry): Array<{ field: EntryField; before: unknown; after: unknown }> {
  const out: Array<{ field: EntryField; before: unknown; after: unknown }> = [];
  for (const f of FIELDS) {
    const before = p.existing ? p.existing[f] : null;
    const after = p.values[f] ?? null;
    if (p.existing ? before !== after : after !== null && f !== 'status_overridden') out.push({ field: f, before, after });
  }
  return out;
}

/** Write a prepared entry (inside the caller's transaction) and audit each changed field. */
export function writeEntry(sql: Sql, p: PreparedEntry, source: EntrySource = {}): number {
  const enteredBy = getOfficerName(sql);
  const src = { source_file: source.sourceFile ?? null, import_batch_id: source.importBatchId ?? null, entered_by: enteredBy };
  if (!p.existing) {
    const id = insertEntry(sql, { ...p.values, ...src });
    recordAudit(sql, { action: 'create', entity: 'progress_entry', entityId: id, planId: p.planId, after: p.values });
    return id;
  }
  const changes = entryChanges(p);
  if (changes.length === 0) return p.existing.id;
  const set: Record<string, unknown> = { ...src };
  for (const c of changes) {
    set[c.field] = c.after;
    recordAudit(sql, { action: 'update', entity: 'progress_entry', entityId: p.existing.id, planId: p.planId, field: c.field, before: c.before, after: c.after });
  }
  updateEntry(sql, p.existing.id, set);
  return p.existing.id;
}

export function saveEntry(sql: Sql, input: EntryInput, today: string, source: EntrySource = {}) {
  return sql.tx(() => {
    const p = prepareEntry(sql, input, today);
    const id = writeEntry(sql, p, source);
    return { id, status: p.values.status as StatusCode, derived: p.derived, created: !p.existing };
  });
}

export function deleteEntry(sql: Sql, id: number, reason: string | null): void {
  sql.tx(() => {
    const e = getEntry(sql, id);
    if (!e) throw new AppError('NOT_FOUND', `Không tìm thấy báo cáo tiến độ số ${id}; có thể đã bị xóa.`);
    const period = requirePeriod(sql, e.period_id);
    assertPeriodOpen(period);
    deleteEntryRow(sql, id);
    recordAudit(sql, { action: 'delete', entity: 'progress_entry', entityId: id, planId: period.plan_id, before: e, after: reason ? { reason } : undefined });
  });
}

export function describeDerived(d: Derived, completed: string | null): string | null {
  if (d.missingCompletedDate) return `Thiếu ngày hoàn thành mà thời hạn (${formatVnDate(d.due)}) đã qua: PlanDesk tạm tính là hoàn thành đúng hạn.`;
  if (d.conflict) {
    return completed
      ? `Theo ngày hoàn thành ${formatVnDate(completed)} và thời hạn ${formatVnDate(d.due) || 'không có'}, trạng thái là "${STATUS_LABELS[d.status]}".`
      : `Theo thời hạn ${formatVnDate(d.due) || 'không có'} và ngày chốt số liệu của kỳ, trạng thái là "${STATUS_LABELS[d.status]}".`;
  }
  return null;
}
