/**
 * Migration 4: the import bridge. An import batch records the file (size, SHA-256,
 * sheet or table, mapping, who); import_rows records, per row written, where it came
 * from and the row's image before and after (so a whole batch can be undone exactly);
 * import_profiles remembers confirmed column mappings by header shape.
 * Frozen in time: plain SQL only.
 */
import type { MigrationDb } from './types';

export const migration004 = {
  version: 4,
  name: 'import batches, row provenance and mapping profiles',
  up(db: MigrationDb): void {
    db.exec(`
ALTER TABLE import_batches ADD COLUMN file_size INTEGER;
ALTER TABLE import_batches ADD COLUMN source_name TEXT;
ALTER TABLE import_batches ADD COLUMN mapping_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE import_batches ADD COLUMN actor TEXT;
ALTER TABLE import_batches ADD COLUMN positions_json TEXT NOT NULL DEFAULT '{}';
CREATE INDEX import_batches_plan ON import_batches(plan_id, id);

CREATE TABLE import_rows (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  entity TEXT NOT NULL CHECK (entity IN ('task','target','task_group','target_group')),
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert','update','same')),
  source_row INTEGER,
  code TEXT,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX import_rows_batch ON import_rows(batch_id, id);
CREATE INDEX import_rows_entity ON import_rows(entity, entity_id);

CREATE TABLE import_profiles (
  id INTEGER PRIMARY KEY,
  signature TEXT NOT NULL UNIQUE,
  table_kind TEXT NOT NULL CHECK (table_kind IN ('tasks','targets','progress')),
  mapping_json TEXT NOT NULL,
  headers_json TEXT NOT NULL,
  uses INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
`);
  },
};
