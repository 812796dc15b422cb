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
import { profileHints } from './profiles';
import { foldedRowsOf, listBatches } from './repository';
import { analyzeInWorker } from './run-worker';
import type { TableKind } from './types';
import { undoImport } from './undo';

export interface AnalyzeRequest {
  fileName: string;
  bytes: Uint8Array;
  kind?: TableKind;
  overrides?: TableOverride[];
}

export function decodeUpload(base64: string): Uint8Array {
  if (base64.length > Math.ceil((LIMITS.maxFileBytes * 4) / 3) + 4) {
    throw new AppError('INVALID_INPUT', `Tệp vượt giới hạn ${LIMITS.maxFileBytes / 1024 / 1024} MB cho một lần nhập. Hãy chỉ giữ lại bảng cần nhập rồi lưu thành tệp mới.`);
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/**
 * The app's doors analyse in the worker (their process serves a window); the CLI has no
 * window to keep responsive and reads in its own process, which spares it a second start.
 * The answer is packed (each text once, see api/contract/imports-lean).
 */
export async function analyzeUpload(core: Core, req: AnalyzeRequest, inWorker = true): Promise<LeanAnalysis> {
  const options = { orgs: orgSnapshots(core), profiles: profileHints(core.sql), overrides: req.overrides, kind: req.kind };
  return inWorker ? analyzeInWorker(req.bytes, req.fileName, options) : packAnalysis(await analyzeFile(req.bytes, req.fileName, options));
}

function requirePlan(core: Core, planId: number): void {
  if (!getPlanRow(core.sql, planId)) {
    throw new AppError('NOT_FOUND', `Không tìm thấy kế hoạch số ${planId}. Hãy chọn kế hoạch đích trong danh sách.`);
  }
}

/** Parse the rows again; compare with the plan when one is chosen. */
export function preview(core: Core, input: Omit<Parameters<typeof previewImport>[1], 'planId'> & { planId?: number }) {
  if (input.planId === undefined) {
    const parsed = parseRecords(input.kind, input.records, parseContext(orgSnapshots(core), input.orgChoices));
    return { rows: parsed.rows, issues: parsed.issues, diff: null };
  }
  requirePlan(core, input.planId);
  const { parsed, diff } = previewImport(core, { ...input, planId: input.planId });
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
