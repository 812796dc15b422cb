/**
 * The task and target rows of a plan as the UI sees them. Used by the whole plan
 * (getPlanDetail) and by the one-row refresh after an edit (tasks.rows / targets.rows),
 * so both give exactly the same shape.
 */
import type { Sql } from '../db/exec';
import { listTargetDepartments, listTargets } from '../targets/repository';
import { listTaskOrgLinks, listTasks } from '../tasks/repository';

export interface OrgRef {
  id: number;
  name: string;
  shortName: string | null;
  partNote: string | null;
}

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const toRef = (l: { organizationId: number; name: string; shortName: string | null; partNote: string | null }): OrgRef => ({
  id: l.organizationId,
  name: l.name,
  shortName: l.shortName,
  partNote: l.partNote,
});

/** Tasks of a plan in order (only `ids` when given; ids of another plan are ignored). */
export function taskItems(sql: Sql, planId: number, ids?: readonly number[]) {
  const orgLinks = groupBy(listTaskOrgLinks(sql, planId, ids), (l) => l.taskId);
  return listTasks(sql, planId, ids).map((t) => {
    const links = orgLinks.get(t.id) ?? [];
    return {
      id: t.id,
      groupId: t.group_id,
      code: t.code,
      tt: t.tt,
      title: t.title,
      leadText: t.lead_text,
      lead: links.filter((l) => l.role === 'lead').map(toRef),
      coordinatingText: t.coordinating_text,
      coordinating: links.filter((l) => l.role === 'coordinating').map(toRef),
      output: t.output,
      deadlineText: t.deadline_text,
      deadline: { kind: t.deadline_kind, start: t.deadline_start, end: t.deadline_end },
      departmentsText: t.departments_text,
      departments: links.filter((l) => l.role === 'department').map(toRef),
      budgetText: t.budget_text,
      budgetDong: t.budget_dong,
      fundingSource: t.funding_source,
      mergedUp: JSON.parse(t.merged_up_json) as string[],
      parentTaskId: t.parent_task_id,
      note: t.note,
    };
  });
}

/** Targets of a plan in order (only `ids` when given; ids of another plan are ignored). */
export function targetItems(sql: Sql, planId: number, ids?: readonly number[]) {
  const depts = groupBy(listTargetDepartments(sql, planId, ids), (l) => l.targetId);
  return listTargets(sql, planId, ids).map((t) => ({
    id: t.id,
    groupId: t.group_id,
    parentTargetId: t.parent_target_id,
    sourceTargetId: t.source_target_id,
    code: t.code,
    tt: t.tt,
    name: t.name,
    unit: t.unit,
    targetText: t.target_text,
    comparator: t.comparator,
    targetValue: t.target_value,
    horizonYear: t.horizon_year,
    departmentsText: t.departments_text,
    departments: (depts.get(t.id) ?? []).map(toRef),
    note: t.note,
  }));
}
