/**
 * The Nhiệm vụ and Chỉ tiêu lists as the UI pages through them: the groups of the current
 * view with their row counts (one group when not grouped), then windows of rows of one
 * group. The renderer virtualises and asks only for the rows on screen.
 */
import type { Sql } from '../db/exec';
import { compareVi } from '../vn/text';
import { countTargets, targetDepartments, targetGroupCounts, targetRows } from './target-list';
import { countTasks, taskGroupCounts, taskOrgs, taskRows, type GroupKey } from './task-list';
import type { ListPage, ListViewState } from './view-state';

export interface ListGroup {
  /** plan id, department id, 0 for "no department" or for the whole list when not grouped */
  key: number;
  label: string;
  count: number;
}

export const MAX_WINDOW = 500;

function planLabels(sql: Sql, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  const rows = sql.all(
    sql.qb
      .selectFrom('plans as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select(['p.id', 'd.number_symbol as number', 'd.summary'])
      .where('p.id', 'in', ids),
  );
  return new Map(rows.map((r) => [r.id, r.number ? `${r.number} — ${r.summary}` : `Dự thảo — ${r.summary}`]));
}

function orgLabels(sql: Sql, ids: number[]): Map<number, string> {
  const real = ids.filter((i) => i > 0);
  if (!real.length) return new Map();
  const rows = sql.all(sql.qb.selectFrom('organizations').select(['id', 'name']).where('id', 'in', real));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function listGroups(sql: Sql, page: ListPage, state: ListViewState): { total: number; groups: ListGroup[] } {
  const f = state.filter;
  const count = page === 'tasks' ? countTasks : countTargets;
  if (state.groupBy === 'none') {
    const n = count(sql, f);
    return { total: n, groups: n ? [{ key: 0, label: '', count: n }] : [] };
  }
  const counts = (page === 'tasks' ? taskGroupCounts : targetGroupCounts)(sql, f, state.groupBy);
  let groups: ListGroup[];
  if (state.groupBy === 'plan') {
    const labels = planLabels(sql, counts.map((c) => c.key));
    groups = counts.map((c) => ({ ...c, label: labels.get(c.key) ?? `Kế hoạch ${c.key}` })).sort((a, b) => a.key - b.key);
  } else {
    const labels = orgLabels(sql, counts.map((c) => c.key));
    groups = counts
      .map((c) => ({ ...c, label: c.key === 0 ? 'Chưa giao phòng phụ trách' : (labels.get(c.key) ?? `Đơn vị ${c.key}`) }))
      .sort((a, b) => (a.key === 0 ? 1 : b.key === 0 ? -1 : compareVi(a.label, b.label)));
  }
  return { total: groups.reduce((s, g) => s + g.count, 0), groups };
}

function groupKey(state: ListViewState, key: number): GroupKey | undefined {
  return state.groupBy === 'none' ? undefined : { by: state.groupBy, key };
}

const clampWindow = (offset: number, limit: number) => ({ offset: Math.max(0, offset), limit: Math.max(1, Math.min(limit, MAX_WINDOW)) });

export function listTaskWindow(sql: Sql, state: ListViewState, group: number, offset: number, limit: number) {
  const w = clampWindow(offset, limit);
  const rows = taskRows(sql, state.filter, state.sort, groupKey(state, group), w.offset, w.limit);
  const { leads, departments } = taskOrgs(sql, rows.map((r) => r.id));
  const by = <T extends { taskId: number }>(list: T[], id: number) =>
    list.filter((x) => x.taskId === id).map(({ taskId: _t, ...o }) => o);
  return rows.map((r) => ({ ...r, leads: by(leads, r.id), departments: by(departments, r.id) }));
}

export function listTargetWindow(sql: Sql, state: ListViewState, group: number, offset: number, limit: number) {
  const w = clampWindow(offset, limit);
  const rows = targetRows(sql, state.filter, state.sort, groupKey(state, group), w.offset, w.limit);
  const departments = targetDepartments(sql, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    departments: departments.filter((d) => d.targetId === r.id).map(({ targetId: _t, ...o }) => o),
  }));
}

export type TaskWindowRow = ReturnType<typeof listTaskWindow>[number];
export type TargetWindowRow = ReturnType<typeof listTargetWindow>[number];

/** What the filter pickers offer: plans, bodies leading a task, departments answering for a row. */
export function listOptions(sql: Sql) {
  const plans = sql.all(
    sql.qb
      .selectFrom('plans as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select(['p.id', 'd.number_symbol as number', 'd.summary'])
      .where('d.archived_at', 'is', null)
      .orderBy('p.id'),
  );
  const orgs = (ids: Array<{ id: number }>) => {
    const labels = sql.all(
      sql.qb
        .selectFrom('organizations')
        .select(['id', 'name', 'short_name as shortName'])
        .where('id', 'in', ids.length ? ids.map((i) => i.id) : [-1]),
    );
    return labels.sort((a, b) => compareVi(a.name, b.name));
  };
  const leadIds = sql.all(sql.qb.selectFrom('task_organizations').select('organization_id as id').where('role', '=', 'lead').distinct());
  const deptIds = sql.all(
    sql.qb
      .selectFrom('task_departments')
      .select('organization_id as id')
      .union(sql.qb.selectFrom('target_departments').select('organization_id as id')),
  );
  return { plans, leadOrgs: orgs(leadIds), departments: orgs(deptIds) };
}
