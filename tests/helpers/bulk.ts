/** A plan with many tasks, written through the core's repositories (for the crash and scale tests). */
import type { Core } from '../../src-main/core/core';
import { insertDocument } from '../../src-main/core/documents/repository';
import { insertPlan } from '../../src-main/core/plans/repository';
import { insertTask, insertTaskGroup } from '../../src-main/core/tasks/repository';
import { fold } from '../../src-main/core/vn/text';

export function addBulkPlan(core: Core, tasks: number): number {
  return core.sql.tx(() => {
    const documentId = insertDocument(core.sql, {
      key: null,
      kind: 'ke_hoach',
      numberSymbol: '99/KH-SGDĐT',
      issuerParent: 'UBND THÀNH PHỐ HẢI PHÒNG',
      issuerAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      issuerOrgId: null,
      place: 'Hải Phòng',
      issuedDate: '2026-03-02',
      summary: 'Kế hoạch thử tải: rà soát cơ sở vật chất các trường học năm 2026',
      signerAuthority: 'KT. GIÁM ĐỐC',
      signerPosition: 'PHÓ GIÁM ĐỐC',
      signerName: null,
      recipients: ['Như trên'],
      status: 'issued',
      sourceNote: null,
    });
    const planId = insertPlan(core.sql, { documentId, periodText: 'Năm 2026', periodStartYear: 2026, periodEndYear: 2026 });
    const groupId = insertTaskGroup(core.sql, { plan_id: planId, code: 'I', title: 'Rà soát cơ sở vật chất', position: 0 });
    for (let i = 1; i <= tasks; i++) {
      const title = `Rà soát phòng học, thiết bị dạy học của trường số ${i} (xã, phường, đặc khu)`;
      insertTask(core.sql, {
        plan_id: planId,
        group_id: groupId,
        code: `I.${i}`,
        tt: String(i),
        position: i,
        title,
        title_folded: fold(title),
        lead_text: 'Phòng Kế hoạch - Tài chính',
        coordinating_text: 'Các trường học',
        output: 'Báo cáo rà soát',
        deadline_text: 'Quý II năm 2026',
        deadline_start: '2026-04-01',
        deadline_end: '2026-06-30',
        deadline_kind: 'quarter',
        departments_text: null,
        budget_text: null,
        budget_dong: null,
        funding_source: 'NSNN',
        parent_task_id: null,
        note: null,
      });
    }
    return planId;
  });
}
