/**
 * A progress file as the API and the CLI receive it: PlanDesk's own template (hidden
 * `_PlanDesk` sheet) is left to the template import (core/progress/templates); any other
 * table is read by the generic pipeline as a progress table and previewed or committed
 * for the chosen period and reporting body (progress-table.ts).
 */
import { unpackAnalysis } from '../../api/contract/imports-lean';
import type { Core } from '../core';
import { AppError, isAppError } from '../errors';
import { requirePeriod } from '../periods/service';
import { readMeta } from '../progress/templates/meta';
import { readWorkbook } from '../progress/templates/read';
import { analyzeUpload } from './pipeline';
import { commitProgressTable, previewProgressTable, type ProgressRowPreview } from './progress-table';

export interface ProgressUpload {
  fileName: string;
  bytes: Uint8Array;
  planId?: number;
  periodId: number;
  orgId: number | null;
  receivedDate?: string;
  /** index of the table in the file (default: the first read as progress) */
  table?: number;
}

export interface ProgressUploadResult {
  /** PlanDesk's own template: use the template import */
  template: boolean;
  source: string | null;
  mapping: Record<string, string>;
  rows: ProgressRowPreview[];
  batchId: number | null;
  imported: number;
}

async function isTemplate(bytes: Uint8Array, fileName: string): Promise<boolean> {
  if (!/\.xlsx$/i.test(fileName)) return false;
  try {
    return readMeta(await readWorkbook(bytes, fileName)) !== null;
  } catch (e) {
    if (isAppError(e)) return false;
    throw e;
  }
}

const isoToday = () => new Date().toISOString().slice(0, 10);

export async function progressUpload(core: Core, req: ProgressUpload, commit: boolean, inWorker = true): Promise<ProgressUploadResult> {
  const period = requirePeriod(core.sql, req.periodId);
  if (req.planId !== undefined && period.plan_id !== req.planId) {
    throw new AppError('INVALID_INPUT', `Kỳ "${period.label}" không thuộc kế hoạch số ${req.planId}. Hãy chọn kỳ của kế hoạch đó.`);
  }
  const empty = { source: null, mapping: {}, rows: [], batchId: null, imported: 0 };
  if (await isTemplate(req.bytes, req.fileName)) return { template: true, ...empty };
  const analysis = unpackAnalysis(await analyzeUpload(core, { fileName: req.fileName, bytes: req.bytes, kind: 'progress' }, inWorker));
  const table = req.table !== undefined ? analysis.tables.find((t) => t.index === req.table) : analysis.tables[0];
  if (!table || table.kind !== 'progress') {
    throw new AppError('INVALID_INPUT', `Không nhận ra bảng tiến độ trong tệp ${req.fileName} (không thấy cột như TT, Nhiệm vụ, Kết quả thực hiện, Tiến độ). Hãy mở trong ứng dụng để chọn dòng tiêu đề và gán cột.`);
  }
  const mapping: Record<string, string> = {};
  for (const c of table.columns) if (c.field) mapping[c.field] = c.header;
  const today = isoToday();
  const input = {
    periodId: period.id,
    orgId: req.orgId,
    records: table.rows.map((r) => r.record),
    file: analysis.file,
    source: table.source,
    mapping,
    receivedDate: req.receivedDate ?? today,
    today,
  };
  if (!commit) return { template: false, ...empty, source: table.source, mapping, rows: previewProgressTable(core.sql, input) };
  const r = await commitProgressTable(core, input);
  return { template: false, source: table.source, mapping, rows: r.rows, batchId: r.batchId, imported: r.imported };
}
