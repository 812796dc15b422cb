/** Grid rows of a plan's task and target tables: group headers and items, in document order. */
import type { MethodOutput } from '../../../../src-main/api/contract/methods';
import type { GridRow } from './grid/types';

export type PlanDetail = MethodOutput<'plans.get'>;
export type TaskItem = PlanDetail['tasks'][number];
export type TargetItem = PlanDetail['targets'][number];
export type Cascade = MethodOutput<'plans.cascade'>;

export interface GroupInfo {
  id: number;
  parentId: number | null;
  code: string;
  title: string;
}

export type TableRow<T> = GridRow & { group?: GroupInfo; item?: T; groupId: number | null };

export function taskGridRows(plan: PlanDetail): Array<TableRow<TaskItem>> {
  const byGroup = new Map<number | null, TaskItem[]>();
  for (const t of plan.tasks) byGroup.set(t.groupId, [...(byGroup.get(t.groupId) ?? []), t]);
  const rows: Array<TableRow<TaskItem>> = [];
  for (const g of plan.taskGroups) {
    rows.push({ key: `g${g.id}`, kind: 'group', group: { ...g, parentId: null }, groupId: g.id });
    for (const t of byGroup.get(g.id) ?? []) rows.push({ key: `t${t.id}`, kind: 'item', item: t, groupId: g.id });
  }
  for (const t of byGroup.get(null) ?? []) rows.push({ key: `t${t.id}`, kind: 'item', item: t, groupId: null });
  return rows;
}

export function targetGridRows(plan: PlanDetail): Array<TableRow<TargetItem>> {
  const byGroup = new Map<number | null, TargetItem[]>();
  for (const t of plan.targets) byGroup.set(t.groupId, [...(byGroup.get(t.groupId) ?? []), t]);
  const children = new Map<number | null, PlanDetail['targetGroups']>();
  for (const g of plan.targetGroups) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  const rows: Array<TableRow<TargetItem>> = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const g of children.get(parentId) ?? []) {
      rows.push({ key: `g${g.id}`, kind: depth === 0 ? 'group' : 'subgroup', group: { id: g.id, parentId: g.parentId, code: g.tt, title: g.title }, groupId: g.id });
      visit(g.id, depth + 1);
      for (const t of byGroup.get(g.id) ?? []) rows.push({ key: `t${t.id}`, kind: 'item', item: t, groupId: g.id });
    }
  };
  visit(null, 0);
  for (const t of byGroup.get(null) ?? []) rows.push({ key: `t${t.id}`, kind: 'item', item: t, groupId: null });
  return rows;
}

/** Items of the same group as rows[i], in order. */
export function groupItems<T>(rows: Array<TableRow<T>>, groupId: number | null): Array<TableRow<T>> {
  return rows.filter((r) => r.kind === 'item' && r.groupId === groupId);
}
