/** The Nhiệm vụ list: every task of every plan, filtered, sorted, grouped and paged in SQL. */
import { sql as raw } from 'kysely';
import type { Sql } from '../db/exec';
import { countMatchesUpTo, isMatchingRow, matchingIdsQuery } from '../search/repository';
import { indexAllPending } from '../search/pending';
import { statusExpr, textMatch } from './filters';
import type { ListFilter, ListSort } from './view-state';
import { archivedPlanIds } from './live-plans';

const STATUS = statusExpr('task');

/** A group of the list: a plan, a department (0 = none assigned), or 0 = the whole list. */
export interface GroupKey {
  by: 'none' | 'plan' | 'department';
  key: number;
}

/**
 * How the text filter joins the list: `set` = the ids of the FTS matches as one IN list
 * (best when few rows match, or every matching row must be visited: counts, status sort);
 * `walk` = the rows in the sort index's order, each checked by an FTS seek on its rowid
 * (best for the first pages when most rows match: about limit / share-of-matches seeks,
 * instead of materialising 100,000 ids before the first row).
 */
export type TextPlan = 'set' | 'walk';

/** Walk the sort index only this deep: past it the seeks (~35 µs each) cost more than the set. */
const WALK_DEPTH = 500;
/** ... and only when at least this share of the tasks match (so at most depth / share seeks). */
const WALK_SHARE = 0.25;

/** The plan for the text filter of one window (see TextPlan): a capped count decides. */
export function textPlanFor(sql: Sql, f: ListFilter, sort: ListSort, offset: number, limit: number): TextPlan {
  const match = textMatch(f.text);
  if (match) indexAllPending(sql); // rows a bulk write queued are searchable before the filter runs
  if (!match || sort.key === 'status' || offset + limit > WALK_DEPTH) return 'set';
  const top = sql.first(sql.qb.selectFrom('tasks').select((eb) => eb.fn.max<number | null>('id').as('m')))?.m ?? 0;
  const cap = Math.max(1, Math.ceil(top * WALK_SHARE));
  return countMatchesUpTo(sql, match, cap, ['task']) >= cap ? 'walk' : 'set';
}

function filtered(sql: Sql, f: ListFilter, group?: GroupKey, textPlan: TextPlan = 'set') {
  let q = sql.qb
    .selectFrom('tasks as t');
  // rows of archived plans stay out (usually none: then no per-row check at all); the unary +
  // keeps the planner on the index of the asked sort order
  const archived = archivedPlanIds(sql);
  if (archived.length) q = q.where(raw`+t.plan_id`, 'not in', archived);
  if (f.planIds.length) q = q.where('t.plan_id', 'in', f.planIds);
  if (f.leadOrgIds.length) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('task_organizations as x')
          .select('x.task_id')
          .whereRef('x.task_id', '=', 't.id')
          .where('x.role', '=', 'lead')
          .where('x.organization_id', 'in', f.leadOrgIds),
      ),
    );
  }
  if (f.departmentIds.length) {
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('task_departments as x').select('x.task_id').whereRef('x.task_id', '=', 't.id').where('x.organization_id', 'in', f.departmentIds)),
    );
  }
  // the deadline interval overlaps the asked range; tasks without a dated deadline drop out
  if (f.from) q = q.where('t.deadline_end', '>=', f.from);
  if (f.to) q = q.where('t.deadline_start', '<=', f.to);
  if (f.statuses.length) q = q.where(STATUS, 'in', f.statuses);
  const match = textMatch(f.text);
  if (match) indexAllPending(sql); // rows a bulk write queued are searchable before the filter runs
  if (match && textPlan === 'walk') q = q.where(isMatchingRow(match, 'task', raw.ref('t.id')));
  else if (match) q = q.where('t.id', 'in', matchingIdsQuery(sql, match, 'task'));
  if (group?.by === 'plan') q = q.where('t.plan_id', '=', group.key);
  if (group?.by === 'department') {
    q =
      group.key === 0
        ? q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('task_departments as y').select('y.task_id').whereRef('y.task_id', '=', 't.id'))))
        : q.where(({ exists, selectFrom }) =>
            exists(selectFrom('task_departments as y').select('y.task_id').whereRef('y.task_id', '=', 't.id').where('y.organization_id', '=', group.key)),
          );
  }
  return q;
}

/** The filter holds words and nothing else. */
const textOnly = (f: ListFilter) =>
  !f.planIds.length && !f.leadOrgIds.length && !f.departmentIds.length && !f.from && !f.to && !f.statuses.length;

/**
 * The exact row count (the list sizes its scroll area by it). Words alone, no archived plan,
 * no group: every task row has exactly one index row (triggers), so the FTS count is the
 * answer, without building the id set and probing 100,000 tasks (~3× faster for "giáo dục").
 */
export function countTasks(sql: Sql, f: ListFilter, group?: GroupKey): number {
  const match = textMatch(f.text);
  if (match) indexAllPending(sql); // rows a bulk write queued are searchable before the filter runs
  if (match && !group && textOnly(f) && !archivedPlanIds(sql).length) return countMatchesUpTo(sql, match, Number.MAX_SAFE_INTEGER, ['task']);
  return sql.first(filtered(sql, f, group).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
}

/** Row counts per plan or per department (a task with two departments counts in both). */
export function taskGroupCounts(sql: Sql, f: ListFilter, by: 'plan' | 'department'): Array<{ key: number; count: number }> {
  if (by === 'plan') {
    return sql.all(filtered(sql, f).select(['t.plan_id as key', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('t.plan_id'));
  }
  let q = filtered(sql, f).innerJoin('task_departments as d', 'd.task_id', 't.id');
  if (f.departmentIds.length) q = q.where('d.organization_id', 'in', f.departmentIds);
  const rows = sql.all(q.select(['d.organization_id as key', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('d.organization_id'));
  const none = f.departmentIds.length ? 0 : countTasks(sql, f, { by: 'department', key: 0 });
  return none ? [...rows, { key: 0, count: none }] : rows;
}

/** The ids of one window in order (the sorter carries only the id and its key); `plan` forces the text plan (tests). */
export function taskIdsQuery(
  sql: Sql,
  f: ListFilter,
  sort: ListSort,
  group: GroupKey | undefined,
  offset: number,
  limit: number,
  plan: TextPlan = textPlanFor(sql, f, sort, offset, limit),
) {
  let ids = filtered(sql, f, group, plan).select('t.id');
  const dir = sort.dir;
  // ties break on the id alone where an index holds the order (title, deadline): the index
  // then gives the rows already sorted, even 99,900 rows deep
  switch (sort.key) {
    case 'title':
      ids = ids.orderBy('t.title_folded', dir).orderBy('t.id', dir);
      break;
    case 'deadline':
      ids = ids.orderBy('t.deadline_end', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast()).orderBy('t.id', dir);
      break;
    case 'status':
      ids = ids.orderBy(STATUS, dir).orderBy('t.plan_id').orderBy('t.position').orderBy('t.id');
      break;
    default:
      ids = ids.orderBy('t.plan_id', dir).orderBy('t.position', dir).orderBy('t.id', dir);
      break;
  }
  return ids.limit(limit).offset(offset);
}

/**
 * One window of rows in two steps: the ids in order (so a deep offset into 100,000 rows
 * stays cheap), then the full rows of those ids.
 */
export function taskRows(sql: Sql, f: ListFilter, sort: ListSort, group: GroupKey | undefined, offset: number, limit: number) {
  const order = sql.all(taskIdsQuery(sql, f, sort, group, offset, limit)).map((r) => r.id);
  if (!order.length) return [];
  const rows = sql.all(
    sql.qb
      .selectFrom('tasks as t')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .innerJoin('documents as pd', 'pd.id', 'p.document_id')
      .select([
        't.id',
        't.plan_id as planId',
        'pd.number_symbol as planNumber',
        'pd.summary as planSummary',
        't.code',
        't.tt',
        't.title',
        't.lead_text as leadText',
        't.coordinating_text as coordinatingText',
        't.output',
        't.deadline_text as deadlineText',
        't.deadline_start as deadlineStart',
        't.deadline_end as deadlineEnd',
        't.deadline_kind as deadlineKind',
        't.departments_text as departmentsText',
        't.budget_text as budgetText',
        't.budget_dong as budgetDong',
        't.funding_source as fundingSource',
        STATUS.as('status'),
      ])
      .where('t.id', 'in', order),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)!).filter(Boolean);
}

export type TaskListRow = ReturnType<typeof taskRows>[number];

/** Lead and department bodies of the given tasks, in order. */
export function taskOrgs(sql: Sql, ids: number[]) {
  if (!ids.length) return { leads: [], departments: [] };
  const leads = sql.all(
    sql.qb
      .selectFrom('task_organizations as x')
      .innerJoin('organizations as o', 'o.id', 'x.organization_id')
      .select(['x.task_id as taskId', 'o.id', 'o.name', 'o.short_name as shortName'])
      .where('x.task_id', 'in', ids)
      .where('x.role', '=', 'lead')
      .orderBy('x.task_id')
      .orderBy('x.position'),
  );
  const departments = sql.all(
    sql.qb
      .selectFrom('task_departments as x')
      .innerJoin('organizations as o', 'o.id', 'x.organization_id')
      .select(['x.task_id as taskId', 'o.id', 'o.name', 'o.short_name as shortName', 'x.part_note as partNote'])
      .where('x.task_id', 'in', ids)
      .orderBy('x.task_id')
      .orderBy('x.position'),
  );
  return { leads, departments };
}
