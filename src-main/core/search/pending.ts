/**
 * Search indexing left by bulk writers (migration 008). Inside `bulkWrite`, the task and
 * target triggers queue FTS rowids in search_pending instead of indexing them, and the link
 * tables do not touch their parent's updated_at (the bulk writer stamps every row it
 * writes). `indexPending` writes the queued entries in short transactions; a search or a
 * list text filter first calls `indexAllPending`, so it never misses a queued row.
 */
import type { Sql } from '../db/exec';

/** Run `fn` as a bulk write; call it inside the caller's transaction. */
export function bulkWrite<T>(sql: Sql, fn: () => T): T {
  sql.run(sql.qb.insertInto('bulk_write').values({ id: 1 }).onConflict((oc) => oc.doNothing()));
  try {
    return fn();
  } finally {
    sql.run(sql.qb.deleteFrom('bulk_write'));
  }
}

export function hasPending(sql: Sql): boolean {
  return sql.first(sql.qb.selectFrom('search_pending').select('item').limit(1)) !== undefined;
}

/** Index up to `limit` queued entries in one transaction; returns how many are left. */
export function indexPending(sql: Sql, limit: number): number {
  return sql.tx(() => {
    const q = sql.qb;
    const items = sql.all(q.selectFrom('search_pending').select(['item', 'fresh']).orderBy('item').limit(limit));
    if (!items.length) return 0;
    const stale = items.filter((i) => i.fresh === 0).map((i) => i.item);
    if (stale.length) sql.run(q.deleteFrom('search_index').where('rowid', 'in', stale));
    const all = items.map((i) => i.item);
    const first = all[0]!;
    const last = all[all.length - 1]!;
    for (const [view, code] of [['search_source_tasks', 3], ['search_source_targets', 4]] as const) {
      const ids = all.filter((i) => (i & 7) === code).map((i) => (i - code) / 8);
      if (!ids.length) continue;
      // the view's text for exactly these rows, found through the source table's primary key
      const rows = q.selectFrom(view).select(['item', 'title', 'body']).where('id', 'in', ids);
      sql.run(q.insertInto('search_index').columns(['rowid', 'title', 'body']).expression(rows));
    }
    sql.run(q.deleteFrom('search_pending').where('item', '>=', first).where('item', '<=', last));
    const left = sql.first(q.selectFrom('search_pending').select((eb) => eb.fn.countAll<number>().as('n')));
    return Number(left?.n ?? 0);
  });
}

/** Everything queued, now (before a search). A read-only database keeps its queue. */
export function indexAllPending(sql: Sql, chunk = 2000): void {
  if (!hasPending(sql) || sql.db.readonly) return;
  while (indexPending(sql, chunk) > 0) {
    /* next chunk */
  }
}
