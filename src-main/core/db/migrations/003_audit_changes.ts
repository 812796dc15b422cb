/**
 * Migration 3: group audit entries into change sets (one user action = one change, so
 * undo/redo reverts the whole action), and make the log append-only at the database
 * level. Frozen in time: plain SQL only.
 */
import type { MigrationDb } from './types';

export const migration003 = {
  version: 3,
  name: 'audit change sets',
  up(db: MigrationDb): void {
    db.exec(`
ALTER TABLE audit_log ADD COLUMN change_id INTEGER;
CREATE INDEX audit_log_change ON audit_log(change_id, id);
CREATE INDEX audit_log_revert_of ON audit_log(revert_of);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
`);
  },
};
