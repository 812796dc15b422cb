import { describe, expect, it } from 'vitest';
import { addLink, removeLink } from '../../../src-main/core/documents/links';
import { createDocument, searchDocuments } from '../../../src-main/core/documents/service';
import { numberSymbolPattern } from '../../../src-main/core/documents/number-symbol';
import { listHistory } from '../../../src-main/core/history/list';
import { revertAuditEntry, undoChange } from '../../../src-main/core/history/revert';
import { deleteBlock, insertBlocks, moveBlock, updateBlock } from '../../../src-main/core/plans/blocks';
import { planCascade } from '../../../src-main/core/plans/cascade';
import { derivePlan } from '../../../src-main/core/plans/derive';
import { createPlan, duplicatePlan, setPlanArchived, updatePlan } from '../../../src-main/core/plans/edit';
import { deleteGroup, insertGroup, updateGroup } from '../../../src-main/core/plans/group-edit';
import { listPlanSummaries } from '../../../src-main/core/plans/repository';
import { getPlanDetail } from '../../../src-main/core/plans/service';
import { updateRow } from '../../../src-main/core/plans/table-edit';
import { targetTable } from '../../../src-main/core/targets/table';
import { counts, openCore, orgId, planIds, task } from './helpers';

describe('number-symbol patterns', () => {
  it.each([
    ['123/KH-SGDĐT', 'state'],
    ['1042/QĐ-UBND', 'state'],
    ['248/2025/QH15', 'state'],
    ['02/2025/TT-BGDĐT', 'state'],
    ['2483/VPCP-QHĐP', 'state'],
    ['02-CTr/TU', 'party'],
    ['71-NQ/TW', 'party'],
    ['78-HD/BTGTU', 'party'],
  ])('accepts %s as %s', (text, kind) => expect(numberSymbolPattern(text)).toBe(kind));
  it.each(['KH-SGDĐT', '123', '123/', 'số 12 ngày 3/4', '02-CTr', '/KH-SGDĐT'])('refuses %s', (text) => expect(numberSymbolPattern(text)).toBeNull());
});

describe('plans and documents', () => {
  it('creates a draft plan with the five sections, edits its metadata, refuses bad input field by field', () => {
    const core = openCore();
    const r = createPlan(core.sql, { summary: 'Triển khai công tác chuyển đổi số năm 2026' });
    const planId = r.createdIds[0]!;
    const p = getPlanDetail(core.sql, planId);
    expect(p.document.status).toBe('draft');
    expect(p.document.issuerAgency).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(p.blocks.map((b) => `${b.numbering} ${b.text}`)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. MỤC TIÊU', 'III. NHIỆM VỤ, GIẢI PHÁP', 'IV. KINH PHÍ THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN']);

    updatePlan(core.sql, planId, { numberSymbol: '45 / KH - SGDĐT', issuedDate: '05/03/2026', recipients: ['Như trên', 'Lưu: VT'], periodText: 'Năm 2026', status: 'issued' });
    const q = getPlanDetail(core.sql, planId);
    expect([q.document.numberSymbol, q.document.issuedDate, q.document.status, q.periodStartYear]).toEqual(['45/KH-SGDĐT', '2026-03-05', 'issued', 2026]);
    expect(q.document.recipients).toEqual(['Như trên', 'Lưu: VT']);

    const before = counts(core);
    expect(() => updatePlan(core.sql, planId, { summary: 'Không lưu', issuedDate: '31/02/2026' })).toThrow(/Ngày ban hành "31\/02\/2026" không phải là ngày có thật/);
    expect(() => updatePlan(core.sql, planId, { numberSymbol: 'KH-SGDĐT' })).toThrow(/không đúng mẫu.*123\/KH-SGDĐT.*02-CTr\/TU/);
    expect(() => updatePlan(core.sql, planId, { numberSymbol: '' })).toThrow(/phải có số, ký hiệu/);
    expect(counts(core)).toEqual(before);
    expect(getPlanDetail(core.sql, planId).document.summary).toBe('Triển khai công tác chuyển đổi số năm 2026');
    core.close();
  });

  it('archives a plan out of the list and brings it back by undo', () => {
    const core = openCore();
    const { so } = planIds(core);
    const r = setPlanArchived(core.sql, so, true);
    expect(listPlanSummaries(core.sql).some((p) => p.id === so)).toBe(false);
    expect(listPlanSummaries(core.sql, true).map((p) => p.id)).toEqual([so]);
    undoChange(core.sql, r.changeId!);
    expect(listPlanSummaries(core.sql).some((p) => p.id === so)).toBe(true);
    core.close();
  });

  it('duplicates a plan with its content and căn cứ, as a draft without number', () => {
    const core = openCore();
    const { so } = planIds(core);
    const src = getPlanDetail(core.sql, so);
    const copy = getPlanDetail(core.sql, duplicatePlan(core.sql, so).createdIds[0]!);
    expect(copy.document.summary).toBe(`${src.document.summary} (bản sao)`);
    expect([copy.document.numberSymbol, copy.document.status]).toEqual([null, 'draft']);
    expect(copy.tasks.map((t) => [t.code, t.title, t.lead.map((o) => o.id)])).toEqual(src.tasks.map((t) => [t.code, t.title, t.lead.map((o) => o.id)]));
    expect(copy.targets.map((t) => t.code)).toEqual(src.targets.map((t) => t.code));
    expect(copy.blocks.map((b) => b.text)).toEqual(src.blocks.map((b) => b.text));
    expect(copy.links.up.map((l) => l.documentId)).toEqual(src.links.up.map((l) => l.documentId));
    core.close();
  });

  it('adds căn cứ links to existing or new documents and refuses cycles', () => {
    const core = openCore();
    const { so, ctr } = planIds(core);
    const soDoc = getPlanDetail(core.sql, so).document.id;
    const ctrDoc = getPlanDetail(core.sql, ctr).document.id;
    const hits = searchDocuments(core.sql, 'nghi quyet 71');
    expect(hits[0]!.numberSymbol).toBe('71-NQ/TW');
    const newDoc = createDocument(core.sql, { kind: 'cong_van', summary: 'Hướng dẫn triển khai', numberSymbol: '12/SGDĐT-VP', issuedDate: '10/4/2026', status: 'issued' }).createdIds[0]!;
    addLink(core.sql, { fromDocumentId: soDoc, toDocumentId: newDoc, kind: 'basis' });
    expect(getPlanDetail(core.sql, so).links.up.some((l) => l.documentId === newDoc)).toBe(true);
    // the Sở plan rests (through QĐ 1042) on 02-CTr/TU: the reverse link would close a loop
    expect(() => addLink(core.sql, { fromDocumentId: ctrDoc, toDocumentId: soDoc, kind: 'basis' })).toThrow(/vòng lặp/);
    expect(() => addLink(core.sql, { fromDocumentId: newDoc, toDocumentId: soDoc, kind: 'basis' })).toThrow(/vòng lặp/);
    expect(() => addLink(core.sql, { fromDocumentId: soDoc, toDocumentId: soDoc, kind: 'basis' })).toThrow(/chính nó/);
    const r = removeLink(core.sql, soDoc, newDoc);
    undoChange(core.sql, r.changeId!);
    expect(getPlanDetail(core.sql, so).links.up.some((l) => l.documentId === newDoc)).toBe(true);
    core.close();
  });

  it('edits, inserts, moves and deletes body blocks', () => {
    const core = openCore();
    const planId = createPlan(core.sql, { summary: 'Kế hoạch thử' }).createdIds[0]!;
    const [h1, h2] = getPlanDetail(core.sql, planId).blocks;
    const ins = insertBlocks(core.sql, planId, h1!.id, [{ kind: 'paragraph', text: 'Mục đích là ...' }, { kind: 'bullet', marker: '-', text: 'Yêu cầu' }]);
    expect(getPlanDetail(core.sql, planId).blocks.map((b) => b.text).slice(0, 4)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'Mục đích là ...', 'Yêu cầu', 'MỤC TIÊU']);
    updateBlock(core.sql, ins.createdIds[0]!, { text: 'Mục đích: nâng cao chất lượng.' });
    moveBlock(core.sql, h2!.id, null);
    expect(getPlanDetail(core.sql, planId).blocks[0]!.text).toBe('MỤC TIÊU');
    const del = deleteBlock(core.sql, ins.createdIds[1]!);
    expect(getPlanDetail(core.sql, planId).blocks.map((b) => b.text)).not.toContain('Yêu cầu');
    undoChange(core.sql, del.changeId!);
    expect(getPlanDetail(core.sql, planId).blocks.map((b) => b.text).slice(0, 4)).toEqual(['MỤC TIÊU', 'MỤC ĐÍCH, YÊU CẦU', 'Mục đích: nâng cao chất lượng.', 'Yêu cầu']);
    core.close();
  });

  it('adds, renumbers and deletes a task group with its tasks, and restores it', () => {
    const core = openCore();
    const { so } = planIds(core);
    const before = counts(core);
    const g = insertGroup(core.sql, 'tasks', { planId: so, parentId: null, afterId: null, title: 'Nhóm mới' });
    const detail = getPlanDetail(core.sql, so);
    expect(detail.taskGroups[0]).toEqual({ id: g.createdIds[0], code: 'IX', title: 'Nhóm mới' });
    const ii = detail.taskGroups.find((x) => x.code === 'II')!;
    expect(() => updateGroup(core.sql, 'tasks', ii.id, { code: 'III' })).toThrow(/Nhóm "III" đã có/);
    updateGroup(core.sql, 'tasks', ii.id, { code: 'X' });
    expect(task(core, so, 'X.1').group_id).toBe(ii.id);
    const del = deleteGroup(core.sql, 'tasks', ii.id);
    expect(counts(core).tasks).toBeLessThan(before.tasks);
    undoChange(core.sql, del.changeId!);
    expect(counts(core).tasks).toBe(before.tasks);
    expect(getPlanDetail(core.sql, so).taskGroups.map((x) => x.code)).toEqual(['IX', 'I', 'X', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    core.close();
  });

  it('edits a target value and re-parses it; a colliding target code is refused', () => {
    const core = openCore();
    const { so } = planIds(core);
    const t = core.sql.first(core.sql.qb.selectFrom('targets').selectAll().where('plan_id', '=', so).where('code', '=', '1.2'))!;
    updateRow(core.sql, targetTable, t.id, { targetText: '> 0,82' });
    const after = core.sql.first(core.sql.qb.selectFrom('targets').selectAll().where('id', '=', t.id))!;
    expect([after.target_text, after.comparator, after.target_value]).toEqual(['> 0,82', '>', 0.82]);
    expect(() => updateRow(core.sql, targetTable, t.id, { tt: '1.3' })).toThrow(/Mã chỉ tiêu "1.3" đã có/);
    core.close();
  });

  it('derives a Sở plan from 02-CTr/TU with the picked tasks (group 4), linked both ways', () => {
    const core = openCore();
    const { ctr } = planIds(core);
    const src = getPlanDetail(core.sql, ctr);
    const g4 = src.taskGroups.find((g) => g.code === '4')!;
    const picked = src.tasks.filter((t) => t.groupId === g4.id);
    expect(picked.length).toBeGreaterThan(0);
    const vp = orgId(core, 'Văn phòng');
    const r = derivePlan(core.sql, {
      sourcePlanId: ctr,
      summary: 'Thực hiện Chương trình hành động số 02-CTr/TU',
      taskIds: picked.map((t) => t.id),
      targetIds: src.targets.slice(0, 2).map((t) => t.id),
      departments: [{ taskId: picked[0]!.id, orgIds: [vp] }],
    });
    const planId = r.createdIds[0]!;
    const p = getPlanDetail(core.sql, planId);
    expect(p.tasks.map((t) => t.parentTaskId)).toEqual(picked.map((t) => t.id));
    expect(p.tasks[0]!.departments.map((d) => d.id)).toEqual([vp]);
    expect(p.targets.map((t) => t.sourceTargetId)).toEqual(src.targets.slice(0, 2).map((t) => t.id));
    expect(p.links.up).toEqual([expect.objectContaining({ documentId: src.document.id, kind: 'implements' })]);
    expect(p.document.status).toBe('draft');
    const down = planCascade(core.sql, ctr).tasks.find((x) => x.id === picked[0]!.id)!;
    expect(down.children.map((c) => c.planId)).toContain(planId);
    const up = planCascade(core.sql, planId).tasks.find((x) => x.id === p.tasks[0]!.id)!;
    expect(up.parent).toEqual(expect.objectContaining({ id: picked[0]!.id, planLabel: '02-CTr/TU' }));
    expect(() => derivePlan(core.sql, { sourcePlanId: ctr, summary: 'x', taskIds: [], targetIds: [] })).toThrow(/chọn ít nhất một/);
    const created = listHistory(core.sql, { planId }).find((e) => e.entity === 'plan' && e.action === 'create')!;
    revertAuditEntry(core.sql, created.id);
    expect(listPlanSummaries(core.sql).some((x) => x.id === planId)).toBe(false);
    core.close();
  });
});
