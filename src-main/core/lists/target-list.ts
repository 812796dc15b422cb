/** The Chỉ tiêu list: every target of every plan, filtered, sorted, grouped and paged in SQL. */
import { sql as raw } from 'kysely';
import type { Sql } from '../db/exec';
import { matchingIdsQuery } from '../search/repository';
import { indexAllPending } from '../search/pending';
import { statusExpr, textMatch, yearOf } from './filters';
import type { GroupKey } from './task-list';
import type { ListFilter, ListSort } from './view-state';
import { archivedPlanIds } from './live-plans';

const STATUS = statusExpr('target');
/** a target's horizon ("Đến năm 2030") is its own year or its group's */
const HORIZON = raw<number | null>`coalesce(g.horizon_year, tg.horizon_year)`;

function filtered(sql: Sql, f: ListFilter, group?: GroupKey) {
  let q = sql.qb
    .selectFrom('targets as g')
    .leftJoin('target_groups as tg', 'tg.id', 'g.group_id');
  // rows of archived plans stay out (usually none: then no per-row check at all); the unary +
  // keeps the planner on the index of the asked sort order
  const archived = archivedPlanIds(sql);
  if (archived.length) q = q.where(raw`+g.plan_id`, 'not in', archived);
  if (f.planIds.length) q = q.where('g.plan_id', 'in', f.planIds);
  if (f.departmentIds.length) {
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('target_departments as x').select('x.target_id').whereRef('x.target_id', '=', 'g.id').where('x.organization_id', 'in', f.departmentIds)),
    );
  }
  const fromYear = yearOf(f.from);
  const toYear = yearOf(f.to);
  if (fromYear !== null) q = q.where(HORIZON, '>=', fromYear);
  if (toYear !== null) q = q.where(HORIZON, '<=', toYear);
  if (f.statuses.length) q = q.where(STATUS, 'in', f.statuses);
  const match = textMatch(f.text);
  if (match) indexAllPending(sql); // rows a bulk write queued are searchable before the filter runs
  if (match) q = q.where('g.id', 'in', matchingIdsQuery(sql, match, 'target'));
  if (group?.by === 'plan') q = q.where('g.plan_id', '=', group.key);
  if (group?.by === 'department') {
    q =
      group.key === 0
        ? q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('target_departments as y').select('y.target_id').whereRef('y.target_id', '=', 'g.id'))))
        : q.where(({ exists, selectFrom }) =>
            exists(selectFrom('target_departments as y').select('y.target_id').whereRef('y.target_id', '=', 'g.id').where('y.organization_id', '=', group.key)),
          );
  }
  return q;
}

export function countTargets(sql: Sql, f: ListFilter, group?: GroupKey): number {
  return sql.first(filtered(sql, f, group).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
}

export function targetGroupCounts(sql: Sql, f: ListFilter, by: 'plan' | 'department'): Array<{ key: number; count: number }> {
  if (by === 'plan') {
    return sql.all(filtered(sql, f).select(['g.plan_id as key', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('g.plan_id'));
  }
  let q = filtered(sql, f).innerJoin('target_departments as d', 'd.target_id', 'g.id');
  if (f.departmentIds.length) q = q.where('d.organization_id', 'in', f.departmentIds);
  const rows = sql.all(q.select(['d.organization_id as key', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('d.organization_id'));
  const none = f.departmentIds.length ? 0 : countTargets(sql, f, { by: 'department', key: 0 });
  return none ? [...rows, { key: 0, count: none }] : rows;
}

/** One window of rows: the ids in order first (a cheap sorter), then their full rows. */
export function targetRows(sql: Sql, f: ListFilter, sort: ListSort, group: GroupKey | undefined, offset: number, limit: number) {
  let ids = filtered(sql, f, group).select('g.id');
  const dir = sort.dir;
  switch (sort.key) {
    case 'name':
      ids = ids.orderBy('g.name_folded', dir).orderBy('g.id', dir);
      break;
    case 'horizon':
      ids = ids.orderBy(HORIZON, (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast()).orderBy('g.plan_id').orderBy('g.position').orderBy('g.id');
      break;
    case 'status':
      ids = ids.orderBy(STATUS, dir).orderBy('g.plan_id').orderBy('g.position').orderBy('g.id');
      break;
    default:
      ids = ids.orderBy('g.plan_id', dir).orderBy('g.position', dir).orderBy('g.id', dir);
      break;
  }
  const order = sql.all(ids.limit(limit).offset(offset)).map((r) => r.id);
  if (!order.length) return [];
  const rows = sql.all(
    sql.qb
      .selectFrom('targets as g')
      .innerJoin('plans as p', 'p.id', 'g.plan_id')
      .innerJoin('documents as pd', 'pd.id', 'p.document_id')
      .leftJoin('target_groups as tg', 'tg.id', 'g.group_id')
      .select([
        'g.id',
        'g.plan_id as planId',
        'pd.number_symbol as planNumber',
        'pd.summary as planSummary',
        'g.code',
        'g.tt',
        'g.name',
        'g.unit',
        'g.target_text as targetText',
        'g.comparator',
        'g.target_value as targetValue',
        HORIZON.as('horizonYear'),
        'tg.title as groupTitle',
        'g.departments_text as departmentsText',
        STATUS.as('status'),
      ])
      .where('g.id', 'in', order),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)!).filter(Boolean);
}

export type TargetListRow = ReturnType<typeof targetRows>[number];

export function targetDepartments(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  return sql.all(
    sql.qb
      .selectFrom('target_departments as x')
      .innerJoin('organizations as o', 'o.id', 'x.organization_id')
      .select(['x.target_id as targetId', 'o.id', 'o.name', 'o.short_name as shortName', 'x.part_note as partNote'])
      .where('x.target_id', 'in', ids)
      .orderBy('x.target_id')
      .orderBy('x.position'),
  );
}
