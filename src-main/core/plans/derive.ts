/**
 * Derive a draft Sở plan from a registered higher plan: the picked tasks and targets are
 * copied with a link to their originals (tasks.parent_task_id, targets.source_target_id),
 * the new plan "implements" the higher document, departments can be assigned at once.
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
  /** departments per source task id */
  departments?: Array<{ taskId: number; orgIds: number[] }> | undefined;
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
    for (const a of d.departments ?? []) {
      const copy = sql.first(sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', planId).where('parent_task_id', '=', a.taskId));
      if (!copy) continue;
      const value = depts.parse(a.orgIds.map((orgId) => ({ orgId, partNote: null })));
      depts.check?.(sql, copy.id, value);
      depts.write(sql, copy.id, value);
    }
    change.record({
      action: 'create',
      entity: 'plan',
      entityId: planId,
      planId,
      after: { summary: d.summary, how: `derive:${d.sourcePlanId}`, tasks: counts.tasks, targets: counts.targets },
    });
    return changeResult(change, [planId]);
  });
}
