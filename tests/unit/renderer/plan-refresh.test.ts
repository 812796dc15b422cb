/** The one-row refresh after a grid edit: which rows to re-read, and swapping them into the plan. */
import { describe, expect, it } from 'vitest';
import { mergeRows, refreshScope } from '../../../src-renderer/src/pages/plan/refresh';
import type { MethodOutput } from '../../../src-main/api/contract/methods';

type PlanDetail = MethodOutput<'plans.get'>;
type TaskItem = PlanDetail['tasks'][number];

function taskItem(id: number, groupId: number | null, title: string): TaskItem {
  return {
    id,
    groupId,
    code: `I.${id}`,
    tt: String(id),
    title,
    leadText: null,
    lead: [],
    coordinatingText: null,
    coordinating: [],
    output: null,
    deadlineText: null,
    deadline: { kind: 'none', start: null, end: null },
    departmentsText: null,
    departments: [],
    budgetText: null,
    budgetDong: null,
    fundingSource: null,
    mergedUp: [],
    parentTaskId: null,
    note: null,
  };
}

const plan = (tasks: TaskItem[]) => ({ id: 1, tasks, targets: [], taskGroups: [{ id: 7, code: 'I', title: 'Nhóm' }] }) as unknown as PlanDetail;

describe('refreshScope', () => {
  it('re-reads only the row of a cell edit, and the rows a paste or clear overwrote', () => {
    expect(refreshScope('tasks.update', { id: 5, patch: { title: 'x' } })).toEqual({ kind: 'rows', table: 'tasks', ids: [5] });
    expect(refreshScope('targets.batch', { planId: 1, updates: [{ id: 3, patch: {} }, { id: 4, patch: {} }, { id: 3, patch: {} }] })).toEqual({
      kind: 'rows',
      table: 'targets',
      ids: [3, 4],
    });
  });
  it('re-reads the plan for structural changes', () => {
    expect(refreshScope('tasks.batch', { planId: 1, updates: [{ id: 3, patch: {} }], insert: { groupId: null, afterId: 3, rows: [{}] } })).toEqual({ kind: 'plan' });
    for (const m of ['tasks.insert', 'tasks.move', 'tasks.delete', 'taskGroups.update', 'plans.update', 'plans.derive', 'history.revert']) {
      expect(refreshScope(m, {}), m).toEqual({ kind: 'plan' });
    }
  });
});

describe('mergeRows', () => {
  it('swaps the edited row in and keeps every other row object as it was', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => taskItem(i + 1, 7, `Nhiệm vụ ${i + 1}`));
    const before = plan(rows);
    const edited = { ...rows[2499]!, title: 'Chuyển đổi số', deadlineText: 'Quý II năm 2026' };
    const after = mergeRows(before, 'tasks', [edited])!;
    expect(after).not.toBeNull();
    expect(after.tasks).toHaveLength(5000);
    expect(after.tasks[2499]).toBe(edited);
    expect(after.tasks.filter((t, i) => t !== before.tasks[i])).toEqual([edited]);
    expect(before.tasks[2499]!.title).toBe('Nhiệm vụ 2500');
    expect(after.taskGroups).toBe(before.taskGroups);
  });
  it('asks for a full re-read when a row is gone or changed group', () => {
    const before = plan([taskItem(1, 7, 'a'), taskItem(2, 7, 'b')]);
    expect(mergeRows(before, 'tasks', [taskItem(3, 7, 'c')])).toBeNull();
    expect(mergeRows(before, 'tasks', [taskItem(2, 8, 'b')])).toBeNull();
  });
});
