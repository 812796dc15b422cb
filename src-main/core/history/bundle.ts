/**
 * Row bundles: the exact rows a delete removes (the record, its links, progress rows,
 * and references from other rows that the delete would null), so a revert can put
 * them back with the same ids. Stored as JSON in the audit log.
 */
import type { Sql } from '../db/exec';
import type { DB } from '../db/schema';

type Table = keyof DB;
type AnyRow = Record<string, unknown>;

export interface Bundle {
  rows: Array<{ table: Table; rows: AnyRow[] }>;
  /** rows of other records pointing here (SET NULL on delete), restored after insert */
  refs: Array<{ table: Table; column: string; ids: number[]; value: number }>;
}

export function emptyBundle(): Bundle {
  return { rows: [], refs: [] };
}

export function mergeBundles(...bundles: Bundle[]): Bundle {
  return { rows: bundles.flatMap((b) => b.rows), refs: bundles.flatMap((b) => b.refs) };
}

/* Dynamic table names: the rows come from the same tables, so the shapes match. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export function selectRows(sql: Sql, table: Table, column: string, value: number): AnyRow[] {
  return sql.all<AnyRow>((sql.qb as Loose).selectFrom(table).selectAll().where(column, '=', value));
}

export function selectIds(sql: Sql, table: Table, column: string, value: number): number[] {
  return sql.all<{ id: number }>((sql.qb as Loose).selectFrom(table).select('id').where(column, '=', value)).map((r) => r.id);
}

export function bundleRows(sql: Sql, table: Table, column: string, value: number): Bundle['rows'][number] {
  return { table, rows: selectRows(sql, table, column, value) };
}

/** Put a bundle back: rows in order (parents first), then the references. */
export function restoreBundle(sql: Sql, b: Bundle): void {
  for (const part of b.rows) {
    for (const row of part.rows) sql.run((sql.qb as Loose).insertInto(part.table).values(row));
  }
  for (const r of b.refs) {
    if (r.ids.length === 0) continue;
    sql.run((sql.qb as Loose).updateTable(r.table).set({ [r.column]: r.value }).where('id', 'in', r.ids));
  }
}
