/**
 * Migration 8: bulk writes (the import commit and its undo) leave search indexing and the
 * link "touch" of modification times to the writer.
 *
 * Indexing a task's text in FTS5 costs far more than writing the task (10,000 rows: about
 * 2 s of a commit into a ten-year office). While a row is in `bulk_write` (only ever inside
 * the bulk writer's own transaction), the task and target triggers queue the FTS rowid in
 * `search_pending` instead of indexing it; core/search/pending.ts indexes the queue after
 * the commit, in short transactions, and at once before any search or list text filter
 * runs, so no search ever misses a row. `fresh = 1`: the row was never indexed (nothing to
 * delete first). The `search_source_*` views hold the same indexed text as the triggers.
 *
 * The link tables' touch triggers are skipped during a bulk write: the bulk writer stamps
 * updated_at on every row it writes itself (one row write instead of one per link).
 * Frozen in time: plain SQL only.
 */
import type { MigrationDb } from './types';

function f(expr: string): string {
  return `replace(replace(replace(replace(${expr}, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D')`;
}
const c = (col: string) => `coalesce(${col}, '')`;
const join = (...cols: string[]) => cols.join(` || ' ' || `);

interface Source {
  table: string;
  kind: number;
  watched: string[];
  title: (r: string) => string;
  body: (r: string) => string;
}

/** The same text as migration 006's triggers for tasks and targets. */
const SOURCES: Source[] = [
  {
    table: 'tasks',
    kind: 3,
    watched: ['title', 'code', 'lead_text', 'coordinating_text', 'output', 'departments_text', 'deadline_text', 'funding_source', 'note'],
    title: (r) => `${r}.title`,
    body: (r) =>
      join(
        `${r}.code`,
        c(`${r}.lead_text`),
        c(`${r}.coordinating_text`),
        c(`${r}.output`),
        c(`${r}.departments_text`),
        c(`${r}.deadline_text`),
        c(`${r}.funding_source`),
        c(`${r}.note`),
      ),
  },
  {
    table: 'targets',
    kind: 4,
    watched: ['name', 'code', 'unit', 'target_text', 'departments_text', 'note'],
    title: (r) => `${r}.name`,
    body: (r) => join(`${r}.code`, c(`${r}.unit`), c(`${r}.target_text`), c(`${r}.departments_text`), c(`${r}.note`)),
  },
];

const BULK = 'EXISTS (SELECT 1 FROM bulk_write)';

function sourceSql(s: Source): string {
  const item = (r: string) => `${r}.id * 8 + ${s.kind}`;
  const index = (r: string) => `INSERT INTO search_index(rowid, title, body) VALUES (${item(r)}, ${f(s.title(r))}, ${f(s.body(r))});`;
  const queue = (r: string, fresh: number) => `INSERT INTO search_pending(item, fresh) VALUES (${item(r)}, ${fresh}) ON CONFLICT(item) DO NOTHING;`;
  const t = s.table;
  return `
CREATE VIEW search_source_${t} AS SELECT src.id AS id, src.id * 8 + ${s.kind} AS item, ${f(s.title('src'))} AS title, ${f(s.body('src'))} AS body FROM ${t} src;
DROP TRIGGER search_${t}_ai;
DROP TRIGGER search_${t}_au;
DROP TRIGGER search_${t}_ad;
CREATE TRIGGER search_${t}_ai AFTER INSERT ON ${t} WHEN NOT ${BULK} BEGIN ${index('NEW')} END;
CREATE TRIGGER search_${t}_ai_bulk AFTER INSERT ON ${t} WHEN ${BULK} BEGIN ${queue('NEW', 1)} END;
CREATE TRIGGER search_${t}_au AFTER UPDATE OF ${s.watched.join(', ')} ON ${t} WHEN NOT ${BULK} BEGIN
  DELETE FROM search_index WHERE rowid = ${item('OLD')} AND NOT EXISTS (SELECT 1 FROM search_pending WHERE item = ${item('OLD')} AND fresh = 1);
  DELETE FROM search_pending WHERE item = ${item('OLD')};
  ${index('NEW')}
END;
CREATE TRIGGER search_${t}_au_bulk AFTER UPDATE OF ${s.watched.join(', ')} ON ${t} WHEN ${BULK} BEGIN ${queue('OLD', 0)} END;
CREATE TRIGGER search_${t}_ad AFTER DELETE ON ${t} WHEN NOT ${BULK} BEGIN
  DELETE FROM search_index WHERE rowid = ${item('OLD')} AND NOT EXISTS (SELECT 1 FROM search_pending WHERE item = ${item('OLD')} AND fresh = 1);
  DELETE FROM search_pending WHERE item = ${item('OLD')};
END;
CREATE TRIGGER search_${t}_ad_bulk AFTER DELETE ON ${t} WHEN ${BULK} BEGIN ${queue('OLD', 0)} END;
`;
}

const LINKS: Array<[string, string, string]> = [
  ['task_organizations', 'task_id', 'tasks'],
  ['task_departments', 'task_id', 'tasks'],
  ['target_departments', 'target_id', 'targets'],
];
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

function linkTouchSql([table, column, parent]: [string, string, string]): string {
  const touch = (row: 'NEW' | 'OLD') => `UPDATE ${parent} SET updated_at = ${NOW} WHERE id = ${row}.${column};`;
  return `
DROP TRIGGER ${table}_touch_insert;
DROP TRIGGER ${table}_touch_delete;
DROP TRIGGER ${table}_touch_update;
CREATE TRIGGER ${table}_touch_insert AFTER INSERT ON ${table} FOR EACH ROW WHEN NOT ${BULK} BEGIN ${touch('NEW')} END;
CREATE TRIGGER ${table}_touch_delete AFTER DELETE ON ${table} FOR EACH ROW WHEN NOT ${BULK} BEGIN ${touch('OLD')} END;
CREATE TRIGGER ${table}_touch_update AFTER UPDATE ON ${table} FOR EACH ROW WHEN NOT ${BULK} BEGIN ${touch('OLD')} ${touch('NEW')} END;
`;
}

export const migration008 = {
  version: 8,
  name: 'search indexing and link touches left to bulk writers',
  up(db: MigrationDb): void {
    db.exec(`
CREATE TABLE bulk_write (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
CREATE TABLE search_pending (item INTEGER PRIMARY KEY, fresh INTEGER NOT NULL CHECK (fresh IN (0, 1))) STRICT;
${SOURCES.map(sourceSql).join('\n')}
${LINKS.map(linkTouchSql).join('\n')}
`);
  },
};
