/**
 * Plans: create (a draft with the usual five sections), edit metadata, duplicate,
 * archive and bring back. A plan is never hard-deleted from the UI: archiving hides it
 * and is undone like any other change.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import { applyPatch, requireRecord } from '../history/apply';
import { beginChange, changeResult, type Change, type ChangeResult } from '../history/change';
import { documentSpec, planSpec } from '../documents/spec';
import { createDocumentIn } from '../documents/service';
import { getOfficeIdentity } from '../settings/office';
import { insertAppendix, insertBlock, insertPlan } from './repository';
import { copyPlanContent } from './copy';

const SKELETON: Array<[string, string]> = [
  ['I.', 'MỤC ĐÍCH, YÊU CẦU'],
  ['II.', 'MỤC TIÊU'],
  ['III.', 'NHIỆM VỤ, GIẢI PHÁP'],
  ['IV.', 'KINH PHÍ THỰC HIỆN'],
  ['V.', 'TỔ CHỨC THỰC HIỆN'],
];

export interface NewPlanInput {
  kind?: string | undefined;
  summary: string;
  numberSymbol?: string | null | undefined;
  issuedDate?: string | null | undefined;
  periodText?: string | null | undefined;
}

/** A draft plan of the office: document, plan row, appendix headings, optional sections. */
export function createPlanIn(change: Change, p: NewPlanInput, skeleton: boolean): number {
  const sql = change.sql;
  const office = getOfficeIdentity(sql);
  const documentId = createDocumentIn(change, {
    kind: p.kind ?? 'ke_hoach',
    summary: p.summary,
    numberSymbol: p.numberSymbol ?? null,
    issuedDate: p.issuedDate ?? null,
    issuerParent: office.parentAgency,
    issuerAgency: office.agency,
  });
  applyPatchSilently(sql, documentId, {
    place: office.place,
    signerAuthority: office.signerAuthority || null,
    signerPosition: office.signerPosition,
    signerName: office.signerName || null,
  });
  const planId = insertPlan(sql, { documentId, periodText: null, periodStartYear: null, periodEndYear: null });
  if (p.periodText) planSpec.fields.periodText!.write(sql, planId, planSpec.fields.periodText!.parse(p.periodText));
  insertAppendix(sql, { plan_id: planId, position: 0, table_kind: 'targets', title: 'DANH MỤC CHỈ TIÊU', subtitle: null });
  insertAppendix(sql, { plan_id: planId, position: 1, table_kind: 'tasks', title: 'DANH MỤC NHIỆM VỤ', subtitle: null });
  if (skeleton) {
    SKELETON.forEach(([numbering, text], i) => insertBlock(sql, { plan_id: planId, position: i, kind: 'heading', level: 1, numbering, marker: null, text }));
  }
  return planId;
}

function applyPatchSilently(sql: Sql, documentId: number, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    const f = documentSpec.fields[k]!;
    f.write(sql, documentId, f.parse(v));
  }
}

function recordPlanCreated(change: Change, planId: number, how: string): void {
  change.record({ action: 'create', entity: 'plan', entityId: planId, planId, after: { summary: planSpec.describe(change.sql, planId), how } });
}

export function createPlan(sql: Sql, p: NewPlanInput): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    const planId = createPlanIn(change, p, true);
    recordPlanCreated(change, planId, 'create');
    return changeResult(change, [planId]);
  });
}

function documentOf(sql: Sql, planId: number): number {
  requireRecord(sql, planSpec, planId);
  return sql.first(sql.qb.selectFrom('plans').select('document_id').where('id', '=', planId))!.document_id;
}

const PLAN_FIELDS = new Set(Object.keys(planSpec.fields));

/** Metadata of a plan and its document, validated together, saved together. */
export function updatePlan(sql: Sql, planId: number, patch: Record<string, unknown>): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    const documentId = documentOf(sql, planId);
    const docPatch = Object.fromEntries(Object.entries(patch).filter(([k]) => !PLAN_FIELDS.has(k)));
    const planPatch = Object.fromEntries(Object.entries(patch).filter(([k]) => PLAN_FIELDS.has(k)));
    // status last, so a number typed in the same save counts
    const { status, ...rest } = docPatch;
    applyPatch(change, documentSpec, documentId, rest);
    if (status !== undefined) applyPatch(change, documentSpec, documentId, { status });
    applyPatch(change, planSpec, planId, planPatch);
    return changeResult(change);
  });
}

export function setPlanArchived(sql: Sql, planId: number, archived: boolean): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    applyPatch(change, documentSpec, documentOf(sql, planId), { archivedAt: archived ? new Date().toISOString() : null });
    return changeResult(change);
  });
}

/** A copy to work on: same content and căn cứ, no number, draft. */
export function duplicatePlan(sql: Sql, planId: number): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    const src = sql.first(
      sql.qb.selectFrom('plans as p').innerJoin('documents as d', 'd.id', 'p.document_id').selectAll('d').select(['p.period_text']).where('p.id', '=', planId),
    );
    if (!src) throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}.`);
    const newId = createPlanIn(change, { kind: src.kind, summary: `${src.summary} (bản sao)`, periodText: src.period_text }, false);
    copyPlanContent(sql, planId, newId);
    recordPlanCreated(change, newId, `duplicate:${planId}`);
    return changeResult(change, [newId]);
  });
}
