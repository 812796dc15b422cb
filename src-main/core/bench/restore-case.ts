/**
 * The database side of the bench's restore case (src-main/bench/cases/restore.ts): where the
 * audit log stood before the case, and the removal of the entry the restore stamps in the
 * restored copy, so the office is left as the case found it (the same rows).
 */
import type { Core } from '../core';

export function auditMark(core: Core): number {
  return Number(core.db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get());
}

export function removeAuditAfter(core: Core, mark: number): void {
  core.db.prepare('DELETE FROM audit_log WHERE id > ?').run(mark);
}
