/** The report draft for a plan and a period: data gathered, then laid out as a document. */
import type { Sql } from '../../db/exec';
import type { OfficialDocument } from '../model';
import { gatherReport, type ReportData } from './gather';
import { reportDocument } from './report-document';

export interface BuiltReport extends ReportData {
  document: OfficialDocument;
}

export function buildReport(sql: Sql, planId: number, periodId: number, today: Date): BuiltReport {
  const data = gatherReport(sql, planId, periodId, today);
  return { ...data, document: reportDocument(data) };
}
