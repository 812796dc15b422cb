/** Deriving a plan with departments assigned in the wizard: one transaction, one undo step. */
import { describe, expect, it } from 'vitest';
import { undoChange } from '../../../src-main/core/history/revert';
import { derivePlan } from '../../../src-main/core/plans/derive';
import { listPlanSummaries } from '../../../src-main/core/plans/repository';
import { getPlanDetail } from '../../../src-main/core/plans/service';
import { counts, openCore, orgId, planIds } from './helpers';

describe('derive with departments', () => {
  it('writes each copy its departments with part notes and the printed text', () => {
    const core = openCore();
    const { ctr } = planIds(core);
    const src = getPlanDetail(core.sql, ctr);
    const picked = src.tasks.slice(0, 3);
    const vp = orgId(core, 'Văn phòng');
    const r = derivePlan(core.sql, {
      sourcePlanId: ctr,
      summary: 'Triển khai Chương trình hành động số 02-CTr/TU',
      taskIds: picked.map((t) => t.id),
      targetIds: [],
      departments: [
        { taskId: picked[0]!.id, departments: [{ orgId: vp, partNote: 'phần văn bản' }] },
        { taskId: picked[2]!.id, departments: [{ orgId: vp, partNote: null }] },
      ],
    });
    const p = getPlanDetail(core.sql, r.createdIds[0]!);
    expect(p.tasks[0]!.departments).toEqual([expect.objectContaining({ id: vp, partNote: 'phần văn bản' })]);
    expect(p.tasks[0]!.departmentsText).toBe('Văn phòng (phần văn bản)');
    expect(p.tasks[1]!.departments).toEqual([]);
    expect(p.tasks[2]!.departmentsText).toBe('Văn phòng');
    // one change: undo removes the plan and its assignments together
    undoChange(core.sql, r.changeId!);
    expect(listPlanSummaries(core.sql).some((x) => x.id === r.createdIds[0])).toBe(false);
    core.close();
  });

  it('refuses an unknown department or a row not picked, and saves nothing', () => {
    const core = openCore();
    const { ctr } = planIds(core);
    const src = getPlanDetail(core.sql, ctr);
    const before = counts(core);
    const t = src.tasks[0]!.id;
    expect(() => derivePlan(core.sql, { sourcePlanId: ctr, summary: 'x', taskIds: [t], targetIds: [], departments: [{ taskId: t, departments: [{ orgId: 999_999, partNote: null }] }] })).toThrow();
    expect(() => derivePlan(core.sql, { sourcePlanId: ctr, summary: 'x', taskIds: [t], targetIds: [], departments: [{ taskId: src.tasks[1]!.id, orgIds: [orgId(core, 'Văn phòng')] }] })).toThrow(/chưa được chọn/);
    expect(counts(core)).toEqual(before);
    core.close();
  });
});
