/**
 * The import bridge as the API uses it: analyse in a worker with the registry and the
 * remembered profiles, preview against a plan, commit, undo, list batches and profiles.
 */
import type { Core } from '../core';
import { AppError } from '../errors';
import { getPlanRow, listPlanSummaries } from '../plans/repository';
import { fold } from '../vn/text';
import { packAnalysis, type LeanAnalysis } from '../../api/contract/imports-lean';
import { analyzeFile, type TableOverride } from './analyze';
import { commitImport, orgSnapshots, previewImport, type CommitInput } from './commit';
import { LIMITS } from './limits';
import { parseContext, parseRecords } from './parse-rows';
import { foldedRowsOf, listBatches } from './repository';
import { registrySnapshot } from './registry-snapshot';
import { analyzeJsonInWorker } from './run-worker';
import { uploadBytes, type Base64Upload } from './upload';
import type { TableKind } from './types';
import { undoImport } from './undo';

export interface AnalyzeRequest {
  fileName: string;
  /** the file, or its base64 text: decoded in the worker, so the main thread allocates nothing large */
  bytes: Uint8Array | Base64Upload;
  kind?: TableKind;
  overrides?: TableOverride[];
}

/** An upload checked for size only (cheap): the worker decodes it. */
export function checkedUpload(base64: string): Base64Upload {
  if (base64.length > Math.ceil((LIMITS.maxFileBytes * 4) / 3) + 4) {
    throw new AppError('INVALID_INPUT', `Tệp vượt giới hạn ${LIMITS.maxFileBytes / 1024 / 1024} MB cho một lần nhập. Hãy chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.`);
  }
  return { base64 };
}

export function decodeUpload(base64: string): Uint8Array {
  return uploadBytes(checkedUpload(base64));
}

function analyzeOptions(core: Core, req: AnalyzeRequest) {
  return { ...registrySnapshot(core.sql), overrides: req.overrides, kind: req.kind };
}

/**
 * The app's doors analyse in the worker (their process serves a window): the answer comes
 * back as UTF-8 JSON already checked against the API contract there, which the doors pass
 * on untouched (api/raw-json.ts), so no large object is cloned, checked or serialised on
 * the main thread. The answer is packed (each text once, see api/contract/imports-lean).
 */
export function analyzeUploadJson(core: Core, req: AnalyzeRequest): Promise<Uint8Array[]> {
  // the worker reads the registry itself: no query on this thread
  return analyzeJsonInWorker(req.bytes, req.fileName, { registryDb: core.dbPath, overrides: req.overrides, kind: req.kind });
}

/**
 * The packed analysis as a value: from the worker's JSON, or — for the CLI, which has no
 * window to keep responsive and spares itself a second start — read in this process.
 */
export async function analyzeUpload(core: Core, req: AnalyzeRequest, inWorker = true): Promise<LeanAnalysis> {
  if (inWorker) return JSON.parse(Buffer.concat(await analyzeUploadJson(core, req)).toString('utf8')) as LeanAnalysis;
  return packAnalysis(await analyzeFile(uploadBytes(req.bytes), req.fileName, analyzeOptions(core, req)));
}

function requirePlan(core: Core, planId: number): void {
  if (!getPlanRow(core.sql, planId)) {
    throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}. Hãy chọn kế hoạch đích trong danh sách.`);
  }
}

/** Parse the rows again; compare with the plan when one is chosen. */
export function preview(core: Core, input: Omit<Parameters<typeof previewImport>[1], 'planId'> & { planId?: number }) {
  if (input.planId === undefined) {
    const parsed = parseRecords(input.kind, input.records, parseContext(orgSnapshots(core.sql), input.orgChoices));
    return { rows: parsed.rows, issues: parsed.issues, diff: null };
  }
  requirePlan(core, input.planId);
  const { parsed, diff } = previewImport(core.sql, { ...input, planId: input.planId });
  return { rows: parsed.rows, issues: parsed.issues, diff };
}

export function commit(core: Core, input: CommitInput) {
  requirePlan(core, input.planId);
  return commitImport(core, input);
}

export function undo(core: Core, batchId: number) {
  return undoImport(core, batchId);
}

export function batches(core: Core, planId: number | null) {
  return listBatches(core.sql, planId).map((b) => {
    const summary = JSON.parse(b.summary_json) as { counts?: Record<string, number> };
    return {
      id: b.id,
      fileName: b.file_name,
      fileSize: b.file_size,
      sha256: b.file_sha256,
      format: b.file_kind,
      planId: b.plan_id,
      kind: b.target_table,
      source: b.source_name,
      mapping: JSON.parse(b.mapping_json) as Record<string, string>,
      actor: b.actor,
      status: b.status,
      createdAt: b.created_at,
      undoneAt: b.undone_at,
      rowsTotal: b.rows_total,
      rowsImported: b.rows_imported,
      counts: { new: summary.counts?.new ?? 0, changed: summary.counts?.changed ?? 0, unchanged: summary.counts?.unchanged ?? 0, missing: summary.counts?.missing ?? 0 },
    };
  });
}

/**
 * The plan a table most likely belongs to: the one with the most rows whose code and
 * (folded) text both match the file's. Null when no plan shares a row with the file.
 */
export function suggestPlan(core: Core, input: { kind: 'tasks' | 'targets'; rows: Array<{ code: string; text: string | null }> }): { planId: number | null; matches: number } {
  const want = new Map(input.rows.map((r) => [r.code, fold(r.text ?? '')]));
  let best = { planId: null as number | null, matches: 0 };
  for (const p of listPlanSummaries(core.sql)) {
    let matches = 0;
    for (const r of foldedRowsOf(core.sql, input.kind, p.id)) if (want.has(r.code) && want.get(r.code) === r.folded) matches++;
    if (matches > best.matches) best = { planId: p.id, matches };
  }
  return best;
}
