/**
 * Kysely builds and types the SQL; better-sqlite3 runs it synchronously, so a user
 * action is one synchronous transaction (`db.transaction`) with no await inside.
 */
import type { Statement } from 'better-sqlite3';
import { Kysely, SqliteDialect, type Compilable } from 'kysely';
import type { SqliteDb } from './open';
import type { DB, NewRow } from './schema';

export type QueryBuilder = Kysely<DB>;

export function createQueryBuilder(db: SqliteDb): QueryBuilder {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: db }) });
}

export class Sql {
  private readonly cache = new Map<string, Statement<unknown[]>>();
  constructor(
    readonly db: SqliteDb,
    readonly qb: QueryBuilder,
    /** runs before every transaction; may throw to refuse it (the main connection's write gate, db/write-gate.ts) */
    private readonly beforeTx?: () => void,
  ) {}

  private stmt(sql: string): Statement<unknown[]> {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  all<R>(query: Compilable<R>): R[] {
    const c = query.compile();
    return this.stmt(c.sql).all(...(c.parameters as unknown[])) as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    const c = query.compile();
    return this.stmt(c.sql).get(...(c.parameters as unknown[])) as R | undefined;
  }

  /** Run an insert/update/delete; returns the last row id and the change count. */
  run(query: Compilable<unknown>): { id: number; changes: number } {
    const c = query.compile();
    const r = this.stmt(c.sql).run(...(c.parameters as unknown[]));
    return { id: Number(r.lastInsertRowid), changes: r.changes };
  }

  /**
   * An insert into `table` compiled once, on its first row, and run for every row after
   * (a bulk write of 10,000 rows would otherwise compile 10,000 identical queries). Every
   * row must set the same columns. Returns each new row's id.
   */
  inserter<T extends keyof DB & string>(table: T): (row: NewRow<T>) => number {
    let prepared: { stmt: Statement<unknown[]>; columns: string[] } | null = null;
    return (row) => {
      const r = row as Record<string, unknown>;
      if (!prepared) {
        const columns = Object.keys(r).filter((k) => r[k] !== undefined);
        const c = this.qb.insertInto(table).values(row as never).compile();
        if (c.parameters.length !== columns.length) throw new Error(`inserter(${table}): a column value is not a plain parameter`);
        prepared = { stmt: this.stmt(c.sql), columns };
      }
      const { stmt, columns } = prepared;
      if (Object.keys(r).filter((k) => r[k] !== undefined).length !== columns.length || columns.some((k) => r[k] === undefined)) {
        throw new Error(`inserter(${table}): rows differ in columns`);
      }
      return Number(stmt.run(...columns.map((k) => r[k])).lastInsertRowid);
    };
  }

  /** Many rows of one table with the same columns (see `inserter`); their ids in order. */
  insertRows<T extends keyof DB & string>(table: T, rows: Array<NewRow<T>>): number[] {
    return rows.map(this.inserter(table));
  }

  /** One transaction; nested calls become savepoints. */
  tx<T>(fn: () => T): T {
    this.beforeTx?.();
    return this.db.transaction(fn).immediate();
  }
}
