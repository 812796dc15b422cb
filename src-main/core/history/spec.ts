/**
 * How the history engine sees an editable record: its fields (read, validate, write
 * with derived columns), how to snapshot and remove it. Every edit and every revert
 * goes through these, so an undo writes exactly what an edit would.
 */
import type { Sql } from '../db/exec';
import type { Bundle } from './bundle';

export interface FieldSpec<V = unknown> {
  /** Vietnamese name shown in history and in error messages */
  label: string;
  /** normalise and validate a value from the API; throws AppError('INVALID_INPUT') */
  parse(raw: unknown): V;
  read(sql: Sql, id: number): V;
  write(sql: Sql, id: number, value: V): void;
  /** rules that need the database (a code already used in the table...) */
  check?(sql: Sql, id: number, value: V): void;
}

export interface EntitySpec {
  entity: string;
  /** Vietnamese name of the kind of record: "Nhiệm vụ" */
  label: string;
  exists(sql: Sql, id: number): boolean;
  planIdOf(sql: Sql, id: number): number | null;
  /** a short name for history lists: "II.3 Xây dựng ..." */
  describe(sql: Sql, id: number): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fields hold values of different types
  fields: Record<string, FieldSpec<any>>;
  snapshot(sql: Sql, id: number): Bundle;
  remove(sql: Sql, id: number): void;
  /** after a bundle is restored (e.g. renumber positions around the restored rows) */
  afterRestore?(sql: Sql, bundle: Bundle): void;
}
