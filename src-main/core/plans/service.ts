/** A plan as the UI and the exports see it: document, body, groups, tasks, targets. */
import type { Sql } from '../db/exec';
import { linksOf } from '../documents/repository';
import { AppError } from '../errors';
import { listReportingPeriods } from '../periods/repository';
import { listTargetGroups } from '../targets/repository';
import { listTaskGroups } from '../tasks/repository';
import { getPlanRow, listAppendices, listBlocks } from './repository';
import { targetItems, taskItems } from './rows';

export type { OrgRef } from './rows';

export function getPlanDetail(sql: Sql, planId: number) {
  const row = getPlanRow(sql, planId);
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}. Có thể kế hoạch đã bị xóa; hãy mở lại danh sách kế hoạch.`);
  return {
    id: row.plan_id,
    document: {
      id: row.id,
      kind: row.kind,
      numberSymbol: row.number_symbol,
      issuerParent: row.issuer_parent,
      issuerAgency: row.issuer_agency,
      place: row.place,
      issuedDate: row.issued_date,
      summary: row.summary,
      signer: { authority: row.signer_authority, position: row.signer_position, name: row.signer_name },
      recipients: JSON.parse(row.recipients_json) as string[],
      status: row.status,
      sourceNote: row.source_note,
      archivedAt: row.archived_at,
    },
    periodText: row.period_text,
    periodStartYear: row.period_start_year,
    periodEndYear: row.period_end_year,
    links: linksOf(sql, row.id),
    blocks: listBlocks(sql, planId).map((b) => ({
      id: b.id,
      kind: b.kind,
      level: b.level,
      numbering: b.numbering,
      marker: b.marker,
      text: b.text,
    })),
    appendices: listAppendices(sql, planId).map((a) => ({ tableKind: a.table_kind, title: a.title, subtitle: a.subtitle })),
    taskGroups: listTaskGroups(sql, planId).map((g) => ({ id: g.id, code: g.code, title: g.title })),
    tasks: taskItems(sql, planId),
    targetGroups: listTargetGroups(sql, planId).map((g) => ({
      id: g.id,
      parentId: g.parent_id,
      code: g.code,
      tt: g.tt,
      title: g.title,
      horizonYear: g.horizon_year,
    })),
    targets: targetItems(sql, planId),
    reportingPeriods: listReportingPeriods(sql, planId).map((p) => ({
      id: p.id,
      kind: p.kind,
      label: p.label,
      year: p.year,
      startDate: p.start_date,
      endDate: p.end_date,
      dueDate: p.due_date,
      dueText: p.due_text,
      reporters: p.reporters,
    })),
  };
}

export type PlanDetail = ReturnType<typeof getPlanDetail>;
