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

/** Rows per multi-row INSERT (`batchInserter`): 50 rows of 20 columns stay far below SQLite's 32,766 parameters. */
export const BATCH_ROWS = 50;

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

  /**
   * Rows of one table with the same columns, gathered and written as multi-row INSERTs of
   * BATCH_ROWS rows: each run of a statement starts the table's trigger programs once, and on
   * a 10,000-task import that start-up was 40 % of the INSERT time. `flush()` writes the rest;
   * nothing is written before the batch fills. A caller that needs the new ids sets `id`
   * itself from `nextId` (what SQLite would give: its transaction holds the write lock).
   * `before` runs before each write: rows whose foreign keys point into another batch flush
   * that batch first.
   */
  batchInserter<T extends keyof DB & string>(table: T, before?: () => void): { add: (row: NewRow<T>) => void; flush: () => void } {
    let columns: string[] | null = null;
    let values: unknown[] = [];
    let count = 0;
    const write = () => {
      if (!count || !columns) return;
      before?.();
      const one = `(${columns.map(() => '?').join(', ')})`;
      const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: count }, () => one).join(', ')}`;
      this.stmt(text).run(...values);
      values = [];
      count = 0;
    };
    return {
      add: (row) => {
        const r = row as Record<string, unknown>;
        const keys = Object.keys(r).filter((k) => r[k] !== undefined);
        if (!columns) {
          if (keys.some((k) => !/^[a-z_][a-z0-9_]*$/.test(k))) throw new Error(`batchInserter(${table}): not a column name`);
          columns = keys;
        } else if (keys.length !== columns.length || columns.some((k) => r[k] === undefined)) {
          throw new Error(`batchInserter(${table}): rows differ in columns`);
        }
        for (const k of columns) values.push(r[k]);
        if (++count === BATCH_ROWS) write();
      },
      flush: write,
    };
  }

  /** The id SQLite would give the next row of `table` (an INTEGER PRIMARY KEY named id). */
  nextId(table: keyof DB & string): number {
    return Number(this.stmt(`select coalesce(max(id), 0) + 1 from "${table}"`).pluck().get());
  }

  /** Many rows of a table with an `id` key, in multi-row INSERTs (`batchInserter`); their ids in order. */
  insertRows<T extends keyof DB & string>(table: T, rows: Array<NewRow<T>>): number[] {
    if (!rows.length) return [];
    const write = () => {
      const first = this.nextId(table);
      const batch = this.batchInserter(table);
      rows.forEach((row, k) => batch.add({ ...row, id: first + k } as NewRow<T>));
      batch.flush();
      return rows.map((_, k) => first + k);
    };
    // the ids are read and used under one write lock
    return this.db.inTransaction ? write() : this.db.transaction(write).immediate();
  }

  /** One transaction; nested calls become savepoints. */
  tx<T>(fn: () => T): T {
    this.beforeTx?.();
    return this.db.transaction(fn).immediate();
  }
}
