/** Import batches, per-row provenance and mapping profiles (SQL). */
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export function insertBatch(sql: Sql, b: NewRow<'import_batches'>): number {
  return sql.run(sql.qb.insertInto('import_batches').values(b)).id;
}

export function updateBatch(sql: Sql, id: number, patch: Partial<NewRow<'import_batches'>>): void {
  sql.run(sql.qb.updateTable('import_batches').set(patch).where('id', '=', id));
}

export function getBatch(sql: Sql, id: number): Row<'import_batches'> | undefined {
  return sql.first(sql.qb.selectFrom('import_batches').selectAll().where('id', '=', id));
}

export function listBatches(sql: Sql, planId: number | null): Row<'import_batches'>[] {
  let q = sql.qb.selectFrom('import_batches').selectAll().orderBy('id', 'desc').limit(200);
  if (planId !== null) q = q.where('plan_id', '=', planId);
  return sql.all(q);
}

export function lastBatchId(sql: Sql): number {
  return sql.first(sql.qb.selectFrom('import_batches').select((eb) => eb.fn.max('id').as('id')))?.id ?? 0;
}

/** The committed batch of this file into this plan made after batch `afterId`, if any (the newest). */
export function batchCommittedSince(sql: Sql, afterId: number, b: { planId: number; sha256: string; table: 'tasks' | 'targets' }): Row<'import_batches'> | undefined {
  return sql.first(
    sql.qb
      .selectFrom('import_batches')
      .selectAll()
      .where('id', '>', afterId)
      .where('plan_id', '=', b.planId)
      .where('file_sha256', '=', b.sha256)
      .where('target_table', '=', b.table)
      .where('status', '=', 'committed')
      .orderBy('id', 'desc'),
  );
}

/** How many rows of a batch were inserted and how many changed. */
export function batchActionCounts(sql: Sql, batchId: number): { inserted: number; updated: number } {
  const rows = sql.all(sql.qb.selectFrom('import_rows').select(['action', (eb) => eb.fn.countAll<number>().as('n')]).where('batch_id', '=', batchId).groupBy('action'));
  const n = (a: string) => Number(rows.find((r) => r.action === a)?.n ?? 0);
  return { inserted: n('insert'), updated: n('update') };
}

/** A committed batch on the same plan made after this one (it must be undone first). */
export function laterCommittedBatch(sql: Sql, planId: number | null, id: number): Row<'import_batches'> | undefined {
  let q = sql.qb.selectFrom('import_batches').selectAll().where('id', '>', id).where('status', '=', 'committed').orderBy('id', 'desc');
  q = planId === null ? q.where('plan_id', 'is', null) : q.where('plan_id', '=', planId);
  return sql.first(q);
}

/** The new rows' ids, in order. */
export function insertImportRows(sql: Sql, rows: Array<NewRow<'import_rows'>>): number[] {
  return sql.insertRows('import_rows', rows);
}

export function importRowsOf(sql: Sql, batchId: number): Row<'import_rows'>[] {
  return sql.all(sql.qb.selectFrom('import_rows').selectAll().where('batch_id', '=', batchId).orderBy('id'));
}

/** Where a task or target last came from: the latest committed batch and source row. */
export function provenanceOf(sql: Sql, entity: 'task' | 'target', id: number) {
  return sql.first(
    sql.qb
      .selectFrom('import_rows as r')
      .innerJoin('import_batches as b', 'b.id', 'r.batch_id')
      .select(['b.id as batchId', 'b.file_name as fileName', 'b.source_name as sourceName', 'b.created_at as at', 'r.source_row as sourceRow', 'r.action'])
      .where('r.entity', '=', entity)
      .where('r.entity_id', '=', id)
      .where('b.status', '=', 'committed')
      .orderBy('r.id', 'desc'),
  );
}

export function listProfiles(sql: Sql): Row<'import_profiles'>[] {
  return sql.all(sql.qb.selectFrom('import_profiles').selectAll().orderBy('updated_at', 'desc'));
}

export function upsertProfile(sql: Sql, p: { signature: string; kind: 'tasks' | 'targets' | 'progress'; mapping: string; headers: string }): void {
  sql.run(
    sql.qb
      .insertInto('import_profiles')
      .values({ signature: p.signature, table_kind: p.kind, mapping_json: p.mapping, headers_json: p.headers, uses: 1 })
      .onConflict((oc) =>
        oc.column('signature').doUpdateSet((eb) => ({
          table_kind: eb.ref('excluded.table_kind'),
          mapping_json: eb.ref('excluded.mapping_json'),
          headers_json: eb.ref('excluded.headers_json'),
          uses: eb('import_profiles.uses', '+', 1),
          updated_at: new Date().toISOString(),
        })),
      ),
  );
}

export function deleteProfile(sql: Sql, id: number): number {
  return sql.run(sql.qb.deleteFrom('import_profiles').where('id', '=', id)).changes;
}

/** Code and folded text of every task or target of a plan (to tell which plan a file belongs to). */
export function foldedRowsOf(sql: Sql, kind: 'tasks' | 'targets', planId: number): Array<{ code: string; folded: string }> {
  return kind === 'tasks'
    ? sql.all(sql.qb.selectFrom('tasks').select(['code', 'title_folded as folded']).where('plan_id', '=', planId))
    : sql.all(sql.qb.selectFrom('targets').select(['code', 'name_folded as folded']).where('plan_id', '=', planId));
}
