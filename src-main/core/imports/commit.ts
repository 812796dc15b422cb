/**
 * Commit: the reviewed rows are parsed again (the officer may have edited them), checked
 * for errors, compared with the plan, and written in ONE transaction, right after the
 * data-safety layer's pre-import backup. The batch records the file (name, size,
 * SHA-256, sheet or table, mapping, who, when) and every row written, with its source
 * row and its image before and after, so the whole batch can be undone exactly.
 */
import { recordAudit } from '../audit/service';
import type { Core } from '../core';
import { AppError } from '../errors';
import { listOrganizations } from '../organizations/repository';
import { getPlanDetail } from '../plans/service';
import { getOfficerName } from '../settings/office';
import { computeDiff, type Diff } from './diff';
import { readImage, readPositions } from './entity-images';
import { parseContext, parseRecords } from './parse-rows';
import { saveProfile, type ProfileInput } from './profiles';
import { insertBatch, insertImportRow, updateBatch } from './repository';
import type { ImportRecord, Issue, TableKind } from './types';
import { writeTargets } from './write-targets';
import { writeTasks } from './write-tasks';
import type { Touched } from './write-log';

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

export function orgSnapshots(core: Core) {
  return listOrganizations(core.sql).map((o) => ({ id: o.id, key: o.key, name: o.name, shortName: o.shortName, kind: o.kind, aliases: o.aliases }));
}

/** Parse and diff without writing: what the review step shows. */
export function previewImport(core: Core, input: { planId: number; kind: TableKind; records: ImportRecord[]; orgChoices?: Record<string, number> }) {
  if (input.kind === 'progress') {
    throw new AppError('INVALID_INPUT', 'Đây là bảng tiến độ. Phiên bản này đọc và kiểm tra được bảng tiến độ nhưng chưa ghi tiến độ từ tệp vào kỳ báo cáo; hãy nhập tiến độ trong ứng dụng. Nếu bảng thực ra là nhiệm vụ hoặc chỉ tiêu, hãy đổi loại bảng ở bước Xác nhận cột.');
  }
  const plan = getPlanDetail(core.sql, input.planId);
  const ctx = parseContext(orgSnapshots(core), input.orgChoices);
  const parsed = parseRecords(input.kind, input.records, ctx);
  return { parsed, diff: computeDiff(input.kind, parsed.rows, plan) };
}

function errorsOf(issues: Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error');
}

export async function commitImport(core: Core, input: CommitInput): Promise<CommitResult> {
  const { parsed, diff } = previewImport(core, input);
  const errors = errorsOf(parsed.issues);
  if (errors.length) {
    const first = errors[0]!;
    throw new AppError(
      'INVALID_INPUT',
      `Còn ${errors.length} lỗi trong bảng (đầu tiên ở dòng ${first.row}: ${first.message}) Hãy sửa các lỗi rồi ghi lại; chưa có gì được ghi.`,
    );
  }
  if (!parsed.rows.length) throw new AppError('INVALID_INPUT', 'Bảng không có dòng nào để nhập. Hãy kiểm tra lại dòng tiêu đề và cách gán cột.');
  await core.backupBefore('import');
  const sql = core.sql;
  return sql.tx(() => {
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
    for (const t of touched) {
      const after = t.action === 'same' ? null : readImage(sql, t.entity, t.id);
      insertImportRow(sql, {
        batch_id: batchId,
        entity: t.entity,
        entity_id: t.id,
        action: t.action,
        source_row: t.sourceRow,
        code: t.code,
        before_json: t.before ? JSON.stringify(t.before) : null,
        after_json: after ? JSON.stringify(after) : null,
      });
      if (t.action !== 'same') {
        recordAudit(sql, {
          action: `import.${t.action}`,
          entity: t.entity,
          entityId: t.id,
          planId: input.planId,
          before: t.before?.row,
          after: after?.row,
          actor,
        });
      }
    }
    const imported = touched.filter((t) => t.entity === entityName && t.action !== 'same').length;
    updateBatch(sql, batchId, {
      rows_total: parsed.rows.length,
      rows_imported: imported,
      summary_json: JSON.stringify({ counts: diff.counts, warnings: parsed.issues.length }),
    });
    recordAudit(sql, { action: 'import.commit', entity: 'import_batch', entityId: batchId, planId: input.planId, after: { file: input.file.name, counts: diff.counts } });
    if (input.profile) saveProfile(sql, input.kind, input.profile);
    return { batchId, counts: diff.counts };
  });
}
