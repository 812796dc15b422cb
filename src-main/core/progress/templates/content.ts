/** What a collection template holds for a plan, a period and each reporting body (SQL reads). */
import type { Sql } from '../../db/exec';
import { AppError } from '../../errors';
import { getPlanRow } from '../../plans/repository';
import { requirePeriod } from '../../periods/service';
import { compareVi } from '../../vn/text';
import { listExpected, listExpectedOrgs } from '../expected';
import { listEntriesWithOrg } from '../repository';
import { CLAIM_LABELS, STATUS_LABELS, type Claim, type StatusCode } from '../status-names';

export interface Prefill {
  status: string | null;
  result: string | null;
  completed: string | null;
  actual: number | null;
  met: boolean | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  note: string | null;
}

export interface TaskLine {
  id: number;
  code: string;
  title: string;
  partNote: string | null;
  deadline: string | null;
  output: string | null;
  prefill: Prefill | null;
}

export interface TargetLine {
  id: number;
  code: string;
  title: string;
  unit: string | null;
  target: string | null;
  prefill: Prefill | null;
}

export interface BodyContent {
  orgId: number;
  name: string;
  shortName: string | null;
  tasks: TaskLine[];
  targets: TargetLine[];
}

export interface TemplateContent {
  plan: { id: number; title: string; numberSymbol: string | null };
  period: { id: number; label: string; startDate: string | null; endDate: string | null; dueDate: string | null; dueText: string | null };
  bodies: BodyContent[];
}

function byPosition<T extends { position: number }>(a: T, b: T): number {
  return a.position - b.position;
}

export function templateContent(sql: Sql, planId: number, periodId: number, orgId?: number): TemplateContent {
  const period = requirePeriod(sql, periodId);
  if (period.plan_id !== planId) {
    throw new AppError('INVALID_INPUT', `Kỳ báo cáo số ${periodId} ("${period.label}") không thuộc kế hoạch số ${planId}.`);
  }
  const plan = getPlanRow(sql, planId)!;
  const orgs = listExpectedOrgs(sql, planId, period.end_date).sort((a, b) => compareVi(a.name, b.name));
  const chosen = orgId === undefined ? orgs : orgs.filter((o) => o.id === orgId);
  if (orgId !== undefined && chosen.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      `Đơn vị số ${orgId} không phụ trách nhiệm vụ hay chỉ tiêu nào của kế hoạch này trong kỳ "${period.label}". Các đơn vị có phần việc: ${orgs.map((o) => `${o.id} (${o.name})`).join(', ') || 'chưa có'}.`,
    );
  }
  const tasks = new Map(
    sql.all(sql.qb.selectFrom('tasks').select(['id', 'code', 'title', 'deadline_text', 'output', 'position']).where('plan_id', '=', planId)).map((t) => [t.id, t]),
  );
  const targets = new Map(
    sql.all(sql.qb.selectFrom('targets').select(['id', 'code', 'name', 'unit', 'target_text', 'position']).where('plan_id', '=', planId)).map((t) => [t.id, t]),
  );
  const parts = new Map(
    sql
      .all(sql.qb.selectFrom('task_departments as d').innerJoin('tasks as t', 't.id', 'd.task_id').select(['d.task_id', 'd.organization_id', 'd.part_note']).where('t.plan_id', '=', planId))
      .map((r) => [`${r.organization_id}:${r.task_id}`, r.part_note]),
  );
  const entries = new Map(listEntriesWithOrg(sql, period.id).map((e) => [`${e.reporter_org_id}:${e.task_id ? 'task' : 'target'}:${e.task_id ?? e.target_id}`, e]));
  const prefill = (org: number, table: string, id: number): Prefill | null => {
    const e = entries.get(`${org}:${table}:${id}`);
    if (!e) return null;
    const claim = e.status_overridden ? (e.status as StatusCode) : ((e.reported_status as Claim | null) ?? null);
    return {
      status: claim ? CLAIM_LABELS[claim] : STATUS_LABELS[e.status as StatusCode] ?? null,
      result: e.result_text,
      completed: e.completed_date,
      actual: e.actual_value,
      met: e.met === null ? null : e.met === 1,
      evidenceNumber: e.evidence_number,
      evidenceDate: e.evidence_date,
      note: e.note,
    };
  };
  const expected = listExpected(sql, planId, period.id, period.end_date, orgId);
  return {
    plan: { id: planId, title: plan.summary, numberSymbol: plan.number_symbol },
    period: { id: period.id, label: period.label, startDate: period.start_date, endDate: period.end_date, dueDate: period.due_date, dueText: period.due_text },
    bodies: chosen.map((o) => {
      const mine = expected.filter((x) => x.orgId === o.id);
      return {
        orgId: o.id,
        name: o.name,
        shortName: o.shortName,
        tasks: mine
          .filter((x) => x.table === 'task')
          .map((x) => {
            const t = tasks.get(x.itemId)!;
            return { id: t.id, code: t.code, title: t.title, partNote: parts.get(`${o.id}:${t.id}`) ?? null, deadline: t.deadline_text, output: t.output, prefill: prefill(o.id, 'task', t.id), position: t.position };
          })
          .sort(byPosition)
          .map(({ position: _p, ...t }) => t),
        targets: mine
          .filter((x) => x.table === 'target')
          .map((x) => {
            const g = targets.get(x.itemId)!;
            return { id: g.id, code: g.code, title: g.name, unit: g.unit, target: g.target_text, prefill: prefill(o.id, 'target', g.id), position: g.position };
          })
          .sort(byPosition)
          .map(({ position: _p, ...g }) => g),
      };
    }),
  };
}
