/**
 * A period's progress sheet for the plan page: every expected (item, body) pair and every
 * entry received, with the item's deadline or target and the entry's attainment.
 */
import type { Sql } from '../db/exec';
import { periodView, requirePeriod } from '../periods/service';
import { compareVi } from '../vn/text';
import { attainment, type Attainment } from './attainment';
import { listExpected } from './expected';
import { listEntriesWithOrg } from './repository';

export interface EntryView {
  id: number;
  status: string;
  statusOverridden: boolean;
  overrideReason: string | null;
  reportedStatus: string | null;
  resultText: string | null;
  actualValue: number | null;
  actualText: string | null;
  met: boolean | null;
  completedDate: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  decidingDocument: string | null;
  note: string | null;
  enteredBy: string | null;
  sourceFile: string | null;
  reportedAt: string | null;
}

export interface SheetRow {
  key: string;
  table: 'task' | 'target';
  itemId: number;
  code: string;
  title: string;
  groupTitle: string | null;
  deadlineText: string | null;
  deadlineEnd: string | null;
  targetText: string | null;
  unit: string | null;
  orgId: number | null;
  orgName: string | null;
  expected: boolean;
  entry: EntryView | null;
  attainment: Attainment | null;
}

export function progressSheet(sql: Sql, periodId: number) {
  const p = requirePeriod(sql, periodId);
  const tasks = new Map(
    sql
      .all(
        sql.qb
          .selectFrom('tasks as t')
          .leftJoin('task_groups as g', 'g.id', 't.group_id')
          .select(['t.id', 't.code', 't.title', 't.position', 't.deadline_text', 't.deadline_end', 'g.code as gcode', 'g.title as gtitle'])
          .where('t.plan_id', '=', p.plan_id),
      )
      .map((t) => [t.id, t]),
  );
  const targets = new Map(
    sql
      .all(
        sql.qb
          .selectFrom('targets as t')
          .leftJoin('target_groups as g', 'g.id', 't.group_id')
          .select(['t.id', 't.code', 't.name', 't.position', 't.target_text', 't.unit', 't.comparator', 't.target_value', 'g.code as gcode', 'g.title as gtitle'])
          .where('t.plan_id', '=', p.plan_id),
      )
      .map((t) => [t.id, t]),
  );
  const orgNames = new Map(sql.all(sql.qb.selectFrom('organizations').select(['id', 'name'])).map((o) => [o.id, o.name]));
  const rows = new Map<string, SheetRow & { position: number }>();
  const base = (table: 'task' | 'target', itemId: number, orgId: number | null) => {
    const key = `${table}:${itemId}:${orgId ?? 0}`;
    let row = rows.get(key);
    if (row) return row;
    const t = table === 'task' ? tasks.get(itemId) : undefined;
    const g = table === 'target' ? targets.get(itemId) : undefined;
    row = {
      key,
      table,
      itemId,
      code: t?.code ?? g?.code ?? '',
      title: t?.title ?? g?.name ?? '',
      groupTitle: t ? (t.gcode ? `${t.gcode}. ${t.gtitle}` : null) : g?.gcode ? `${g.gcode}. ${g.gtitle}` : null,
      deadlineText: t?.deadline_text ?? null,
      deadlineEnd: t?.deadline_end ?? null,
      targetText: g?.target_text ?? null,
      unit: g?.unit ?? null,
      orgId,
      orgName: orgId === null ? null : (orgNames.get(orgId) ?? null),
      expected: false,
      entry: null,
      attainment: null,
      position: t?.position ?? g?.position ?? 0,
    };
    rows.set(key, row);
    return row;
  };
  for (const x of listExpected(sql, p.plan_id, p.id, p.end_date)) base(x.table, x.itemId, x.orgId).expected = true;
  for (const e of listEntriesWithOrg(sql, p.id)) {
    const table = e.task_id !== null ? 'task' : 'target';
    const row = base(table, (e.task_id ?? e.target_id)!, e.reporter_org_id);
    const met = e.met === null ? null : e.met === 1;
    row.entry = {
      id: e.id,
      status: e.status,
      statusOverridden: e.status_overridden === 1,
      overrideReason: e.override_reason,
      reportedStatus: e.reported_status,
      resultText: e.result_text,
      actualValue: e.actual_value,
      actualText: e.actual_text,
      met,
      completedDate: e.completed_date,
      evidenceNumber: e.evidence_number,
      evidenceDate: e.evidence_date,
      decidingDocument: e.deciding_document,
      note: e.note,
      enteredBy: e.entered_by,
      sourceFile: e.source_file,
      reportedAt: e.reported_at,
    };
    if (table === 'target') {
      const g = targets.get(e.target_id!);
      row.attainment = attainment({ comparator: g?.comparator ?? null, targetValue: g?.target_value ?? null }, { actualValue: e.actual_value, met });
    }
  }
  const list = [...rows.values()].sort(
    (a, b) => (a.table === b.table ? 0 : a.table === 'task' ? -1 : 1) || a.position - b.position || compareVi(a.orgName ?? '', b.orgName ?? ''),
  );
  return { period: periodView(p), rows: list.map(({ position: _p, ...r }) => r) };
}
