/** Write a validated seed into an empty database, in one transaction. */
import type { Sql } from '../db/exec';
import { insertDocument, insertDocumentLink } from '../documents/repository';
import { addAlias, insertOrganization, setOrganizationParent } from '../organizations/repository';
import { insertReportingPeriod } from '../periods/repository';
import { insertAppendix, insertBlock, insertPlan } from '../plans/repository';
import {
  findTargetId,
  insertTarget,
  insertTargetDepartment,
  insertTargetGroup,
  setTargetSource,
} from '../targets/repository';
import {
  findTaskId,
  insertTask,
  insertTaskDepartment,
  insertTaskGroup,
  insertTaskOrganization,
  setTaskParent,
} from '../tasks/repository';
import { parseDeadline } from '../vn/deadline';
import { parseMoneyDong } from '../vn/money';
import { parseTarget } from '../vn/target';
import { fold, nfc, nfcOrNull } from '../vn/text';
import type { SeedPlan } from '../../../seeds/schema';
import { taskCode, type MergedSeed } from './validate';

export interface SeedResult {
  organizations: number;
  documents: number;
  plans: number;
  tasks: number;
  targets: number;
}

export function applySeed(sql: Sql, seed: MergedSeed): SeedResult {
  return sql.tx(() => {
    const orgIds = new Map<string, number>();
    for (const o of seed.organizations) {
      const id = insertOrganization(sql, {
        key: o.key,
        name: nfc(o.name),
        shortName: nfcOrNull(o.shortName),
        kind: o.kind,
        parentId: null,
      });
      orgIds.set(o.key, id);
      for (const a of o.aliases) addAlias(sql, id, nfc(a));
    }
    for (const o of seed.organizations) {
      if (o.parent) setOrganizationParent(sql, orgIds.get(o.key)!, orgIds.get(o.parent)!);
    }
    const org = (key: string) => orgIds.get(key)!;

    const docIds = new Map<string, number>();
    const planIds = new Map<string, number>();
    const result: SeedResult = { organizations: orgIds.size, documents: 0, plans: 0, tasks: 0, targets: 0 };
    for (const d of seed.documents) {
      const id = insertDocument(sql, {
        key: d.key,
        kind: d.kind,
        numberSymbol: nfcOrNull(d.numberSymbol),
        issuerParent: nfcOrNull(d.issuer.parent),
        issuerAgency: nfc(d.issuer.agency),
        issuerOrgId: d.issuer.org ? org(d.issuer.org) : null,
        place: nfcOrNull(d.place),
        issuedDate: d.date,
        summary: nfc(d.summary),
        signerAuthority: nfcOrNull(d.signer?.authority),
        signerPosition: nfcOrNull(d.signer?.position),
        signerName: nfcOrNull(d.signer?.name),
        recipients: d.recipients.map(nfc),
        status: d.status,
        sourceNote: nfcOrNull(d.sourceNote),
      });
      docIds.set(d.key, id);
      result.documents++;
    }
    for (const d of seed.documents) {
      d.links.forEach((l, i) =>
        insertDocumentLink(sql, { fromId: docIds.get(d.key)!, toId: docIds.get(l.target)!, kind: l.kind, note: nfcOrNull(l.note), position: i }),
      );
      if (!d.plan) continue;
      const planId = insertPlanContent(sql, docIds.get(d.key)!, d.plan, org);
      planIds.set(d.key, planId);
      result.plans++;
      result.tasks += d.plan.tasks.length;
      result.targets += d.plan.targets.length;
    }
    // the cascade: tasks and targets copied from a higher plan
    for (const d of seed.documents) {
      const planId = planIds.get(d.key);
      if (!planId || !d.plan) continue;
      for (const t of d.plan.tasks) {
        if (!t.parent) continue;
        const parentId = findTaskId(sql, planIds.get(t.parent.document)!, t.parent.code)!;
        setTaskParent(sql, findTaskId(sql, planId, taskCode(t))!, parentId);
      }
      for (const t of d.plan.targets) {
        if (!t.parent) continue;
        const parentId = findTargetId(sql, planIds.get(t.parent.document)!, t.parent.code)!;
        setTargetSource(sql, findTargetId(sql, planId, t.code)!, parentId);
      }
    }
    return result;
  });
}

function insertPlanContent(sql: Sql, documentId: number, p: SeedPlan, org: (key: string) => number): number {
  const planId = insertPlan(sql, {
    documentId,
    periodText: nfcOrNull(p.periodText),
    periodStartYear: p.periodStartYear,
    periodEndYear: p.periodEndYear,
  });
  p.body.forEach((b, i) =>
    insertBlock(sql, {
      plan_id: planId,
      position: i,
      kind: b.kind,
      level: b.level,
      numbering: nfcOrNull(b.numbering),
      marker: nfcOrNull(b.marker),
      text: nfc(b.text),
    }),
  );
  p.appendices.forEach((a, i) =>
    insertAppendix(sql, { plan_id: planId, position: i, table_kind: a.table, title: nfc(a.title), subtitle: nfcOrNull(a.subtitle) }),
  );

  const groupIds = new Map<string, number>();
  p.taskGroups.forEach((g, i) =>
    groupIds.set(g.code, insertTaskGroup(sql, { plan_id: planId, code: nfc(g.code), title: nfc(g.title), position: i })),
  );
  p.tasks.forEach((t, i) => {
    const deadline = parseDeadline(t.deadlineText);
    const taskId = insertTask(sql, {
      plan_id: planId,
      group_id: groupIds.get(t.group)!,
      code: nfc(taskCode(t)),
      tt: nfc(t.tt),
      position: i,
      title: nfc(t.title),
      title_folded: fold(t.title),
      lead_text: nfcOrNull(t.leadText),
      coordinating_text: nfcOrNull(t.coordinatingText),
      output: nfcOrNull(t.output),
      deadline_text: nfcOrNull(t.deadlineText),
      deadline_start: deadline.start,
      deadline_end: deadline.end,
      deadline_kind: deadline.kind,
      departments_text: nfcOrNull(t.departmentsText),
      budget_text: nfcOrNull(t.budgetText),
      budget_dong: parseMoneyDong(t.budgetText),
      funding_source: nfcOrNull(t.fundingSource),
      merged_up_json: JSON.stringify(t.mergedWithPrevious),
      parent_task_id: null,
      note: nfcOrNull(t.note),
    });
    t.lead.forEach((k, j) => insertTaskOrganization(sql, { task_id: taskId, organization_id: org(k), role: 'lead', position: j }));
    t.coordinating.forEach((k, j) =>
      insertTaskOrganization(sql, { task_id: taskId, organization_id: org(k), role: 'coordinating', position: j }),
    );
    t.departments.forEach((r, j) =>
      insertTaskDepartment(sql, { task_id: taskId, organization_id: org(r.org), part_note: nfcOrNull(r.part), position: j }),
    );
  });

  const tgroupIds = new Map<string, number>();
  const horizon = new Map<string, number | null>();
  p.targetGroups.forEach((g, i) => {
    const id = insertTargetGroup(sql, {
      plan_id: planId,
      parent_id: g.parent ? tgroupIds.get(g.parent)! : null,
      code: nfc(g.code),
      tt: nfc(g.tt ?? g.code),
      title: nfc(g.title),
      horizon_year: g.horizonYear ?? (g.parent ? horizon.get(g.parent) ?? null : null),
      position: i,
    });
    tgroupIds.set(g.code, id);
    horizon.set(g.code, g.horizonYear ?? (g.parent ? horizon.get(g.parent) ?? null : null));
  });
  const targetIds = new Map<string, number>();
  p.targets.forEach((t, i) => {
    const parsed = parseTarget(t.targetText);
    const id = insertTarget(sql, {
      plan_id: planId,
      group_id: tgroupIds.get(t.group)!,
      parent_target_id: t.parentTarget ? targetIds.get(t.parentTarget)! : null,
      source_target_id: null,
      code: nfc(t.code),
      tt: nfc(t.tt ?? t.code),
      position: i,
      name: nfc(t.name),
      name_folded: fold(t.name),
      unit: nfcOrNull(t.unit),
      target_text: nfcOrNull(t.targetText),
      comparator: parsed.comparator,
      target_value: parsed.value,
      horizon_year: t.horizonYear ?? horizon.get(t.group) ?? null,
      departments_text: nfcOrNull(t.departmentsText),
      note: nfcOrNull(t.note),
    });
    targetIds.set(t.code, id);
    t.departments.forEach((r, j) =>
      insertTargetDepartment(sql, { target_id: id, organization_id: org(r.org), part_note: nfcOrNull(r.part), position: j }),
    );
  });

  p.reportingPeriods.forEach((r, i) =>
    insertReportingPeriod(sql, {
      plan_id: planId,
      kind: r.kind,
      label: nfc(r.label),
      year: r.year,
      start_date: r.start,
      end_date: r.end,
      due_date: r.dueDate,
      due_text: nfcOrNull(r.dueText),
      reporters: nfcOrNull(r.reporters),
      position: i,
      locked_at: null,
      lock_note: null,
    }),
  );
  return planId;
}
