/**
 * Exports: a plan to Word or Excel, a report draft for a plan and a period to Word plus
 * its Excel appendices. Read-only: nothing in the database changes.
 */
import type { Sql } from '../db/exec';
import { getPlanDetail } from '../plans/service';
import { getOfficeIdentity } from '../settings/office';
import { writeDocx } from './docx/write';
import { DOCX_MIME, planFileName, planFileStem, reportFileName, XLSX_MIME } from './files';
import { getFormatSettings } from './format-settings';
import { KIND_CODE } from './numbering';
import { planDocument } from './plan/plan-document';
import { buildReport } from './report/build';
import { issuerOrganizationName } from './repository';
import { writeXlsx } from './xlsx/write';

export interface ExportFile {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

export interface ExportOptions {
  /** the day the draft is made (year of the blank date line); defaults to now */
  today?: Date;
}

export async function exportPlan(sql: Sql, planId: number, format: 'docx' | 'xlsx', opts: ExportOptions = {}): Promise<ExportFile[]> {
  const plan = getPlanDetail(sql, planId);
  const format_ = getFormatSettings(sql);
  const doc = planDocument(plan, {
    office: getOfficeIdentity(sql),
    issuerName: issuerOrganizationName(sql, plan.document.id),
    today: opts.today ?? new Date(),
  });
  const stem = planFileStem(plan.document.numberSymbol, KIND_CODE[plan.document.kind] ?? '', plan.id);
  if (format === 'docx') {
    return [{ fileName: planFileName(stem, plan.document.summary, 'docx'), mime: DOCX_MIME, bytes: await writeDocx(doc, format_) }];
  }
  return [
    {
      fileName: planFileName(stem, plan.document.summary, 'xlsx'),
      mime: XLSX_MIME,
      bytes: await writeXlsx(doc.appendices, format_, `${doc.typeTitle} ${doc.summary}`),
    },
  ];
}

export async function exportReport(
  sql: Sql,
  planId: number,
  periodId: number,
  formats: ReadonlyArray<'docx' | 'xlsx'> = ['docx', 'xlsx'],
  opts: ExportOptions = {},
): Promise<ExportFile[]> {
  const report = buildReport(sql, planId, periodId, opts.today ?? new Date());
  const format_ = getFormatSettings(sql);
  const stem = planFileStem(report.plan.document.numberSymbol, KIND_CODE[report.plan.document.kind] ?? '', report.plan.id);
  const files: ExportFile[] = [];
  if (formats.includes('docx')) {
    files.push({ fileName: reportFileName(report.period.label, stem, 'docx'), mime: DOCX_MIME, bytes: await writeDocx(report.document, format_) });
  }
  if (formats.includes('xlsx')) {
    files.push({
      fileName: reportFileName(report.period.label, stem, 'xlsx'),
      mime: XLSX_MIME,
      bytes: await writeXlsx(report.document.appendices, format_, `${report.document.typeTitle} ${report.document.summary}`),
    });
  }
  return files;
}
