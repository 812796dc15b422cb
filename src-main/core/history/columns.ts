/** Field specs for plain columns: text (NFC, trimmed, folded twin), numbers, JSON lists. */
import { AppError } from '../errors';
import type { Sql } from '../db/exec';
import type { DB } from '../db/schema';
import { fold, nfc, nfcOrNull } from '../vn/text';
import type { FieldSpec } from './spec';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- dynamic table and column names
type Loose = any;
type Table = keyof DB;
const TOUCHED: ReadonlySet<string> = new Set(['documents', 'plans', 'tasks', 'targets']);

export function readColumn(sql: Sql, table: Table, column: string, id: number): unknown {
  const row = sql.first<Record<string, unknown>>((sql.qb as Loose).selectFrom(table).select(column).where('id', '=', id));
  return row ? row[column] : undefined;
}

export function writeColumns(sql: Sql, table: Table, id: number, values: Record<string, unknown>): void {
  const set = TOUCHED.has(table) ? { ...values, updated_at: new Date().toISOString() } : values;
  sql.run((sql.qb as Loose).updateTable(table).set(set).where('id', '=', id));
}

const MAX_TEXT = 20_000;

export function parseText(label: string, raw: unknown, required: boolean): string | null {
  if (raw === null || raw === undefined) {
    if (required) throw new AppError('INVALID_INPUT', `${label} không được để trống.`);
    return null;
  }
  if (typeof raw !== 'string') throw new AppError('INVALID_INPUT', `${label}: giá trị phải là chữ.`);
  if (raw.length > MAX_TEXT) throw new AppError('INVALID_INPUT', `${label} quá dài (tối đa ${MAX_TEXT} ký tự).`);
  const v = required ? nfc(raw) : nfcOrNull(raw);
  if (required && !v) throw new AppError('INVALID_INPUT', `${label} không được để trống.`);
  return v;
}

export interface TextColumnOptions {
  required?: boolean;
  /** a *_folded twin kept in sync */
  folded?: string;
  /** more columns derived from the text (parsed readings) */
  derive?: (text: string | null) => Record<string, unknown>;
  /** NOT NULL column that may be blank: store "" (a new row before it is typed) */
  blankAsEmpty?: boolean;
}

export function textColumn(table: Table, column: string, label: string, o: TextColumnOptions = {}): FieldSpec<string | null> {
  return {
    label,
    parse: (raw) => {
      const v = parseText(label, raw, !!o.required);
      return o.blankAsEmpty ? (v ?? '') : v;
    },
    read: (sql, id) => (readColumn(sql, table, column, id) as string | null) ?? null,
    write: (sql, id, v) =>
      writeColumns(sql, table, id, {
        [column]: v,
        ...(o.folded ? { [o.folded]: fold(v ?? '') } : {}),
        ...(o.derive ? o.derive(v) : {}),
      }),
  };
}

export function intColumn(table: Table, column: string, label: string, min: number, max: number): FieldSpec<number | null> {
  return {
    label,
    parse: (raw) => {
      if (raw === null || raw === undefined || raw === '') return null;
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isInteger(n) || n < min || n > max) throw new AppError('INVALID_INPUT', `${label} phải là số nguyên từ ${min} đến ${max}.`);
      return n;
    },
    read: (sql, id) => (readColumn(sql, table, column, id) as number | null) ?? null,
    write: (sql, id, v) => writeColumns(sql, table, id, { [column]: v }),
  };
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
