/**
 * Derive a draft Sở plan from a registered higher plan: the picked tasks and targets are
 * copied with a link to their originals (tasks.parent_task_id, targets.source_target_id),
 * the new plan "implements" the higher document, and the departments the officer assigned
 * in the wizard are written to the copies in the same transaction (one change, one undo).
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { beginChange, changeResult, type ChangeResult } from '../history/change';
import { departmentsField } from '../organizations/assignments';
import { copyPlanContent } from './copy';
import { createPlanIn } from './edit';
import { requirePlan } from './guard';

export interface DeriveInput {
  sourcePlanId: number;
  summary: string;
  periodText?: string | null | undefined;
  taskIds: number[];
  targetIds: number[];
  /**
   * departments per source task id, assigned to its copy in the same transaction:
   * `departments` with an optional part note each, or `orgIds` (no notes)
   */
  departments?: Array<{ taskId: number; orgIds?: number[] | undefined; departments?: Array<{ orgId: number; partNote: string | null }> | undefined }> | undefined;
}

/** The printed "Phòng phụ trách" text of an assignment: short names, part notes in brackets. */
function departmentsText(sql: Sql, list: Array<{ orgId: number; partNote: string | null }>): string | null {
  if (list.length === 0) return null;
  const orgs = sql.all(sql.qb.selectFrom('organizations').select(['id', 'name', 'short_name']).where('id', 'in', list.map((d) => d.orgId)));
  const name = (id: number) => {
    const o = orgs.find((x) => x.id === id);
    return o ? (o.short_name ?? o.name) : '';
  };
  return list.map((d) => (d.partNote ? `${name(d.orgId)} (${d.partNote})` : name(d.orgId))).join('; ');
}

export function derivePlan(sql: Sql, d: DeriveInput): ChangeResult {
  return sql.tx(() => {
    requirePlan(sql, d.sourcePlanId);
    if (d.taskIds.length + d.targetIds.length === 0) {
      throw new AppError('INVALID_INPUT', 'Hãy chọn ít nhất một nhiệm vụ hoặc chỉ tiêu của kế hoạch cấp trên để đưa vào kế hoạch mới.');
    }
    const own = (table: 'tasks' | 'targets', ids: number[]) => {
      if (ids.length === 0) return;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- same check on two tables
      const n = sql.all<{ id: number }>((sql.qb as any).selectFrom(table).select('id').where('plan_id', '=', d.sourcePlanId).where('id', 'in', ids)).length;
      if (n !== new Set(ids).size) throw new AppError('INVALID_INPUT', 'Có dòng được chọn không thuộc kế hoạch cấp trên này. Hãy tải lại trang.');
    };
    own('tasks', d.taskIds);
    own('targets', d.targetIds);
    const change = beginChange(sql);
    const planId = createPlanIn(change, { summary: d.summary, periodText: d.periodText ?? null }, true);
    const src = sql.first(sql.qb.selectFrom('plans').select('document_id').where('id', '=', d.sourcePlanId))!;
    const dst = sql.first(sql.qb.selectFrom('plans').select('document_id').where('id', '=', planId))!;
    sql.run(sql.qb.insertInto('document_links').values({ from_document_id: dst.document_id, to_document_id: src.document_id, kind: 'implements', note: null, position: 0 }));
    const counts = copyPlanContent(sql, d.sourcePlanId, planId, {
      taskIds: new Set(d.taskIds),
      targetIds: new Set(d.targetIds),
      linkToSource: true,
      withBody: false,
    });
    const depts = departmentsField('task_departments', 'Phòng phụ trách');
    let assigned = 0;
    for (const a of d.departments ?? []) {
      if (!d.taskIds.includes(a.taskId)) throw new AppError('INVALID_INPUT', 'Có dòng được phân công phòng nhưng chưa được chọn đưa vào kế hoạch mới. Hãy chọn lại.');
      const copy = sql.first(sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', planId).where('parent_task_id', '=', a.taskId));
      if (!copy) continue;
      const value = depts.parse(a.departments ?? (a.orgIds ?? []).map((orgId) => ({ orgId, partNote: null })));
      if (value.length === 0) continue;
      depts.check?.(sql, copy.id, value);
      depts.write(sql, copy.id, value);
      sql.run(sql.qb.updateTable('tasks').set({ departments_text: departmentsText(sql, value) }).where('id', '=', copy.id));
      assigned++;
    }
    change.record({
      action: 'create',
      entity: 'plan',
      entityId: planId,
      planId,
      after: { summary: d.summary, how: `derive:${d.sourcePlanId}`, tasks: counts.tasks, targets: counts.targets, departmentsAssigned: assigned },
    });
    return changeResult(change, [planId]);
  });
}
