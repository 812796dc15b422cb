/**
 * What to re-read after an edit. A plain cell edit (one row, or many rows overwritten by a
 * paste or a clear) touches only those rows: the page re-reads them (tasks.rows /
 * targets.rows) and swaps them into the plan it holds, so a 5,000-row plan is not
 * fetched again and the grid keeps its scroll position. Anything structural (insert,
 * move, delete, groups, metadata, derive, a revert from the history panel) re-reads the plan.
 */
import type { MethodOutput } from '../../../../src-main/api/contract/methods';

// the plan's shapes from the contract (not ./rows, which brings the grid's React types)
type PlanDetail = MethodOutput<'plans.get'>;
type TaskItem = PlanDetail['tasks'][number];
type TargetItem = PlanDetail['targets'][number];

export type RowTable = 'tasks' | 'targets';
export type RefreshScope = { kind: 'rows'; table: RowTable; ids: number[] } | { kind: 'plan' };

interface Batch {
  updates?: Array<{ id: number }>;
  insert?: unknown;
}

/** The part of the plan an edit (method + input) can have changed. */
export function refreshScope(method: string, input: unknown): RefreshScope {
  const [table, verb] = method.split('.') as [string, string];
  if (table !== 'tasks' && table !== 'targets') return { kind: 'plan' };
  if (verb === 'update') return { kind: 'rows', table, ids: [(input as { id: number }).id] };
  if (verb === 'batch') {
    const b = input as Batch;
    if (b.insert !== undefined || !b.updates?.length) return { kind: 'plan' };
    return { kind: 'rows', table, ids: [...new Set(b.updates.map((u) => u.id))] };
  }
  return { kind: 'plan' };
}

function swap<T extends { id: number; groupId: number | null }>(list: T[], fresh: T[]): T[] | null {
  const byId = new Map(fresh.map((r) => [r.id, r]));
  let found = 0;
  const out = list.map((r) => {
    const f = byId.get(r.id);
    if (!f) return r;
    // a row that changed group is a structural change: the caller re-reads the plan
    if (f.groupId !== r.groupId) return r;
    found++;
    return f;
  });
  return found === byId.size ? out : null;
}

/**
 * The plan with `rows` in place of the rows of the same id; every other row keeps its
 * object. Null when a row is missing (deleted meanwhile) or moved: re-read the plan then.
 */
export function mergeRows(plan: PlanDetail, table: 'tasks', rows: TaskItem[]): PlanDetail | null;
export function mergeRows(plan: PlanDetail, table: 'targets', rows: TargetItem[]): PlanDetail | null;
export function mergeRows(plan: PlanDetail, table: RowTable, rows: TaskItem[] | TargetItem[]): PlanDetail | null {
  if (table === 'tasks') {
    const tasks = swap(plan.tasks, rows as TaskItem[]);
    return tasks ? { ...plan, tasks } : null;
  }
  const targets = swap(plan.targets, rows as TargetItem[]);
  return targets ? { ...plan, targets } : null;
}
