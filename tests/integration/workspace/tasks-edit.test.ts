import { describe, expect, it } from 'vitest';
import { setOfficerName } from '../../../src-main/core/settings/office';
import { listHistory } from '../../../src-main/core/history/list';
import { revertAuditEntry, undoChange } from '../../../src-main/core/history/revert';
import { batchRows, deleteRows, insertRows, moveRows, updateRow } from '../../../src-main/core/plans/table-edit';
import { taskTable } from '../../../src-main/core/tasks/table';
import { getPlanDetail } from '../../../src-main/core/plans/service';
import { counts, openCore, orderedCodes, orgId, planIds, task } from './helpers';

describe('editing the task table', () => {
  it('updates a cell, re-parses the deadline and budget, keeps the text, records who changed what', () => {
    const core = openCore();
    setOfficerName(core.sql, 'Nguyễn Văn An');
    const { so } = planIds(core);
    const t = task(core, so, 'V.4');
    const r = updateRow(core.sql, taskTable, t.id, { deadlineText: 'Quý II năm 2026', budgetText: '1.500 triệu đồng', title: 'Chuyển đổi số toàn diện' });
    expect(r.changeId).not.toBeNull();
    const after = task(core, so, 'V.4');
    expect(after.deadline_text).toBe('Quý II năm 2026');
    expect([after.deadline_kind, after.deadline_start, after.deadline_end]).toEqual(['quarter', '2026-04-01', '2026-06-30']);
    expect(after.budget_text).toBe('1.500 triệu đồng');
    expect(after.budget_dong).toBe(1_500_000_000);
    expect(after.title_folded).toBe('chuyen doi so toan dien');
    const h = listHistory(core.sql, { entity: 'task', entityId: t.id });
    expect(h.map((e) => e.field).sort()).toEqual(['budgetText', 'deadlineText', 'title']);
    expect(h.every((e) => e.actor === 'Nguyễn Văn An' && e.changeId === r.changeId && e.revertible)).toBe(true);
    expect(h.find((e) => e.field === 'budgetText')!.beforeText).toBe('10.275,852 tỷ đồng');
    core.close();
  });

  it('keeps an unreadable deadline as typed with no interval', () => {
    const core = openCore();
    const { so } = planIds(core);
    const t = task(core, so, 'I.1');
    updateRow(core.sql, taskTable, t.id, { deadlineText: '31/02/2026' });
    const after = task(core, so, 'I.1');
    expect([after.deadline_text, after.deadline_kind, after.deadline_start]).toEqual(['31/02/2026', 'unknown', null]);
    core.close();
  });

  it('refuses a TT whose code collides in the table, saving nothing', () => {
    const core = openCore();
    const { so } = planIds(core);
    const t = task(core, so, 'II.1');
    const before = counts(core);
    expect(() => updateRow(core.sql, taskTable, t.id, { tt: '2', title: 'Không được lưu' })).toThrow(/Mã nhiệm vụ "II.2" đã có/);
    expect(task(core, so, 'II.1').title).toBe(t.title);
    expect(counts(core)).toEqual(before);
    // a free TT carries the code along
    updateRow(core.sql, taskTable, t.id, { tt: '9' });
    expect(task(core, so, 'II.9').id).toBe(t.id);
    core.close();
  });

  it('sets lead and coordinating bodies and departments with a part note, refusing unknown organisations', () => {
    const core = openCore();
    const { so } = planIds(core);
    const t = task(core, so, 'I.1');
    const sgd = orgId(core, 'Sở GDĐT');
    const vp = orgId(core, 'Văn phòng');
    updateRow(core.sql, taskTable, t.id, { lead: [sgd], coordinating: [orgId(core, 'Sở VHTTDL')], departments: [{ orgId: vp, partNote: 'phần truyền thông' }] });
    const row = getPlanDetail(core.sql, so).tasks.find((x) => x.id === t.id)!;
    expect(row.lead.map((o) => o.id)).toEqual([sgd]);
    expect(row.departments).toEqual([expect.objectContaining({ id: vp, partNote: 'phần truyền thông' })]);
    expect(() => updateRow(core.sql, taskTable, t.id, { lead: [99999] })).toThrow(/Không có đơn vị mã 99999/);
    core.close();
  });

  it('pastes 20 rows (3 overwritten, 17 appended) in one change, resolving organisations, and undoes it as one', () => {
    const core = openCore();
    const { so } = planIds(core);
    const before = counts(core);
    const group = task(core, so, 'VIII.1');
    const groupCodes = orderedCodes(core, so, 'VIII');
    const firstTitle = task(core, so, groupCodes[0]!).title;
    const rows = Array.from({ length: 20 }, (_, i) => ({ title: `Nhiệm vụ dán ${i + 1}`, leadText: 'Sở GD&ĐT', deadlineText: 'Năm 2026' }));
    const targets = groupCodes.slice(0, 3).map((c) => task(core, so, c).id);
    const r = batchRows(core.sql, taskTable, {
      planId: so,
      updates: targets.map((id, i) => ({ id, patch: rows[i]! })),
      insert: { groupId: group.group_id, afterId: task(core, so, groupCodes.at(-1)!).id, rows: rows.slice(3) },
      resolveOrgs: true,
    });
    expect(r.createdIds).toHaveLength(17);
    expect(counts(core).tasks).toBe(before.tasks + 17);
    const pasted = getPlanDetail(core.sql, so).tasks.filter((t) => t.title.startsWith('Nhiệm vụ dán'));
    expect(pasted).toHaveLength(20);
    expect(pasted.every((t) => t.lead.length === 1 && t.lead[0]!.shortName === 'Sở GDĐT')).toBe(true);
    const codes = orderedCodes(core, so, 'VIII');
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.slice(-2)).toEqual([`VIII.${groupCodes.length + 16}`, `VIII.${groupCodes.length + 17}`]);

    const undo = undoChange(core.sql, r.changeId!);
    expect(counts(core).tasks).toBe(before.tasks);
    expect(orderedCodes(core, so, 'VIII')).toEqual(groupCodes);
    expect(task(core, so, groupCodes[0]!).title).toBe(firstTitle);
    // redo = undo of the undo
    undoChange(core.sql, undo.changeId!);
    expect(counts(core).tasks).toBe(before.tasks + 17);
    core.close();
  });

  it('refuses a whole paste when one row collides, saving nothing', () => {
    const core = openCore();
    const { so } = planIds(core);
    const before = counts(core);
    const t = task(core, so, 'I.1');
    expect(() =>
      batchRows(core.sql, taskTable, {
        planId: so,
        updates: [{ id: t.id, patch: { title: 'Đổi' } }],
        insert: { groupId: t.group_id, afterId: t.id, rows: [{ title: 'A', tt: '1' }] },
      }),
    ).toThrow(/Dòng 2: .*I\.1.*Chưa có thay đổi nào được lưu/);
    expect(counts(core)).toEqual(before);
    expect(task(core, so, 'I.1').title).toBe(t.title);
    core.close();
  });

  it('moves rows within and across groups, codes following the group, and reverts the move', () => {
    const core = openCore();
    const { so } = planIds(core);
    const ii = orderedCodes(core, so, 'II');
    const a = task(core, so, 'II.1');
    const last = task(core, so, ii.at(-1)!);
    moveRows(core.sql, taskTable, [a.id], { groupId: a.group_id, afterId: last.id });
    expect(orderedCodes(core, so, 'II')).toEqual([...ii.slice(1), 'II.1']);
    const i1 = task(core, so, 'I.1');
    // "II.1" would become "I.1", which is taken: the row takes the next free TT of group I
    const r = moveRows(core.sql, taskTable, [a.id], { groupId: i1.group_id, afterId: i1.id });
    expect(orderedCodes(core, so, 'I')).toEqual(['I.1', 'I.2']);
    expect(task(core, so, 'I.2').id).toBe(a.id);
    expect(task(core, so, 'II.1')).toBeUndefined();
    undoChange(core.sql, r.changeId!);
    expect(orderedCodes(core, so, 'II')).toEqual([...ii.slice(1), 'II.1']);
    core.close();
  });

  it('deletes rows and restores them (with their organisations) from history', () => {
    const core = openCore();
    const { so } = planIds(core);
    const codes = orderedCodes(core, so, 'III');
    const t = task(core, so, 'III.2');
    const detailBefore = getPlanDetail(core.sql, so).tasks.find((x) => x.id === t.id)!;
    const r = deleteRows(core.sql, taskTable, [t.id]);
    expect(orderedCodes(core, so, 'III')).toEqual(codes.filter((c) => c !== 'III.2'));
    const del = listHistory(core.sql, { entity: 'task', entityId: t.id }).find((e) => e.action === 'delete')!;
    expect(del.changeId).toBe(r.changeId);
    revertAuditEntry(core.sql, del.id);
    expect(orderedCodes(core, so, 'III')).toEqual(codes);
    expect(getPlanDetail(core.sql, so).tasks.find((x) => x.id === t.id)).toEqual(detailBefore);
    const again = listHistory(core.sql, { entity: 'task', entityId: t.id });
    expect(again[0]!.revertOf).toBe(del.id);
    expect(again.find((e) => e.id === del.id)!.revertedBy).toBe(again[0]!.id);
    core.close();
  });

  it('inserts a blank row after a given row with the next TT', () => {
    const core = openCore();
    const { so } = planIds(core);
    const t = task(core, so, 'I.1');
    const r = insertRows(core.sql, taskTable, { planId: so, groupId: t.group_id, afterId: t.id, rows: [{}] });
    const created = core.sql.first(core.sql.qb.selectFrom('tasks').selectAll().where('id', '=', r.createdIds[0]!))!;
    expect([created.tt, created.code, created.title]).toEqual(['2', 'I.2', '']);
    expect(orderedCodes(core, so, 'I')).toEqual(['I.1', 'I.2']);
    core.close();
  });

  it('refuses to revert a field that was changed again later', () => {
    const core = openCore();
    const { so } = planIds(core);
    const t = task(core, so, 'I.1');
    updateRow(core.sql, taskTable, t.id, { output: 'Lần 1' });
    updateRow(core.sql, taskTable, t.id, { output: 'Lần 2' });
    const [second, first] = listHistory(core.sql, { entity: 'task', entityId: t.id });
    expect(() => revertAuditEntry(core.sql, first!.id)).toThrow(/đã được sửa tiếp sau thay đổi này/);
    revertAuditEntry(core.sql, second!.id);
    expect(task(core, so, 'I.1').output).toBe('Lần 1');
    core.close();
  });

  it('keeps the audit log append-only at the database level', () => {
    const core = openCore();
    const { so } = planIds(core);
    updateRow(core.sql, taskTable, task(core, so, 'I.1').id, { note: 'x' });
    expect(() => core.db.exec("UPDATE audit_log SET actor = 'khác'")).toThrow(/append-only/);
    core.close();
  });
});
