/** The organisation registry as the Đơn vị page manages it (SQL). */
import { sql as raw } from 'kysely';
import type { Sql } from '../db/exec';
import type { Row } from '../db/schema';

export function getOrganization(sql: Sql, id: number): Row<'organizations'> | undefined {
  return sql.first(sql.qb.selectFrom('organizations').selectAll().where('id', '=', id));
}

export function aliasesOf(sql: Sql, organizationId: number) {
  return sql.all(sql.qb.selectFrom('organization_aliases').select(['id', 'alias', 'alias_folded']).where('organization_id', '=', organizationId).orderBy('id'));
}

/** Every organisation (archived ones too, flagged) with its aliases and how often it is used. */
export function registryRows(sql: Sql) {
  const count = (table: string, column: string, extra = '') =>
    raw<number>`(SELECT count(*) FROM ${raw.table(table)} x WHERE x.${raw.ref(column)} = o.id ${raw.raw(extra)})`;
  return sql.all(
    sql.qb
      .selectFrom('organizations as o')
      .select([
        'o.id',
        'o.key',
        'o.name',
        'o.short_name as shortName',
        'o.kind',
        'o.parent_id as parentId',
        'o.archived_at as archivedAt',
        count('task_organizations', 'organization_id', "AND x.role = 'lead'").as('leads'),
        count('task_organizations', 'organization_id', "AND x.role = 'coordinating'").as('coordinating'),
        count('task_departments', 'organization_id').as('taskDepartments'),
        count('target_departments', 'organization_id').as('targetDepartments'),
        count('documents', 'issuer_org_id').as('documents'),
        count('progress_entries', 'reporter_org_id').as('reports'),
      ]),
  );
}

export function allAliases(sql: Sql) {
  return sql.all(sql.qb.selectFrom('organization_aliases').select(['id', 'organization_id as organizationId', 'alias']).orderBy('id'));
}

/** Who already answers to a folded name: an organisation's name or an alias. */
export function findByFoldedName(sql: Sql, folded: string) {
  const byName = sql.all(sql.qb.selectFrom('organizations').select(['id', 'name']).where('name_folded', '=', folded));
  const byAlias = sql.all(
    sql.qb
      .selectFrom('organization_aliases as a')
      .innerJoin('organizations as o', 'o.id', 'a.organization_id')
      .select(['o.id', 'o.name'])
      .where('a.alias_folded', '=', folded),
  );
  return [...byName, ...byAlias];
}

/** Ancestors of an organisation, nearest first (stops on a cycle). */
export function ancestorIds(sql: Sql, id: number): number[] {
  const out: number[] = [];
  let at: number | null = id;
  const seen = new Set<number>();
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    const row: { parent_id: number | null } | undefined = sql.first(sql.qb.selectFrom('organizations').select('parent_id').where('id', '=', at));
    at = row?.parent_id ?? null;
    if (at !== null) out.push(at);
  }
  return out;
}
