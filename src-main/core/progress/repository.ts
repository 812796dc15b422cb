/** Progress entries (SQL): one report per (period, task or target, reporting body). */
import type { Sql } from '../db/exec';
import type { NewRow, Row } from '../db/schema';

export type EntryRow = Row<'progress_entries'>;
export type EntryChanges = Partial<Omit<EntryRow, 'id' | 'created_at'>>;

export function findEntry(sql: Sql, periodId: number, taskId: number | null, targetId: number | null, orgId: number | null): EntryRow | undefined {
  return sql.first(
    sql.qb
      .selectFrom('progress_entries')
      .selectAll()
      .where('period_id', '=', periodId)
      .where('task_id', 'is', taskId)
      .where('target_id', 'is', targetId)
      .where('reporter_org_id', 'is', orgId),
  );
}

export function getEntry(sql: Sql, id: number): EntryRow | undefined {
  return sql.first(sql.qb.selectFrom('progress_entries').selectAll().where('id', '=', id));
}

export function insertEntry(sql: Sql, row: NewRow<'progress_entries'>): number {
  return sql.run(sql.qb.insertInto('progress_entries').values(row)).id;
}

export function updateEntry(sql: Sql, id: number, changes: EntryChanges): void {
  sql.run(sql.qb.updateTable('progress_entries').set({ ...changes, updated_at: new Date().toISOString() }).where('id', '=', id));
}

export function deleteEntryRow(sql: Sql, id: number): void {
  sql.run(sql.qb.deleteFrom('progress_entries').where('id', '=', id));
}

export function getTaskItem(sql: Sql, id: number) {
  return sql.first(
    sql.qb
      .selectFrom('tasks')
      .select(['id', 'plan_id', 'code', 'title', 'deadline_kind', 'deadline_start', 'deadline_end', 'deadline_text'])
      .where('id', '=', id),
  );
}

export function getTargetItem(sql: Sql, id: number) {
  return sql.first(
    sql.qb
      .selectFrom('targets')
      .select(['id', 'plan_id', 'code', 'name', 'horizon_year', 'comparator', 'target_value'])
      .where('id', '=', id),
  );
}

export function findTaskByCode(sql: Sql, planId: number, code: string) {
  return sql.first(sql.qb.selectFrom('tasks').select('id').where('plan_id', '=', planId).where('code', '=', code))?.id;
}

export function findTargetByCode(sql: Sql, planId: number, code: string) {
  return sql.first(sql.qb.selectFrom('targets').select('id').where('plan_id', '=', planId).where('code', '=', code))?.id;
}

export function organizationName(sql: Sql, id: number): string | undefined {
  return sql.first(sql.qb.selectFrom('organizations').select('name').where('id', '=', id))?.name;
}

/** Every entry of a period with what re-deriving its status needs. */
export function listEntriesForDerive(sql: Sql, periodId: number) {
  return sql.all(
    sql.qb
      .selectFrom('progress_entries as e')
      .leftJoin('tasks as t', 't.id', 'e.task_id')
      .leftJoin('targets as g', 'g.id', 'e.target_id')
      .select([
        'e.id',
        'e.status',
        'e.status_overridden',
        'e.reported_status',
        'e.completed_date',
        'e.met',
        't.deadline_kind',
        't.deadline_start',
        't.deadline_end',
        't.deadline_text',
        'g.horizon_year',
      ])
      .where('e.period_id', '=', periodId),
  );
}

export function setEntryStatus(sql: Sql, id: number, status: string): void {
  sql.run(sql.qb.updateTable('progress_entries').set({ status }).where('id', '=', id));
}

/** Entries of a period with the reporting body's name, for the plan's progress tab. */
export function listEntriesWithOrg(sql: Sql, periodId: number) {
  return sql.all(
    sql.qb
      .selectFrom('progress_entries as e')
      .leftJoin('organizations as o', 'o.id', 'e.reporter_org_id')
      .selectAll('e')
      .select(['o.name as org_name', 'o.short_name as org_short'])
      .where('e.period_id', '=', periodId)
      .orderBy('e.id'),
  );
}

export function insertImportBatch(sql: Sql, b: NewRow<'import_batches'>): number {
  return sql.run(sql.qb.insertInto('import_batches').values(b)).id;
}

export function setImportBatchCounts(sql: Sql, id: number, imported: number, summaryJson: string): void {
  sql.run(sql.qb.updateTable('import_batches').set({ rows_imported: imported, summary_json: summaryJson }).where('id', '=', id));
}

/** Items of a plan (id, code, title) for matching returned rows. */
export function listPlanItems(sql: Sql, planId: number) {
  const tasks = sql.all(sql.qb.selectFrom('tasks').select(['id', 'code', 'title']).where('plan_id', '=', planId));
  const targets = sql.all(sql.qb.selectFrom('targets').select(['id', 'code', 'name as title']).where('plan_id', '=', planId));
  return [...tasks.map((t) => ({ table: 'task' as const, ...t })), ...targets.map((t) => ({ table: 'target' as const, ...t }))];
}
