/**
 * Records of one side (this database, or the package with this database behind it for
 * references), loaded on demand, with natural keys computed through their parents.
 */
import type { Sql } from '../../db/exec';
import { selectRows, tableShape, toRecords, type UidIndex } from './records';
import { LINK_TABLES, naturalKey, type EntityTable, type Json, type Rec } from './spec';

export class RecordContext {
  private readonly recs = new Map<EntityTable, Map<string, Rec>>();
  private readonly naturals = new Map<string, string | null>();

  constructor(
    private readonly sql: Sql | null,
    private readonly uids: UidIndex | null,
  ) {}

  add(table: EntityTable, recs: Iterable<Rec>): void {
    if (!this.recs.has(table)) this.recs.set(table, new Map());
    const m = this.recs.get(table)!;
    for (const r of recs) m.set(r.uid, r);
  }

  has(table: EntityTable, uid: string): boolean {
    return !!this.recs.get(table)?.has(uid);
  }

  all(table: EntityTable): Rec[] {
    return [...(this.recs.get(table)?.values() ?? [])];
  }

  /** A record by uid; loaded from the database when this side has one. */
  get(table: EntityTable, uid: Json | undefined): Rec | null {
    if (typeof uid !== 'string') return null;
    const hit = this.recs.get(table)?.get(uid);
    if (hit) return hit;
    if (!this.sql || !this.uids) return null;
    const rows = selectRows(this.sql, table, 'uid', [uid]);
    if (!rows.length) return null;
    const [rec] = toRecords(this.sql, table, rows, this.uids);
    this.add(table, [rec!]);
    return rec!;
  }

  /** Natural key known from elsewhere (a stub in the package). */
  setNatural(table: EntityTable, uid: string, natural: string | null): void {
    this.naturals.set(`${table}:${uid}`, natural);
  }

  natural(table: EntityTable, uid: Json | undefined): string | null {
    if (typeof uid !== 'string') return null;
    const key = `${table}:${uid}`;
    if (this.naturals.has(key)) return this.naturals.get(key)!;
    this.naturals.set(key, null); // guards against reference cycles
    const rec = this.get(table, uid);
    const value = rec ? naturalKey(table, rec.fields, (t, u) => this.natural(t, u)) : null;
    this.naturals.set(key, value);
    return value;
  }
}

/** Every (table, uid) a record points to, its link rows included. */
export function referencesOf(sql: Sql, table: EntityTable, rec: Rec): Array<[EntityTable, string]> {
  const out: Array<[EntityTable, string]> = [];
  for (const [c, t] of Object.entries(tableShape(sql, table).refs)) {
    const v = rec.fields[c];
    if (typeof v === 'string') out.push([t, v]);
  }
  for (const link of LINK_TABLES.filter((l) => l.of === table)) {
    const lshape = tableShape(sql, link.table, link.parent);
    for (const row of (rec.fields[`@${link.table}`] as Array<Record<string, Json>> | undefined) ?? []) {
      for (const [c, t] of Object.entries(lshape.refs)) {
        const v = row[c];
        if (typeof v === 'string') out.push([t, v]);
      }
    }
  }
  return out;
}
