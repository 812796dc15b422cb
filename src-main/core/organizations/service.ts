/** Organisation registry: search over names and aliases, diacritics ignored. */
import type { Sql } from '../db/exec';
import { compareVi, fold } from '../vn/text';
import { listOrganizations, type OrganizationRow } from './repository';

export function searchOrganizations(sql: Sql, query: string): OrganizationRow[] {
  const q = fold(query);
  const all = listOrganizations(sql);
  const hits = q
    ? all.filter((o) => [o.name, o.shortName ?? '', ...o.aliases].some((n) => fold(n).includes(q)))
    : all;
  return hits.sort((a, b) => compareVi(a.name, b.name));
}
