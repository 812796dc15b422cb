/** Raw SQL through Kysely's `sql` tag (bound parameters), run by the synchronous `Sql`. */
import type { Compilable, RawBuilder } from 'kysely';
import type { Sql } from '../db/exec';

export function rawQuery<R>(sql: Sql, raw: RawBuilder<R>): Compilable<R> {
  return { compile: () => raw.compile(sql.qb) };
}
