/**
 * Reading and writing exchanged records generically (repository of the package: the only
 * SQL of this folder). Table and column names come from spec.ts and the schema itself.
 */
import type { Kysely } from 'kysely';
import type { Sql } from '../../db/exec';
import { derivedColumns, ENTITY_TABLES, LINK_TABLES, LOCAL_COLUMNS, type EntityTable, type Fields, type Json, type Rec } from './spec';

type AnyDb = Record<string, Record<string, unknown>>;
type Row = Record<string, unknown>;

function q(sql: Sql): Kysely<AnyDb> {
  return sql.qb as unknown as Kysely<AnyDb>;
}

export interface TableShape {
  table: string;
  columns: string[];
  plain: string[];
  refs: Record<string, EntityTable>;
  derived: string[];
}

const shapes = new WeakMap<object, Map<string, TableShape>>();

/** Columns of a table as the package sees them (cached per connection). */
export function tableShape(sql: Sql, table: string, parentColumn?: string): TableShape {
  let cache = shapes.get(sql.db);
  if (!cache) shapes.set(sql.db, (cache = new Map()));
  const hit = cache.get(table);
  if (hit) return hit;
  const columns = (sql.db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((c) => c.name);
  const fks = sql.db.pragma(`foreign_key_list(${table})`) as Array<{ table: string; from: string }>;
  const refs: Record<string, EntityTable> = {};
  const localFks = new Set<string>();
  for (const fk of fks) {
    if ((ENTITY_TABLES as readonly string[]).includes(fk.table)) refs[fk.from] = fk.table as EntityTable;
    else localFks.add(fk.from);
  }
  const shape: TableShape = {
    table,
    columns,
    refs: Object.fromEntries(Object.entries(refs).filter(([c]) => c !== parentColumn)),
    derived: columns.filter((c) => c.endsWith('_folded')),
    plain: columns.filter((c) => !LOCAL_COLUMNS.has(c) && !c.endsWith('_folded') && !(c in refs) && !localFks.has(c) && c !== parentColumn),
  };
  cache.set(table, shape);
  return shape;
}

/** id ↔ uid of exchanged records, filled as records are read or written. */
export class UidIndex {
  private readonly byId = new Map<string, Map<number, string>>();
  private readonly byUid = new Map<string, Map<string, number>>();
  constructor(private readonly sql: Sql) {}

  remember(table: string, id: number, uid: string): void {
    if (!this.byId.has(table)) this.byId.set(table, new Map());
    if (!this.byUid.has(table)) this.byUid.set(table, new Map());
    this.byId.get(table)!.set(id, uid);
    this.byUid.get(table)!.set(uid, id);
  }

  forget(table: string, uid: string): void {
    const id = this.byUid.get(table)?.get(uid);
    this.byUid.get(table)?.delete(uid);
    if (id !== undefined) this.byId.get(table)?.delete(id);
  }

  uidOf(table: string, id: number | null): string | null {
    if (id === null) return null;
    const known = this.byId.get(table)?.get(id);
    if (known) return known;
    const row = this.sql.first(q(this.sql).selectFrom(table).select(['uid']).where('id', '=', id));
    if (!row) return null;
    this.remember(table, id, String(row.uid));
    return String(row.uid);
  }

  idOf(table: string, uid: string | null): number | null {
    if (uid === null) return null;
    const known = this.byUid.get(table)?.get(uid);
    if (known !== undefined) return known;
    const row = this.sql.first(q(this.sql).selectFrom(table).select(['id']).where('uid', '=', uid));
    if (!row) return null;
    this.remember(table, Number(row.id), uid);
    return Number(row.id);
  }
}

function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function selectRows(sql: Sql, table: string, column: string, values: ReadonlyArray<number | string>): Row[] {
  const out: Row[] = [];
  for (const part of chunks([...new Set(values)])) {
    if (part.length) out.push(...sql.all(q(sql).selectFrom(table).selectAll().where(column, 'in', part).orderBy('rowid')));
  }
  return out;
}

export function selectAllRows(sql: Sql, table: string): Row[] {
  return sql.all(q(sql).selectFrom(table).selectAll().orderBy('rowid'));
}

/** Stable JSON: keys sorted, so equal content gives equal text (and hash). */
export function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k]!)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function toJson(v: unknown): Json {
  if (v === undefined || v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function rowFields(shape: TableShape, row: Row, uids: UidIndex): Fields {
  const f: Fields = {};
  for (const c of shape.plain) f[c] = toJson(row[c]);
  for (const [c, t] of Object.entries(shape.refs)) f[c] = uids.uidOf(t, (row[c] as number | null) ?? null);
  return f;
}

/** Rows of one exchanged table → records, with their link rows as "@table" fields. */
export function toRecords(sql: Sql, table: EntityTable, rows: Row[], uids: UidIndex): Array<Rec & { id: number }> {
  const shape = tableShape(sql, table);
  const recs = rows.map((row) => {
    uids.remember(table, Number(row.id), String(row.uid));
    return { id: Number(row.id), uid: String(row.uid), updatedAt: (row.updated_at as string | null) ?? null, fields: rowFields(shape, row, uids) };
  });
  const byId = new Map(recs.map((r) => [r.id, r]));
  for (const link of LINK_TABLES.filter((l) => l.of === table)) {
    const lshape = tableShape(sql, link.table, link.parent);
    for (const r of recs) r.fields[`@${link.table}`] = [];
    for (const lrow of selectRows(sql, link.table, link.parent, [...byId.keys()])) {
      const owner = byId.get(Number(lrow[link.parent]));
      (owner?.fields[`@${link.table}`] as Json[] | undefined)?.push(rowFields(lshape, lrow, uids));
    }
    for (const r of recs) (r.fields[`@${link.table}`] as Json[]).sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
  }
  return recs;
}

/** Column values for a write: plain fields present in the file, references resolved, derived recomputed. */
function values(shape: TableShape, fields: Fields, uids: UidIndex, skipRefs: ReadonlySet<string> = new Set()): Row {
  const v: Row = {};
  for (const c of shape.plain) if (c in fields) v[c] = fields[c];
  for (const [c, t] of Object.entries(shape.refs)) {
    if (!(c in fields) || skipRefs.has(c)) continue;
    v[c] = uids.idOf(t, (fields[c] as string | null) ?? null);
  }
  return { ...v, ...derivedColumns(shape.derived, { ...fields }) };
}

export function insertRecord(sql: Sql, table: EntityTable, rec: Rec, uids: UidIndex, deferRefs: ReadonlySet<string>): number {
  const shape = tableShape(sql, table);
  const v = values(shape, rec.fields, uids, deferRefs);
  const id = sql.run(q(sql).insertInto(table).values({ ...v, uid: rec.uid })).id;
  uids.remember(table, id, rec.uid);
  return id;
}

export function updateRecord(sql: Sql, table: EntityTable, id: number, fields: Fields, uids: UidIndex): void {
  const shape = tableShape(sql, table);
  const v = values(shape, fields, uids);
  if (Object.keys(v).length) sql.run(q(sql).updateTable(table).set(v).where('id', '=', id));
  for (const link of LINK_TABLES.filter((l) => l.of === table)) {
    const rows = fields[`@${link.table}`];
    if (Array.isArray(rows)) writeLinks(sql, link, id, rows as Fields[], uids);
  }
}

function writeLinks(sql: Sql, link: (typeof LINK_TABLES)[number], parentId: number, rows: Fields[], uids: UidIndex): void {
  const lshape = tableShape(sql, link.table, link.parent);
  sql.run(q(sql).deleteFrom(link.table).where(link.parent, '=', parentId));
  for (const r of rows) {
    const v = values(lshape, r, uids);
    // a link to a record this machine does not have cannot be kept
    if (Object.entries(lshape.refs).some(([c]) => c in r && r[c] !== null && v[c] === null)) continue;
    sql.run(q(sql).insertInto(link.table).values({ ...v, [link.parent]: parentId }));
  }
}

export function setUpdatedAt(sql: Sql, table: EntityTable, id: number, at: string): void {
  sql.run(q(sql).updateTable(table).set({ updated_at: at }).where('id', '=', id));
}

export function readUpdatedAt(sql: Sql, table: EntityTable, id: number): string | null {
  return (sql.first(q(sql).selectFrom(table).select(['updated_at']).where('id', '=', id))?.updated_at as string | null) ?? null;
}

export function setUid(sql: Sql, table: EntityTable, id: number, uid: string): void {
  sql.run(q(sql).updateTable(table).set({ uid }).where('id', '=', id));
}

export function deleteRecord(sql: Sql, table: EntityTable, id: number): void {
  sql.run(q(sql).deleteFrom(table).where('id', '=', id));
}

export function getBase(sql: Sql, peer: string, uid: string): string | null {
  return sql.first(sql.qb.selectFrom('sync_bases').select('hash').where('peer', '=', peer).where('uid', '=', uid))?.hash ?? null;
}

export function allBases(sql: Sql, uids: readonly string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const part of chunks(uids)) {
    for (const r of sql.all(sql.qb.selectFrom('sync_bases').selectAll().where('uid', 'in', part))) {
      out.set(r.uid, { ...(out.get(r.uid) ?? {}), [r.peer]: r.hash });
    }
  }
  return out;
}

export function setBase(sql: Sql, peer: string, uid: string, hash: string | null): void {
  if (hash === null) {
    sql.run(sql.qb.deleteFrom('sync_bases').where('peer', '=', peer).where('uid', '=', uid));
    return;
  }
  sql.run(sql.qb.insertInto('sync_bases').values({ peer, uid, hash }).onConflict((oc) => oc.columns(['peer', 'uid']).doUpdateSet({ hash })));
}
