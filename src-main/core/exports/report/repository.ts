/**
 * Read-only access to reporting periods and progress entries for the report draft (SQL).
 * Progress editing belongs to the progress issue; this only reads its tables.
 */
import type { Sql } from '../../db/exec';
import type { Row } from '../../db/schema';
import { fold } from '../../vn/text';

export function getReportingPeriod(sql: Sql, periodId: number): Row<'reporting_periods'> | undefined {
  return sql.first(sql.qb.selectFrom('reporting_periods').selectAll().where('id', '=', periodId));
}

export interface ProgressRow {
  id: number;
  taskId: number | null;
  targetId: number | null;
  status: string;
  overrideReason: string | null;
  resultText: string | null;
  actualValue: number | null;
  actualText: string | null;
  completedDate: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  note: string | null;
  reporterName: string | null;
  reportedAt: string | null;
  updatedAt: string;
}

/** Entries of one period, for the tasks and targets of one plan, in a stable order. */
export function listProgressEntries(sql: Sql, planId: number, periodId: number): ProgressRow[] {
  return sql.all(
    sql.qb
      .selectFrom('progress_entries as e')
      .leftJoin('tasks as t', 't.id', 'e.task_id')
      .leftJoin('targets as g', 'g.id', 'e.target_id')
      .leftJoin('organizations as o', 'o.id', 'e.reporter_org_id')
      .select([
        'e.id',
        'e.task_id as taskId',
        'e.target_id as targetId',
        'e.status',
        'e.override_reason as overrideReason',
        'e.result_text as resultText',
        'e.actual_value as actualValue',
        'e.actual_text as actualText',
        'e.completed_date as completedDate',
        'e.evidence_number as evidenceNumber',
        'e.evidence_date as evidenceDate',
        'e.note',
        'o.name as reporterName',
        'e.reported_at as reportedAt',
        'e.updated_at as updatedAt',
      ])
      .where('e.period_id', '=', periodId)
      .where((w) => w.or([w('t.plan_id', '=', planId), w('g.plan_id', '=', planId)]))
      .orderBy('e.id'),
  );
}

/** Issuers (as named in the register) of the documents a plan implements: whom the report goes to. */
export function implementedIssuerNames(sql: Sql, documentId: number): string[] {
  const rows = sql.all(
    sql.qb
      .selectFrom('document_links as l')
      .innerJoin('documents as d', 'd.id', 'l.to_document_id')
      .innerJoin('organizations as o', 'o.id', 'd.issuer_org_id')
      .select('o.name')
      .distinct()
      .where('l.from_document_id', '=', documentId)
      .where('l.kind', '=', 'implements')
      .orderBy('o.name'),
  );
  return rows.map((r) => r.name);
}

/** The office's own record in the register ("Sở Giáo dục và Đào tạo Hải Phòng"), matched on its folded name. */
export function officeOrganizationName(sql: Sql, agency: string): string | null {
  const f = fold(agency);
  const row = sql.first(
    sql.qb
      .selectFrom('organizations')
      .select('name')
      .where((w) => w.or([w('name_folded', '=', f), w('name_folded', 'like', `${f} %`)]))
      .where('archived_at', 'is', null)
      .orderBy('id'),
  );
  return row?.name ?? null;
}
