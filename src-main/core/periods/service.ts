/**
 * Reporting periods: generate them from the plan's regime in one action, edit windows and
 * due dates, add ad hoc ones, lock a period once its report is sent (edits then need an
 * explicit unlock with a reason). Every change is audited in its transaction.
 */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import { AppError } from '../errors';
import { getPlanRow } from '../plans/repository';
import { rederivePeriodEntries } from '../progress/rederive';
import { formatVnDate } from '../vn/format';
import { isValidIsoDate } from '../vn/dates';
import { nfc, nfcOrNull } from '../vn/text';
import { inferRegime, periodIdentity, planPeriods, type GeneratedKind } from './regime';
import {
  countPeriodEntries,
  deleteReportingPeriod,
  getReportingPeriod,
  insertReportingPeriod,
  listReportingPeriods,
  setPeriodPosition,
  updateReportingPeriod,
  type PeriodChanges,
  type PeriodRow,
} from './repository';

export const PERIOD_KINDS = ['quarter', 'half', 'year', 'review', 'final', 'adhoc', 'submission'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodView {
  id: number;
  planId: number;
  kind: string;
  label: string;
  year: number | null;
  startDate: string | null;
  endDate: string | null;
  dueDate: string | null;
  dueText: string | null;
  reporters: string | null;
  lockedAt: string | null;
  lockNote: string | null;
}

export function periodView(p: PeriodRow): PeriodView {
  return {
    id: p.id,
    planId: p.plan_id,
    kind: p.kind,
    label: p.label,
    year: p.year,
    startDate: p.start_date,
    endDate: p.end_date,
    dueDate: p.due_date,
    dueText: p.due_text,
    reporters: p.reporters,
    lockedAt: p.locked_at,
    lockNote: p.lock_note,
  };
}

function requirePlan(sql: Sql, planId: number) {
  const plan = getPlanRow(sql, planId);
  if (!plan) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}. Hãy kiểm tra lại mã kế hoạch (lệnh "stats" liệt kê các kế hoạch).`);
  return plan;
}

export function requirePeriod(sql: Sql, periodId: number): PeriodRow {
  const p = getReportingPeriod(sql, periodId);
  if (!p) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo số ${periodId}. Hãy xem danh sách kỳ báo cáo của kế hoạch ("periods list --plan ...").`);
  return p;
}

/** Refuse a change to a locked period, naming it and saying how to go on. */
export function assertPeriodOpen(p: PeriodRow): void {
  if (p.locked_at) {
    throw new AppError(
      'CONFLICT',
      `Kỳ báo cáo "${p.label}" đã khóa (báo cáo đã gửi ngày ${formatVnDate(p.locked_at)}). Muốn sửa, hãy mở khóa kỳ này và ghi rõ lý do.`,
    );
  }
}

export function listPeriods(sql: Sql, planId: number): PeriodView[] {
  requirePlan(sql, planId);
  return listReportingPeriods(sql, planId).map(periodView);
}

const KIND_RANK: Record<string, number> = { quarter: 0, half: 1, year: 2, review: 3, final: 4, submission: 5, adhoc: 6 };

/** Calendar order: by window end (or due date), periods without dates last. */
function renumber(sql: Sql, planId: number): void {
  const rows = listReportingPeriods(sql, planId);
  const key = (p: PeriodRow) => p.end_date ?? p.due_date ?? '9999-12-31';
  const sorted = [...rows].sort((a, b) => key(a).localeCompare(key(b)) || (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || a.id - b.id);
  sorted.forEach((p, i) => {
    if (p.position !== i) setPeriodPosition(sql, p.id, i);
  });
}

/** Give an existing period the default window and due date where it has none; never overwrites. */
function fillBlanks(sql: Sql, p: PeriodRow, defaults: { start_date: string; end_date: string; due_date: string }): boolean {
  const changes: PeriodChanges = {};
  if (!p.start_date && !p.end_date) {
    changes.start_date = defaults.start_date;
    changes.end_date = defaults.end_date;
  }
  if (!p.due_date) changes.due_date = defaults.due_date;
  const fields = Object.keys(changes) as Array<keyof PeriodChanges>;
  if (fields.length === 0) return false;
  updateReportingPeriod(sql, p.id, changes);
  for (const f of fields) recordAudit(sql, { action: 'update', entity: 'reporting_period', entityId: p.id, planId: p.plan_id, field: f, before: null, after: changes[f] });
  if (changes.end_date) rederivePeriodEntries(sql, p.id);
  return true;
}

export interface GenerateOptions {
  kinds?: GeneratedKind[];
  fromYear?: number;
  toYear?: number;
}

/** Add every period the plan's regime implies and it does not have yet; never duplicates. */
export function generatePeriods(sql: Sql, planId: number, options: GenerateOptions, today: string) {
  const plan = requirePlan(sql, planId);
  if (options.fromYear && options.toYear && options.toYear < options.fromYear) {
    throw new AppError('INVALID_INPUT', `Năm kết thúc (${options.toYear}) trước năm bắt đầu (${options.fromYear}).`);
  }
  return sql.tx(() => {
    const existing = listReportingPeriods(sql, planId);
    const have = new Map(existing.map((p) => [periodIdentity({ kind: p.kind, year: p.year, endDate: p.end_date, label: p.label }), p]));
    const regime = inferRegime(
      { startYear: plan.period_start_year, endYear: plan.period_end_year },
      existing.map((p) => ({ kind: p.kind, label: p.label, year: p.year, startDate: p.start_date, endDate: p.end_date, dueText: p.due_text, reporters: p.reporters })),
      Number(today.slice(0, 4)),
      options,
    );
    const created: number[] = [];
    let completed = 0;
    for (const p of planPeriods(regime)) {
      const old = have.get(p.identity);
      if (old) {
        if (!old.locked_at && fillBlanks(sql, old, { start_date: p.window.start, end_date: p.window.end, due_date: p.dueDate })) completed++;
        continue;
      }
      const id = insertReportingPeriod(sql, {
        plan_id: planId,
        kind: p.kind,
        label: p.label,
        year: p.year,
        start_date: p.window.start,
        end_date: p.window.end,
        due_date: p.dueDate,
        due_text: p.dueText,
        reporters: p.reporters,
        position: 0,
      });
      created.push(id);
      have.set(p.identity, requirePeriod(sql, id));
      recordAudit(sql, { action: 'create', entity: 'reporting_period', entityId: id, planId, after: p });
    }
    renumber(sql, planId);
    const periods = listReportingPeriods(sql, planId).map(periodView);
    return { created: periods.filter((p) => created.includes(p.id)), completed, periods };
  });
}

export interface PeriodInput {
  label?: string;
  startDate?: string | null;
  endDate?: string | null;
  dueDate?: string | null;
  dueText?: string | null;
  reporters?: string | null;
}

function checkDates(start: string | null, end: string | null, due: string | null): void {
  for (const [name, d] of [['Ngày bắt đầu', start], ['Ngày kết thúc', end], ['Hạn gửi', due]] as const) {
    if (d !== null && !isValidIsoDate(d)) throw new AppError('INVALID_INPUT', `${name} "${d}" không phải ngày hợp lệ. Hãy nhập theo dạng dd/mm/yyyy.`);
  }
  if (start && end && end < start) {
    throw new AppError('INVALID_INPUT', `Ngày kết thúc số liệu (${formatVnDate(end)}) trước ngày bắt đầu (${formatVnDate(start)}). Hãy sửa lại khoảng thời gian.`);
  }
}

export function createPeriod(sql: Sql, planId: number, kind: PeriodKind, input: PeriodInput & { label: string; year?: number | null }): PeriodView {
  requirePlan(sql, planId);
  const label = nfc(input.label);
  if (!label) throw new AppError('INVALID_INPUT', 'Hãy đặt tên cho kỳ báo cáo (ví dụ "Báo cáo đột xuất tháng 5/2026").');
  const start = input.startDate ?? null;
  const end = input.endDate ?? null;
  const due = input.dueDate ?? null;
  checkDates(start, end, due);
  return sql.tx(() => {
    const id = insertReportingPeriod(sql, {
      plan_id: planId,
      kind,
      label,
      year: input.year ?? (end ? Number(end.slice(0, 4)) : null),
      start_date: start,
      end_date: end,
      due_date: due,
      due_text: nfcOrNull(input.dueText),
      reporters: nfcOrNull(input.reporters),
      position: 0,
    });
    recordAudit(sql, { action: 'create', entity: 'reporting_period', entityId: id, planId, after: { kind, ...input } });
    renumber(sql, planId);
    return periodView(requirePeriod(sql, id));
  });
}

export function updatePeriod(sql: Sql, periodId: number, input: PeriodInput): PeriodView {
  return sql.tx(() => {
    const p = requirePeriod(sql, periodId);
    assertPeriodOpen(p);
    const next = {
      label: input.label !== undefined ? nfc(input.label) : p.label,
      start_date: input.startDate !== undefined ? input.startDate : p.start_date,
      end_date: input.endDate !== undefined ? input.endDate : p.end_date,
      due_date: input.dueDate !== undefined ? input.dueDate : p.due_date,
      due_text: input.dueText !== undefined ? nfcOrNull(input.dueText) : p.due_text,
      reporters: input.reporters !== undefined ? nfcOrNull(input.reporters) : p.reporters,
    };
    if (!next.label) throw new AppError('INVALID_INPUT', 'Tên kỳ báo cáo không được để trống.');
    checkDates(next.start_date, next.end_date, next.due_date);
    const changes: PeriodChanges = {};
    for (const k of Object.keys(next) as Array<keyof typeof next>) {
      if (next[k] !== p[k]) {
        (changes as Record<string, unknown>)[k] = next[k];
        recordAudit(sql, { action: 'update', entity: 'reporting_period', entityId: p.id, planId: p.plan_id, field: k, before: p[k], after: next[k] });
      }
    }
    if (Object.keys(changes).length) {
      updateReportingPeriod(sql, p.id, changes);
      if (changes.end_date !== undefined || changes.start_date !== undefined) rederivePeriodEntries(sql, p.id);
      renumber(sql, p.plan_id);
    }
    return periodView(requirePeriod(sql, p.id));
  });
}

export function deletePeriod(sql: Sql, periodId: number): void {
  sql.tx(() => {
    const p = requirePeriod(sql, periodId);
    assertPeriodOpen(p);
    const n = countPeriodEntries(sql, p.id);
    if (n > 0) {
      throw new AppError('CONFLICT', `Kỳ "${p.label}" đã có ${n} báo cáo tiến độ nên không xóa được. Hãy xóa các báo cáo đó trước, hoặc giữ kỳ này.`);
    }
    deleteReportingPeriod(sql, p.id);
    recordAudit(sql, { action: 'delete', entity: 'reporting_period', entityId: p.id, planId: p.plan_id, before: periodView(p) });
  });
}

export function lockPeriod(sql: Sql, periodId: number, note: string | null, now: string): PeriodView {
  return sql.tx(() => {
    const p = requirePeriod(sql, periodId);
    if (p.locked_at) return periodView(p);
    updateReportingPeriod(sql, p.id, { locked_at: now, lock_note: nfcOrNull(note) });
    recordAudit(sql, { action: 'lock', entity: 'reporting_period', entityId: p.id, planId: p.plan_id, field: 'locked_at', before: null, after: { at: now, note } });
    return periodView(requirePeriod(sql, p.id));
  });
}

export function unlockPeriod(sql: Sql, periodId: number, reason: string): PeriodView {
  const why = nfc(reason);
  if (why.length < 3) throw new AppError('INVALID_INPUT', 'Mở khóa kỳ báo cáo cần ghi rõ lý do (ví dụ "Đơn vị gửi bổ sung số liệu theo Công văn số ...").');
  return sql.tx(() => {
    const p = requirePeriod(sql, periodId);
    if (!p.locked_at) return periodView(p);
    updateReportingPeriod(sql, p.id, { locked_at: null, lock_note: null });
    recordAudit(sql, {
      action: 'unlock',
      entity: 'reporting_period',
      entityId: p.id,
      planId: p.plan_id,
      field: 'locked_at',
      before: { at: p.locked_at, note: p.lock_note },
      after: { reason: why },
    });
    return periodView(requirePeriod(sql, p.id));
  });
}
