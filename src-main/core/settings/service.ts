/** Settings: JSON values by key, validated with zod on read (a bad stored value falls back). */
import type { z } from 'zod';
import type { Sql } from '../db/exec';

export function getSetting<T>(sql: Sql, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = sql.first(sql.qb.selectFrom('app_settings').select('value_json').where('key', '=', key));
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value_json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function setSetting(sql: Sql, key: string, value: unknown): void {
  const value_json = JSON.stringify(value);
  sql.run(
    sql.qb
      .insertInto('app_settings')
      .values({ key, value_json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: new Date().toISOString() })),
  );
}
