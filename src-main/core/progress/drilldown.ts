/** The rows behind every dashboard number (SQL): entries by status/body/group, overdue, due soon, lagging, missing. */
import { sql as q, type RawBuilder } from 'kysely';
import type { Sql } from '../db/exec';
import { requirePeriod } from '../periods/service';
import { compareVi } from '../vn/text';
import { NOT_MET } from './dashboard';
import { entryJoin, expectedCte } from './expected';
import { rawQuery } from './raw';
import type { StatusCode } from './status-names';

export type RowsFilter =
  | { kind: 'entries'; status?: StatusCode; orgId?: number | null; groupKey?: string }
  | { kind: 'overdue' }
  | { kind: 'dueSoon' }
  | { kind: 'lagging' }
  | { kind: 'missing'; orgId?: number };

export interface DrillRow {
  entryId: number | null;
  table: 'task' | 'target';
  itemId: number;
  code: string;
  title: string;
  orgId: number | null;
  orgName: string | null;
  status: string | null;
  deadlineText: string | null;
  deadlineEnd: string | null;
  resultText: string | null;
  actualValue: number | null;
  targetText: string | null;
  unit: string | null;
  completedDate: string | null;
  reportedAt: string | null;
}

const LIMIT = 1000;

const ENTRY_SELECT = q`
  SELECT e.id AS entryId, CASE WHEN e.task_id IS NOT NULL THEN 'task' ELSE 'target' END AS "table",
         coalesce(e.task_id, e.target_id) AS itemId, coalesce(t.code, g.code) AS code, coalesce(t.title, g.name) AS title,
         e.reporter_org_id AS orgId, o.name AS orgName, e.status, t.deadline_text AS deadlineText, t.deadline_end AS deadlineEnd,
         e.result_text AS resultText, e.actual_value AS actualValue, g.target_text AS targetText, g.unit,
         e.completed_date AS completedDate, e.reported_at AS reportedAt
    FROM progress_entries e LEFT JOIN tasks t ON t.id = e.task_id LEFT JOIN targets g ON g.id = e.target_id
    LEFT JOIN organizations o ON o.id = e.reporter_org_id`;

function unreported(planId: number, periodId: number, end: string | null, where: RawBuilder<unknown>) {
  return q`
    WITH x AS (${expectedCte(planId, end)})
    SELECT NULL AS entryId, CASE WHEN x.task_id <> 0 THEN 'task' ELSE 'target' END AS "table",
           CASE WHEN x.task_id <> 0 THEN x.task_id ELSE x.target_id END AS itemId,
           coalesce(t.code, g.code) AS code, coalesce(t.title, g.name) AS title, x.org_id AS orgId, o.name AS orgName,
           NULL AS status, t.deadline_text AS deadlineText, t.deadline_end AS deadlineEnd, NULL AS resultText,
           NULL AS actualValue, g.target_text AS targetText, g.unit, NULL AS completedDate, NULL AS reportedAt
      FROM x JOIN organizations o ON o.id = x.org_id LEFT JOIN tasks t ON t.id = x.task_id LEFT JOIN targets g ON g.id = x.target_id
      LEFT JOIN ${entryJoin(periodId)}
     WHERE e.id IS NULL AND ${where}`;
}

export function drillRows(sql: Sql, periodId: number, filter: RowsFilter, today: string): { rows: DrillRow[]; truncated: boolean } {
  const p = requirePeriod(sql, periodId);
  const ref = p.end_date ?? today;
  const run = (query: RawBuilder<unknown>) => sql.all(rawQuery(sql, q<DrillRow>`${query} LIMIT ${LIMIT + 1}`));
  let rows: DrillRow[];
  switch (filter.kind) {
    case 'entries': {
      const conds = [q`e.period_id = ${p.id}`];
      if (filter.status) conds.push(q`e.status = ${filter.status}`);
      if (filter.orgId !== undefined) conds.push(q`e.reporter_org_id IS ${filter.orgId}`);
      if (filter.groupKey) {
        const [table, gid] = filter.groupKey.split(':');
        const id = Number(gid) || null;
        conds.push(table === 'task' ? q`e.task_id IS NOT NULL AND t.group_id IS ${id}` : q`e.target_id IS NOT NULL AND g.group_id IS ${id}`);
      }
      rows = run(q`${ENTRY_SELECT} WHERE ${q.join(conds, q` AND `)}`);
      break;
    }
    case 'overdue':
      rows = [
        ...run(q`${ENTRY_SELECT} WHERE e.period_id = ${p.id} AND e.status = 'overdue'`),
        ...run(unreported(p.plan_id, p.id, p.end_date, q`t.deadline_end < ${ref}`)),
      ];
      break;
    case 'lagging':
      rows = run(q`${ENTRY_SELECT} WHERE e.period_id = ${p.id} AND e.target_id IS NOT NULL AND e.status <> 'dropped' AND ${NOT_MET}`);
      break;
    case 'missing':
      rows = run(unreported(p.plan_id, p.id, p.end_date, filter.orgId ? q`x.org_id = ${filter.orgId}` : q`1`));
      break;
    case 'dueSoon':
      rows = run(q`
        SELECT NULL AS entryId, 'task' AS "table", t.id AS itemId, t.code, t.title, NULL AS orgId, t.departments_text AS orgName,
               NULL AS status, t.deadline_text AS deadlineText, t.deadline_end AS deadlineEnd, NULL AS resultText, NULL AS actualValue,
               NULL AS targetText, NULL AS unit, NULL AS completedDate, NULL AS reportedAt
          FROM tasks t
         WHERE t.plan_id = ${p.plan_id} AND t.deadline_end BETWEEN ${today} AND date(${today}, '+30 days')
           AND NOT EXISTS (SELECT 1 FROM progress_entries e WHERE e.period_id = ${p.id} AND e.task_id = t.id
                            AND e.status IN ('done_on_time', 'done_late', 'dropped'))`);
      break;
  }
  const truncated = rows.length > LIMIT;
  rows = rows.slice(0, LIMIT).sort((a, b) => (a.table === b.table ? compareVi(a.code, b.code) : a.table === 'task' ? -1 : 1) || compareVi(a.orgName ?? '', b.orgName ?? ''));
  return { rows, truncated };
}
