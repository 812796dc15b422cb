/** Kysely row types for the schema of migrations/ (keep in step with them). */
import type { Generated, Insertable, Selectable } from 'kysely';

type Timestamps = { created_at: Generated<string>; updated_at: Generated<string> };
/** Stable identity across machines (migration 3): filled by a trigger on insert. */
type Identity = { uid: Generated<string> };
/** Identity plus a modification time kept by triggers (migration 3). */
type Tracked = Identity & { updated_at: Generated<string> };

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface OrganizationsTable extends Timestamps, Identity {
  id: Generated<number>;
  key: string | null;
  name: string;
  name_folded: string;
  short_name: string | null;
  kind: string;
  parent_id: number | null;
  archived_at: string | null;
}

export interface OrganizationAliasesTable {
  id: Generated<number>;
  organization_id: number;
  alias: string;
  alias_folded: string;
}

export interface DocumentsTable extends Timestamps, Identity {
  id: Generated<number>;
  key: string | null;
  kind: string;
  number_symbol: string | null;
  issuer_parent: string | null;
  issuer_agency: string;
  issuer_org_id: number | null;
  place: string | null;
  issued_date: string | null;
  summary: string;
  summary_folded: string;
  signer_authority: string | null;
  signer_position: string | null;
  signer_name: string | null;
  recipients_json: Generated<string>;
  status: 'draft' | 'issued';
  source_note: string | null;
  archived_at: string | null;
}

export interface DocumentLinksTable {
  id: Generated<number>;
  from_document_id: number;
  to_document_id: number;
  kind: 'basis' | 'implements';
  note: string | null;
  position: Generated<number>;
}

export interface PlansTable extends Timestamps, Identity {
  id: Generated<number>;
  document_id: number;
  period_text: string | null;
  period_start_year: number | null;
  period_end_year: number | null;
}

export interface PlanBlocksTable extends Tracked {
  id: Generated<number>;
  plan_id: number;
  position: number;
  kind: 'basis' | 'heading' | 'paragraph' | 'bullet' | 'footnote';
  level: number | null;
  numbering: string | null;
  marker: string | null;
  text: string;
}

export interface PlanAppendicesTable extends Tracked {
  id: Generated<number>;
  plan_id: number;
  position: number;
  table_kind: 'tasks' | 'targets' | 'other';
  title: string;
  subtitle: string | null;
}

export interface TaskGroupsTable extends Tracked {
  id: Generated<number>;
  plan_id: number;
  code: string;
  title: string;
  position: number;
}

export interface TasksTable extends Timestamps, Identity {
  id: Generated<number>;
  plan_id: number;
  group_id: number | null;
  code: string;
  tt: string;
  position: number;
  title: string;
  title_folded: string;
  lead_text: string | null;
  coordinating_text: string | null;
  output: string | null;
  deadline_text: string | null;
  deadline_start: string | null;
  deadline_end: string | null;
  deadline_kind: Generated<string>;
  departments_text: string | null;
  budget_text: string | null;
  budget_dong: number | null;
  funding_source: string | null;
  merged_up_json: Generated<string>;
  parent_task_id: number | null;
  note: string | null;
}

export interface TaskOrganizationsTable {
  task_id: number;
  organization_id: number;
  role: 'lead' | 'coordinating';
  position: Generated<number>;
}

export interface TaskDepartmentsTable {
  task_id: number;
  organization_id: number;
  part_note: string | null;
  position: Generated<number>;
}

export interface TargetGroupsTable extends Tracked {
  id: Generated<number>;
  plan_id: number;
  parent_id: number | null;
  code: string;
  tt: string;
  title: string;
  horizon_year: number | null;
  position: number;
}

export interface TargetsTable extends Timestamps, Identity {
  id: Generated<number>;
  plan_id: number;
  group_id: number | null;
  parent_target_id: number | null;
  source_target_id: number | null;
  code: string;
  tt: string;
  position: number;
  name: string;
  name_folded: string;
  unit: string | null;
  target_text: string | null;
  comparator: string | null;
  target_value: number | null;
  horizon_year: number | null;
  departments_text: string | null;
  note: string | null;
}

export interface TargetDepartmentsTable {
  target_id: number;
  organization_id: number;
  part_note: string | null;
  position: Generated<number>;
}

export interface ReportingPeriodsTable extends Tracked {
  id: Generated<number>;
  plan_id: number;
  kind: string;
  label: string;
  year: number | null;
  start_date: string | null;
  end_date: string | null;
  due_date: string | null;
  due_text: string | null;
  reporters: string | null;
  position: Generated<number>;
  locked_at: string | null;
  lock_note: string | null;
  created_at: Generated<string>;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  file_name: string;
  file_sha256: string | null;
  file_kind: string;
  plan_id: number | null;
  target_table: string | null;
  status: 'committed' | 'undone';
  rows_total: Generated<number>;
  rows_imported: Generated<number>;
  summary_json: Generated<string>;
  created_at: Generated<string>;
  undone_at: string | null;
  file_size: number | null;
  source_name: string | null;
  mapping_json: Generated<string>;
  actor: string | null;
  positions_json: Generated<string>;
}

export interface ImportRowsTable {
  id: Generated<number>;
  batch_id: number;
  entity: 'task' | 'target' | 'task_group' | 'target_group';
  entity_id: number;
  action: 'insert' | 'update' | 'same';
  source_row: number | null;
  code: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface ImportProfilesTable {
  id: Generated<number>;
  signature: string;
  table_kind: 'tasks' | 'targets' | 'progress';
  mapping_json: string;
  headers_json: string;
  uses: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface ProgressEntriesTable extends Timestamps, Identity {
  id: Generated<number>;
  period_id: number;
  task_id: number | null;
  target_id: number | null;
  reporter_org_id: number | null;
  status: Generated<string>;
  status_overridden: Generated<number>;
  override_reason: string | null;
  result_text: string | null;
  actual_value: number | null;
  actual_text: string | null;
  completed_date: string | null;
  evidence_number: string | null;
  evidence_date: string | null;
  deciding_document: string | null;
  note: string | null;
  entered_by: string | null;
  source_file: string | null;
  import_batch_id: number | null;
  reported_at: string | null;
  reported_status: string | null;
  met: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
  field: string | null;
  plan_id: number | null;
  revert_of: number | null;
  change_id: number | null;
}

export interface AppSettingsTable {
  key: string;
  value_json: string;
  updated_at: Generated<string>;
}

/** FTS5 contentless index (migration 3): rowid = source id * 8 + kind; columns only for MATCH. */
export interface SearchIndexTable {
  rowid: number;
  title: string;
  body: string;
}

export interface SavedViewsTable extends Timestamps {
  id: Generated<number>;
  page: 'tasks' | 'targets';
  name: string;
  name_folded: string;
  state_json: string;
}

export interface SyncBasesTable {
  peer: string;
  uid: string;
  hash: string;
}

export interface PackageImportsTable {
  id: Generated<number>;
  file_name: string;
  file_sha256: string;
  source_machine_id: string;
  source_label: string | null;
  status: 'committed' | 'undone';
  summary_json: Generated<string>;
  undo_json: string;
  created_at: Generated<string>;
  undone_at: string | null;
}

/** A row here only inside a bulk writer's transaction (migration 008). */
export interface BulkWriteTable {
  id: number;
}

/** FTS rowids (id * 8 + kind) whose index entry is still to be written (migration 008). */
export interface SearchPendingTable {
  item: number;
  /** 1: never indexed, nothing to delete first */
  fresh: number;
}

/** The indexed text of a task or target, as its search trigger writes it (migration 008). */
export interface SearchSourceView {
  /** the task's or target's id */
  id: number;
  item: number;
  title: string;
  body: string;
}

export interface DB {
  app_meta: AppMetaTable;
  organizations: OrganizationsTable;
  organization_aliases: OrganizationAliasesTable;
  documents: DocumentsTable;
  document_links: DocumentLinksTable;
  plans: PlansTable;
  plan_blocks: PlanBlocksTable;
  plan_appendices: PlanAppendicesTable;
  task_groups: TaskGroupsTable;
  tasks: TasksTable;
  task_organizations: TaskOrganizationsTable;
  task_departments: TaskDepartmentsTable;
  target_groups: TargetGroupsTable;
  targets: TargetsTable;
  target_departments: TargetDepartmentsTable;
  reporting_periods: ReportingPeriodsTable;
  import_batches: ImportBatchesTable;
  import_rows: ImportRowsTable;
  import_profiles: ImportProfilesTable;
  progress_entries: ProgressEntriesTable;
  audit_log: AuditLogTable;
  app_settings: AppSettingsTable;
  sync_bases: SyncBasesTable;
  package_imports: PackageImportsTable;
  search_index: SearchIndexTable;
  saved_views: SavedViewsTable;
  bulk_write: BulkWriteTable;
  search_pending: SearchPendingTable;
  search_source_tasks: SearchSourceView;
  search_source_targets: SearchSourceView;
}

export type Row<T extends keyof DB> = Selectable<DB[T]>;
export type NewRow<T extends keyof DB> = Insertable<DB[T]>;
