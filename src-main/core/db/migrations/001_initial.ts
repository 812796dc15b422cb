/**
 * Migration 1: the whole domain. Frozen in time: plain SQL, imports no app code.
 * Text columns named *_folded hold the diacritics-free form used for search.
 */
import type { MigrationDb } from './types';

export const migration001 = {
  version: 1,
  name: 'initial domain schema',
  up(db: MigrationDb): void {
    db.exec(`
CREATE TABLE app_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  short_name TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('party','central','ministry','city','city_agency','so','department','commune','school','university','centre','enterprise','collective','other')),
  parent_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
  archived_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
CREATE INDEX organizations_parent ON organizations(parent_id);
CREATE INDEX organizations_name_folded ON organizations(name_folded);

CREATE TABLE organization_aliases (
  id INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  alias_folded TEXT NOT NULL,
  UNIQUE (organization_id, alias_folded)
) STRICT;
CREATE INDEX organization_aliases_folded ON organization_aliases(alias_folded);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  key TEXT UNIQUE,
  kind TEXT NOT NULL,
  number_symbol TEXT,
  issuer_parent TEXT,
  issuer_agency TEXT NOT NULL,
  issuer_org_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
  place TEXT,
  issued_date TEXT,
  summary TEXT NOT NULL,
  summary_folded TEXT NOT NULL,
  signer_authority TEXT,
  signer_position TEXT,
  signer_name TEXT,
  recipients_json TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL CHECK (status IN ('draft','issued')),
  source_note TEXT,
  archived_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
CREATE INDEX documents_number ON documents(number_symbol);

CREATE TABLE document_links (
  id INTEGER PRIMARY KEY,
  from_document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  to_document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('basis','implements')),
  note TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (from_document_id, to_document_id, kind)
) STRICT;
CREATE INDEX document_links_to ON document_links(to_document_id);

CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  period_text TEXT,
  period_start_year INTEGER,
  period_end_year INTEGER,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;

CREATE TABLE plan_blocks (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('basis','heading','paragraph','bullet','footnote')),
  level INTEGER,
  numbering TEXT,
  marker TEXT,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX plan_blocks_plan ON plan_blocks(plan_id, position);

CREATE TABLE plan_appendices (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  table_kind TEXT NOT NULL CHECK (table_kind IN ('tasks','targets','other')),
  title TEXT NOT NULL,
  subtitle TEXT
) STRICT;
CREATE INDEX plan_appendices_plan ON plan_appendices(plan_id, position);

CREATE TABLE task_groups (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  group_id INTEGER REFERENCES task_groups(id) ON DELETE SET NULL,
  code TEXT NOT NULL,
  tt TEXT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  title_folded TEXT NOT NULL,
  lead_text TEXT,
  coordinating_text TEXT,
  output TEXT,
  deadline_text TEXT,
  deadline_start TEXT,
  deadline_end TEXT,
  deadline_kind TEXT NOT NULL DEFAULT 'unknown' CHECK (deadline_kind IN ('date','month','quarter','half','year','school_year','range','recurring','ongoing','unknown')),
  departments_text TEXT,
  budget_text TEXT,
  budget_dong INTEGER,
  funding_source TEXT,
  merged_up_json TEXT NOT NULL DEFAULT '[]',
  parent_task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL,
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  UNIQUE (plan_id, code)
) STRICT;
CREATE INDEX tasks_plan_position ON tasks(plan_id, position);
CREATE INDEX tasks_group ON tasks(group_id);
CREATE INDEX tasks_parent ON tasks(parent_task_id);
CREATE INDEX tasks_deadline_end ON tasks(deadline_end);

CREATE TABLE task_organizations (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('lead','coordinating')),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (task_id, organization_id, role)
) STRICT;
CREATE INDEX task_organizations_org ON task_organizations(organization_id, role);

CREATE TABLE task_departments (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  part_note TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (task_id, organization_id)
) STRICT;
CREATE INDEX task_departments_org ON task_departments(organization_id);

CREATE TABLE target_groups (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES target_groups(id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  tt TEXT NOT NULL,
  title TEXT NOT NULL,
  horizon_year INTEGER,
  position INTEGER NOT NULL,
  UNIQUE (plan_id, code)
) STRICT;

CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  group_id INTEGER REFERENCES target_groups(id) ON DELETE SET NULL,
  parent_target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
  source_target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
  code TEXT NOT NULL,
  tt TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  unit TEXT,
  target_text TEXT,
  comparator TEXT CHECK (comparator IS NULL OR comparator IN ('>=','>','<=','<','=')),
  target_value REAL,
  horizon_year INTEGER,
  departments_text TEXT,
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  UNIQUE (plan_id, code)
) STRICT;
CREATE INDEX targets_plan_position ON targets(plan_id, position);
CREATE INDEX targets_group ON targets(group_id);

CREATE TABLE target_departments (
  target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
  part_note TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (target_id, organization_id)
) STRICT;
CREATE INDEX target_departments_org ON target_departments(organization_id);

CREATE TABLE reporting_periods (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('quarter','half','year','review','final','adhoc','submission')),
  label TEXT NOT NULL,
  year INTEGER,
  start_date TEXT,
  end_date TEXT,
  due_date TEXT,
  due_text TEXT,
  reporters TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  locked_at TEXT,
  lock_note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;
CREATE INDEX reporting_periods_plan ON reporting_periods(plan_id, position);

CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT,
  file_kind TEXT NOT NULL,
  plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,
  target_table TEXT,
  status TEXT NOT NULL CHECK (status IN ('committed','undone')),
  rows_total INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  summary_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  undone_at TEXT
) STRICT;

CREATE TABLE progress_entries (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES reporting_periods(id) ON DELETE CASCADE,
  task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
  target_id INTEGER REFERENCES targets(id) ON DELETE CASCADE,
  reporter_org_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('done_on_time','done_late','in_progress','overdue','not_started','dropped','submitted','not_submitted')),
  status_overridden INTEGER NOT NULL DEFAULT 0 CHECK (status_overridden IN (0,1)),
  override_reason TEXT,
  result_text TEXT,
  actual_value REAL,
  actual_text TEXT,
  completed_date TEXT,
  evidence_number TEXT,
  evidence_date TEXT,
  deciding_document TEXT,
  note TEXT,
  entered_by TEXT,
  source_file TEXT,
  import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  reported_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  CHECK ((task_id IS NULL) <> (target_id IS NULL))
) STRICT;
CREATE INDEX progress_entries_period_task ON progress_entries(period_id, task_id);
CREATE INDEX progress_entries_period_target ON progress_entries(period_id, target_id);
CREATE INDEX progress_entries_reporter ON progress_entries(reporter_org_id, period_id);
CREATE INDEX progress_entries_batch ON progress_entries(import_batch_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  actor TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
`);
  },
};
