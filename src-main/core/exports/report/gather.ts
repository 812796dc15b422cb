/**
 * Everything the report draft says, gathered once: the plan (plans.get shape), the
 * period, each task's and target's standing from the period's progress entries, and
 * the tasks falling due in the next period.
 */
import type { Sql } from '../../db/exec';
import { AppError } from '../../errors';
import { getPlanDetail, type PlanDetail } from '../../plans/service';
import { getOfficeIdentity, type OfficeIdentity } from '../../settings/office';
import { formatVnNumber } from '../../vn/format';
import { issuerOrganizationName } from '../repository';
import { nextWindow, periodOpening, periodPhrase, periodSpan, type Window } from './period';
import { getReportingPeriod, implementedIssuerNames, listProgressEntries, officeOrganizationName, type ProgressRow } from './repository';
import { attainmentRate, combineTaskStatus, isDone, targetState, type TargetState, type TaskStatus } from './status';
import { textDate } from './vn-text';

export type Task = PlanDetail['tasks'][number];
export type Target = PlanDetail['targets'][number];

export interface TaskOutcome {
  task: Task;
  status: TaskStatus;
  /** what was done, per reporting unit when several reported */
  result: string;
  /** why it is late or not done, as the units reported it */
  reason: string;
  /** documents proving the result: "Kế hoạch số 12/KH-SGDĐT ngày 10/02/2026" */
  evidence: string[];
}

export interface TargetOutcome {
  target: Target;
  state: TargetState;
  /** the reported figure as written, or the number in Vietnamese style */
  actual: string;
  rate: number | null;
  reason: string;
}

export interface ReportData {
  plan: PlanDetail;
  period: { id: number; kind: string; label: string; year: number | null; phrase: string; opening: string; span: string };
  next: (Window & { tasks: Task[] }) | null;
  tasks: TaskOutcome[];
  targets: TargetOutcome[];
  reporters: string[];
  office: OfficeIdentity;
  /** the Sở as named in the register */
  agencyName: string;
  /** the plan's issuer as named in the register */
  planIssuerName: string;
  addressees: string[];
  today: Date;
}

function byKey<K>(rows: ProgressRow[], key: (r: ProgressRow) => K | null): Map<K, ProgressRow[]> {
  const m = new Map<K, ProgressRow[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
}

function labelled(entries: ProgressRow[], pick: (e: ProgressRow) => string | null): string {
  const parts = entries.map((e) => ({ who: e.reporterName, text: pick(e)?.trim() ?? '' })).filter((p) => p.text !== '');
  if (parts.length <= 1 || entries.length <= 1) return parts.map((p) => p.text).join('\n');
  return parts.map((p) => (p.who ? `${p.who}: ${p.text}` : p.text)).join('\n');
}

function evidenceOf(e: ProgressRow): string | null {
  if (!e.evidenceNumber) return null;
  const date = textDate(e.evidenceDate);
  return date ? `${e.evidenceNumber} ngày ${date}` : e.evidenceNumber;
}

function latest(entries: ProgressRow[]): ProgressRow | null {
  return [...entries].sort((a, b) => ((a.reportedAt ?? a.updatedAt) < (b.reportedAt ?? b.updatedAt) ? 1 : -1))[0] ?? null;
}

function sentenceCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export function gatherReport(sql: Sql, planId: number, periodId: number, today: Date): ReportData {
  const plan = getPlanDetail(sql, planId);
  const periodRow = getReportingPeriod(sql, periodId);
  if (!periodRow || periodRow.plan_id !== planId) {
    throw new AppError('NOT_FOUND', `Kế hoạch này không có kỳ báo cáo số ${periodId}. Hãy chọn lại kỳ báo cáo trong danh sách kỳ của kế hoạch.`);
  }
  const entries = listProgressEntries(sql, planId, periodId);
  const byTask = byKey(entries, (e) => e.taskId);
  const byTarget = byKey(entries, (e) => e.targetId);

  const tasks: TaskOutcome[] = plan.tasks.map((task) => {
    const es = byTask.get(task.id) ?? [];
    return {
      task,
      status: combineTaskStatus(es.map((e) => e.status)),
      result: labelled(es, (e) => e.resultText),
      reason: labelled(es, (e) => e.overrideReason ?? e.note),
      evidence: [...new Set(es.map(evidenceOf).filter((x): x is string => !!x))],
    };
  });

  const targets: TargetOutcome[] = plan.targets.map((target) => {
    const e = latest(byTarget.get(target.id) ?? []);
    const actualValue = e?.actualValue ?? null;
    return {
      target,
      state: targetState(target, e ? { actualValue, status: e.status } : null, periodRow.year),
      actual: e?.actualText?.trim() || (actualValue !== null ? formatVnNumber(actualValue, 2) : ''),
      rate: attainmentRate(target, actualValue),
      reason: (e?.overrideReason ?? e?.note ?? '').trim(),
    };
  });

  const window = nextWindow(periodRow, listPeriodsOf(plan));
  const next = window
    ? {
        ...window,
        tasks: tasks
          .filter((o) => !isDone(o.status) && o.status !== 'dropped')
          .filter((o) => o.task.deadline.end !== null && o.task.deadline.end >= window.start && o.task.deadline.end <= window.end)
          .map((o) => o.task),
      }
    : null;

  const office = getOfficeIdentity(sql);
  const agencyName = officeOrganizationName(sql, office.agency) ?? sentenceCase(office.agency);
  return {
    plan,
    period: {
      id: periodRow.id,
      kind: periodRow.kind,
      label: periodRow.label,
      year: periodRow.year,
      phrase: periodPhrase(periodRow),
      opening: periodOpening(periodRow),
      span: periodSpan(periodRow),
    },
    next,
    tasks,
    targets,
    reporters: [...new Set(entries.map((e) => e.reporterName).filter((x): x is string => !!x))],
    office,
    agencyName,
    planIssuerName: issuerOrganizationName(sql, plan.document.id) ?? sentenceCase(plan.document.issuerAgency),
    addressees: implementedIssuerNames(sql, plan.document.id),
    today,
  };
}

function listPeriodsOf(plan: PlanDetail) {
  return plan.reportingPeriods.map((p) => ({ id: p.id, kind: p.kind, label: p.label, year: p.year, start_date: p.startDate, end_date: p.endDate }));
}
