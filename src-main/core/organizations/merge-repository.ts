/**
 * Re-pointing every reference from one organisation to another (SQL). Link tables keyed by
 * (row, organisation) may already hold the target: the duplicate link is dropped instead.
 */
import type { Sql } from '../db/exec';

/** References handled by name below; any other foreign key to organizations is swept generically. */
export const KNOWN_REFERENCES = new Set([
  'task_organizations.organization_id',
  'task_departments.organization_id',
  'target_departments.organization_id',
  'documents.issuer_org_id',
  'organizations.parent_id',
  'progress_entries.reporter_org_id',
  'organization_aliases.organization_id',
]);

export interface MergeCounts {
  taskLinks: number;
  taskDepartments: number;
  targetDepartments: number;
  documents: number;
  children: number;
  progressEntries: number;
  aliases: number;
  other: number;
  duplicatesDropped: number;
}

export function repointTaskOrganizations(sql: Sql, from: number, to: number): { moved: number; dropped: number } {
  const moved = sql.run(
    sql.qb
      .updateTable('task_organizations')
      .set({ organization_id: to })
      .where('organization_id', '=', from)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('task_organizations as x')
              .select('x.task_id')
              .whereRef('x.task_id', '=', 'task_organizations.task_id')
              .whereRef('x.role', '=', 'task_organizations.role')
              .where('x.organization_id', '=', to),
          ),
        ),
      ),
  ).changes;
  const dropped = sql.run(sql.qb.deleteFrom('task_organizations').where('organization_id', '=', from)).changes;
  return { moved, dropped };
}

/** task_departments / target_departments: keep the target's link, taking the part note it lacks. */
export function repointDepartments(sql: Sql, table: 'task_departments' | 'target_departments', from: number, to: number) {
  const rowCol = table === 'task_departments' ? 'task_id' : 'target_id';
  const db = sql.db;
  db.prepare(
    `UPDATE ${table} SET part_note = (SELECT s.part_note FROM ${table} s WHERE s.${rowCol} = ${table}.${rowCol} AND s.organization_id = ?)
     WHERE organization_id = ? AND part_note IS NULL
       AND EXISTS (SELECT 1 FROM ${table} s WHERE s.${rowCol} = ${table}.${rowCol} AND s.organization_id = ? AND s.part_note IS NOT NULL)`,
  ).run(from, to, from);
  const moved = db
    .prepare(
      `UPDATE ${table} SET organization_id = ? WHERE organization_id = ?
       AND NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.${rowCol} = ${table}.${rowCol} AND x.organization_id = ?)`,
    )
    .run(to, from, to).changes;
  const dropped = db.prepare(`DELETE FROM ${table} WHERE organization_id = ?`).run(from).changes;
  return { moved, dropped };
}

export function repointColumn(sql: Sql, table: 'documents' | 'progress_entries', column: 'issuer_org_id' | 'reporter_org_id', from: number, to: number): number {
  return sql.db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`).run(to, from).changes;
}

/** Children of the source move under the target (the target itself moves to the source's parent). */
export function repointChildren(sql: Sql, from: number, to: number, sourceParent: number | null): number {
  sql.run(sql.qb.updateTable('organizations').set({ parent_id: sourceParent }).where('id', '=', to).where('parent_id', '=', from));
  return sql.run(sql.qb.updateTable('organizations').set({ parent_id: to }).where('parent_id', '=', from).where('id', '!=', to)).changes;
}

/** Aliases the target lacks move over; the rest are duplicates and go. */
export function moveAliases(sql: Sql, from: number, to: number): { moved: number; dropped: number } {
  const moved = sql.run(
    sql.qb
      .updateTable('organization_aliases')
      .set({ organization_id: to })
      .where('organization_id', '=', from)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('organization_aliases as x')
              .select('x.id')
              .whereRef('x.alias_folded', '=', 'organization_aliases.alias_folded')
              .where('x.organization_id', '=', to),
          ),
        ),
      ),
  ).changes;
  const dropped = sql.run(sql.qb.deleteFrom('organization_aliases').where('organization_id', '=', from)).changes;
  return { moved, dropped };
}

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Foreign keys to organizations.id this code does not know (added by later features). */
export function otherReferences(sql: Sql): Array<{ table: string; column: string }> {
  const rows = sql.db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'organizations'`,
    )
    .all() as Array<{ table: string; column: string }>;
  return rows.filter((r) => !KNOWN_REFERENCES.has(`${r.table}.${r.column}`));
}

export function repointOther(sql: Sql, ref: { table: string; column: string }, from: number, to: number): number {
  return sql.db.prepare(`UPDATE ${quoteId(ref.table)} SET ${quoteId(ref.column)} = ? WHERE ${quoteId(ref.column)} = ?`).run(to, from).changes;
}

export function countReferences(sql: Sql, id: number) {
  const n = (q: string) => (sql.db.prepare(q).get(id) as { n: number }).n;
  return {
    taskLinks: n('SELECT count(*) AS n FROM task_organizations WHERE organization_id = ?'),
    taskDepartments: n('SELECT count(*) AS n FROM task_departments WHERE organization_id = ?'),
    targetDepartments: n('SELECT count(*) AS n FROM target_departments WHERE organization_id = ?'),
    documents: n('SELECT count(*) AS n FROM documents WHERE issuer_org_id = ?'),
    children: n('SELECT count(*) AS n FROM organizations WHERE parent_id = ?'),
    progressEntries: n('SELECT count(*) AS n FROM progress_entries WHERE reporter_org_id = ?'),
    aliases: n('SELECT count(*) AS n FROM organization_aliases WHERE organization_id = ?'),
  };
}
