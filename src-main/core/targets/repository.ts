/** Target groups, targets and their departments (SQL). */
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export function insertTargetGroup(sql: Sql, g: NewRow<'target_groups'>): number {
  return sql.run(sql.qb.insertInto('target_groups').values(g)).id;
}

export function insertTarget(sql: Sql, t: NewRow<'targets'>): number {
  return sql.run(sql.qb.insertInto('targets').values(t)).id;
}

export function setTargetSource(sql: Sql, targetId: number, sourceTargetId: number): void {
  sql.run(sql.qb.updateTable('targets').set({ source_target_id: sourceTargetId }).where('id', '=', targetId));
}

export function insertTargetDepartment(sql: Sql, r: NewRow<'target_departments'>): void {
  sql.run(sql.qb.insertInto('target_departments').values(r));
}

export function findTargetId(sql: Sql, planId: number, code: string): number | undefined {
  return sql.first(sql.qb.selectFrom('targets').select('id').where('plan_id', '=', planId).where('code', '=', code))?.id;
}

export function listTargetGroups(sql: Sql, planId: number): Row<'target_groups'>[] {
  return sql.all(sql.qb.selectFrom('target_groups').selectAll().where('plan_id', '=', planId).orderBy('position'));
}

/** Targets of a plan in order; only those with the given ids when `ids` is given (a one-row refresh). */
export function listTargets(sql: Sql, planId: number, ids?: readonly number[]): Row<'targets'>[] {
  let q = sql.qb.selectFrom('targets').selectAll().where('plan_id', '=', planId);
  if (ids) q = q.where('id', 'in', ids.length ? [...ids] : [-1]);
  return sql.all(q.orderBy('position'));
}

export function listTargetDepartments(sql: Sql, planId: number, ids?: readonly number[]) {
  const only = ids ? (ids.length ? [...ids] : [-1]) : null;
  return sql.all(
    sql.qb
      .selectFrom('target_departments as x')
      .innerJoin('targets as t', 't.id', 'x.target_id')
      .innerJoin('organizations as o', 'o.id', 'x.organization_id')
      .select(['x.target_id as targetId', 'o.id as organizationId', 'o.name', 'o.short_name as shortName', 'x.part_note as partNote'])
      .where('t.plan_id', '=', planId)
      .$if(only !== null, (q) => q.where('x.target_id', 'in', only!))
      .orderBy('x.target_id')
      .orderBy('x.position'),
  );
}
