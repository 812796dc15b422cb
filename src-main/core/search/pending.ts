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

/**
 * FTS5's automatic merging, turned off while the background indexer drains a large queue:
 * with it on, every 64 leaf pages written cost 64 × (levels) pages of merging in whichever
 * step crossed the line (100–300 ms steps on a ten-year office). Off, a step writes its own
 * small segment (FTS5 still merges a level that reaches 16 segments); the indexer then merges
 * in short bounded steps (`mergeStep`) and turns automatic merging back on.
 */
const AUTOMERGE_DEFAULT = 4;

export function automergeOff(sql: Sql): boolean {
  const row = sql.db.prepare("SELECT v FROM search_index_config WHERE k = 'automerge'").get() as { v: number } | undefined;
  return row !== undefined && Number(row.v) === 0;
}

export function setAutomerge(sql: Sql, on: boolean): void {
  // FTS5 takes a setting only as an INTEGER value, and a bound JavaScript number is a REAL: a literal
  sql.tx(() => sql.db.exec(`INSERT INTO search_index(search_index, rank) VALUES ('automerge', ${on ? AUTOMERGE_DEFAULT : 0})`));
}

/** Merge about `pages` pages of the index's segments in one transaction; false when there was nothing left to merge. */
export function mergeStep(sql: Sql, pages: number): boolean {
  return sql.tx(() => {
    const before = sql.db.prepare('SELECT total_changes() AS n').pluck().get() as number;
    sql.db.prepare("INSERT INTO search_index(search_index, rank) VALUES ('merge', ?)").run(pages);
    return (sql.db.prepare('SELECT total_changes() AS n').pluck().get() as number) - before >= 2; // FTS5's documented test for "did work"
  });
}
