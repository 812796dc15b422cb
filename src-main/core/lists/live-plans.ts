/** Plans whose document is archived: the lists leave out their rows. */
import type { Sql } from '../db/exec';

export function archivedPlanIds(sql: Sql): number[] {
  return sql
    .all(sql.qb.selectFrom('plans as p').innerJoin('documents as d', 'd.id', 'p.document_id').select('p.id').where('d.archived_at', 'is not', null))
    .map((r) => r.id);
}
