/** Organisations and their aliases (SQL). */
import type { Sql } from '../db/exec';
import { fold } from '../vn/text';

export interface NewOrganization {
  key: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: number | null;
}

export function insertOrganization(sql: Sql, o: NewOrganization): number {
  return sql.run(
    sql.qb.insertInto('organizations').values({
      key: o.key,
      name: o.name,
      name_folded: fold(o.name),
      short_name: o.shortName,
      kind: o.kind,
      parent_id: o.parentId,
    }),
  ).id;
}

export function setOrganizationParent(sql: Sql, id: number, parentId: number | null): void {
  sql.run(sql.qb.updateTable('organizations').set({ parent_id: parentId }).where('id', '=', id));
}

export function addAlias(sql: Sql, organizationId: number, alias: string): void {
  sql.run(
    sql.qb
      .insertInto('organization_aliases')
      .values({ organization_id: organizationId, alias, alias_folded: fold(alias) })
      .onConflict((oc) => oc.doNothing()),
  );
}

export interface OrganizationRow {
  id: number;
  key: string | null;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: number | null;
  parentName: string | null;
  aliases: string[];
}

export function listOrganizations(sql: Sql): OrganizationRow[] {
  const rows = sql.all(
    sql.qb
      .selectFrom('organizations as o')
      .leftJoin('organizations as p', 'p.id', 'o.parent_id')
      .select([
        'o.id',
        'o.key',
        'o.name',
        'o.short_name as shortName',
        'o.kind',
        'o.parent_id as parentId',
        'p.name as parentName',
      ])
      .where('o.archived_at', 'is', null),
  );
  const aliases = sql.all(
    sql.qb.selectFrom('organization_aliases').select(['organization_id', 'alias']).orderBy('id'),
  );
  const byOrg = new Map<number, string[]>();
  for (const a of aliases) {
    const list = byOrg.get(a.organization_id) ?? [];
    list.push(a.alias);
    byOrg.set(a.organization_id, list);
  }
  return rows.map((r) => ({ ...r, aliases: byOrg.get(r.id) ?? [] }));
}
