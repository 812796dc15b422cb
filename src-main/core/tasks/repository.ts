/** Task groups, tasks and who leads, coordinates and answers for them (SQL). */
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export function insertTaskGroup(sql: Sql, g: NewRow<'task_groups'>): number {
  return sql.run(sql.qb.insertInto('task_groups').values(g)).id;
}

export function insertTask(sql: Sql, t: NewRow<'tasks'>): number {
  return sql.run(sql.qb.insertInto('tasks').values(t)).id;
}

export function setTaskParent(sql: Sql, taskId: number, parentTaskId: number): void {
  sql.run(sql.qb.updateTable('tasks').set({ parent_task_id: parentTaskId }).where('id', '=', taskId));
}

export function insertTaskOrganization(sql: Sql, r: NewRow<'task_organizations'>): void {
  sql.run(sql.qb.insertInto('task_organizations').values(r));
}

export function insertTaskDepartment(sql: Sql, r: NewRow<'task_departments'>): void {
  sql.run(sql.qb.insertInto('task_departments').values(r));
}

export function findTaskId(sql: Sql, planId: number, code: string): number | undefined {
  return sql.first(sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', planId).where('code', '=', code))?.id;
}

export function listTaskGroups(sql: Sql, planId: number): Row<'task_groups'>[] {
  return sql.all(sql.qb.selectFrom('task_groups').selectAll().where('plan_id', '=', planId).orderBy('position'));
}

/** Tasks of a plan in order; only those with the given ids when `ids` is given (a one-row refresh). */
export function listTasks(sql: Sql, planId: number, ids?: readonly number[]): Row<'tasks'>[] {
  let q = sql.qb.selectFrom('tasks').selectAll().where('plan_id', '=', planId);
  if (ids) q = q.where('id', 'in', ids.length ? [...ids] : [-1]);
  return sql.all(q.orderBy('position'));
}

export interface TaskOrgLink {
  taskId: number;
  organizationId: number;
  name: string;
  shortName: string | null;
  role: 'lead' | 'coordinating' | 'department';
  partNote: string | null;
}

/** Lead, coordinating and department links of every task of a plan (or of the given tasks), in order. */
export function listTaskOrgLinks(sql: Sql, planId: number, ids?: readonly number[]): TaskOrgLink[] {
  const only = ids ? (ids.length ? [...ids] : [-1]) : null;
  const orgs = sql.all(
    sql.qb
      .selectFrom('task_organizations as x')
      .innerJoin('tasks as t', 't.id', 'x.task_id')
      .innerJoin('organizations as o', 'o.id', 'x.organization_id')
      .select(['x.task_id as taskId', 'o.id as organizationId', 'o.name', 'o.short_name as shortName', 'x.role'])
      .where('t.plan_id', '=', planId)
      .$if(only !== null, (q) => q.where('x.task_id', 'in', only!))
      .orderBy('x.task_id')
      .orderBy('x.position'),
  );
  const depts = sql.all(
    sql.qb
      .selectFrom('task_departments as x')
      .innerJoin('tasks as t', 't.id', 'x.task_id')
      .innerJoin('organizations as o', 'o.id', 'x.organization_id')
      .select(['x.task_id as taskId', 'o.id as organizationId', 'o.name', 'o.short_name as shortName', 'x.part_note as partNote'])
      .where('t.plan_id', '=', planId)
      .$if(only !== null, (q) => q.where('x.task_id', 'in', only!))
      .orderBy('x.task_id')
      .orderBy('x.position'),
  );
  return [
    ...orgs.map((o) => ({ ...o, partNote: null })),
    ...depts.map((d) => ({ ...d, role: 'department' as const })),
  ];
}
