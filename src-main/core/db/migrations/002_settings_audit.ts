/**
 * Migration 2: settings as JSON values, and field-level audit (which field, which plan,
 * which change a revert undoes). Frozen in time: plain SQL only.
 */
import type { MigrationDb } from './types';

export const migration002 = {
  version: 2,
  name: 'settings and field-level audit',
  up(db: MigrationDb): void {
    db.exec(`
CREATE TABLE app_settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;

ALTER TABLE audit_log ADD COLUMN field TEXT;
ALTER TABLE audit_log ADD COLUMN plan_id INTEGER;
ALTER TABLE audit_log ADD COLUMN revert_of INTEGER;
CREATE INDEX audit_log_plan ON audit_log(plan_id, id);
`);
  },
};
