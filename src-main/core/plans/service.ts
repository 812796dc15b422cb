/** A plan as the UI and the exports see it: document, body, groups, tasks, targets. */
import type { Sql } from '../db/exec';
import { linksOf } from '../documents/repository';
import { AppError } from '../errors';
import { listReportingPeriods } from '../periods/repository';
import { listTargetDepartments, listTargetGroups, listTargets } from '../targets/repository';
import { listTaskGroups, listTaskOrgLinks, listTasks } from '../tasks/repository';
import { getPlanRow, listAppendices, listBlocks } from './repository';

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

export function getPlanDetail(sql: Sql, planId: number) {
  const row = getPlanRow(sql, planId);
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}. Có thể kế hoạch đã bị xóa; hãy mở lại danh sách kế hoạch.`);
  const orgLinks = groupBy(listTaskOrgLinks(sql, planId), (l) => l.taskId);
  const toRef = (l: { organizationId: number; name: string; shortName: string | null; partNote: string | null }): OrgRef => ({
    id: l.organizationId,
    name: l.name,
    shortName: l.shortName,
    partNote: l.partNote,
  });
  const targetDepts = groupBy(listTargetDepartments(sql, planId), (l) => l.targetId);
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
    tasks: listTasks(sql, planId).map((t) => {
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
    }),
    targetGroups: listTargetGroups(sql, planId).map((g) => ({
      id: g.id,
      parentId: g.parent_id,
      code: g.code,
      tt: g.tt,
      title: g.title,
      horizonYear: g.horizon_year,
    })),
    targets: listTargets(sql, planId).map((t) => ({
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
      departments: (targetDepts.get(t.id) ?? []).map(toRef),
      note: t.note,
    })),
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
