/** Reporting periods of a plan (SQL). */
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export type PeriodRow = Row<'reporting_periods'>;

export function insertReportingPeriod(sql: Sql, p: NewRow<'reporting_periods'>): number {
  return sql.run(sql.qb.insertInto('reporting_periods').values(p)).id;
}

export function listReportingPeriods(sql: Sql, planId: number): PeriodRow[] {
  return sql.all(
    sql.qb.selectFrom('reporting_periods').selectAll().where('plan_id', '=', planId).orderBy('position').orderBy('id'),
  );
}

export function getReportingPeriod(sql: Sql, id: number): PeriodRow | undefined {
  return sql.first(sql.qb.selectFrom('reporting_periods').selectAll().where('id', '=', id));
}

export type PeriodChanges = Partial<
  Pick<PeriodRow, 'label' | 'start_date' | 'end_date' | 'due_date' | 'due_text' | 'reporters' | 'position' | 'locked_at' | 'lock_note'>
>;

export function updateReportingPeriod(sql: Sql, id: number, changes: PeriodChanges): void {
  sql.run(
    sql.qb
      .updateTable('reporting_periods')
      .set({ ...changes, updated_at: new Date().toISOString() })
      .where('id', '=', id),
  );
}

export function setPeriodPosition(sql: Sql, id: number, position: number): void {
  sql.run(sql.qb.updateTable('reporting_periods').set({ position }).where('id', '=', id));
}

export function deleteReportingPeriod(sql: Sql, id: number): void {
  sql.run(sql.qb.deleteFrom('reporting_periods').where('id', '=', id));
}

export function countPeriodEntries(sql: Sql, periodId: number): number {
  return (
    sql.first(
      sql.qb
        .selectFrom('progress_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('period_id', '=', periodId),
    )?.n ?? 0
  );
}
