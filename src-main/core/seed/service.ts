/** The embedded default: seed an empty database on first start; reset on request. */
import { EMBEDDED_SEEDS, type SeedSource } from '../../../seeds/index';
import type { Sql } from '../db/exec';
import { applySeed, type SeedResult } from './apply';
import { validateSeeds } from './validate';

/** Tables emptied by a reset, children first. */
const DOMAIN_TABLES = [
  'progress_entries',
  'import_batches',
  'reporting_periods',
  'target_departments',
  'targets',
  'target_groups',
  'task_departments',
  'task_organizations',
  'tasks',
  'task_groups',
  'plan_appendices',
  'plan_blocks',
  'plans',
  'document_links',
  'documents',
  'organization_aliases',
  'organizations',
] as const;

function getMeta(sql: Sql, key: string): string | undefined {
  return sql.first(sql.qb.selectFrom('app_meta').select('value').where('key', '=', key))?.value;
}

function setMeta(sql: Sql, key: string, value: string): void {
  sql.run(
    sql.qb
      .insertInto('app_meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
  );
}

/** Seed when the database has never been seeded and holds no documents. */
export function seedIfEmpty(sql: Sql, sources: readonly SeedSource[] = EMBEDDED_SEEDS): SeedResult | null {
  if (getMeta(sql, 'seeded_at')) return null;
  const docs = sql.first(sql.qb.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')));
  if ((docs?.n ?? 0) > 0) return null;
  const seed = validateSeeds(sources);
  return sql.tx(() => {
    const r = applySeed(sql, seed);
    setMeta(sql, 'seeded_at', new Date().toISOString());
    return r;
  });
}

/** Replace all data with the embedded default, in one transaction (all or nothing). */
export function reseed(sql: Sql, sources: readonly SeedSource[] = EMBEDDED_SEEDS): SeedResult {
  const seed = validateSeeds(sources);
  return sql.tx(() => {
    for (const t of DOMAIN_TABLES) sql.run(sql.qb.deleteFrom(t));
    const r = applySeed(sql, seed);
    setMeta(sql, 'seeded_at', new Date().toISOString());
    sql.run(
      sql.qb.insertInto('audit_log').values({ action: 'seed.reset', entity: 'database', entity_id: null, actor: null, before_json: null, after_json: JSON.stringify(r), field: null, plan_id: null, revert_of: null }),
    );
    return r;
  });
}
