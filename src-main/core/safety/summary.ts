/** What a database holds, in the counts an officer recognises (shown for backups and restore). */
import { createQueryBuilder, Sql } from '../db/exec';
import type { SqliteDb } from '../db/open';

export interface ContentSummary {
  plans: number;
  tasks: number;
  targets: number;
  progressEntries: number;
  documents: number;
  organizations: number;
}

const TABLES = {
  plans: 'plans',
  tasks: 'tasks',
  targets: 'targets',
  progressEntries: 'progress_entries',
  documents: 'documents',
  organizations: 'organizations',
} as const;

/** Counts per table; a table missing from an old or foreign file counts 0. */
export function summarize(db: SqliteDb): ContentSummary {
  const sql = new Sql(db, createQueryBuilder(db));
  const out = {} as ContentSummary;
  for (const [key, table] of Object.entries(TABLES) as Array<[keyof ContentSummary, (typeof TABLES)[keyof ContentSummary]]>) {
    try {
      out[key] = Number(sql.first(sql.qb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
    } catch {
      out[key] = 0;
    }
  }
  return out;
}
