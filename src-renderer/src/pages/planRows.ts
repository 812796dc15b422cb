/**
 * Turn a plan's flat groups, tasks and targets into table rows with group header
 * rows (I, II, ...; theme rows under a horizon) in document order.
 */
import type { MethodOutput } from '../../../src-main/api/contract/methods';

export type PlanDetail = MethodOutput<'plans.get'>;
export type TaskItem = PlanDetail['tasks'][number];
export type TargetItem = PlanDetail['targets'][number];

export type GroupRow = { rowType: 'group' | 'subgroup'; key: string; code: string; title: string };
export type TaskRow = ({ rowType: 'item'; key: string } & TaskItem) | GroupRow;
export type TargetRow = ({ rowType: 'item'; key: string } & TargetItem) | GroupRow;

export function taskRows(plan: PlanDetail): TaskRow[] {
  const byGroup = new Map<number | null, TaskItem[]>();
  for (const t of plan.tasks) {
    const list = byGroup.get(t.groupId) ?? [];
    list.push(t);
    byGroup.set(t.groupId, list);
  }
  const rows: TaskRow[] = [];
  for (const g of plan.taskGroups) {
    rows.push({ rowType: 'group', key: `g${g.id}`, code: g.code, title: g.title });
    for (const t of byGroup.get(g.id) ?? []) rows.push({ rowType: 'item', key: `t${t.id}`, ...t });
  }
  for (const t of byGroup.get(null) ?? []) rows.push({ rowType: 'item', key: `t${t.id}`, ...t });
  return rows;
}

export function targetRows(plan: PlanDetail): TargetRow[] {
  const byGroup = new Map<number | null, TargetItem[]>();
  for (const t of plan.targets) {
    const list = byGroup.get(t.groupId) ?? [];
    list.push(t);
    byGroup.set(t.groupId, list);
  }
  const rows: TargetRow[] = [];
  const children = new Map<number | null, PlanDetail['targetGroups']>();
  for (const g of plan.targetGroups) {
    const list = children.get(g.parentId) ?? [];
    list.push(g);
    children.set(g.parentId, list);
  }
  const visit = (parentId: number | null, depth: number) => {
    for (const g of children.get(parentId) ?? []) {
      rows.push({ rowType: depth === 0 ? 'group' : 'subgroup', key: `g${g.id}`, code: g.tt, title: g.title });
      // sub-groups first when they lead the list in the document, then direct targets
      visit(g.id, depth + 1);
      for (const t of byGroup.get(g.id) ?? []) rows.push({ rowType: 'item', key: `t${t.id}`, ...t });
    }
  };
  visit(null, 0);
  for (const t of byGroup.get(null) ?? []) rows.push({ rowType: 'item', key: `t${t.id}`, ...t });
  return rows;
}
