/**
 * Kysely builds and types the SQL; better-sqlite3 runs it synchronously, so a user
 * action is one synchronous transaction (`db.transaction`) with no await inside.
 */
import type { Statement } from 'better-sqlite3';
import { Kysely, SqliteDialect, type Compilable } from 'kysely';
import type { SqliteDb } from './open';
import type { DB } from './schema';

export type QueryBuilder = Kysely<DB>;

export function createQueryBuilder(db: SqliteDb): QueryBuilder {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: db }) });
}

export class Sql {
  private readonly cache = new Map<string, Statement<unknown[]>>();
  constructor(
    readonly db: SqliteDb,
    readonly qb: QueryBuilder,
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

  /** One transaction; nested calls become savepoints. */
  tx<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
