/**
 * Revert: undo one recorded change, or a whole change set (Ctrl+Z). A revert is itself a
 * change (entries with revert_of), so it shows in history and can be reverted again
 * (redo). A field is only reverted while it still holds the value the change wrote;
 * otherwise the officer is told which later change to revert first.
 */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import type { Row } from '../db/schema';
import { applyPatch, deleteRecorded, restoreRecorded } from './apply';
import type { Bundle } from './bundle';
import { beginChange, changeResult, type Change, type ChangeResult } from './change';
import { sameValue } from './columns';
import { ENTITY_SPECS } from './registry';

type Entry = Row<'audit_log'>;

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

function revertEntry(change: Change, e: Entry): void {
  const sql = change.sql;
  const spec = ENTITY_SPECS[e.entity];
  if (!spec || e.entity_id === null) throw new AppError('INVALID_INPUT', 'Thay đổi này (nhập dữ liệu hoặc thao tác hệ thống) không hoàn tác được từ lịch sử.');
  const id = e.entity_id;
  const what = spec.label.toLowerCase();
  switch (e.action) {
    case 'update': {
      const field = spec.fields[e.field ?? ''];
      if (!field) throw new AppError('INVALID_INPUT', 'Thay đổi này không hoàn tác được.');
      if (!spec.exists(sql, id)) throw new AppError('CONFLICT', `Không hoàn tác được: ${what} đã bị xóa sau thay đổi này. Hãy khôi phục ${what} trước.`);
      if (!sameValue(field.read(sql, id), parse(e.after_json))) {
        throw new AppError(
          'CONFLICT',
          `Không hoàn tác được: "${field.label}" của ${what} đã được sửa tiếp sau thay đổi này. Hãy hoàn tác thay đổi mới hơn trước.`,
        );
      }
      applyPatch(change, spec, id, { [e.field!]: parse(e.before_json) }, e.id);
      return;
    }
    case 'create': {
      if (e.entity === 'plan') {
        const doc = sql.first(sql.qb.selectFrom('plans').select('document_id').where('id', '=', id));
        if (!doc) throw new AppError('CONFLICT', 'Kế hoạch không còn.');
        applyPatch(change, ENTITY_SPECS.document!, doc.document_id, { archivedAt: new Date().toISOString() }, e.id);
        return;
      }
      if (!spec.exists(sql, id)) throw new AppError('CONFLICT', `Không hoàn tác được: ${what} này đã bị xóa.`);
      deleteRecorded(change, spec, id, e.id);
      return;
    }
    case 'delete':
      restoreRecorded(change, spec, id, parse(e.before_json) as Bundle, e.id);
      return;
    default:
      throw new AppError('INVALID_INPUT', 'Thay đổi này không hoàn tác được.');
  }
}

function entry(sql: Sql, id: number): Entry {
  const e = sql.first(sql.qb.selectFrom('audit_log').selectAll().where('id', '=', id));
  if (!e) throw new AppError('NOT_FOUND', 'Không tìm thấy thay đổi này trong lịch sử.');
  return e;
}

/** Revert one recorded change (from a history panel). */
export function revertAuditEntry(sql: Sql, entryId: number): ChangeResult {
  return sql.tx(() => {
    const change = beginChange(sql);
    revertEntry(change, entry(sql, entryId));
    return changeResult(change);
  });
}

/** Undo a whole change set, newest entry first; the result is the change that redoes it. */
export function undoChange(sql: Sql, changeId: number): ChangeResult {
  return sql.tx(() => {
    const entries = sql.all(sql.qb.selectFrom('audit_log').selectAll().where('change_id', '=', changeId).orderBy('id', 'desc'));
    if (entries.length === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy thay đổi cần hoàn tác.');
    const change = beginChange(sql);
    for (const e of entries) revertEntry(change, e);
    return changeResult(change);
  });
}
