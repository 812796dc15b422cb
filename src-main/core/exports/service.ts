/**
 * Exports: a plan to Word or Excel, a report draft for a plan and a period to Word plus
 * its Excel appendices. Read-only: nothing in the database changes. The data is read
 * here, on the calling thread, in one read transaction (run/prepare.ts); the files are
 * written in the export worker thread (run/run-worker.ts) and come back as bytes.
 */
import type { Sql } from '../db/exec';
import type { ProgressSink, RenderedFile } from './run/job';
import { preparePlanExport, prepareReportExport } from './run/prepare';
import { renderInWorker } from './run/run-worker';

export interface ExportFile {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

export interface ExportOptions {
  /** the day the draft is made (year of the blank date line); defaults to now */
  today?: Date;
  /** stages and percents as the export goes (read → docx → xlsx) */
  onProgress?: ProgressSink;
}

function asExportFiles(files: RenderedFile[]): ExportFile[] {
  return files.map((f) => ({ fileName: f.fileName, mime: f.mime, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) }));
}

export async function exportPlan(sql: Sql, planId: number, format: 'docx' | 'xlsx', opts: ExportOptions = {}): Promise<ExportFile[]> {
  opts.onProgress?.({ stage: 'read', percent: null });
  const job = preparePlanExport(sql, planId, format, opts.today ?? new Date());
  return asExportFiles(await renderInWorker(job, opts.onProgress));
}

export async function exportReport(
  sql: Sql,
  planId: number,
  periodId: number,
  formats: ReadonlyArray<'docx' | 'xlsx'> = ['docx', 'xlsx'],
  opts: ExportOptions = {},
): Promise<ExportFile[]> {
  opts.onProgress?.({ stage: 'read', percent: null });
  const job = prepareReportExport(sql, planId, periodId, formats, opts.today ?? new Date());
  return asExportFiles(await renderInWorker(job, opts.onProgress));
}
