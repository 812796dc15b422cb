/** Plans, their body blocks and appendix headings (SQL). */
import { sql as rawSql } from 'kysely';
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export function insertPlan(
  sql: Sql,
  p: { documentId: number; periodText: string | null; periodStartYear: number | null; periodEndYear: number | null },
): number {
  return sql.run(
    sql.qb.insertInto('plans').values({
      document_id: p.documentId,
      period_text: p.periodText,
      period_start_year: p.periodStartYear,
      period_end_year: p.periodEndYear,
    }),
  ).id;
}

export function insertBlock(
  sql: Sql,
  b: NewRow<'plan_blocks'>,
): void {
  sql.run(sql.qb.insertInto('plan_blocks').values(b));
}

export function insertAppendix(sql: Sql, a: NewRow<'plan_appendices'>): void {
  sql.run(sql.qb.insertInto('plan_appendices').values(a));
}

export interface PlanSummaryRow {
  id: number;
  documentId: number;
  kind: string;
  numberSymbol: string | null;
  summary: string;
  issuerAgency: string;
  issuerParent: string | null;
  issuedDate: string | null;
  status: 'draft' | 'issued';
  periodText: string | null;
  tasks: number;
  targets: number;
}

/** Plans in use, or (archived = true) the archived ones. */
export function listPlanSummaries(sql: Sql, archived = false): PlanSummaryRow[] {
  return sql.all(
    sql.qb
      .selectFrom('plans as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select([
        'p.id',
        'd.id as documentId',
        'd.kind',
        'd.number_symbol as numberSymbol',
        'd.summary',
        'd.issuer_agency as issuerAgency',
        'd.issuer_parent as issuerParent',
        'd.issued_date as issuedDate',
        'd.status',
        'p.period_text as periodText',
        rawSql<number>`(SELECT count(*) FROM tasks t WHERE t.plan_id = p.id)`.as('tasks'),
        rawSql<number>`(SELECT count(*) FROM targets g WHERE g.plan_id = p.id)`.as('targets'),
      ])
      .where('d.archived_at', archived ? 'is not' : 'is', null)
      .orderBy('d.issued_date', 'desc')
      .orderBy('p.id'),
  );
}

export function getPlanRow(sql: Sql, planId: number) {
  return sql.first(
    sql.qb
      .selectFrom('plans as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .selectAll('d')
      .select([
        'p.id as plan_id',
        'p.period_text',
        'p.period_start_year',
        'p.period_end_year',
      ])
      .where('p.id', '=', planId),
  );
}

export function listBlocks(sql: Sql, planId: number): Row<'plan_blocks'>[] {
  return sql.all(sql.qb.selectFrom('plan_blocks').selectAll().where('plan_id', '=', planId).orderBy('position'));
}

export function listAppendices(sql: Sql, planId: number): Row<'plan_appendices'>[] {
  return sql.all(sql.qb.selectFrom('plan_appendices').selectAll().where('plan_id', '=', planId).orderBy('position'));
}
