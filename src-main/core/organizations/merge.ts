/**
 * Merge duplicate organisations ("Sở GDĐT" registered twice): every reference to the source
 * is re-pointed to the target — task leads and coordinators, task and target departments,
 * document issuers, child organisations, progress reporters, aliases, and any other table
 * referencing organisations — the source's names become aliases of the target, and the
 * source is deleted. All in one transaction with its audit entry: nothing half-merged.
 */
import { recordAudit } from '../audit/service';
import type { Sql } from '../db/exec';
import { AppError } from '../errors';
import {
  countReferences,
  moveAliases,
  otherReferences,
  repointChildren,
  repointColumn,
  repointDepartments,
  repointOther,
  repointTaskOrganizations,
  type MergeCounts,
} from './merge-repository';
import { aliasesOf, getOrganization } from './registry-repository';
import { addAlias } from './repository';
import { fold } from '../vn/text';

function checkPair(sql: Sql, sourceId: number, targetId: number) {
  if (sourceId === targetId) {
    throw new AppError('INVALID_INPUT', 'Không thể gộp một đơn vị vào chính nó. Hãy chọn một đơn vị khác để gộp vào.');
  }
  const source = getOrganization(sql, sourceId);
  const target = getOrganization(sql, targetId);
  if (!source || !target) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy một trong hai đơn vị (có thể vừa được gộp hoặc xóa). Hãy tải lại trang Đơn vị.');
  }
  return { source, target };
}

/** What a merge would move, for the confirmation dialog. */
export function mergePreview(sql: Sql, sourceId: number, targetId: number) {
  const { source, target } = checkPair(sql, sourceId, targetId);
  return { source: { id: source.id, name: source.name }, target: { id: target.id, name: target.name }, references: countReferences(sql, sourceId) };
}

export function mergeOrganizations(sql: Sql, sourceId: number, targetId: number): MergeCounts {
  return sql.tx(() => {
    const { source, target } = checkPair(sql, sourceId, targetId);
    const before = { ...source, aliases: aliasesOf(sql, sourceId).map((a) => a.alias), references: countReferences(sql, sourceId) };
    const links = repointTaskOrganizations(sql, sourceId, targetId);
    const taskDepts = repointDepartments(sql, 'task_departments', sourceId, targetId);
    const targetDepts = repointDepartments(sql, 'target_departments', sourceId, targetId);
    const documents = repointColumn(sql, 'documents', 'issuer_org_id', sourceId, targetId);
    const progressEntries = repointColumn(sql, 'progress_entries', 'reporter_org_id', sourceId, targetId);
    const children = repointChildren(sql, sourceId, targetId, source.parent_id);
    const aliases = moveAliases(sql, sourceId, targetId);
    let other = 0;
    for (const ref of otherReferences(sql)) {
      try {
        other += repointOther(sql, ref, sourceId, targetId);
      } catch (e) {
        throw new AppError(
          'CONFLICT',
          `Không gộp được: dữ liệu ở bảng ${ref.table} đã có cả hai đơn vị cho cùng một mục. Chưa có gì thay đổi; hãy sửa dữ liệu đó trước rồi gộp lại.`,
          { cause: e },
        );
      }
    }
    // the source's names keep resolving imported text to the target
    const targetNames = new Set([target.name_folded, ...aliasesOf(sql, targetId).map((a) => a.alias_folded)]);
    for (const name of [source.name, source.short_name]) {
      if (name && !targetNames.has(fold(name))) {
        addAlias(sql, targetId, name);
        targetNames.add(fold(name));
      }
    }
    sql.run(sql.qb.deleteFrom('organizations').where('id', '=', sourceId));
    const counts: MergeCounts = {
      taskLinks: links.moved,
      taskDepartments: taskDepts.moved,
      targetDepartments: targetDepts.moved,
      documents,
      children,
      progressEntries,
      aliases: aliases.moved,
      other,
      duplicatesDropped: links.dropped + taskDepts.dropped + targetDepts.dropped + aliases.dropped,
    };
    recordAudit(sql, { action: 'merge', entity: 'organization', entityId: targetId, field: 'merged_from', before, after: { into: target.name, ...counts } });
    return counts;
  });
}
