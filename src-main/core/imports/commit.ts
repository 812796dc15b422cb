/**
 * Commit: the reviewed rows are parsed again (the officer may have edited them), checked
 * for errors, compared with the plan, and written in ONE transaction, right after the
 * data-safety layer's pre-import backup. The batch records the file (name, size,
 * SHA-256, sheet or table, mapping, who, when) and every row written, with its source
 * row and its image before and after, so the whole batch can be undone exactly.
 */
import { recordAudit, recordAudits, type AuditEntry } from '../audit/service';
import type { Core } from '../core';
import { AppError } from '../errors';
import { listOrganizations } from '../organizations/repository';
import { getPlanDetail } from '../plans/service';
import { indexInBackground } from '../search/background-index';
import { bulkWrite } from '../search/pending';
import { getOfficerName } from '../settings/office';
import { computeDiff, type Diff } from './diff';
import type { Sql } from '../db/exec';
import { readImages, readPositions, type Entity, type Image } from './entity-images';
import { parseContext, parseRecords } from './parse-rows';
import { saveProfile, type ProfileInput } from './profiles';
import { insertBatch, insertImportRows, updateBatch } from './repository';
import type { ImportRecord, Issue, TableKind } from './types';
import { writeTargets } from './write-targets';
import { writeTasks } from './write-tasks';
import { commitInWorker } from './commit-worker/run-worker';
import { importAuditRef, type Touched } from './write-log';

export interface CommitInput {
  planId: number;
  kind: TableKind;
  file: { name: string; size: number; sha256: string; format: 'xlsx' | 'docx' };
  source: string;
  /** field → header text, as confirmed */
  mapping: Record<string, string>;
  records: ImportRecord[];
  orgChoices?: Record<string, number>;
  /** remember the confirmed mapping for files of the same header shape */
  profile?: ProfileInput;
}

export interface CommitResult {
  batchId: number;
  counts: Diff['counts'];
}

export function orgSnapshots(sql: Sql) {
  return listOrganizations(sql).map((o) => ({ id: o.id, key: o.key, name: o.name, shortName: o.shortName, kind: o.kind, aliases: o.aliases }));
}

/** Parse and diff without writing: what the review step shows. */
export function previewImport(sql: Sql, input: { planId: number; kind: TableKind; records: ImportRecord[]; orgChoices?: Record<string, number> }) {
  if (input.kind === 'progress') {
    throw new AppError('INVALID_INPUT', 'Đây là bảng tiến độ. Phiên bản này đọc và kiểm tra được bảng tiến độ nhưng chưa ghi tiến độ từ tệp vào kỳ báo cáo; hãy nhập tiến độ trong ứng dụng. Nếu bảng thực ra là nhiệm vụ hoặc chỉ tiêu, hãy đổi loại bảng ở bước Xác nhận cột.');
  }
  const plan = getPlanDetail(sql, input.planId);
  const ctx = parseContext(orgSnapshots(sql), input.orgChoices);
  const parsed = parseRecords(input.kind, input.records, ctx);
  return { parsed, diff: computeDiff(input.kind, parsed.rows, plan) };
}

/** Images after the writes of every row the commit changed, keyed entity:id. */
function imagesAfter(sql: Sql, touched: Touched[]): Map<string, Image> {
  const out = new Map<string, Image>();
  const byEntity = new Map<Entity, number[]>();
  for (const t of touched) if (t.action !== 'same') byEntity.set(t.entity, [...(byEntity.get(t.entity) ?? []), t.id]);
  for (const [entity, ids] of byEntity) for (const [id, image] of readImages(sql, entity, ids)) out.set(`${entity}:${id}`, image);
  return out;
}

function errorsOf(issues: Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error');
}

/** The preview, refused when a row has an error or there is no row. */
function checked(preview: ReturnType<typeof previewImport>): ReturnType<typeof previewImport> {
  const errors = errorsOf(preview.parsed.issues);
  if (errors.length) {
    const first = errors[0]!;
    throw new AppError(
      'INVALID_INPUT',
      `Còn ${errors.length} lỗi trong bảng (đầu tiên ở dòng ${first.row}: ${first.message}) Hãy sửa các lỗi rồi ghi lại; chưa có gì được ghi.`,
    );
  }
  if (!preview.parsed.rows.length) throw new AppError('INVALID_INPUT', 'Bảng không có dòng nào để nhập. Hãy kiểm tra lại dòng tiêu đề và cách gán cột.');
  return preview;
}

export type CheckedPreview = ReturnType<typeof previewImport>;

/** The commit worker's first job: the errors a user must fix refuse the commit before any backup is made. */
export function checkCommit(sql: Sql, input: CommitInput): CheckedPreview {
  return checked(previewImport(sql, input));
}

/**
 * The commit worker's write job, on its own connection, in ONE transaction: the preview and
 * its checks run again inside it (the app kept answering during the backup, so anything
 * written meanwhile is diffed again), then the batch is written. `unchangedCheck`, called
 * once the transaction holds the lock, gives the check's preview back when the caller knows
 * nothing was committed since it was made (commit-worker/jobs.ts); null: check again.
 */
export function writeCommit(sql: Sql, input: CommitInput, unchangedCheck: () => CheckedPreview | null = () => null): CommitResult {
  return sql.tx(() => {
    const current = unchangedCheck() ?? checked(previewImport(sql, input));
    // a bulk write: the rows' search text is indexed after the commit (core/search/pending.ts)
    return bulkWrite(sql, () => writeBatch(sql, input, current));
  });
}

/**
 * Check in the commit worker, back up (core.backupBefore), write in the commit worker: the
 * thread that serves the window never runs the thousands of writes (commit-worker/).
 */
export async function commitImport(core: Core, input: CommitInput): Promise<CommitResult> {
  const result = await commitInWorker(core, input);
  void indexInBackground(core); // the queued search text, by the main connection between turns
  return result;
}

/** Rows a commit records at a time: their images and JSON are short-lived. */
const RECORD_CHUNK = 500;

/** Every touched row's provenance (with its images) and audit entry. */
function recordRows(sql: Sql, batch: { batchId: number; planId: number; actor: string | null }, touched: Touched[]): void {
  for (let i = 0; i < touched.length; i += RECORD_CHUNK) {
    const part = touched.slice(i, i + RECORD_CHUNK);
    const after = imagesAfter(sql, part);
    const imageOf = (t: Touched) => after.get(`${t.entity}:${t.id}`) ?? null;
    const ids = insertImportRows(
      sql,
      part.map((t) => {
        const image = imageOf(t);
        return {
          batch_id: batch.batchId,
          entity: t.entity,
          entity_id: t.id,
          action: t.action,
          source_row: t.sourceRow,
          code: t.code,
          before_json: t.before ? JSON.stringify(t.before) : null,
          after_json: image ? JSON.stringify(image) : null,
        };
      }),
    );
    const audits: AuditEntry[] = [];
    part.forEach((t, k) => {
      if (t.action === 'same') return;
      audits.push({ action: `import.${t.action}`, entity: t.entity, entityId: t.id, planId: batch.planId, after: importAuditRef(imageOf(t), batch.batchId, ids[k]!), actor: batch.actor });
    });
    recordAudits(sql, audits);
  }
}

/** The batch, its rows and their audit, in the caller's transaction. */
function writeBatch(sql: Sql, input: CommitInput, { parsed, diff }: ReturnType<typeof previewImport>): CommitResult {
  const actor = getOfficerName(sql);
  const batchId = insertBatch(sql, {
    file_name: input.file.name,
    file_sha256: input.file.sha256,
    file_kind: input.file.format,
    file_size: input.file.size,
    plan_id: input.planId,
    target_table: input.kind,
    source_name: input.source,
    mapping_json: JSON.stringify(input.mapping),
    actor,
    status: 'committed',
    undone_at: null,
    positions_json: JSON.stringify(readPositions(sql, input.planId)),
  });
  const touched: Touched[] = [];
  if (input.kind === 'tasks') writeTasks(sql, input.planId, parsed.rows, diff, touched);
  else writeTargets(sql, input.planId, parsed.rows, diff, touched);
  const entityName = input.kind === 'tasks' ? 'task' : 'target';
  recordRows(sql, { batchId, planId: input.planId, actor }, touched);
  const imported = touched.filter((t) => t.entity === entityName && t.action !== 'same').length;
  updateBatch(sql, batchId, {
    rows_total: parsed.rows.length,
    rows_imported: imported,
    summary_json: JSON.stringify({ counts: diff.counts, warnings: parsed.issues.length }),
  });
  recordAudit(sql, { action: 'import.commit', entity: 'import_batch', entityId: batchId, planId: input.planId, after: { file: input.file.name, counts: diff.counts } });
  if (input.profile) saveProfile(sql, input.kind, input.profile);
  return { batchId, counts: diff.counts };
}
