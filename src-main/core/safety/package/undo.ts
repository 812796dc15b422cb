/**
 * Undo a package import, in one transaction: fields it overwrote get their old values,
 * records it added go, records that took the package's uid get theirs back, bases return.
 * Refused when a record it touched was edited afterwards (that edit would be lost): the
 * backup taken before the import is then the way back.
 */
import { ENTITY_TABLES } from './spec';
import type { Sql } from '../../db/exec';
import { AppError } from '../../errors';
import type { UndoLog } from './commit';
import { deleteRecord, readUpdatedAt, setBase, setUid, setUpdatedAt, UidIndex, updateRecord } from './records';

export function applyUndo(sql: Sql, log: UndoLog): { removed: number; restored: number } {
  const uids = new UidIndex(sql);
  const edited = log.after.filter((a) => {
    const id = uids.idOf(a.table, a.uid);
    return id !== null && readUpdatedAt(sql, a.table, id) !== a.updatedAt;
  });
  if (edited.length) {
    throw new AppError(
      'CONFLICT',
      `Không hoàn tác được: ${edited.length} bản ghi nhận từ gói đã được sửa sau khi nhập, hoàn tác sẽ làm mất các sửa đổi đó. Nếu vẫn muốn quay lại, hãy khôi phục bản sao lưu "Trước khi nhập gói kế hoạch" trong danh sách sao lưu.`,
    );
  }
  let restored = 0;
  for (const u of log.updated) {
    const id = uids.idOf(u.table, u.uid);
    if (id === null) continue;
    updateRecord(sql, u.table, id, u.before, uids);
    if (u.beforeUpdatedAt) setUpdatedAt(sql, u.table, id, u.beforeUpdatedAt);
    restored++;
  }
  let removed = 0;
  const order = [...ENTITY_TABLES].reverse();
  const inserted = [...log.inserted].sort((a, b) => order.indexOf(a.table) - order.indexOf(b.table));
  for (const i of inserted) {
    const id = uids.idOf(i.table, i.uid);
    if (id === null) continue; // already gone with its parent
    deleteRecord(sql, i.table, id);
    uids.forget(i.table, i.uid);
    removed++;
  }
  for (const a of log.adopted) {
    const id = uids.idOf(a.table, a.to);
    if (id !== null) setUid(sql, a.table, id, a.from);
  }
  for (const b of log.bases) setBase(sql, log.peer, b.uid, b.before);
  return { removed, restored };
}
