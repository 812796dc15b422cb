/**
 * Migration 7: stable identity and modification time on every exchanged record, so plans
 * can travel between machines in a PlanDesk package and be merged back.
 *
 * - `uid` (random, unique) on every exchanged table. ALTER TABLE cannot add a column with
 *   an expression default, so an AFTER INSERT trigger fills it (and `updated_at` where the
 *   column is new) for every insert, by any code path; existing rows are backfilled.
 * - `updated_at` kept current by AFTER UPDATE triggers (unless the statement set it, or only
 *   adopted another machine's uid), and touched when a record's link rows change (a task's
 *   lead organisations are part of the task).
 * - `sync_bases`: per peer machine and uid, the hash of the version last received from it
 *   (the base of a three-way comparison). `package_imports`: each committed package import
 *   with what is needed to undo it.
 *
 * Frozen in time: plain SQL built from the literal lists below; imports no app code.
 */
import type { MigrationDb } from './types';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
const NEW_UID = 'lower(hex(randomblob(16)))';

/** Exchanged tables that already had updated_at. */
const WITH_UPDATED_AT = ['organizations', 'documents', 'plans', 'tasks', 'targets', 'progress_entries', 'reporting_periods'];
/** Exchanged tables that get updated_at here. */
const WITHOUT_UPDATED_AT = ['plan_blocks', 'plan_appendices', 'task_groups', 'target_groups'];

/** Link tables whose rows belong to a parent record: [table, parent column, parent table]. */
const LINKS: Array<[string, string, string]> = [
  ['organization_aliases', 'organization_id', 'organizations'],
  ['document_links', 'from_document_id', 'documents'],
  ['task_organizations', 'task_id', 'tasks'],
  ['task_departments', 'task_id', 'tasks'],
  ['target_departments', 'target_id', 'targets'],
];

function identitySql(table: string, addUpdatedAt: boolean): string {
  return `
ALTER TABLE ${table} ADD COLUMN uid TEXT;
${addUpdatedAt ? `ALTER TABLE ${table} ADD COLUMN updated_at TEXT;` : ''}
UPDATE ${table} SET uid = ${NEW_UID}${addUpdatedAt ? `, updated_at = ${NOW}` : ''};
CREATE UNIQUE INDEX ${table}_uid ON ${table}(uid);
CREATE TRIGGER ${table}_fill_identity AFTER INSERT ON ${table}
FOR EACH ROW WHEN NEW.uid IS NULL OR NEW.updated_at IS NULL
BEGIN
  UPDATE ${table} SET uid = coalesce(NEW.uid, ${NEW_UID}), updated_at = coalesce(NEW.updated_at, ${NOW}) WHERE id = NEW.id;
END;
CREATE TRIGGER ${table}_touch AFTER UPDATE ON ${table}
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at AND NEW.uid IS OLD.uid
BEGIN
  UPDATE ${table} SET updated_at = ${NOW} WHERE id = NEW.id;
END;
`;
}

function linkTouchSql([table, column, parent]: [string, string, string]): string {
  const touch = (row: 'NEW' | 'OLD') => `UPDATE ${parent} SET updated_at = ${NOW} WHERE id = ${row}.${column};`;
  return `
CREATE TRIGGER ${table}_touch_insert AFTER INSERT ON ${table} FOR EACH ROW BEGIN ${touch('NEW')} END;
CREATE TRIGGER ${table}_touch_delete AFTER DELETE ON ${table} FOR EACH ROW BEGIN ${touch('OLD')} END;
CREATE TRIGGER ${table}_touch_update AFTER UPDATE ON ${table} FOR EACH ROW BEGIN ${touch('OLD')} ${touch('NEW')} END;
`;
}

export const migration007 = {
  version: 7,
  name: 'stable ids, modification times, package sync',
  up(db: MigrationDb): void {
    db.exec(
      [
        ...WITH_UPDATED_AT.map((t) => identitySql(t, false)),
        ...WITHOUT_UPDATED_AT.map((t) => identitySql(t, true)),
        ...LINKS.map(linkTouchSql),
        `
CREATE TABLE sync_bases (
  peer TEXT NOT NULL,
  uid TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (peer, uid)
) STRICT, WITHOUT ROWID;

CREATE TABLE package_imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  source_machine_id TEXT NOT NULL,
  source_label TEXT,
  status TEXT NOT NULL CHECK (status IN ('committed','undone')),
  summary_json TEXT NOT NULL DEFAULT '{}',
  undo_json TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (${NOW}),
  undone_at TEXT
) STRICT;
`,
      ].join('\n'),
    );
  },
};
