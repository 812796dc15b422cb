/**
 * Who is expected to report on what in a period (SQL): each department of a task or target
 * (task_departments, target_departments) and each unit leading a task (schools, universities,
 * centres, communes; not the Sở itself, higher bodies or collectives). A task counts once it
 * has begun by the period's cut-off (deadline start on or before the period end, or none).
 * Rows carry 0 for the table they are not in, matching the unique index of progress_entries.
 */
import { sql as q, type RawBuilder } from 'kysely';
import type { Sql } from '../db/exec';
import { rawQuery } from './raw';

export const REPORTING_UNIT_KINDS = ['department', 'school', 'university', 'centre', 'commune', 'enterprise', 'other'] as const;

export function expectedCte(planId: number, periodEnd: string | null): RawBuilder<unknown> {
  const active = q`(${periodEnd} IS NULL OR t.deadline_start IS NULL OR t.deadline_start <= ${periodEnd})`;
  const kinds = q.join(REPORTING_UNIT_KINDS.map((k) => q`${k}`));
  return q`
    SELECT td.organization_id AS org_id, t.id AS task_id, 0 AS target_id
      FROM task_departments td JOIN tasks t ON t.id = td.task_id
     WHERE t.plan_id = ${planId} AND ${active}
    UNION
    SELECT x.organization_id, t.id, 0
      FROM task_organizations x JOIN tasks t ON t.id = x.task_id JOIN organizations o ON o.id = x.organization_id
     WHERE x.role = 'lead' AND o.kind IN (${kinds}) AND t.plan_id = ${planId} AND ${active}
    UNION
    SELECT tg.organization_id, 0, g.id
      FROM target_departments tg JOIN targets g ON g.id = tg.target_id
     WHERE g.plan_id = ${planId}`;
}

/** The join from an expected row to its entry (uses the unique index progress_entries_one_report). */
export function entryJoin(periodId: number): RawBuilder<unknown> {
  return q`progress_entries e ON e.period_id = ${periodId} AND ifnull(e.task_id, 0) = x.task_id
    AND ifnull(e.target_id, 0) = x.target_id AND ifnull(e.reporter_org_id, 0) = x.org_id`;
}

export interface ExpectedItem {
  orgId: number;
  table: 'task' | 'target';
  itemId: number;
  entryId: number | null;
}

/** Expected (body, item) pairs of a period, optionally of one body, with their entry if any. */
export function listExpected(sql: Sql, planId: number, periodId: number, periodEnd: string | null, orgId?: number): ExpectedItem[] {
  const rows = sql.all(
    rawQuery(
      sql,
      q<{ org_id: number; task_id: number; target_id: number; entry_id: number | null }>`
        WITH x AS (${expectedCte(planId, periodEnd)})
        SELECT x.org_id, x.task_id, x.target_id, e.id AS entry_id
          FROM x LEFT JOIN ${entryJoin(periodId)}
         WHERE ${orgId ?? null} IS NULL OR x.org_id = ${orgId ?? null}`,
    ),
  );
  return rows.map((r) => ({
    orgId: r.org_id,
    table: r.task_id ? 'task' : 'target',
    itemId: r.task_id || r.target_id,
    entryId: r.entry_id,
  }));
}

/** Bodies expected to report in a period, with how many items each. */
export function listExpectedOrgs(sql: Sql, planId: number, periodEnd: string | null) {
  return sql.all(
    rawQuery(
      sql,
      q<{ id: number; name: string; shortName: string | null; kind: string; tasks: number; targets: number }>`
        WITH x AS (${expectedCte(planId, periodEnd)})
        SELECT o.id, o.name, o.short_name AS shortName, o.kind,
               sum(x.task_id <> 0) AS tasks, sum(x.target_id <> 0) AS targets
          FROM x JOIN organizations o ON o.id = x.org_id
         GROUP BY o.id`,
    ),
  );
}
