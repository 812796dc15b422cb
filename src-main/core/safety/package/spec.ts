/**
 * What a PlanDesk package carries and how records are recognised on another machine.
 * Columns are read from the schema itself (PRAGMA table_info / foreign_key_list), so a
 * column added by a later migration travels without touching this file: plain columns as
 * values, foreign keys to exchanged tables as the referenced record's uid, `*_folded`
 * columns recomputed from their source, local-only columns (id, created_at, foreign keys
 * to tables that do not travel such as import_batches) left behind.
 */
import { fold } from '../../vn/text';

/** Exchanged record tables, parents before children (import order). */
export const ENTITY_TABLES = [
  'organizations',
  'documents',
  'plans',
  'plan_blocks',
  'plan_appendices',
  'task_groups',
  'tasks',
  'target_groups',
  'targets',
  'reporting_periods',
  'progress_entries',
] as const;
export type EntityTable = (typeof ENTITY_TABLES)[number];

/** Link rows that belong to a parent record and travel as one of its fields ("@table"). */
export const LINK_TABLES = [
  { table: 'organization_aliases', parent: 'organization_id', of: 'organizations' },
  { table: 'document_links', parent: 'from_document_id', of: 'documents' },
  { table: 'task_organizations', parent: 'task_id', of: 'tasks' },
  { table: 'task_departments', parent: 'task_id', of: 'tasks' },
  { table: 'target_departments', parent: 'target_id', of: 'targets' },
] as const satisfies ReadonlyArray<{ table: string; parent: string; of: EntityTable }>;
export type LinkTable = (typeof LINK_TABLES)[number]['table'];

export const LOCAL_COLUMNS = new Set(['id', 'uid', 'created_at', 'updated_at']);

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type Fields = Record<string, Json>;

/** One record as it travels: identity, modification time, fields (references as uids). */
export interface Rec {
  uid: string;
  updatedAt: string | null;
  fields: Fields;
}

/** A record outside the package that one inside points to (a task of a higher plan). */
export interface Stub {
  table: EntityTable;
  uid: string;
  natural: string | null;
  label: string;
}

/** Natural key of a referenced record, by table and uid; null when unknown. */
export type NaturalOf = (table: EntityTable, uid: Json | undefined) => string | null;

const str = (v: Json | undefined): string | null => (v === null || v === undefined ? null : String(v));

/**
 * A key that names the same record on two machines that never exchanged it (both seeded
 * from the same documents, so with different uids): seed keys, number-symbols, codes
 * within their plan. Null when there is none; then only the uid matches.
 */
export function naturalKey(table: EntityTable, f: Fields, nat: NaturalOf): string | null {
  const join = (...parts: Array<string | null>) => (parts.some((p) => p === null) ? null : parts.join('|'));
  switch (table) {
    case 'organizations':
      return f.key ? `k:${str(f.key)}` : `n:${fold(str(f.name) ?? '')}`;
    case 'documents':
      if (f.key) return `k:${str(f.key)}`;
      return f.number_symbol ? `n:${str(f.kind)}|${fold(str(f.number_symbol) ?? '')}` : null;
    case 'plans':
      return join('p', nat('documents', f.document_id));
    case 'plan_blocks':
      return join(nat('plans', f.plan_id), `b${str(f.position)}`);
    case 'plan_appendices':
      return join(nat('plans', f.plan_id), `a${str(f.position)}`);
    case 'task_groups':
      return join(nat('plans', f.plan_id), `g${str(f.code)}`);
    case 'tasks':
      return join(nat('plans', f.plan_id), `t${str(f.code)}`);
    case 'target_groups':
      return join(nat('plans', f.plan_id), `h${str(f.code)}`);
    case 'targets':
      return join(nat('plans', f.plan_id), `c${str(f.code)}`);
    case 'reporting_periods':
      return join(nat('plans', f.plan_id), `r${str(f.kind)}`, str(f.label));
    case 'progress_entries':
      return join(
        nat('reporting_periods', f.period_id),
        f.task_id ? nat('tasks', f.task_id) : nat('targets', f.target_id),
        f.reporter_org_id ? nat('organizations', f.reporter_org_id) : '-',
      );
  }
}

/** Derived columns are recomputed on arrival, never trusted from the file. */
export function derivedColumns(columns: readonly string[], values: Fields): Fields {
  const out: Fields = {};
  for (const c of columns) {
    if (!c.endsWith('_folded')) continue;
    const source = values[c.slice(0, -'_folded'.length)];
    if (typeof source === 'string') out[c] = fold(source);
  }
  return out;
}
