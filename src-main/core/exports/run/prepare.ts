/**
 * The read stage of an export, on the main thread: everything the files need is read
 * from SQLite in one read transaction (a consistent snapshot even while the officer
 * keeps working) and laid out as plain documents with their file names. Synchronous
 * and short; the heavy writing happens in the export worker.
 */
import type { Sql } from '../../db/exec';
import { getPlanDetail } from '../../plans/service';
import { getOfficeIdentity } from '../../settings/office';
import { DOCX_MIME, planFileName, planFileStem, reportFileName, XLSX_MIME } from '../files';
import { getFormatSettings } from '../format-settings';
import { KIND_CODE } from '../numbering';
import { planDocument } from '../plan/plan-document';
import { buildReport } from '../report/build';
import { issuerOrganizationName } from '../repository';
import type { RenderJob } from './job';

/** One read transaction: every query sees the same database state. */
function snapshot<T>(sql: Sql, fn: () => T): T {
  return sql.db.transaction(fn).deferred();
}

export function preparePlanExport(sql: Sql, planId: number, format: 'docx' | 'xlsx', today: Date): RenderJob {
  return snapshot(sql, () => {
    const plan = getPlanDetail(sql, planId);
    const document = planDocument(plan, {
      office: getOfficeIdentity(sql),
      issuerName: issuerOrganizationName(sql, plan.document.id),
      today,
    });
    const stem = planFileStem(plan.document.numberSymbol, KIND_CODE[plan.document.kind] ?? '', plan.id);
    return {
      format: getFormatSettings(sql),
      files: [
        {
          fileName: planFileName(stem, plan.document.summary, format),
          mime: format === 'docx' ? DOCX_MIME : XLSX_MIME,
          kind: format,
          document,
          title: `${document.typeTitle} ${document.summary}`,
        },
      ],
    };
  });
}

export function prepareReportExport(sql: Sql, planId: number, periodId: number, formats: ReadonlyArray<'docx' | 'xlsx'>, today: Date): RenderJob {
  return snapshot(sql, () => {
    const report = buildReport(sql, planId, periodId, today);
    const stem = planFileStem(report.plan.document.numberSymbol, KIND_CODE[report.plan.document.kind] ?? '', report.plan.id);
    const title = `${report.document.typeTitle} ${report.document.summary}`;
    return {
      format: getFormatSettings(sql),
      files: (['docx', 'xlsx'] as const)
        .filter((k) => formats.includes(k))
        .map((kind) => ({
          fileName: reportFileName(report.period.label, stem, kind),
          mime: kind === 'docx' ? DOCX_MIME : XLSX_MIME,
          kind,
          document: report.document,
          title,
        })),
    };
  });
}
