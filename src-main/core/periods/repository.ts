/** Reporting periods of a plan (SQL). */
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export function insertReportingPeriod(sql: Sql, p: NewRow<'reporting_periods'>): number {
  return sql.run(sql.qb.insertInto('reporting_periods').values(p)).id;
}

export function listReportingPeriods(sql: Sql, planId: number): Row<'reporting_periods'>[] {
  return sql.all(
    sql.qb.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).orderBy('position'),
  );
}
